"""Tables for narrow terminals (laptop split panes, phones over SSH): a record per row, the
row's first cell as its heading and every other column a line `label  value`; rows that share
their first cell share its heading. Folding eight columns into 60 makes every row an unreadable
block; records read at any width."""

from __future__ import annotations

import io

from rich.cells import cell_len
from rich.text import Text

from bhxh_cli.render.table import Cell, RenderOptions, TableView
from bhxh_cli.render.terminal import console_on, style_of, tidy

INDENT = "  "
GAP = "  "


def _pad(text: str, width: int, *, right: bool = False) -> str:
    room = " " * max(0, width - cell_len(text))
    return room + text if right else text + room


def draw_records(view: TableView, options: RenderOptions) -> str:
    """The table as records for a narrow terminal: a heading per first cell, a line per column."""
    labels = [" ".join(column.label.split()) for column in view.columns[1:]]
    label_width = max((cell_len(label) for label in labels), default=0)
    rows = [*view.rows, *([view.total_row] if view.total_row else [])]
    value_width = max((cell_len(cell.text) for row in rows for cell in row[1:]), default=0)
    out = io.StringIO()
    console = console_on(out, options, options.width)
    console.print(Text(view.title))
    heading = None
    for row in rows:
        console.print()
        if row[0].text != heading:  # a unit with a row per scheme is one heading
            heading = row[0].text
            console.print(Text(heading, style=style_of(row[0]) or "bold"))
        for label, cell in zip(labels, row[1:], strict=True):
            console.print(_line(label, label_width, cell, value_width))
    if view.notes:
        console.print()
    for note in view.notes:
        console.print(Text(note))
    return tidy(out.getvalue())


def _line(label: str, label_width: int, cell: Cell, value_width: int) -> Text:
    """`  label  value`, the values of every record right-aligned on one edge."""
    value = _pad(cell.text, value_width, right=True)
    return Text.assemble(INDENT, _pad(label, label_width), GAP, (value, style_of(cell)))
