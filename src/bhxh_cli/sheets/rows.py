"""A sheet's rows read against its layout: units with their figures, and the rows that check
them (group rows I, II; subtotals "Cộng"; the total "Tổng cộng", "Toàn tỉnh"), never units.

Every problem is collected, each at its cell, so that one run shows them all: a number that is
not one, a unit name that matches nothing (with the closest names), a stated rate that is not
actual / plan (a misread column), a total that is not the sum of its units. A total of 0 where
the units add up to more is a warning: a formula the file's writer never computed.

The rows that name units exactly as the data file writes them, one after another (most of a
sheet), are read column by column where nothing in them is wrong but rates (`runs`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import repeat
from operator import attrgetter, itemgetter
from typing import NamedTuple, cast

from bhxh_cli.domain.names import fold
from bhxh_cli.domain.schemes import Scheme
from bhxh_cli.messages import Message
from bhxh_cli.sheets.grid import Grid, Value
from bhxh_cli.sheets.layout import Column, Layout, Role
from bhxh_cli.sheets.legacy import legacy_encoding
from bhxh_cli.sheets.numbers import BadNumberError, StatedRate, people, percent_of, read_rate
from bhxh_cli.sheets.problems import CellProblem
from bhxh_cli.sheets.runs import Columns, in_bulk
from bhxh_cli.sheets.units import UnitIndex, UnmatchedError

_ROMAN = re.compile(r"[IVXLC]+\.?")
_ROMAN_NAME = re.compile(r"[IVXLC]+[.\s)-]\s*\S")
TOTAL_WORDS = frozenset({"tong-cong", "toan-tinh", "tong-so", "tong", "tong-cong-toan-tinh"})


class UnitRow(NamedTuple):
    """A unit's figures as one row gives them: actuals (written) and plans (checks only)."""

    path: str
    row: int
    actual: dict[Scheme, int]
    plan: dict[Scheme, int]


@dataclass
class ReadRows:
    """What the rows hold, what was checked, and every problem."""

    units: list[UnitRow] = field(default_factory=list)
    errors: list[CellProblem] = field(default_factory=list)
    warnings: list[CellProblem] = field(default_factory=list)
    rates_checked: int = 0
    sums_checked: int = 0
    # Columns with a cell that is not a number: their sums are not checked (it would only
    # repeat that problem at every total).
    unreadable: set[int] = field(default_factory=set)


@dataclass
class _Pending:
    """A row that checks a run of units: its values, and from which unit the run starts."""

    row: int
    values: list[int | None]
    start: int


def read_rows(grid: Grid, layout: Layout, index: UnitIndex) -> ReadRows:
    """Each row below the header: a unit, a group, a subtotal, the total, or empty."""
    reader = _Reader(grid, layout, index)
    first = layout.header_end + 1
    names = _names(grid.rows[first:], layout.name_col)
    paths = index.named_exactly(names)
    at = 0
    while at < len(names):
        end = _run_end(paths, at) if reader.columns.by_name else at
        if end > at:
            named = cast("list[str]", paths[at:end])  # each row's unit, up to `end`
            reader.run(range(first + at, first + end), names[at:end], named)
        else:
            reader.row(first + at, names[at], paths[at])
            end = at + 1
        at = end
    reader.close()
    return reader.read


def _names(lines: list[list[Value]], col: int | None) -> list[str]:
    """Each row's name ('' for none); text stripped, anything else as text."""
    if col is None:
        return [""] * len(lines)
    try:
        return list(map(str.strip, map(itemgetter(col), lines)))  # a column of text, the usual
    except (IndexError, TypeError):  # a short row, a cell that is not text
        return [_name(line, col) for line in lines]


def _name(line: list[Value], col: int) -> str:
    value = line[col] if col < len(line) else ""
    return value.strip() if isinstance(value, str) else ("" if value == "" else str(value))


def _run_end(paths: list[str | None], at: int) -> int:
    """Where the rows from `at` that name a unit exactly end."""
    try:
        return paths.index(None, at)
    except ValueError:
        return len(paths)


