"""The README is the manual: every `$ bhxh ...` example in it is run and compared."""

from __future__ import annotations

import re
import shlex

import pytest

from tests.conftest import ROOT, bhxh

BLOCK = re.compile(r"```console\n\$ bhxh (?P<args>[^\n]*)\n(?P<out>.*?)```", re.DOTALL)
EXAMPLES = [(m["args"], m["out"]) for m in BLOCK.finditer((ROOT / "README.md").read_text("utf-8"))]


def _tidy(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.splitlines()).strip("\n")


def test_readme_has_examples() -> None:
    assert len(EXAMPLES) >= 4


@pytest.mark.parametrize(("args", "expected"), EXAMPLES, ids=[a for a, _ in EXAMPLES])
def test_readme_example_is_true(args: str, expected: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    run = bhxh(*shlex.split(args), env={"BHXH_DATA": "data/targets.yaml"})
    assert _tidy(run.stdout) == _tidy(expected)
