"""Progress against plan: how far each scheme is, where it should be by now, what pace it needs.

Rules, written once (the README repeats them; the pace arithmetic is in `pace.py`, where the
figures come from in `figures.py`):
- Rows: one per scheme that has a target in the period, in the usual scheme order.
- plan: the target as a count of people: `total` and `new` as written, a `rate` turned into the
  people it requires (as in `coverage`; none without a denominator).
- actual: a stock (`total`, `rate`) is the count on the snapshot date. A flow (`new`) is the
  people recruited since the period began = snapshot - baseline, where the baseline is the
  latest figure on or before the day before the period starts (and never after the snapshot).
  Without a baseline a flow has no actual and its status is `no-baseline`.
- percent of plan = actual / plan x 100, half up to 2 decimals; remaining = max(0, plan -
  actual); surplus = max(0, actual - plan).
- Dates: the snapshot is the latest on or before --as-of (default: the latest), but never after
  the period's end: a period that is over is measured at its last snapshot.
- Periods: the default is, among the target periods containing the snapshot date, the
  shortest; else the first to end after it; else the latest. `all` gives every period: those
  containing the date, shortest first, then the others in order.
- Sub-units (--by-unit / --depth): each is measured against the same period on exactly the date
  of the unit above (its own latest date when that unit has none); their rows are listed
  laggards first, rows without a percentage last.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction
from typing import Any, Literal

from bhxh_cli.coverage import people_planned
from bhxh_cli.domain.arithmetic import gap_and_surplus, percent
from bhxh_cli.domain.data import Goal, Unit
from bhxh_cli.domain.figures import NOTHING, DayFigures, Figures, Scope, lookup
from bhxh_cli.domain.periods import Period
from bhxh_cli.domain.schemes import SCHEMES, Scheme
from bhxh_cli.domain.selection import goals_for, target_periods
from bhxh_cli.domain.units import UnitRef
from bhxh_cli.progress.pace import (
    Elapsed,
    Status,
    elapsed_at,
    expected_by_now,
    needed,
    people_up,
    projected_at_end,
    status,
)

SHARE_PLACES = Decimal("0.0001")


@dataclass(frozen=True)
class ProgressRow:
    scheme: Scheme
    plan_kind: Literal["total", "new", "rate"]
    actual: int | None
    plan: int | None
    percent_of_plan: Decimal | None
    remaining: int | None
    surplus: int | None
    expected_by_now: int | None
    status: Status | None
    projected_at_end: int | None
    needed_per_day: int | None
    needed_per_month: int | None

    def as_simple_dict(self) -> dict[str, Any]:
        return {"scheme": self.scheme.value} | {
            key: value for key, value in self.__dict__.items() if key != "scheme"
        }


def progress_row(
    scheme: Scheme,
    goal: Goal,
    counts: tuple[int | None, int | None],
    elapsed: Elapsed | None,
    denominator: int | None,
) -> ProgressRow:
    """One scheme's row from its count now and at the baseline, exact until shown."""
    now, base = counts
    flow = goal.kind == "new"
    plan = people_planned(goal, denominator)
    actual = (None if now is None or base is None else now - base) if flow else now
    expected = None
    if plan is not None and elapsed is not None:
        expected = expected_by_now(plan, elapsed, base, flow=flow)
    remaining, surplus = (None, None)
    if actual is not None and plan is not None:
        remaining, surplus = gap_and_surplus(actual, plan)
    pace = needed(remaining, elapsed) if remaining is not None and elapsed else None
    projected = None
    if actual is not None and elapsed is not None:
        projected = projected_at_end(actual, 0 if flow else base, elapsed)
    return ProgressRow(
        scheme=scheme,
        plan_kind=goal.kind,
        actual=actual,
        plan=plan,
        percent_of_plan=percent(actual, plan) if actual is not None and plan is not None else None,
        remaining=remaining,
        surplus=surplus,
        expected_by_now=people_up(expected),
        status=_status(actual, plan, expected, flow and now is not None),
        projected_at_end=people_up(projected),
        needed_per_day=pace.per_day if pace else None,
        needed_per_month=pace.per_month if pace else None,
    )


def _status(
    actual: int | None, plan: int | None, expected: Fraction | None, lacks_baseline: bool
) -> Status | None:
    if plan is None:
        return None
    if actual is None:
        return "no-baseline" if lacks_baseline else None
    return status(actual, plan, expected)


@dataclass(frozen=True)
class UnitProgress:
    """One unit measured against one period: figures now, at the baseline, and its rows."""

    path: str
    name: str
    now: DayFigures
    baseline: DayFigures
    rows: list[ProgressRow]
    has_target: bool

    @property
    def figures(self) -> Figures | None:
        return self.now.figures


def own_period(unit: Unit, period: Period | None) -> Period | None:
    """The unit's own spelling of a period with the same days, if it has a target in it."""
    if period is None:
        return None
    days = (period.start, period.end)
    return next((p for p in target_periods(unit) if (p.start, p.end) == days), None)


def baseline(scope: Scope, period: Period | None, day: date | None) -> DayFigures:
    """Figures when the period began: the latest on or before its eve, never after `day`."""
    if period is None or day is None:
        return NOTHING
    return lookup(scope, min(day, period.start - timedelta(days=1)))


def _count(found: DayFigures, scheme: Scheme) -> int | None:
    return found.figures.counts.get(scheme) if found.figures else None


def measure(ref: UnitRef, scope: Scope, period: Period | None, now: DayFigures) -> UnitProgress:
    goals = goals_for(ref.unit, own_period(ref.unit, period))
    base = baseline(scope, period, now.as_of)
    elapsed = elapsed_at(period, now.as_of) if period and now.as_of else None
    rows = [
        progress_row(
            scheme,
            goals[scheme],
            (_count(now, scheme), _count(base, scheme)),
            elapsed,
            now.figures.denominator_for(scheme)
            if now.figures
            else scope.static_denominator(scheme),
        )
        for scheme in SCHEMES
        if scheme in goals
    ]
    return UnitProgress(ref.path, ref.unit.name, now, base, rows, bool(goals))
