"""Draw a TableView for the terminal: bold key figures, green/red tones, bars when there is room.

Column widths are chosen here, not by Rich, so that a table too wide for the terminal folds its
columns at spaces, the widest columns giving way first: first the headers, then the cells, never
below their longest word. Words are never broken: a table whose words alone are wider than the
terminal is drawn wider than it (the terminal wraps the lines) rather than cut a figure, a date
or a slug in two.

Rich draws the table in colour, and whatever `plaintable` declines; without colour the table is
joined as plain text there, the same characters in a small fraction of the time (Rich takes
seconds for ten thousand rows). Rich's console and table are imported only when Rich draws.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING

from bhxh_cli.render import plaintable
from bhxh_cli.render.plaintable import cells
from bhxh_cli.render.table import Bar, Cell, Column, RenderOptions, TableView

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

_TONES = {"good": "green", "bad": "red"}
_EIGHTHS = " ▏▎▍▌▋▊▉"
_TARGET = "│"  # where the target falls on a bar
# Bars need room: none at 100 columns or less, then one character per two extra, up to 20.
_BAR_FROM_WIDTH = 100
_BAR_MAX = 20
# Below this many columns a table that does not fit whole is drawn as records (render/narrow.py).
NARROW = 80
# The spaces that end a line, with any colour codes among them.
_TRAILING = re.compile(r"(?:[ ]|\x1b\[[0-9;]*m)+$")
_ESCAPE = re.compile(r"\x1b\[[0-9;]*m")


def bar_width(terminal_width: int) -> int:
    """How many characters a bar gets on a terminal this wide: none at 100 columns or less."""
    return max(0, min(_BAR_MAX, (terminal_width - _BAR_FROM_WIDTH) // 2))


def bar_glyphs(bar: Bar, width: int) -> str:
    """One scale for every bar of a column: the filled share is value / 100, capped at full; a
    target below 100 is marked `│` where it falls, so that 23.94% never looks fuller than
    38.68% because it is nearer its own target."""
    share = min(Fraction(1), max(Fraction(0), Fraction(bar.value) / 100))
    eighths = int(share * width * 8)
    full, part = divmod(eighths, 8)
    partial = _EIGHTHS[part].strip() if full < width else ""
    glyphs = ("█" * full + partial).ljust(width, "·")
    if bar.target is None or not 0 < bar.target < 100:
        return glyphs
    at = min(width - 1, int(Fraction(bar.target) / 100 * width))
    return glyphs[:at] + _TARGET + glyphs[at + 1 :]


# Box SIMPLE_HEAD with padding (0, 1): a space of padding either side of each column and a space
# between columns, plus the two edges.
def _overhead(columns: int) -> int:
    return 3 * columns + 1


@dataclass(frozen=True)
class Span:
    """How wide a column wants to be: its longest line; the width that keeps every cell on
    one line (the header folded at spaces); and its longest word."""

    full: int
    cells: int
    word: int


def _measure(text: str) -> tuple[int, int]:
    """A text's width and its longest word's: one measure for a text of one word."""
    size = cells(text)
    words = text.split()
    if len(words) == 1 and len(words[0]) == len(text):
        return size, size
    return size, max((cells(word) for word in words), default=0)


def _plain(cell: Cell, bar: int) -> str:
    return f"{bar_glyphs(cell.bar, bar)} {cell.text}" if cell.bar and bar else cell.text


def column_span(column: Column, texts: list[str]) -> Span:
    """How wide a column with this header and these cell texts wants to be."""
    lines = word = 0
    for text in texts:
        size, longest = _measure(text)
        lines, word = max(lines, size), max(word, longest)
    label, label_word = _measure(column.label)
    return Span(max(lines, label), max(lines, label_word), max(word, label_word))


def _shrink(widths: list[int], floors: list[int], room: int) -> list[int]:
    """Narrow the widest column that is above its floor, one cell at a time, until the
    widths fit `room` or every column is at its floor."""
    widths = list(widths)
    excess = sum(widths) - room
    while excess > 0:
        above = [index for index, width in enumerate(widths) if width > floors[index]]
        if not above:
            break
        widest = max(above, key=lambda index: widths[index])
        widths[widest] -= 1
        excess -= 1
    return widths


def fit(spans: list[Span], room: int) -> list[int]:
    """Widths for the columns within `room`: whole lines if they fit; else headers folded at
    spaces; else cells too; never below the longest word, even if that exceeds `room`."""
    full = [span.full for span in spans]
    headers_folded = _shrink(full, [span.cells for span in spans], room)
    if sum(headers_folded) <= room:
        return headers_folded
    return _shrink(full, [span.word for span in spans], room)


def style_of(cell: Cell) -> str:
    """The Rich style of a cell: bold for key figures, green or red for its tone."""
    tone = _TONES.get(cell.tone or "", "")
    return " ".join(s for s in ("bold" if cell.bold else "", tone) if s)


def _text(cell: Cell, width: int) -> Text:
    from rich.text import Text

    tone = _TONES.get(cell.tone or "", "")
    style = style_of(cell)
    if cell.bar is None or width == 0:
        return Text(cell.text, style=style)
    return Text.assemble((bar_glyphs(cell.bar, width), tone or "dim"), " ", (cell.text, style))


def console_on(out: io.StringIO, options: RenderOptions, width: int) -> Console:
    """A Rich console writing to `out`, in colour only when the options ask for it."""
    from rich.console import Console

    return Console(
        file=out,
        width=width,
        force_terminal=options.color,
        no_color=not options.color,
        color_system="standard" if options.color else None,
        highlight=False,
        emoji=False,
    )


def needs_records(spans: list[Span], width: int) -> bool:
    """Below 80 columns, a table whose cells would fold is drawn as records instead."""
    return width < NARROW and sum(span.cells for span in spans) + _overhead(len(spans)) > width


def _columns(view: TableView, options: RenderOptions) -> tuple[list[list[str]], list[Span]]:
    """The plain text of every cell, and how wide each column wants to be."""
    bar = bar_width(options.width)
    rows = [*view.rows, *([view.total_row] if view.total_row else [])]
    texts = [[_plain(cell, bar) for cell in row] for row in rows]
    spans = [
        column_span(column, [row[index] for row in texts])
        for index, column in enumerate(view.columns)
    ]
    return texts, spans


def sheet(
    view: TableView,
    options: RenderOptions,
    columns: tuple[list[list[str]], list[Span]] | None = None,
) -> plaintable.Sheet:
    """The table's plain texts and widths: what both drawings are given."""
    texts, spans = columns or _columns(view, options)
    widths = fit(spans, options.width - _overhead(len(spans)))
    return plaintable.Sheet(
        title=view.title,
        labels=[column.label for column in view.columns],
        right=[column.numeric for column in view.columns],
        rows=texts,
        section=bool(view.total_row and view.rows),
        widths=widths,
        console_width=max(options.width, sum(widths) + _overhead(len(spans))),
        min_width=min(len(view.title), options.width),  # a narrow table keeps its title whole
        notes=view.notes,
    )


