"""Progress against plan: how far each scheme is, where it should be by now, what pace it needs.

Rules, written once (the README repeats them; the pace arithmetic is in `pace.py`, where the
figures come from in `figures.py`):
- Rows: one per scheme that has a target in the period, in the usual scheme order.
- plan: the target as a count of people: `total` and `new` as written, a `rate` turned into the
  people it requires (as in `coverage`; none without a denominator).
- actual: a stock (`total`, `rate`) is the count on the snapshot date. A flow (`new`) is the
  people recruited since the period began = snapshot - baseline, where the baseline is the
  latest figure on or before the day before the period starts (and never after the snapshot).
  Without a baseline a flow has no actual and its status is `no-baseline`. A scheme the
  snapshot does not count is not measured: no actual and no status (null), stock or flow.
- expected by now: only where the status compares with it, a row with an actual in an open
  period (a stock also needs its baseline); else null, like the status it would feed.
- percent of plan = actual / plan x 100 (none for a plan of 0), half up to 2 decimals, below
  100 at most 99.99 (`arithmetic.percent`); remaining = max(0, plan - actual); surplus =
  max(0, actual - plan).
- Dates: for each period, the figures are the latest on or before both the reference day
  (--as-of, else today) and the period's end. A period whose end is before the reference day
  is closed: it has no expected count and no pace needed; its percent and gap stay, and its
  status is `met` or `behind` (a stock without a baseline stays `no-baseline`).
- Periods: chosen per scheme (see `selection.periods_by_scheme`); `--period P` applies one
  to every scheme, `all` gives a report per period: those containing the date, shortest
  first, then the others in order.
- Change: since the baseline (now - baseline), and the count on the same date a year earlier
  when figures exist on exactly that date (never interpolated).
- Sub-units (--by-unit / --depth): each is measured against the same periods on exactly the
  dates of the unit above (its own latest when that unit has none); their rows are ranked
  within each scheme, laggards first, rows without a percentage last.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction
from typing import Any, Literal

from bhxh_cli.coverage.report import people_planned
from bhxh_cli.domain.arithmetic import gap_and_surplus, percent, round_half_up
from bhxh_cli.domain.figures import NOTHING, DayFigures, DenominatorSource, Figures, Scope, lookup
from bhxh_cli.domain.periods import Period
from bhxh_cli.domain.plans import Goal, Target
from bhxh_cli.domain.schemes import Scheme
from bhxh_cli.domain.selection import Closure, closure, targets_for
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
class PeriodLook:
    """One period as a unit sees it: figures now (on or before its end), at the baseline and
    on the same date a year earlier, the share of it elapsed, whether it had ended."""

    period: Period
    now: DayFigures
    baseline: DayFigures
    year_before: DayFigures
    elapsed: Elapsed | None
    closure: Closure

    @property
    def elapsed_share(self) -> Decimal | None:
        """The share of the period elapsed by the figures' date, half up to 4 decimals."""
        return round_half_up(self.elapsed.share, SHARE_PLACES) if self.elapsed else None

    def as_simple_dict(self) -> dict[str, Any]:
        """The period as JSON gets it: id, start, end, the figures' date, share elapsed, closure."""
        return self.period.as_simple_dict() | {
            "as_of": self.now.as_of if self.now.figures else None,
            "elapsed_share": self.elapsed_share,
            "period_closed": self.closure.closed,
            "uncovered_days": self.closure.uncovered_days,
        }


@dataclass(frozen=True)
class ProgressRow:
    """One scheme against its plan in a period: actual, expected by now, status and pace needed."""

    scheme: Scheme
    period: str
    plan_kind: Literal["total", "new", "rate"]
    target_name: str | None
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
    denominator_source: DenominatorSource | None = None
    baseline: int | None = None
    change_since_baseline: int | None = None
    same_date_last_year: int | None = None
    period_closed: bool = False
    uncovered_days: int | None = None

    def as_simple_dict(self) -> dict[str, Any]:
        """The row as JSON gets it: every field as it is, the scheme by its name."""
        return {"scheme": self.scheme.value} | {
            key: value for key, value in self.__dict__.items() if key != "scheme"
        }


