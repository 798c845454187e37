"""The README is the manual: every `$ bhxh ...` example in it is run and compared."""

from __future__ import annotations

import re
import shlex

import pytest

from tests.conftest import ROOT, bhxh

# `$ bhxh ARGS`, or `$ COLUMNS=60 bhxh ARGS` for a terminal of that width (100 otherwise).
BLOCK = re.compile(
    r"```console\n\$ (?:COLUMNS=(?P<columns>\d+) )?bhxh (?P<args>[^\n]*)\n(?P<out>.*?)```",
    re.DOTALL,
)
README = (ROOT / "README.md").read_text("utf-8")
EXAMPLES = [(m["columns"] or "100", m["args"], m["out"]) for m in BLOCK.finditer(README)]


def _tidy(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.splitlines()).strip("\n")


def test_readme_has_examples() -> None:
    assert len(EXAMPLES) >= 4


@pytest.mark.parametrize(("columns", "args", "expected"), EXAMPLES, ids=[a for _, a, _ in EXAMPLES])
def test_readme_example_is_true(
    columns: str, args: str, expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    run = bhxh(*shlex.split(args), env={"BHXH_DATA": "data/targets.yaml", "COLUMNS": columns})
    assert _tidy(run.stdout) == _tidy(expected)
