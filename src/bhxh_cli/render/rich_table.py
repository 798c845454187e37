"""Draw a TableView with Rich."""

from __future__ import annotations

import io

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from bhxh_cli.render.view import Cell, RenderOptions, TableView

_TONES = {"good": "green", "bad": "red"}


def _text(cell: Cell) -> Text:
    style = " ".join(s for s in ("bold" if cell.bold else "", _TONES.get(cell.tone or "", "")) if s)
    return Text(cell.text, style=style)


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
    table = Table(
        title=view.title,
        box=box.SIMPLE_HEAD,
        title_justify="left",
        show_footer=False,
        min_width=min(len(view.title), options.width),  # a narrow table keeps its title whole
    )
    for column in view.columns:
        table.add_column(
            column.label, justify="right" if column.numeric else "left", overflow="fold"
        )
    for row in view.rows:
        table.add_row(*(_text(cell) for cell in row))
    if view.total_row:
        table.add_section()
        table.add_row(*(_text(cell) for cell in view.total_row))
    console.print(table)
    for note in view.notes:
        console.print(Text(note))
    return out.getvalue()
