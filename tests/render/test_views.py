"""render.VIEWS: every result type names a view that exists and draws that type."""

from __future__ import annotations

import inspect
import subprocess
import sys
from importlib import import_module

import pytest

from bhxh_cli.render import VIEWS, type_name, view_named


@pytest.mark.parametrize(("result_type", "entry"), sorted(VIEWS.items()))
def test_every_view_of_the_table_resolves_and_takes_its_result(
    result_type: str, entry: str
) -> None:
    module, _, name = result_type.rpartition(".")
    cls = getattr(import_module(module), name)
    assert type_name(cls) == result_type
    assert callable(cls.as_simple_dict)
    assert callable(cls.records)
    view = view_named(entry)
    first, second = inspect.signature(view).parameters.values()
    assert (first.annotation, second.annotation) == (cls.__name__, "RenderOptions")


def test_the_command_line_starts_without_renderers_json_rich_or_the_core() -> None:
    code = (
        "import sys, bhxh_cli.cli.application; "
        "print(' '.join(sorted(m for m in sys.modules if m in "
        "{'json', 'csv', 'rich', 'pydantic', 'yaml'} or m.startswith(('bhxh_cli.render.', "
        "'bhxh_cli.datafile', 'bhxh_cli.coverage', 'bhxh_cli.progress.', 'bhxh_cli.errors')))))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == []
