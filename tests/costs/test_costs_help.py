"""`--help` of the cost commands, held to the rules of every command's help (tests/test_help.py):
a one-line purpose, examples that run, options in panels, a Vietnamese help that fits."""

from __future__ import annotations

import pytest

from tests.conftest import ROOT, bhxh
from tests.test_help import _runnable, examples, help_text, vietnamese_help

COMMANDS = ["contribution", "budget"]
PANELS = {
    "contribution": ["Selection", "Costs", "Output", "Data"],
    "budget": ["Selection", "Costs", "Output", "Data"],
}


@pytest.mark.parametrize("columns", [80, 100])
@pytest.mark.parametrize("command", COMMANDS)
def test_help_fits_and_shows_each_example_on_one_line(command: str, columns: int) -> None:
    text = help_text(command, columns)
    assert max(len(line) for line in text.splitlines()) <= columns
    found = examples(text)
    assert len(found) >= 2
    assert all(line.split()[1:2] == [command] for line in found)


@pytest.mark.parametrize("command", COMMANDS)
def test_help_starts_with_a_one_line_purpose_and_groups_options(command: str) -> None:
    text = help_text(command, 100)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    assert lines[0].startswith(f"Usage: bhxh {command}")
    for panel in PANELS[command]:
        assert f"╭─ {panel} ─" in text


@pytest.mark.parametrize(
    "example", sorted({line for c in COMMANDS for line in examples(help_text(c, 100))})
)
def test_every_example_of_the_help_runs(example: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    run = bhxh(*_runnable(example), env={"BHXH_DATA": "data/targets.yaml"})
    assert run.exit_code == 0, run.stderr


@pytest.mark.parametrize("command", COMMANDS)
def test_the_vietnamese_help_is_translated_and_fits_80_columns(command: str) -> None:
    text = vietnamese_help("--lang", "vi", command, "--help")
    assert "In trợ giúp này rồi thoát." in text
    assert "Chi phí" in text
    assert examples(text) == examples(help_text(command, 100))
    narrow = bhxh("--lang", "vi", command, "--help", env={"COLUMNS": "80"}).stdout
    assert max(len(line) for line in narrow.splitlines()) <= 80
