"""A sheet's rows read against its layout: units with their figures, and the rows that check
them (group rows I, II; subtotals "Cộng"; the total "Tổng cộng", "Toàn tỉnh"), never units.

Every problem is collected, each at its cell, so that one run shows them all: a number that is
not one, a unit name that matches nothing (with the closest names), a stated rate that is not
actual / plan (a misread column), a total that is not the sum of its units. A total of 0 where
the units add up to more is a warning: a formula the file's writer never computed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

from bhxh_cli.domain.names import fold
from bhxh_cli.domain.schemes import Scheme
from bhxh_cli.domain.units import UnitRef
from bhxh_cli.messages import Message
from bhxh_cli.sheets.grid import Grid
from bhxh_cli.sheets.layout import Column, Layout, Role
from bhxh_cli.sheets.legacy import legacy_encoding
from bhxh_cli.sheets.numbers import BadNumberError, people, percent_of, rate_agrees, stated_rate
from bhxh_cli.sheets.problems import CellProblem
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
    values: dict[int, int | None]
    start: int


def read_rows(grid: Grid, layout: Layout, index: UnitIndex) -> ReadRows:
    """Each row below the header: a unit, a group, a subtotal, the total, or empty."""
    read = ReadRows()
    seen: dict[str, int] = {}
    group: _Pending | None = None
    since = 0
    people_cols = [c for c in layout.columns if c.role != "rate"]
    for row in range(layout.header_end + 1, len(grid.rows)):
        name = _name(grid, layout, row)
        known = index.exactly(name) if name else None
        folded = "" if known is not None else fold(name)
        kind = "unit" if known is not None else _kind(grid, layout, row, (name, folded), index)
        if kind == "empty":
            if any(grid.value(row, c.col) not in ("", None) for c in people_cols):
                read.errors.append((_name_cell(grid, layout, row), Message("import.no_name"), None))
            continue
        values = _numbers(grid, row, people_cols, read)
        if kind == "group":
            _close(grid, group, read, people_cols)
            group = _Pending(row, values, len(read.units))
        elif kind == "subtotal":
            start = group.start if group is not None else since
            _check_sum(grid, _Pending(row, values, start), read, people_cols)
            since = len(read.units)
        elif kind == "total":
            _close(grid, group, read, people_cols)
            group = None
            _check_sum(grid, _Pending(row, values, 0), read, people_cols)
        else:
            _unit((grid, layout, index), (row, name, folded, values), seen, read, known)
    _close(grid, group, read, people_cols)
    return read


def _name(grid: Grid, layout: Layout, row: int) -> str:
    if layout.name_col is None:
        return ""
    value = grid.value(row, layout.name_col)
    return value.strip() if isinstance(value, str) else ("" if value == "" else str(value))


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


def _numbers(grid: Grid, row: int, cols: list[Column], read: ReadRows) -> dict[int, int | None]:
    values: dict[int, int | None] = {}
    line = grid.rows[row]
    width = len(line)
    for column in cols:
        col = column.col
        try:
            values[col] = people(line[col] if col < width else "")
        except BadNumberError as bad:
            read.errors.append((grid.cell(row, col), bad.message, bad.hint))
            read.unreadable.add(col)
            values[col] = None
    return values


def _unit(
    sheet: tuple[Grid, Layout, UnitIndex],
    named: tuple[int, str, str, dict[int, int | None]],
    seen: dict[str, int],
    read: ReadRows,
    known: UnitRef | None,
) -> None:
    grid, layout, index = sheet
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
            ref = index.by_key(key)
        elif code := _code(grid, layout, row):
            where = grid.cell(row, layout.code_col or 0)
            ref = index.by_code(code, name, known)
        else:
            ref = known or index.by_name(name, folded)
    except UnmatchedError as err:
        read.errors.append((where or _name_cell(grid, layout, row), err.message, err.hint))
        return
    first = seen.setdefault(ref.path, row)
    if first != row:
        where = where or _name_cell(grid, layout, row)
        message = Message("import.unit_twice", unit=ref.path, first=_name_cell(grid, layout, first))
        read.errors.append((where, message, None))
        return
    actual, plan = _role(layout, values, "actual"), _role(layout, values, "plan")
    read.units.append(UnitRow(ref.path, row, actual, plan))
    _check_rates(grid, layout, row, read)


def _role(layout: Layout, values: dict[int, int | None], role: Role) -> dict[Scheme, int]:
    return {
        column.scheme: value
        for column in layout.by_role(role)
        if (value := values.get(column.col)) is not None
    }


def _check_rates(grid: Grid, layout: Layout, row: int, read: ReadRows) -> None:
    unit = read.units[-1]
    line = grid.rows[row]
    for column in layout.by_role("rate"):
        raw = line[column.col] if column.col < len(line) else ""
        try:
            stated = stated_rate(raw)
        except BadNumberError as bad:
            read.errors.append((grid.cell(row, column.col), bad.message, bad.hint))
            continue
        actual, plan = unit.actual.get(column.scheme), unit.plan.get(column.scheme)
        if stated is None or actual is None or not plan:
            continue
        read.rates_checked += 1
        if not rate_agrees(stated, actual, plan, true_number=not isinstance(raw, str)):
            message = Message(
                "import.rate_mismatch",
                stated=str(stated[0]),
                computed=percent_of(actual, plan, stated[0]),
                actual=actual,
                plan=plan,
                scheme=column.scheme.value,
            )
            hint = Message("import.rate_mismatch.hint")
            read.errors.append((grid.cell(row, column.col), message, hint))


def _close(grid: Grid, group: _Pending | None, read: ReadRows, cols: list[Column]) -> None:
    if group is not None:
        _check_sum(grid, group, read, cols)


def _check_sum(grid: Grid, pending: _Pending, read: ReadRows, cols: list[Column]) -> None:
    units = read.units[pending.start :]
    for column in cols:
        stated = pending.values.get(column.col)
        if stated is None or column.col in read.unreadable:
            continue
        figures = (u.actual if column.role == "actual" else u.plan for u in units)
        total = sum(f.get(column.scheme, 0) for f in figures)
        cell = grid.cell(pending.row, column.col)
        read.sums_checked += 1
        if stated == 0 and total:
            read.warnings.append((cell, Message("import.total_zero", total=total), None))
        elif stated != total:
            message = Message("import.total_mismatch", stated=stated, total=total, units=len(units))
            read.errors.append((cell, message, Message("import.total_mismatch.hint")))
