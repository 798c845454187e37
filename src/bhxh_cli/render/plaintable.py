"""A table drawn as plain text, line by line: the same characters Rich draws with colour off.

Rich draws each cell through several layers of objects (padding, text, segments, lines), which
for a table of ten thousand rows takes seconds; joining strings takes a small fraction of that.
This mirrors only what `terminal.py` asks of Rich: box SIMPLE_HEAD with padding (0, 1), columns
of fixed width, left or right justified, folding at spaces (headers aligned to the bottom, cells
to the top), a title as wide as the table (folded to it, each line padded), an optional section
line before the last row, and notes folded to the console's width.

Where it could differ from Rich it declines (returns None) and the caller draws with Rich: text
that holds anything but printable characters and plain spaces, or the variation selector that
changes the width of the character before it; a word wider than its line, which Rich would cut;
and a column of no width (all its texts empty), in which Rich draws nothing. Otherwise the rules
below are Rich's own, step by step (rich._wrap.divide_line, then Text.rstrip_end, Lines.justify
and Text.truncate; rich._ratio.ratio_distribute for min_width), and
tests/render/test_plaintable.py compares the two on random tables.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import chain
from math import ceil

from rich.cells import cell_len

# A word and the spaces after it (and, for the first word of a text, the spaces before it).
_WORD = re.compile(r"\s*\S+\s*")
_RULE = "─"
_VARIATION_SELECTOR = "\ufe0f"
# Characters Rich gives one cell each (tests check every one against Rich): Latin, with the
# Vietnamese letters of Latin Extended Additional, punctuation, and the box-drawing and block
# characters of rules and bars.
_NARROW = frozenset(
    chr(code)
    for first, last in [
        (0x20, 0x7E),
        (0xA0, 0xAC),
        (0xAE, 0x2FF),
        (0x1E00, 0x1EFF),
        (0x2010, 0x2027),
        (0x2500, 0x259F),
    ]
    for code in range(first, last + 1)
)


@dataclass(frozen=True)
class Sheet:
    """A table as handed to Rich: plain texts, each column's width (without padding), and the
    widths of the console and the least the table may be."""

    title: str
    labels: list[str]
    right: list[bool]  # right-justified, else left
    rows: list[list[str]]
    section: bool  # a section line before the last row
    widths: list[int]
    console_width: int
    min_width: int
    notes: list[str]


def cells(text: str) -> int:
    """Rich's width of a text (rich.cells.cell_len), as its length where every character is
    one cell, saving Rich's look-up of each character of a Vietnamese text."""
    return len(text) if _NARROW.issuperset(text) else cell_len(text)


def simple(text: str) -> bool:
    """Printable characters only, so that the only white space is " ", and none whose width
    depends on its neighbour: the width of such a text is the sum of its characters'."""
    return text.isprintable() and _VARIATION_SELECTOR not in text


def _rstrip_end(line: str, width: int) -> str:
    """Rich drops trailing spaces beyond the width, counted in characters, not cells."""
    excess = len(line) - width
    if excess <= 0:
        return line
    spaces = len(line) - len(line.rstrip())
    return line[: len(line) - min(spaces, excess)]


def _divide(text: str, width: int) -> list[str] | None:
    """Lines broken before each word that does not fit the rest of the line, the spaces after
    a word kept on its line; None if a word is wider than the width."""
    if cells(text) <= width:
        return [_rstrip_end(text, width)]
    lines = []
    line_start = offset = 0
    for match in _WORD.finditer(text):
        word = match.group()
        need = cells(word.rstrip())
        if need > width:
            return None
        if width - offset >= need:
            offset += cells(word)
        else:  # not the first word: a word that fits no remainder still fits a line of its own
            lines.append(_rstrip_end(text[line_start : match.start()], width))
            line_start = match.start()
            offset = cells(word)
    lines.append(_rstrip_end(text[line_start:], width))
    return lines


def _crop(line: str, width: int) -> str:
    """Cut to the width; only trailing spaces are ever beyond it, one cell each."""
    over = cells(line) - width
    return line[: len(line) - over] if over > 0 else line


