"""Draw a TableView with Rich: bold key figures, green/red tones, bars when there is room."""

from __future__ import annotations

import io
from fractions import Fraction

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from bhxh_cli.render.view import Bar, Cell, RenderOptions, TableView

_TONES = {"good": "green", "bad": "red"}
_EIGHTHS = " ▏▎▍▌▋▊▉"
# Bars need room: none at 100 columns or less, then one character per two extra, up to 20.
_BAR_FROM_WIDTH = 100
_BAR_MAX = 20


def bar_width(terminal_width: int) -> int:
    return max(0, min(_BAR_MAX, (terminal_width - _BAR_FROM_WIDTH) // 2))


def bar_glyphs(bar: Bar, width: int) -> str:
    """The filled share is value / target (or value / 100 without a target), capped at full."""
    whole = bar.target if bar.target else 100
    share = min(Fraction(1), max(Fraction(0), Fraction(bar.value) / Fraction(whole)))
    eighths = int(share * width * 8)
    full, part = divmod(eighths, 8)
    partial = _EIGHTHS[part].strip() if full < width else ""
    return ("█" * full + partial).ljust(width, "·")


def _text(cell: Cell, width: int) -> Text:
    tone = _TONES.get(cell.tone or "", "")
    style = " ".join(s for s in ("bold" if cell.bold else "", tone) if s)
    if cell.bar is None or width == 0:
        return Text(cell.text, style=style)
    return Text.assemble((bar_glyphs(cell.bar, width), tone or "dim"), " ", (cell.text, style))


def draw(view: TableView, options: RenderOptions) -> str:
    out = io.StringIO()
    console = Console(
        file=out,
        width=options.width,
        force_terminal=options.color,
        no_color=not options.color,
        color_system="standard" if options.color else None,
        highlight=False,
        emoji=False,
    )
    width = bar_width(options.width)
    table = Table(
        title=view.title,
        box=box.SIMPLE_HEAD,
        title_justify="left",
        min_width=min(len(view.title), options.width),  # a narrow table keeps its title whole
    )
    for column in view.columns:
        table.add_column(
            column.label, justify="right" if column.numeric else "left", overflow="fold"
        )
    for row in view.rows:
        table.add_row(*(_text(cell, width) for cell in row))
    if view.total_row:
        table.add_section()
        table.add_row(*(_text(cell, width) for cell in view.total_row))
    console.print(table)
    for note in view.notes:
        console.print(Text(note))
    return out.getvalue()
