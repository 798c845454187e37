"""Tables fit the terminal: columns fold at spaces, headers first, and figures never break."""

from __future__ import annotations

import re

import pytest

from bhxh_cli.render.terminal import Span, fit
from tests.conftest import bhxh

FIGURE = re.compile(r"[+-]?\d[\d.,/%-]*")
RULE = re.compile(r"^[─ ]+$")

COMMANDS = [
    ("coverage",),
    ("coverage", "-p", "vinh-long"),
    ("coverage", "-p", "can-tho"),
    ("provinces",),
    ("progress", "-p", "can-tho", "--period", "2024"),
    ("progress", "-p", "can-tho", "--by-unit", "--period", "2024"),
    ("quota", "lam-dong-2023-07"),
    ("quota", "hau-giang-2024-05"),
]


def test_whole_lines_when_they_fit() -> None:
    spans = [Span(full=10, cells=10, word=5), Span(full=8, cells=6, word=6)]
    assert fit(spans, 18) == [10, 8]


def test_headers_fold_before_cells() -> None:
    # the second column's header is 12 wide, its cells 6: it gives way, the first does not
    spans = [Span(full=10, cells=10, word=5), Span(full=12, cells=6, word=6)]
    assert fit(spans, 17) == [10, 7]


def test_the_widest_column_folds_first_never_below_its_longest_word() -> None:
    spans = [Span(full=20, cells=20, word=8), Span(full=12, cells=12, word=5)]
    assert fit(spans, 24) == [12, 12]
    assert fit(spans, 14) == [8, 6]
    assert fit(spans, 5) == [8, 5]  # wider than the room: no word is broken


def figures(text: str) -> list[str]:
    return sorted(FIGURE.findall(text))


def words(text: str) -> set[str]:
    return {word for line in text.splitlines() if not RULE.match(line) for word in line.split()}


def first_header(table: str) -> set[str]:
    """The words of the first column's header: a record shows it as its heading, unlabelled."""
    lines = table.splitlines()
    rule = next(index for index, line in enumerate(lines) if RULE.match(line))
    found: set[str] = set()
    for line in reversed(lines[:rule]):
        if not line.strip():
            break
        found |= set(line[2:].split("  ")[0].split()) if line[2:3] != " " else set()
    return found


@pytest.mark.parametrize("lang", ["en", "vi"])
@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_a_narrow_terminal_breaks_no_word(args: tuple[str, ...], lang: str) -> None:
    wide = bhxh("--lang", lang, *args, env={"COLUMNS": "100"})
    narrow = bhxh("--lang", lang, *args, env={"COLUMNS": "60"})
    assert (wide.exit_code, narrow.exit_code) == (0, 0)
    assert figures(narrow.stdout) == figures(wide.stdout)
    records = not any(RULE.match(line) for line in narrow.stdout.splitlines())
    unlabelled = first_header(wide.stdout) if records else set()
    assert words(narrow.stdout) == words(wide.stdout) - unlabelled | (
        words(narrow.stdout) & unlabelled
    )


@pytest.mark.parametrize("lang", ["en", "vi"])
@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_at_80_columns_no_word_is_broken(args: tuple[str, ...], lang: str) -> None:
    wide = bhxh("--lang", lang, *args, env={"COLUMNS": "200"}).stdout
    run = bhxh("--lang", lang, *args, env={"COLUMNS": "80"}).stdout
    assert figures(run) == figures(wide.replace("█", " "))
    assert words(run) == {word for word in words(wide) if "█" not in word and "·" not in word}


@pytest.mark.parametrize(
    "args",
    [
        ("progress", "-p", "can-tho"),
        ("progress", "-p", "can-tho", "--by-unit", "--period", "2024"),
        ("quota", "lam-dong-2023-07"),
        ("--lang", "vi", "coverage"),
        ("--lang", "vi", "coverage", "-p", "vinh-long"),
    ],
    ids=" ".join,
)
def test_at_80_columns_a_table_whose_words_fit_fits(args: tuple[str, ...]) -> None:
    run = bhxh(*args, env={"COLUMNS": "80"}).stdout
    assert max(len(line.rstrip()) for line in run.splitlines()) <= 80