class _Reader:
    """The rows read one after another into `read`, with what the sums still need: the group
    open, and where the units since the last subtotal start."""

    def __init__(self, grid: Grid, layout: Layout, index: UnitIndex) -> None:
        self.grid, self.layout, self.index = grid, layout, index
        self.columns = Columns(layout)
        self.read = ReadRows()
        self.seen: dict[str, int] = {}
        self.group: _Pending | None = None
        self.since = 0
        # Each run read column by column: its units (from, to) and their totals by column.
        self.run_totals: list[tuple[int, int, dict[tuple[Role, Scheme], int]]] = []

    def run(self, rows: range, names: list[str], paths: list[str]) -> None:
        """Rows that name units exactly: column by column where that reads them as row by
        row would (no unit twice, nothing wrong but rates), else row by row."""
        fresh = len(set(paths)) == len(paths) and self.seen.keys().isdisjoint(paths)
        lines = self.grid.rows[rows.start : rows.stop]
        figures = in_bulk(lines, names, self.columns) if fresh else None
        if figures is None:
            for row, name, path in zip(rows, names, paths, strict=True):
                self.row(row, name, path)
            return
        self.seen.update(zip(paths, rows, strict=True))
        read = self.read
        first = len(read.units)
        # UnitRow's own __new__ is Python's: a run's thousands are made as the tuples they are
        made = zip(paths, rows, figures.actual, figures.plan, strict=True)
        read.units += cast("Iterator[UnitRow]", map(tuple.__new__, repeat(UnitRow), made))
        self.run_totals.append((first, len(read.units), figures.totals))
        read.rates_checked += figures.rates_checked
        for off in figures.mismatches:
            at = (rows[off.at], off.col, off.scheme)
            read.errors.append(self._rate_mismatch(at, off.rate, off.actual, off.plan))

    def row(self, row: int, name: str, known: str | None) -> None:
        """A row of any kind; `known`: the unit its name names exactly."""
        grid, layout, read = self.grid, self.layout, self.read
        folded = "" if known is not None else fold(name)
        kind = "unit" if known is not None else _kind(grid, layout, row, (name, folded), self.index)
        cells = self.columns.cells(grid.rows[row])
        if kind == "empty":
            if any(value not in ("", None) for value in cells):
                read.errors.append((_name_cell(grid, layout, row), Message("import.no_name"), None))
            return
        values = self._numbers(row, cells)
        if kind == "group":
            self.close()
            self.group = _Pending(row, values, len(read.units))
        elif kind == "subtotal":
            start = self.group.start if self.group is not None else self.since
            self._check_sum(_Pending(row, values, start))
            self.since = len(read.units)
        elif kind == "total":
            self.close()
            self.group = None
            self._check_sum(_Pending(row, values, 0))
        else:
            self._unit((row, name, folded, values), known)

    def close(self) -> None:
        """The open group's sum checked."""
        if self.group is not None:
            self._check_sum(self.group)

    def _numbers(self, row: int, cells: Sequence[Value]) -> list[int | None]:
        try:
            return list(map(people, cells))
        except BadNumberError:
            pass
        values: list[int | None] = []
        for column, value in zip(self.columns.people, cells, strict=True):
            try:
                values.append(people(value))
            except BadNumberError as bad:
                self.read.errors.append((self.grid.cell(row, column.col), bad.message, bad.hint))
                self.read.unreadable.add(column.col)
                values.append(None)
        return values

    def _unit(self, named: tuple[int, str, str, list[int | None]], known: str | None) -> None:
        grid, layout, index, read = self.grid, self.layout, self.index, self.read
        row, name, folded, values = named
        legacy = legacy_encoding(name)
        where = _name_cell(grid, layout, row) if legacy is not None else ""
        if legacy is not None:
            message = Message("import.legacy", encoding=legacy, text=repr(name))
            read.errors.append((where, message, Message("import.legacy.hint", encoding=legacy)))
            return
        key = grid.value(row, layout.key_col) if layout.key_col is not None else ""
        try:
            if isinstance(key, str) and key.strip():
                where = grid.cell(row, layout.key_col or 0)
                path = index.by_key(key).path
            elif code := _code(grid, layout, row):
                where = grid.cell(row, layout.code_col or 0)
                path = index.by_code(code, name, known).path
            else:
                path = known or index.by_name(name, folded).path
        except UnmatchedError as err:
            read.errors.append((where or _name_cell(grid, layout, row), err.message, err.hint))
            return
        first = self.seen.setdefault(path, row)
        if first != row:
            where = where or _name_cell(grid, layout, row)
            message = Message("import.unit_twice", unit=path, first=_name_cell(grid, layout, first))
            read.errors.append((where, message, None))
            return
        columns = self.columns
        actual = {
            scheme: value for at, scheme in columns.actual if (value := values[at]) is not None
        }
        plan = {scheme: value for at, scheme in columns.plan if (value := values[at]) is not None}
        read.units.append(UnitRow(path, row, actual, plan))
        self._check_rates(row)

    def _check_rates(self, row: int) -> None:
        unit = self.read.units[-1]
        line = self.grid.rows[row]
        for col, scheme in self.columns.rates:
            raw = line[col] if col < len(line) else ""
            try:
                rate = read_rate(raw)
            except BadNumberError as bad:
                self.read.errors.append((self.grid.cell(row, col), bad.message, bad.hint))
                continue
            actual, plan = unit.actual.get(scheme), unit.plan.get(scheme)
            if rate is None or actual is None or not plan:
                continue
            self.read.rates_checked += 1
            if not rate.agrees(actual, plan):
                self.read.errors.append(self._rate_mismatch((row, col, scheme), rate, actual, plan))

    def _rate_mismatch(
        self, at: tuple[int, int, Scheme], rate: StatedRate, actual: int, plan: int
    ) -> CellProblem:
        row, col, scheme = at
        stated = rate.stated[0]
        message = Message(
            "import.rate_mismatch",
            stated=str(stated),
            computed=percent_of(actual, plan, stated),
            actual=actual,
            plan=plan,
            scheme=scheme.value,
        )
        return (self.grid.cell(row, col), message, Message("import.rate_mismatch.hint"))

    def _check_sum(self, pending: _Pending) -> None:
        read = self.read
        units = len(read.units) - pending.start
        for column, stated in zip(self.columns.people, pending.values, strict=True):
            if stated is None or column.col in read.unreadable:
                continue
            total = self._total(pending.start, column)
            cell = self.grid.cell(pending.row, column.col)
            read.sums_checked += 1
            if stated == 0 and total:
                read.warnings.append((cell, Message("import.total_zero", total=total), None))
            elif stated != total:
                message = Message("import.total_mismatch", stated=stated, total=total, units=units)
                read.errors.append((cell, message, Message("import.total_mismatch.hint")))

    def _total(self, start: int, column: Column) -> int:
        """The figures of `column`'s role and scheme added up over the units from `start`: a
        run's from its totals, the others one by one."""
        key, total, at = (column.role, column.scheme), 0, start
        for first, end, totals in self.run_totals[bisect_left(self.run_totals, (start,)) :]:
            total += _added(self.read.units[at:first], key) + totals.get(key, 0)
            at = end
        return total + _added(self.read.units[at:], key)


