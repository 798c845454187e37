"""Tables joined as plain text are what Rich draws, character for character.

The property: for any table, at any width, whenever the plain drawing does not decline it equals
Rich's. Then that it declines only where it must (a character it does not measure, a word wider
than its line), and that every golden table and README example is drawn without Rich.
"""

from __future__ import annotations

import re
import shlex
from decimal import Decimal
from functools import cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from bhxh_cli.render import plaintable, terminal
from bhxh_cli.render.table import Bar, Cell, Column, RenderOptions, TableView
from tests.conftest import GOLDEN, bhxh
from tests.test_golden import TABLES, WIDE
from tests.test_golden import run as run_golden
from tests.test_readme import EXAMPLES, _tidy

VIETNAMESE = "ăâđêôơưĐƯàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ"
ASCII = "aeiouAZxy0159.,-%/()[]:'—"
COMBINING = "\u0300\u0301\u0303\u0309\u0323"  # Vietnamese tones written apart from the letter
WIDE_CHARACTERS = "中文가"
DECLINED = "\t\n\xa0\ufe0f\u200d\x1b"  # not measured here: Rich draws these
TYPICAL = ASCII + VIETNAMESE
MEASURED = TYPICAL + COMBINING + WIDE_CHARACTERS
ANY = MEASURED + DECLINED

SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def texts(alphabet: str, most: int) -> st.SearchStrategy[str]:
    """Up to `most` words one space apart, or a short run of anything with spaces in runs,
    leading and trailing."""
    word = st.text(st.sampled_from(alphabet), min_size=1, max_size=14)
    spaced = st.text(st.sampled_from(alphabet + "   "), max_size=12)
    return st.lists(word, max_size=most).map(" ".join) | spaced


def numbers(low: int, high: int) -> st.SearchStrategy[Decimal]:
    return st.decimals(low, high, places=2, allow_nan=False, allow_infinity=False)


@cache  # strategies are built once: building them in every draw is most of a test's time
def views(alphabet: str) -> st.SearchStrategy[TableView]:
    label, note = texts(alphabet, 4), texts(alphabet, 30)
    # shorter than the table, longer than it (it widens the table), longer than the terminal
    title = texts(alphabet, 3) | texts(alphabet, 10) | texts(alphabet, 25)
    bars = st.none() | st.builds(Bar, numbers(-10, 200), st.none() | numbers(1, 100))
    tones = st.sampled_from([None, "good", "bad"])
    cell = st.builds(Cell, texts(alphabet, 5), st.booleans(), tones, bars)

    @st.composite
    def view(draw: st.DrawFn) -> TableView:
        count = draw(st.integers(1, 6))

        def row() -> list[Cell]:
            return [draw(cell) for _ in range(count)]

        return TableView(
            title=draw(title),
            columns=[Column(draw(label), draw(st.booleans())) for _ in range(count)],
            rows=[row() for _ in range(draw(st.integers(0, 6)))],
            notes=draw(st.lists(note, max_size=3)),
            total_row=row() if draw(st.booleans()) else None,
        )

    return view()


widths = st.integers(20, 200)
# Half the tables hold only what is measured here, half may hold anything.
any_views = st.sampled_from([MEASURED, ANY]).flatmap(views)


@SETTINGS
@given(any_views, widths)
def test_the_plain_drawing_is_what_rich_draws(view: TableView, width: int) -> None:
    options = RenderOptions(width=width)
    laid_out = terminal.sheet(view, options)
    drawn = plaintable.draw(laid_out)
    if drawn is not None:
        assert drawn == terminal.draw_with_rich(view, options, laid_out)


# A word as Rich folds text, with the spaces after it (and the first, those before it).
RICH_WORD = re.compile(r"\s*\S+\s*")


def _fits(text: str, width: int) -> bool:
    return all(len(word.rstrip()) <= width for word in RICH_WORD.findall(text))


def _words_fit(view: TableView, laid_out: plaintable.Sheet) -> bool:
    widths = plaintable.widen(laid_out.widths, laid_out.min_width, laid_out.console_width)
    table_width = sum(widths) + 3 * len(widths) + 1
    columns = [
        _fits(text, width)
        for row in [laid_out.labels, *laid_out.rows]
        for text, width in zip(row, widths, strict=True)
    ]
    notes = [_fits(note, laid_out.console_width) for note in view.notes]
    return min(widths) > 0 and _fits(view.title, table_width) and all(columns) and all(notes)


