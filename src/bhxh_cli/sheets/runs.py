"""Runs of a sheet's rows that name units exactly as the data file writes them (most of a
sheet), read column by column: `people_column` down each column of counts, `read_rate` down each
column of rates, and the rates compared with their actuals and plans in one loop
(`numbers.disagreeing`), where reading row by row costs a few calls for each cell.

A run is read so only where row by row would find nothing wrong in it but rates that disagree:
every count cell a count, every rate cell a rate or empty, no name in an old encoding, each
scheme with one column of each role. Anything else is read row by row, as any row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import repeat
from operator import attrgetter, itemgetter
from typing import NamedTuple, cast

from bhxh_cli.domain.schemes import Scheme
from bhxh_cli.sheets.grid import Value
from bhxh_cli.sheets.layout import Layout, Role
from bhxh_cli.sheets.legacy import legacy_encoding
from bhxh_cli.sheets.numbers import (
    BadNumberError,
    StatedRate,
    disagreeing,
    people_column,
    read_rate,
)

# Where a role's figures of one scheme are among a row's counts: (position, scheme).
Slots = tuple[tuple[int, Scheme], ...]


class Columns:
    """A layout's columns, worked out once for all rows: the counts' columns in column order
    (a row's values are in that order), where each role's figures are among them, and the
    rates' columns with their schemes."""

    def __init__(self, layout: Layout) -> None:
        self.people = tuple(c for c in layout.columns if c.role != "rate")
        self.cols = tuple(c.col for c in self.people)
        self.width = max(self.cols, default=-1) + 1
        self.get: Callable[[list[Value]], Sequence[Value]] = (
            itemgetter(*self.cols)
            if len(self.cols) > 1
            else lambda line: [line[c] for c in self.cols]
        )
        self.actual: Slots = tuple(
            (at, c.scheme) for at, c in enumerate(self.people) if c.role == "actual"
        )
        self.plan: Slots = tuple(
            (at, c.scheme) for at, c in enumerate(self.people) if c.role == "plan"
        )
        self.rates = tuple((c.col, c.scheme) for c in layout.by_role("rate"))
        # A row is its unit by its name alone (no column of keys or codes to say otherwise).
        self.by_name = layout.key_col is None and layout.code_col is None
        roles = [(c.scheme, c.role) for c in layout.columns]
        self.one_each = len(set(roles)) == len(roles)
        self.full_width = max((c.col for c in layout.columns), default=-1) + 1

    def cells(self, line: list[Value]) -> Sequence[Value]:
        """The cells of the counts' columns ('' beyond a short row's end)."""
        if len(line) >= self.width:
            return self.get(line)
        return [line[col] if col < len(line) else "" for col in self.cols]


class Mismatch(NamedTuple):
    """A stated rate of a run that is not its actual / plan: the row's place in the run."""

    at: int
    col: int
    scheme: Scheme
    rate: StatedRate
    actual: int
    plan: int


class RunFigures(NamedTuple):
    """What the rows of a run give, in row order: each row's actuals and plans by scheme, how
    many rates were checked, and the rates that disagree (by row, then column)."""

    actual: list[dict[Scheme, int]]
    plan: list[dict[Scheme, int]]
    rates_checked: int
    mismatches: list[Mismatch]
    # Each column of counts added up, by role and scheme.
    totals: dict[tuple[Role, Scheme], int]


def in_bulk(lines: list[list[Value]], names: list[str], columns: Columns) -> RunFigures | None:
    """The figures of a run's rows (`lines`, their names `names`) read column by column, or
    None where a row would be refused for something else than a rate that disagrees."""
    if (
        not columns.one_each
        or min(map(len, lines)) < columns.full_width
        or legacy_encoding("\n".join(names)) is not None
    ):
        return None
    try:
        counts = [people_column(list(map(itemgetter(col), lines))) for col in columns.cols]
        rates = [list(map(read_rate, map(itemgetter(col), lines))) for col, _ in columns.rates]
    except BadNumberError:
        return None
    checked, mismatches = 0, []
    for (col, scheme), stated in zip(columns.rates, rates, strict=True):
        actual_column = _figures_of(columns.actual, scheme, counts, len(lines))
        plan_column = _figures_of(columns.plan, scheme, counts, len(lines))
        rows, (rates_of, actuals, plans) = _checked(stated, actual_column, plan_column)
        checked += len(rows)
        for off in disagreeing(rates_of, actuals, plans):
            mismatches.append(
                Mismatch(rows[off], col, scheme, rates_of[off], actuals[off], plans[off])
            )
    actual = _by_scheme(columns.actual, counts, len(lines))
    plan = _by_scheme(columns.plan, counts, len(lines))
    totals = {
        (c.role, c.scheme): sum(filter(None, col))
        for c, col in zip(columns.people, counts, strict=True)
    }
    return RunFigures(actual, plan, checked, sorted(mismatches, key=attrgetter("at")), totals)


def _figures_of(
    slots: Slots, scheme: Scheme, counts: list[list[int | None]], rows: int
) -> list[int | None]:
    """The column of one role's figures of `scheme` (None in each row where it has none)."""
    return next((counts[at] for at, own in slots if own == scheme), [None] * rows)


def _checked(
    rates: list[StatedRate | None], actuals: list[int | None], plans: list[int | None]
) -> tuple[Sequence[int], tuple[Sequence[StatedRate], Sequence[int], Sequence[int]]]:
    """The rows whose rate is checked (a rate, an actual and a plan other than 0), and their
    rates, actuals and plans: the columns as they are where every row's is checked."""
    if None not in rates and None not in actuals and all(plans):
        every = cast("tuple[list[StatedRate], list[int], list[int]]", (rates, actuals, plans))
        return range(len(rates)), every
    picked = [
        (at, rate, actual, plan)
        for at, (rate, actual, plan) in enumerate(zip(rates, actuals, plans, strict=True))
        if rate is not None and actual is not None and plan
    ]
    return [at for at, *_ in picked], (
        [rate for _, rate, _, _ in picked],
        [actual for _, _, actual, _ in picked],
        [plan for *_, plan in picked],
    )


def _by_scheme(slots: Slots, counts: list[list[int | None]], rows: int) -> list[dict[Scheme, int]]:
    """Each row's figures of one role by scheme, in column order, those it has."""
    if not slots:
        return [{} for _ in range(rows)]
    pairs = zip(*(zip(repeat(scheme), counts[at]) for at, scheme in slots), strict=True)
    if not any(None in counts[at] for at, _ in slots):
        return list(map(dict, pairs))
    return [{scheme: value for scheme, value in row if value is not None} for row in pairs]
