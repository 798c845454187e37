"""A sheet as a grid of cells: read from a workbook (`.xlsx`, `.xls`, `.ods`, with
python-calamine, by `workbook`, which alone imports it) or from a CSV file (the standard
library), each cell named the way a spreadsheet names it (`Sheet1!D7`).

Nothing a workbook holds can run code: calamine reads the values (a formula's last computed
value) and never evaluates anything. A file larger than the limit, or a sheet with more cells
than the limit, is refused before it costs memory.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path

from bhxh_cli.errors import UsageError
from bhxh_cli.messages import Message
from bhxh_cli.sheets import workbook
from bhxh_cli.sheets.problems import SheetError, at_cell
from bhxh_cli.sheets.workbook import WORKBOOKS, Reading, read_cells

Value = str | int | float | bool | date | datetime | time | timedelta


@dataclass
class Grid:
    """The cells of one sheet from A1, rows of values ('' where a cell is empty), and the
    merged ranges ((first row, first col), (last row, last col)), counted from 0."""

    sheet: str
    rows: list[list[Value]]
    merged: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)

    def value(self, row: int, col: int) -> Value:
        """The value of a cell; '' outside the data."""
        line = self.rows[row] if 0 <= row < len(self.rows) else []
        return line[col] if 0 <= col < len(line) else ""

    def cell(self, row: int, col: int) -> str:
        """The cell's name with its sheet: `Sheet1!D7`."""
        return at_cell(self.sheet, row, col)

    def spread(self, row: int, col: int) -> Value:
        """The value a cell shows: a merged range's value in each of its cells."""
        for (top, left), (bottom, right) in self.merged:
            if top <= row <= bottom and left <= col <= right:
                return self.value(top, left)
        return self.value(row, col)


def read_grid(path: Path, sheet: str | None, reading: Reading | None = None) -> Grid:
    """The sheet `sheet` (default: the first) of the workbook or CSV file at `path`; a
    workbook's cells from `reading` where they are being read already (`workbook.reading`)."""
    _check_size(path)
    if path.suffix.lower() == ".csv":
        if sheet is not None:
            raise UsageError(Message("import.csv_sheet"))
        return _read_csv(path)
    if path.suffix.lower() not in WORKBOOKS:
        message = Message("import.kind", path=str(path))
        raise UsageError(message, hint=Message("import.kind.hint"))
    return _read_workbook(path, sheet, reading)


def _check_size(path: Path) -> None:
    from bhxh_cli.datafile.files import require_file

    limit = workbook.MAX_SHEET_BYTES  # the limits are `workbook`'s, which reads by them too
    if require_file(path).st_size > limit:
        raise UsageError(Message("import.too_large", path=str(path), limit=limit))


def _read_csv(path: Path) -> Grid:
    import csv  # for CSV files only
    import io

    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise SheetError(
            [(path.name, Message("import.csv_not_utf8"), Message("import.csv_not_utf8.hint"))]
        ) from None
    sample = text[:4096]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows: list[list[Value]] = [list(row) for row in csv.reader(io.StringIO(text), dialect)]
    _check_cells(path, rows)
    return Grid(path.stem, rows)


def _read_workbook(path: Path, sheet: str | None, reading: Reading | None) -> Grid:
    with _unreadable_as_usage_error(path):
        cells = reading.cells() if reading is not None else read_cells(path, sheet)
    if cells.sheet is None:
        if sheet is None:
            raise UsageError(Message("import.no_sheet", path=str(path)))
        message = Message("import.unknown_sheet", sheet=repr(sheet), sheets=tuple(cells.names))
        raise UsageError(message)
    if cells.rows is None:
        message = Message("import.too_many_cells", sheet=cells.sheet, limit=workbook.MAX_CELLS)
        raise UsageError(message)
    return Grid(cells.sheet, cells.rows, cells.merged or [])


@contextmanager
def _unreadable_as_usage_error(path: Path) -> Iterator[None]:
    """calamine's errors (a damaged, truncated or encrypted file, a sheet whose XML is broken)
    as one message naming the file; a panic of its Rust code too, which Python sees as a
    BaseException named PanicException. Anything else, Ctrl-C among it, goes on."""
    try:
        yield
    except BaseException as exc:
        if not isinstance(exc, Exception) and type(exc).__name__ != "PanicException":
            raise
        reason = str(exc) or type(exc).__name__
        raise UsageError(Message("import.unreadable", path=str(path), reason=reason)) from None


def _check_cells(path: Path, rows: list[list[Value]]) -> None:
    if sum(len(row) for row in rows) > workbook.MAX_CELLS:
        message = Message("import.too_many_cells", sheet=path.name, limit=workbook.MAX_CELLS)
        raise UsageError(message)