def draw(view: TableView, options: RenderOptions) -> str:
    """Records on a narrow terminal; else joined as plain text where that is certain to be what
    Rich draws; else drawn by Rich. Never a space at the end of a line."""
    texts, spans = _columns(view, options)
    if needs_records(spans, options.width):
        from bhxh_cli.render.narrow import draw_records

        return draw_records(view, options)
    laid_out = sheet(view, options, (texts, spans))
    drawn = None if options.color else plaintable.draw(laid_out)
    return tidy(draw_with_rich(view, options, laid_out) if drawn is None else drawn)


def fast_path_applies(view: TableView, options: RenderOptions) -> bool:
    """Whether `draw` joins this table as plain text rather than asking Rich."""
    texts, spans = _columns(view, options)
    if options.color or needs_records(spans, options.width):
        return False
    return plaintable.draw(sheet(view, options, (texts, spans))) is not None


def draw_with_rich(view: TableView, options: RenderOptions, laid_out: plaintable.Sheet) -> str:
    """The table as Rich draws it, in colour when asked (padded lines: `draw` tidies them)."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    bar = bar_width(options.width)
    out = io.StringIO()
    console = console_on(out, options, laid_out.console_width)
    table = Table(
        title=Text(view.title),  # a Text, never markup: names in data files may hold "[...]"
        box=box.SIMPLE_HEAD,
        title_justify="left",
        min_width=laid_out.min_width,
    )
    for column, column_width in zip(view.columns, laid_out.widths, strict=True):
        table.add_column(
            Text(column.label),
            justify="right" if column.numeric else "left",
            overflow="fold",
            width=column_width,
        )
    for row in view.rows:
        table.add_row(*(_text(cell, bar) for cell in row))
    if view.total_row:
        table.add_section()
        table.add_row(*(_text(cell, bar) for cell in view.total_row))
    console.print(table)
    for note in view.notes:
        console.print(Text(note))
    return out.getvalue()


def tidy(drawn: str) -> str:
    """No spaces at the end of a line (Rich pads each to the table's width) and no blank line at
    the end: a table pasted into a chat or an e-mail stays clean. Colour codes are kept."""
    lines = [
        _TRAILING.sub(lambda run: "".join(_ESCAPE.findall(run[0])), line)
        for line in drawn.splitlines()
    ]
    while lines and not _ESCAPE.sub("", lines[-1]):
        lines.pop()
    return "".join(f"{line}\n" for line in lines)