def _left(line: str, width: int) -> str:
    line = _crop(line, width)
    return line + " " * (width - cells(line))


def _right(line: str, width: int) -> str:
    line = line.rstrip()
    return " " * (width - cells(line)) + line


def wrap(text: str, width: int, *, pad: bool = False) -> list[str] | None:
    """A text as Rich prints it at `width`: left-justified lines padded to the width if `pad`,
    else as they fall."""
    lines = _divide(text, width)
    if lines is None:
        return None
    return [_left(line, width) if pad else _crop(line, width) for line in lines]


def _cell(text: str, width: int, right: bool) -> list[str] | None:
    if right:
        lines = _divide(text, width)
        return None if lines is None else [_right(line, width) for line in lines]
    return wrap(text, width, pad=True)


def _row(texts: list[str], sheet: Sheet, widths: list[int], header: bool) -> list[str] | None:
    line = []
    for text, width, right in zip(texts, widths, sheet.right, strict=True):
        size = cells(text)
        # on one line with nothing to strip, as most cells are: padded on one side
        if size > width or len(text) > width or (right and text[-1:] == " "):
            return _lines(texts, sheet, widths, header)
        line.append(" " * (width - size) + text if right else text + " " * (width - size))
    return [_join(line)]


def _join(cells: Iterable[str]) -> str:
    """The edge and padding, between columns padding, divider and padding, then padding and
    the edge."""
    return "  " + "   ".join(cells) + "  "


def _lines(texts: list[str], sheet: Sheet, widths: list[int], header: bool) -> list[str] | None:
    cells = []
    for text, width, right in zip(texts, widths, sheet.right, strict=True):
        lines = _cell(text, width, right)
        if lines is None:
            return None
        cells.append(lines)
    height = max(len(lines) for lines in cells)
    blank = [" " * width for width in widths]
    # a header sits on the bottom of its row, a cell at the top
    cells = [
        [blank[index]] * (height - len(lines)) + lines
        if header
        else lines + [blank[index]] * (height - len(lines))
        for index, lines in enumerate(cells)
    ]
    return [_join(line) for line in zip(*cells, strict=True)]


def widen(widths: list[int], min_width: int, console_width: int) -> list[int]:
    """A table narrower than its min_width is widened: the extra cells go to the columns in
    proportion to their widths with padding, rounded up, the first columns first."""
    padded = [width + 2 for width in widths]
    edges = len(widths) + 1
    total = sum(padded)
    room = min(min_width - edges, console_width - edges)
    if total >= room:
        return widths
    remaining, ratios = room - total, total
    wider = []
    for ratio in padded:
        extra = ceil(ratio * remaining / ratios)
        wider.append(ratio - 2 + extra)
        ratios -= ratio
        remaining -= extra
    return wider


def draw(sheet: Sheet) -> str | None:
    """The table as Rich would draw it without colour, or None if that is not certain."""
    every = chain([sheet.title], sheet.labels, chain.from_iterable(sheet.rows), sheet.notes)
    if not sheet.labels or not all(map(simple, every)):
        return None
    widths = widen(sheet.widths, sheet.min_width, sheet.console_width)
    if min(widths) < 1:  # Rich renders nothing at all in a column of no width
        return None
    table_width = sum(widths) + 3 * len(widths) + 1
    blank = " " * table_width
    out: list[str] = []
    if sheet.title:
        title = wrap(sheet.title, table_width, pad=True)
        if title is None:
            return None
        out.extend(title)
    out.append(blank)  # the top edge
    header = _row(sheet.labels, sheet, widths, header=True)
    if header is None:
        return None
    out.extend(header)
    out.append(" " + _RULE * (table_width - 2) + " ")
    last = len(sheet.rows) - 1
    for index, texts in enumerate(sheet.rows):
        if sheet.section and index == last:
            out.append(blank)
        lines = _row(texts, sheet, widths, header=False)
        if lines is None:
            return None
        out.extend(lines)
    out.append(blank)  # the bottom edge
    for note in sheet.notes:
        lines = wrap(note, sheet.console_width)
        if lines is None:
            return None
        out.extend(lines)
    return "\n".join(out) + "\n"