@SETTINGS
@given(views(TYPICAL), widths)
def test_it_declines_only_a_word_wider_than_its_line(view: TableView, width: int) -> None:
    """With printable text of narrow characters, only a word wider than its line (which Rich
    cuts) leaves the table to Rich: one of the title or a note, or a cell's first word with the
    spaces before it (columns are never narrower than their longest word without them); and a
    column whose texts are all empty."""
    options = RenderOptions(width=width)
    laid_out = terminal.sheet(view, options)
    _, spans = terminal._columns(view, options)  # below 80 columns a folding table is records
    records = terminal.needs_records(spans, width)
    assert terminal.fast_path_applies(view, options) == (_words_fit(view, laid_out) and not records)


def test_every_character_taken_as_one_cell_is_one_cell_to_rich() -> None:
    assert [c for c in sorted(plaintable._NARROW) if cell_len(c) != 1] == []


@given(st.text(st.sampled_from(ANY)) | st.text())
def test_widths_are_rich_widths(text: str) -> None:
    assert plaintable.cells(text) == cell_len(text)


@pytest.mark.parametrize("text", ["tab\there", "line\nbreak", "no\xa0break", "☺\ufe0f", "\x1b[1m"])
def test_it_declines_what_it_does_not_measure(text: str) -> None:
    view = TableView("Title", [Column("Name")], [[Cell(text)]])
    assert not terminal.fast_path_applies(view, RenderOptions())
    assert terminal.draw(view, RenderOptions()) == terminal.tidy(
        terminal.draw_with_rich(view, RenderOptions(), terminal.sheet(view, RenderOptions()))
    )


def test_colour_is_drawn_by_rich() -> None:
    view = TableView("Title", [Column("Name")], [[Cell("Vị Thanh", bold=True, tone="good")]])
    coloured = RenderOptions(color=True)
    assert not terminal.fast_path_applies(view, coloured)
    assert "\x1b[" in terminal.draw(view, coloured)


def _lines(text: str) -> list[str]:
    return text.split("\n")


def test_a_long_title_folds_at_spaces_each_line_padded_to_the_table() -> None:
    # as wide as the terminal (min_width), folded to it, every line padded to it
    view = TableView("Lễ ra quân Tháng BHXH toàn dân " * 4, [Column("Đơn vị")], [[Cell("a")]])
    options = RenderOptions(width=50)
    drawn = plaintable.draw(terminal.sheet(view, options))
    assert drawn is not None
    assert _lines(drawn)[:4] == [
        "Lễ ra quân Tháng BHXH toàn dân Lễ ra quân Tháng".ljust(50),
        "BHXH toàn dân Lễ ra quân Tháng BHXH toàn dân Lễ ra",
        "quân Tháng BHXH toàn dân".ljust(50),
        " " * 50,
    ]
    assert drawn == terminal.draw_with_rich(view, options, terminal.sheet(view, options))


def test_notes_fold_at_the_console_width_keeping_the_space_before_a_break() -> None:
    note = "Chia theo phương pháp số dư lớn nhất; khi bằng nhau: số dư lớn hơn trước"
    view = TableView("T", [Column("A")], [[Cell("a")]], notes=[note])
    options = RenderOptions(width=40)
    drawn = plaintable.draw(terminal.sheet(view, options))
    assert drawn is not None
    assert _lines(drawn)[-3:] == [
        "Chia theo phương pháp số dư lớn nhất; ",
        "khi bằng nhau: số dư lớn hơn trước",
        "",
    ]
    assert drawn == terminal.draw_with_rich(view, options, terminal.sheet(view, options))


@pytest.fixture
def without_rich(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object) -> str:
        raise AssertionError("drawn by Rich")

    monkeypatch.setattr(terminal, "draw_with_rich", refuse)


@pytest.mark.usefixtures("in_repository", "without_rich")
@pytest.mark.parametrize("lang", ["en", "vi"])
@pytest.mark.parametrize(
    ("name", "args", "columns"),
    [
        *((name, args, 100) for name, args in TABLES.items()),
        *((name, args, 140) for name, args in WIDE.items()),
    ],
    ids=[*TABLES, *WIDE],
)
def test_every_golden_table_is_joined_as_plain_text(
    name: str, args: tuple[str, ...], columns: int, lang: str
) -> None:
    done = run_golden(lang, *args, columns=columns)
    assert done.exit_code == 0
    assert done.stdout == (GOLDEN / f"{name}.{lang}.txt").read_text(encoding="utf-8")


@pytest.mark.usefixtures("in_repository", "without_rich")
@pytest.mark.parametrize(("columns", "args", "expected"), EXAMPLES, ids=[a for _, a, _ in EXAMPLES])
def test_every_readme_example_is_joined_as_plain_text(
    columns: str, args: str, expected: str
) -> None:
    env = {"BHXH_DATA": "data/targets.yaml", "COLUMNS": columns}
    done = bhxh(*shlex.split(args), env=env)
    assert _tidy(done.stdout) == _tidy(expected)
