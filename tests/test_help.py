"""`--help` of every command: a one-line purpose, real examples, options grouped in panels."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest

from tests.conftest import ROOT, bhxh

COMMANDS = ["coverage", "provinces", "init", "quota", "progress", "validate", "schema"]
PANELS = {
    "coverage": ["Selection", "Output", "Data"],
    "provinces": ["Selection", "Output", "Data"],
    "init": ["Selection"],
    "quota": ["Selection", "Quotas", "Day by day", "Output", "Data"],
    "progress": ["Selection", "Output", "Data"],
    "validate": ["Output", "Checks", "Data"],
    "schema": [],
}


def help_text(command: str, columns: int) -> str:
    run = bhxh(*([command] if command else []), "--help", env={"COLUMNS": str(columns)})
    assert run.exit_code == 0
    return run.stdout


def examples(text: str) -> list[str]:
    """The example command lines, each on a line of its own."""
    return [line.strip() for line in text.splitlines() if line.strip().startswith("bhxh ")]


@pytest.mark.parametrize("columns", [80, 100])
@pytest.mark.parametrize("command", ["", *COMMANDS])
def test_help_fits_and_shows_each_example_on_one_line(command: str, columns: int) -> None:
    text = help_text(command, columns)
    assert max(len(line) for line in text.splitlines()) <= columns
    found = examples(text)
    assert len(found) >= 2
    assert all(line.split()[1:2] == [command] or not command for line in found)


@pytest.mark.parametrize("command", COMMANDS)
def test_help_starts_with_a_one_line_purpose(command: str) -> None:
    lines = [line.strip() for line in help_text(command, 100).splitlines() if line.strip()]
    assert lines[0].startswith(f"Usage: bhxh {command}")
    assert lines[1].endswith(".")
    assert len(lines[1]) <= 96


@pytest.mark.parametrize("command", COMMANDS)
def test_options_are_grouped_in_panels(command: str) -> None:
    text = help_text(command, 100)
    for panel in PANELS[command]:
        assert f"╭─ {panel} ─" in text


def _runnable(example: str) -> list[str]:
    """The example's arguments, without a redirection or pipe, globs expanded as a shell does."""
    command = example.split(" > ", maxsplit=1)[0].split(" | ", maxsplit=1)[0]
    words = shlex.split(command)[1:]
    return [name for word in words for name in (sorted(map(str, Path().glob(word))) or [word])]


@pytest.mark.parametrize(
    "example",
    sorted({line for command in ["", *COMMANDS] for line in examples(help_text(command, 100))}),
)
def test_every_example_of_the_help_runs(example: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    run = bhxh(*_runnable(example), env={"BHXH_DATA": "data/targets.yaml"})
    assert run.exit_code == 0, run.stderr


# --- the help in Vietnamese ----------------------------------------------------------------------


def vietnamese_help(*args: str, env: dict[str, str] | None = None) -> str:
    run = bhxh(*args, env={"COLUMNS": "100", **(env or {})})
    assert run.exit_code == 0
    return run.stdout


@pytest.mark.parametrize("command", ["", *COMMANDS])
def test_help_is_in_vietnamese_when_the_language_is(command: str) -> None:
    words = [command] if command else []
    for text in (
        vietnamese_help("--lang", "vi", *words, "--help"),
        vietnamese_help(*words, "--help", "--lang", "vi"),
        vietnamese_help(*words, "--help", env={"LANG": "vi_VN.UTF-8"}),
    ):
        assert "In trợ giúp này rồi thoát." in text
        assert "Show this message" not in text
        assert max(len(line) for line in text.splitlines()) <= 100
        assert examples(text) == examples(help_text(command, 100))


def test_vietnamese_help_names_the_panels_and_options_in_vietnamese() -> None:
    text = vietnamese_help("coverage", "--help", "--lang", "vi")
    for words in ("Chọn", "Kết quả", "Dữ liệu", "Ví dụ", "Tỷ lệ bao phủ", "dd/mm/yyyy"):
        assert words in text
    assert "Selection" not in text
    assert "Coverage rate" in help_text("coverage", 100)


def test_bhxh_alone_in_vietnamese_is_the_vietnamese_help() -> None:
    assert "Lệnh" in vietnamese_help("--lang", "vi")


def test_every_command_option_and_panel_has_its_vietnamese_help() -> None:
    import typer.main

    from bhxh_cli.cli import app
    from bhxh_cli.i18n.help_vi import COMMANDS as TRANSLATED
    from bhxh_cli.i18n.help_vi import OPTIONS
    from bhxh_cli.i18n.help_vi import PANELS as PANEL_TITLES

    group = typer.main.get_command(app)
    assert set(TRANSLATED) >= {"bhxh", *getattr(group, "commands", {})}
    for name, command in [("bhxh", group), *getattr(group, "commands", {}).items()]:
        for param in command.params:
            assert f"{name}.{param.name}" in OPTIONS or param.name in OPTIONS, (name, param.name)
            panel = getattr(param, "rich_help_panel", None)
            assert panel is None or panel in PANEL_TITLES, panel


def test_english_help_is_the_source_whatever_the_locale_is_not() -> None:
    assert "Show this message" in bhxh("--help", env={"LANG": "en_US.UTF-8"}).stdout


@pytest.mark.parametrize("command", ["", *COMMANDS])
def test_vietnamese_help_fits_80_columns(command: str) -> None:
    words = [command] if command else []
    text = bhxh("--lang", "vi", *words, "--help", env={"COLUMNS": "80"}).stdout
    assert max(len(line) for line in text.splitlines()) <= 80
