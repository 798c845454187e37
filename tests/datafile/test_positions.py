"""Every position agrees with what an editor shows: lines end at LF, CRLF or a lone CR, never
at NEL, LS or PS, and every problem is at its place, including those of YAML's reader."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from bhxh_cli.datafile import yamlread
from tests.conftest import bhxh, validate_problems

PARSERS = [getattr(yaml, "CSafeLoader", yaml.SafeLoader), yaml.SafeLoader]

# `population: 982.000` is on the fifth line of the editor, whatever ends the lines.
LINES = ["version: 1", "provinces:", "  p:", "    name: P", "    population: 982.000", ""]


def first_problem(path: Path) -> tuple[str, int, int, str]:
    """(rule, line, col) of the first problem, and the source line quoted under it."""
    run = bhxh("validate", str(path))
    location, quoted = run.stdout.splitlines()[:2]
    line, col = location.split(": ")[0].split(":")[-2:]
    rule = location.split("[")[1].split("]")[0]
    return rule, int(line), int(col), quoted.split(" | ", 1)[1]


@pytest.mark.parametrize("end", ["\n", "\r\n", "\r"], ids=["LF", "CRLF", "lone CR"])
def test_the_line_of_a_problem_is_the_line_quoted(tmp_path: Path, end: str) -> None:
    path = tmp_path / "t.yaml"
    path.write_bytes(end.join(LINES).encode())
    assert first_problem(path) == ("not-whole-number", 5, 17, "    population: 982.000")


@pytest.mark.parametrize("parser", PARSERS, ids=lambda p: p.__name__)
@pytest.mark.parametrize("char", ["\x85", "\u2028", "\u2029"], ids=["NEL", "LS", "PS"])
def test_nel_ls_and_ps_are_refused_and_end_no_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, parser: type, char: str
) -> None:
    monkeypatch.setattr(yamlread, "_Loader", parser)
    lines = [f"# a comment{char}with a separator", *LINES]
    path = tmp_path / "t.yaml"
    path.write_text("\n".join(lines), encoding="utf-8")
    run = bhxh("validate", "--format", "json", str(path))
    found = [(p["rule"], p["line"], p["col"]) for p in json.loads(run.stdout)["problems"]]
    # refused where it is, and read as a space: the comment stays a comment
    assert found == [("control-character", 1, 12), ("not-whole-number", 6, 17)]


@pytest.mark.parametrize("parser", PARSERS, ids=lambda p: p.__name__)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "version: 1\nprovinces:\n  p:\n    name: Cần Thơ\x07\n",
            ("control-character", 4, 18, "the file holds the control character U+0007"),
        ),
        (
            "version: 1\nprovinces: {}\n# Hậu Giang \ufffe\n",
            ("yaml-syntax", 3, 13, "the character U+FFFE is not allowed in YAML"),
        ),
    ],
    ids=["a control character", "a non-character"],
)
def test_a_character_yaml_refuses_is_at_its_place(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    parser: type,
    text: str,
    expected: tuple[str, int, int, str],
) -> None:
    monkeypatch.setattr(yamlread, "_Loader", parser)
    path = tmp_path / "t.yaml"
    path.write_text(text, encoding="utf-8")
    (found,) = validate_problems(path)
    assert (found["rule"], found["line"], found["col"], found["message"]) == expected


def test_a_file_of_lone_crs_is_measured_line_by_line(tmp_path: Path) -> None:
    path = tmp_path / "t.yaml"
    lines = [*LINES[:4], *(f"    # {'x' * 80}" for _ in range(200)), LINES[4]]
    path.write_bytes("\r".join(lines).encode())
    assert first_problem(path)[:2] == ("not-whole-number", 205)


def test_a_tab_after_a_lone_cr_gets_the_tabs_hint(tmp_path: Path) -> None:
    path = tmp_path / "t.yaml"
    path.write_bytes(b"version: 1\rprovinces:\r  p:\r\tname: P\r")
    run = bhxh("validate", "--format", "json", str(path))
    (found,) = json.loads(run.stdout)["problems"]
    assert (found["line"], found["hint"]) == (4, "indent with spaces, not tabs")


def test_bytes_that_are_not_utf8_are_at_their_character(tmp_path: Path) -> None:
    path = tmp_path / "t.yaml"
    path.write_bytes("version: 1\rprovinces:\r  p:\r    name: Cần Thơ ".encode() + b"\xff\r")
    run = bhxh("validate", "--format", "json", str(path))
    (found,) = json.loads(run.stdout)["problems"]
    assert (found["rule"], found["line"], found["col"]) == ("not-utf8", 4, 19)