def _added(units: list[UnitRow], key: tuple[Role, Scheme]) -> int:
    """The figures of a role (the name of their field) and scheme added up over `units`."""
    role, scheme = key
    return sum(map(dict.get, map(attrgetter(role), units), repeat(scheme), repeat(0)))


def _code(grid: Grid, layout: Layout, row: int) -> object:
    """The row's code cell, or "" (no code column, or an empty cell)."""
    if layout.code_col is None:
        return ""
    value = grid.value(row, layout.code_col)
    return value.strip() if isinstance(value, str) else ("" if value is None else value)


def _name_cell(grid: Grid, layout: Layout, row: int) -> str:
    return grid.cell(row, layout.name_col if layout.name_col is not None else 0)


def _kind(grid: Grid, layout: Layout, row: int, named: tuple[str, str], index: UnitIndex) -> str:
    name, folded = named
    key = grid.value(row, layout.key_col) if layout.key_col is not None else ""
    if isinstance(key, str) and key.strip():
        return "unit"
    if not name:
        return "unit" if _code(grid, layout, row) else "empty"
    order = grid.value(row, layout.order_col) if layout.order_col is not None else ""
    if isinstance(order, str) and _ROMAN.fullmatch(order.strip()):
        return "group"
    if index.names_one(name, folded):  # "X. Tân Phú", "Cộng Hòa": units, not groups or sums
        return "unit"
    if _ROMAN_NAME.match(name):
        return "group"
    if folded in TOTAL_WORDS or folded.startswith("tong-cong") or index.is_province(folded):
        return "total"
    if folded == "cong" or folded.startswith("cong-"):
        return "subtotal"
    return "unit"
