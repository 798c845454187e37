"""Text written to attack: terminal controls and bidi overrides in names, sources and notes,
and cells a spreadsheet would run. Each is refused with its rule at its place, or made
harmless, and never reaches a terminal raw."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import DATA, PROVINCE, bhxh, rules_and_lines

Writer = Callable[..., Path]
SHIPPED = DATA.read_text(encoding="utf-8")


# Terminal control characters and bidi controls in text


@pytest.mark.parametrize(
    "char",
    ["\\e", "\\a", "\\x9b", "\\r", "\\t", "\\x7f", "\\u202e", "\\u2066", "\\u200f", "\\L", "\\N"],
    ids=["ESC", "BEL", "CSI", "CR", "tab", "DEL", "RLO", "LRI", "RLM", "LS", "NEL"],
)
@pytest.mark.parametrize(
    ("template", "line"),
    [
        (PROVINCE.replace("    name: P\n", '    name: "P{char}"\n'), 4),
        (PROVINCE + '    source: "a{char}b"\n', 7),
        (PROVINCE + '    note: "a{char}b"\n', 7),
        (PROVINCE + '    actuals:\n      - {{as_of: 2024-01-01, bhyt: 1, source: "{char}"}}\n', 8),
        (
            PROVINCE
            + '    targets:\n      - {{period: 2024, name: "{char}", bhyt: {{total: 1}}}}\n',
            8,
        ),
    ],
    ids=["unit name", "unit source", "note", "snapshot source", "target name"],
)
def test_a_control_character_in_text_is_refused_at_its_value(
    write_yaml: Writer, template: str, line: int, char: str
) -> None:
    assert rules_and_lines(write_yaml(template.format(char=char))) == [("control-character", line)]


def test_a_campaign_name_with_a_control_character_is_refused(write_yaml: Writer) -> None:
    text = PROVINCE + '    units: {a: {name: A}}\ncampaigns:\n  c:\n    name: "\\e[2J"\n'
    text += "    province: p\n    per_unit: {bhyt: 1}\n"
    assert rules_and_lines(write_yaml(text)) == [("control-character", 10)]


def test_a_note_may_break_lines(write_yaml: Writer) -> None:
    path = write_yaml(PROVINCE + "    note: |\n      first line\n      second line\n")
    assert rules_and_lines(path) == []
    assert rules_and_lines(write_yaml(PROVINCE + '    source: "one\\ntwo"\n')) == [
        ("control-character", 7)
    ]


def test_a_control_character_does_not_hide_the_figures_beside_it(write_yaml: Writer) -> None:
    text = PROVINCE + '    actuals:\n      - {as_of: 2024-01-01, source: "\\e[31m", '
    text += "bhyt: 900, bhyt_ho_gia_dinh: 901}\n"
    assert sorted(rules_and_lines(write_yaml(text))) == [
        ("control-character", 8),
        ("part-above-whole", 8),
    ]


def test_nothing_from_the_file_reaches_the_terminal_raw(write_yaml: Writer) -> None:
    escape = SHIPPED.replace("name: Vĩnh Long", 'name: "Vĩnh Long\\e]0;owned\\a\\e[2J"')
    path = write_yaml(escape)
    for args in (("coverage",), ("coverage", "-p", "vinh-long"), ("provinces",), ("validate",)):
        run = bhxh(*args, "--data", str(path))
        assert run.exit_code == 1
        assert "\x1b" not in run.stdout + run.stderr
        assert "\x07" not in run.stdout + run.stderr


def test_a_raw_control_character_is_refused_at_its_place_and_quoted_visibly(
    write_yaml: Writer,
) -> None:
    path = write_yaml(PROVINCE + "    source: Báo \x1b[2J\n")
    run = bhxh("validate", str(path))
    assert run.stdout.splitlines()[:3] == [
        f"{path}:7:17: error [control-character] the file holds the control character U+001B",
        "    7 |     source: Báo ␛[2J",
        "      | " + " " * 16 + "^",
    ]


def test_a_bidi_override_in_a_quoted_line_is_shown_as_a_symbol(write_yaml: Writer) -> None:
    path = write_yaml(PROVINCE + "    kind: aera  # \u202eevil\n")
    run = bhxh("validate", str(path))
    assert "\u202e" not in run.stdout
    assert "    7 |     kind: aera  # \ufffdevil" in run.stdout


# Spreadsheet formulas in CSV


@pytest.mark.parametrize("name", ["=HYPERLINK(1)", "+1", "-2+3", "@SUM(A1)"])
def test_a_csv_cell_a_spreadsheet_would_run_is_written_as_text(
    write_yaml: Writer, name: str
) -> None:
    path = write_yaml(SHIPPED.replace("name: Vĩnh Long", f"name: '{name}'"))
    for args in (("coverage", "-p", "vinh-long"), ("provinces",)):
        run = bhxh(*args, "--format", "csv", "--data", str(path))
        names = [row["name"] for row in csv.DictReader(io.StringIO(run.stdout))]
        assert f"'{name}" in names
        assert name not in names
    run = bhxh("coverage", "-p", "vinh-long", "--format", "json", "--data", str(path))
    assert json.loads(run.stdout)["name"] == name  # JSON is data, not a spreadsheet
