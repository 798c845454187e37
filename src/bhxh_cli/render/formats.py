"""The output formats: every renderer takes a result and the options to draw it with.

JSON and CSV are machine formats: plain numbers, ISO dates, no colour, identical in every
language. Table and markdown are for people and follow the language.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

from bhxh_cli.domain.results import Result
from bhxh_cli.render import OutputFormat, view_of
from bhxh_cli.render.table import RenderOptions, TableView


def tables(result: Result, options: RenderOptions) -> list[TableView]:
    """The tables the result's view draws, one or several."""
    built = view_of(result)(result, options)
    return [built] if isinstance(built, TableView) else list(built)


def plain(value: Any) -> Any:
    """A value as a machine format writes it: Decimals as plain numbers, dates as ISO."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [plain(item) for item in value]
    return value


def to_json(result: Result, _options: RenderOptions) -> str:
    """The result as JSON: its `as_simple_dict` as plain values, non-ASCII kept, indented."""
    return json.dumps(plain(result.as_simple_dict()), ensure_ascii=False, indent=2) + "\n"


# A spreadsheet runs a cell starting with one of these as a formula; names and sources come
# from a data file, so such a cell is written as text, with the apostrophe spreadsheets use.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> Any:
    """A text cell a spreadsheet would run as a formula, written as text."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return f"'{value}"
    return value


def to_csv(result: Result, _options: RenderOptions) -> str:
    """The result as CSV: its records under a header; a cell that looks like a formula as text."""
    import csv  # only when CSV is asked for

    records = [
        {key: csv_cell(_cell(value)) for key, value in plain(record).items()}
        for record in result.records()
    ]
    out = io.StringIO()
    if records:
        writer = csv.DictWriter(out, fieldnames=list(records[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(records)
    return out.getvalue()


def _cell(value: Any) -> Any:
    """A CSV cell: booleans as JSON writes them, `true` and `false`."""
    return ("true" if value else "false") if isinstance(value, bool) else value


def _md_escape(text: str) -> str:
    return text.replace("|", "\\|")


def to_markdown(result: Result, options: RenderOptions) -> str:
    """The result's tables in markdown, each under a `###` title, numbers aligned right."""
    return "\n".join(_markdown(table) for table in tables(result, options))


def _markdown(table: TableView) -> str:
    lines = [f"### {_md_escape(table.title)}", ""]
    lines.append("| " + " | ".join(_md_escape(c.label) for c in table.columns) + " |")
    lines.append("|" + "|".join("---:" if c.numeric else ":---" for c in table.columns) + "|")
    rows = [*table.rows, table.total_row] if table.total_row else table.rows
    for row in rows:
        cells = [
            f"**{_md_escape(c.text)}**" if c.bold and c.text else _md_escape(c.text) for c in row
        ]
        lines.append("| " + " | ".join(cells) + " |")
    if table.notes:
        lines.append("")
        lines.extend(f"{note}  " for note in table.notes)
    return "\n".join(lines).rstrip() + "\n"


def to_table(result: Result, options: RenderOptions) -> str:
    """The result's tables drawn for the terminal, one under the other."""
    from bhxh_cli.render.terminal import draw  # Rich is imported only to draw a table

    return "\n".join(draw(table, options) for table in tables(result, options))


Renderer = Callable[[Result, RenderOptions], str]

RENDERERS: dict[OutputFormat, Renderer] = {
    OutputFormat.TABLE: to_table,
    OutputFormat.JSON: to_json,
    OutputFormat.CSV: to_csv,
    OutputFormat.MARKDOWN: to_markdown,
}
