"""The registry of output formats. Every renderer takes the same result object.

JSON and CSV are machine formats: plain numbers, ISO dates, no colour, identical in every
language. Table and markdown are for people and follow the language.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any, Protocol

from bhxh_cli.render import OutputFormat
from bhxh_cli.render.table import RenderOptions, TableView

__all__ = ["OutputFormat", "Result", "ViewBuilder", "render", "tables"]


class Result(Protocol):
    def as_simple_dict(self) -> Any: ...

    def records(self) -> list[dict[str, Any]]: ...


# A result is shown as one table, or as several one under the other (quotas and their days).
ViewBuilder = Callable[[RenderOptions], TableView | Sequence[TableView]]


def tables(view: ViewBuilder, options: RenderOptions) -> list[TableView]:
    built = view(options)
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


def to_json(result: Result, _view: ViewBuilder, _options: RenderOptions) -> str:
    return json.dumps(plain(result.as_simple_dict()), ensure_ascii=False, indent=2) + "\n"


# A spreadsheet runs a cell starting with one of these as a formula; names and sources come
# from a data file, so such a cell is written as text, with the apostrophe spreadsheets use.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return f"'{value}"
    return value


def to_csv(result: Result, _view: ViewBuilder, _options: RenderOptions) -> str:
    import csv  # only when CSV is asked for

    records = [
        {key: csv_cell(value) for key, value in plain(record).items()}
        for record in result.records()
    ]
    out = io.StringIO()
    if records:
        writer = csv.DictWriter(out, fieldnames=list(records[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(records)
    return out.getvalue()


def _md_escape(text: str) -> str:
    return text.replace("|", "\\|")


def to_markdown(_result: Result, view: ViewBuilder, options: RenderOptions) -> str:
    return "\n".join(_markdown(table) for table in tables(view, options))


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


def to_table(_result: Result, view: ViewBuilder, options: RenderOptions) -> str:
    from bhxh_cli.render.terminal import draw  # Rich is imported only to draw a table

    return "\n".join(draw(table, options) for table in tables(view, options))


Renderer = Callable[[Result, ViewBuilder, RenderOptions], str]

RENDERERS: dict[OutputFormat, Renderer] = {
    OutputFormat.TABLE: to_table,
    OutputFormat.JSON: to_json,
    OutputFormat.CSV: to_csv,
    OutputFormat.MARKDOWN: to_markdown,
}


def render(result: Result, fmt: OutputFormat, view: ViewBuilder, options: RenderOptions) -> str:
    return RENDERERS[fmt](result, view, options)