def progress_row(
    scheme: Scheme,
    goal: Goal,
    counts: tuple[int | None, int | None],
    elapsed: Elapsed | None,
    denominator: int | None,
    *,
    closed: bool = False,
) -> ProgressRow:
    """One scheme's row from its count now and at the baseline, exact until shown. A period
    that has ended expects nothing more and needs no pace: its percent and gap stay."""
    now, base = counts
    flow = goal.kind == "new"
    plan = people_planned(goal, denominator)
    actual = (None if now is None or base is None else now - base) if flow else now
    expected = None  # only where the status compares with it: an actual, in an open period
    if plan is not None and actual is not None and elapsed is not None and not closed:
        expected = expected_by_now(plan, elapsed, base, flow=flow)
    remaining, surplus = (None, None)
    if actual is not None and plan is not None:
        remaining, surplus = gap_and_surplus(actual, plan)
    pace = None
    if remaining is not None and elapsed is not None and not closed:
        pace = needed(remaining, elapsed, flow=flow)
    projected = None
    if actual is not None and elapsed is not None:
        projected = projected_at_end(actual, 0 if flow else base, elapsed)
    return ProgressRow(
        scheme=scheme,
        period="",
        plan_kind=goal.kind,
        target_name=None,
        actual=actual,
        plan=plan,
        percent_of_plan=percent(actual, plan) if actual is not None and plan is not None else None,
        remaining=remaining,
        surplus=surplus,
        expected_by_now=people_up(expected),
        status=_status(
            actual,
            plan,
            expected,
            (flow and now is not None, closed),
            None if flow else base,
            flow=flow,
        ),
        projected_at_end=people_up(projected),
        needed_per_day=pace.per_day if pace else None,
        needed_per_month=pace.per_month if pace else None,
        baseline=base,
        change_since_baseline=None if now is None or base is None else now - base,
    )


def _status(
    actual: int | None,
    plan: int | None,
    expected: Fraction | None,
    lacks: tuple[bool, bool],
    base: int | None,
    *,
    flow: bool,
) -> Status | None:
    lacks_baseline, closed = lacks
    if plan is None:
        return None
    if actual is None:
        return "no-baseline" if lacks_baseline else None
    if closed and actual < plan:
        # the period is over: short is behind, but a stock without a baseline stays as it was
        return "behind" if flow or base is not None else "no-baseline"
    return status(actual, plan, expected, base)


@dataclass(frozen=True)
class UnitProgress:
    """One unit measured against each scheme's period: its looks at them, and its rows."""

    path: str
    name: str
    now: DayFigures
    baseline: DayFigures
    rows: list[ProgressRow]
    has_target: bool
    looks: dict[Period, PeriodLook] = field(default_factory=dict)

    @property
    def figures(self) -> Figures | None:
        """The unit's figures for the first period used, own or summed; none when it lacks them."""
        return self.now.figures


def baseline(scope: Scope, period: Period | None, day: date | None) -> DayFigures:
    """Figures when the period began: the latest on or before its eve, never after `day`."""
    if period is None or day is None:
        return NOTHING
    return lookup(scope, min(day, period.start - timedelta(days=1)))


def year_before(scope: Scope, day: date | None) -> DayFigures:
    """Figures on exactly the same date one year earlier (28 February for a 29th), or none:
    never an interpolation."""
    if day is None:
        return NOTHING
    earlier = day.replace(year=day.year - 1, day=28 if (day.month, day.day) == (2, 29) else day.day)
    return scope.on(earlier) if earlier in scope.dates() else NOTHING


def look_at(scope: Scope, period: Period, now: DayFigures, as_of: date | None) -> PeriodLook:
    """How a unit sees `period` with figures `now`: baseline, year before, elapsed, closure."""
    day = now.as_of if now.figures else None
    return PeriodLook(
        period,
        now,
        baseline(scope, period, now.as_of),
        year_before(scope, day),
        elapsed_at(period, now.as_of) if now.as_of else None,
        closure(period, as_of, day),
    )


def _count(found: DayFigures, scheme: Scheme) -> int | None:
    return found.figures.counts.get(scheme) if found.figures else None


def measure(
    ref: UnitRef,
    scope: Scope,
    chosen: dict[Scheme, Period],
    nows: dict[Period, DayFigures],
    as_of: date | None,
) -> UnitProgress:
    """The unit's rows, each scheme against its period in `chosen`, with figures `nows`."""
    targets = {s: found for s, p in chosen.items() if (found := targets_for(ref.unit, p).get(s))}
    looks = {p: look_at(scope, p, nows[p], as_of) for p in dict.fromkeys(chosen.values())}
    rows = [
        _row(scheme, goal, target, looks[chosen[scheme]], scope)
        for scheme, (goal, target) in targets.items()
    ]
    first = next(iter(looks.values()), None)
    now = first.now if first else NOTHING
    base = first.baseline if first else NOTHING
    return UnitProgress(ref.path, ref.unit.name, now, base, rows, bool(targets), looks)


def _row(scheme: Scheme, goal: Goal, target: Target, look: PeriodLook, scope: Scope) -> ProgressRow:
    figures = look.now.figures
    base = figures.base_for(scheme) if figures else scope.static_base(scheme)
    row = progress_row(
        scheme,
        goal,
        (_count(look.now, scheme), _count(look.baseline, scheme)),
        look.elapsed,
        base.value,
        closed=look.closure.closed,
    )
    return replace(
        row,
        period=look.period.id,
        target_name=target.name,
        denominator_source=base.source if goal.kind == "rate" and base.value is not None else None,
        same_date_last_year=_count(look.year_before, scheme),
        period_closed=look.closure.closed,
        uncovered_days=look.closure.uncovered_days,
    )
