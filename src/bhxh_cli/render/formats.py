"""The output formats: every renderer takes a result and the options to draw it with.

JSON and CSV are machine formats: plain numbers, ISO dates, no colour, identical in every
language. Table and markdown are for people and follow the language.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from json.encoder import encode_basestring
from typing import Any

from bhxh_cli.domain.results import Lines, Result
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


def to_json(result: Result, _options: RenderOptions) -> Iterator[str]:
    """The result as JSON: its `as_simple_dict` as plain values, non-ASCII kept, indented; a
    list made as it is written (`Lines`) is written item by item, in the same text."""
    yield from _json_pieces(result.as_simple_dict(), 0)
    yield "\n"


def _json_pieces(value: Any, depth: int) -> Iterator[str]:
    """`value` as `json.dumps(..., indent=2)` writes it at this depth, in pieces."""
    inner = "\n" + "  " * (depth + 1)
    if isinstance(value, Lines):
        opened = False
        for item in value:
            yield ("," if opened else "[") + inner + _item(plain(item), depth + 1)
            opened = True
        yield "\n" + "  " * depth + "]" if opened else "[]"
    elif isinstance(value, dict) and value and any(isinstance(v, Lines) for v in value.values()):
        for index, (key, item) in enumerate(value.items()):
            yield ("," if index else "{") + inner + _dumps(key) + ": "
            yield from _json_pieces(item, depth + 1)
        yield "\n" + "  " * depth + "}"
    else:
        yield _dumps(plain(value)).replace("\n", "\n" + "  " * depth)


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


def _item(value: Any, depth: int) -> str:
    """One item of a `Lines` list at this depth. An object of text, whole numbers and nulls
    (a day's quota) is written field by field, as json.dumps would but five times faster:
    its indented writer is pure Python, its text quoting is not."""
    if isinstance(value, dict) and value and all(type(v) in _SCALARS for v in value.values()):
        inner = "\n" + "  " * (depth + 1)
        fields = [f"{_quoted(key)}: {_scalar(item)}" for key, item in value.items()]
        return "{" + inner + ("," + inner).join(fields) + "\n" + "  " * depth + "}"
    return _dumps(value).replace("\n", "\n" + "  " * depth)


_SCALARS = (str, int, type(None))
_quoted = encode_basestring  # what json.dumps quotes text with when non-ASCII is kept


def _scalar(value: str | int | None) -> str:
    if value is None:
        return "null"
    return _quoted(value) if isinstance(value, str) else int.__repr__(value)


# A spreadsheet runs a cell starting with one of these as a formula; names and sources come
# from a data file, so such a cell is written as text, with the apostrophe spreadsheets use.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> Any:
    """A text cell a spreadsheet would run as a formula, written as text."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return f"'{value}"
    return value


def to_csv(result: Result, _options: RenderOptions) -> Iterator[str]:
    """The result as CSV: its records under a header, in pieces of about a thousand lines
    (a day-by-day plan's records are made as they are written); a cell that looks like a
    formula as text."""
    import csv  # only when CSV is asked for

    out = io.StringIO()
    writer: csv.DictWriter[str] | None = None
    for count, record in enumerate(result.records(), 1):
        row = {key: csv_cell(_cell(value)) for key, value in plain(record).items()}
        if writer is None:
            writer = csv.DictWriter(out, fieldnames=list(row), lineterminator="\n")
            writer.writeheader()
        writer.writerow(row)
        if count % _CSV_PIECE == 0:
            yield out.getvalue()
            out.seek(0)
            out.truncate()
    yield out.getvalue()


_CSV_PIECE = 1000


def _cell(value: Any) -> Any:
    """A CSV cell: booleans as JSON writes them, `true` and `false`."""
    return ("true" if value else "false") if isinstance(value, bool) else value


def _md_escape(text: str) -> str:
    return text.replace("|", "\\|")


def to_markdown(result: Result, options: RenderOptions) -> Iterator[str]:
    """The result's tables in markdown, each under a `###` title, numbers aligned right."""
    yield "\n".join(_markdown(table) for table in tables(result, options))


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


def to_table(result: Result, options: RenderOptions) -> Iterator[str]:
    """The result's tables drawn for the terminal, one under the other."""
    from bhxh_cli.render.terminal import draw  # Rich is imported only to draw a table

    yield "\n".join(draw(table, options) for table in tables(result, options))


# A renderer writes the result in pieces: JSON and CSV can be longer than memory allows.
Renderer = Callable[[Result, RenderOptions], Iterator[str]]

RENDERERS: dict[OutputFormat, Renderer] = {
    OutputFormat.TABLE: to_table,
    OutputFormat.JSON: to_json,
    OutputFormat.CSV: to_csv,
    OutputFormat.MARKDOWN: to_markdown,
}