def test_brackets_in_names_are_text_not_markup(write_yaml) -> None:  # type: ignore[no-untyped-def]
    path = write_yaml(
        'version: 1\nprovinces:\n  p:\n    name: "Hội [/b] [cũ]"\n'
        "    actuals:\n      - {as_of: 2024-01-01, bhyt: 5}\n"
    )
    for command in ("coverage", "progress"):
        run = bhxh(command, "-p", "p", "--data", str(path))
        assert run.exit_code == 0, run.stderr
        assert "Hội [/b] [cũ] (p)" in run.stdout


# --- clean lines ---------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "vi"])
@pytest.mark.parametrize(
    "args",
    [("coverage", "-p", "vinh-long"), ("provinces",), ("progress", "-p", "can-tho")],
    ids=" ".join,
)
def test_no_table_line_ends_in_a_space_and_none_ends_blank(
    lang: str, args: tuple[str, ...]
) -> None:
    for columns in ("60", "100", "140"):
        out = bhxh("--lang", lang, *args, env={"COLUMNS": columns}).stdout
        assert all(line == line.rstrip() for line in out.splitlines()), columns
        assert out.endswith("\n")
        assert not out.endswith("\n\n")


def test_tidy_keeps_the_colour_codes_it_takes_the_spaces_from() -> None:
    from bhxh_cli.render.terminal import tidy

    assert tidy("\x1b[1m a \x1b[0m  \x1b[1m \x1b[0m\n   \n\n") == "\x1b[1m a\x1b[0m\x1b[1m\x1b[0m\n"


# --- one scale per column of bars ----------------------------------------------------------------


def test_a_rate_with_a_target_is_drawn_on_the_same_scale_as_one_without() -> None:
    from decimal import Decimal

    from bhxh_cli.render.table import Bar
    from bhxh_cli.render.terminal import bar_glyphs

    with_target = bar_glyphs(Bar(Decimal("23.94"), Decimal(40)), 20)
    without = bar_glyphs(Bar(Decimal("38.68"), None), 20)
    assert with_target.count("█") < without.count("█")
    assert with_target == "████▊···│···········"
    assert without == "███████▋············"


def test_the_target_is_marked_where_it_falls_and_a_full_plan_is_the_end() -> None:
    from decimal import Decimal

    from bhxh_cli.render.table import Bar
    from bhxh_cli.render.terminal import bar_glyphs

    assert bar_glyphs(Bar(Decimal(100), Decimal("95.6")), 20) == "█" * 19 + "│"
    assert bar_glyphs(Bar(Decimal(50), Decimal(100)), 10) == "█████·····"
    assert bar_glyphs(Bar(Decimal(120), None), 10) == "█" * 10


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_the_wide_coverage_table_marks_each_rate_target(lang: str) -> None:
    out = bhxh("--lang", lang, "coverage", "-p", "vinh-long", env={"COLUMNS": "140"}).stdout
    assert out.count("│") == 2  # social insurance at 40%, health insurance at 95.6%


# --- narrow terminals ----------------------------------------------------------------------------


def test_records_only_below_80_columns_and_only_when_cells_would_fold() -> None:
    from bhxh_cli.render.terminal import needs_records

    spans = [Span(20, 20, 10)] * 4  # 80 for the cells, 13 for the edges
    assert needs_records(spans, 79)
    assert not needs_records(spans, 100)
    assert not needs_records([Span(10, 10, 5)] * 4, 60)


@pytest.mark.parametrize(("lang", "heading"), [("en", "Health insurance"), ("vi", "BHYT")])
def test_coverage_at_60_columns_is_a_record_per_scheme(lang: str, heading: str) -> None:
    out = bhxh("--lang", lang, "coverage", "-p", "vinh-long", env={"COLUMNS": "60"}).stdout
    lines = out.splitlines()
    assert max(len(line) for line in lines) <= 60
    assert heading in lines
    assert "─" not in out


def test_a_table_that_fits_at_60_columns_stays_a_table() -> None:
    out = bhxh("quota", "lam-dong-2023-07", env={"COLUMNS": "60"}).stdout
    assert "─" in out
