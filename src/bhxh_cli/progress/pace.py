"""Time and pace inside a target period: the arithmetic of `bhxh progress`, exact until shown.

Rules, written once (the README repeats them):
- elapsed days: from the period's first day to the snapshot date, both ends included, held
  between 0 (a snapshot before the period) and the period's length; elapsed share = elapsed
  days / period days.
- expected by now: a flow (new participants) expects plan x share; a stock expects
  baseline + (plan - baseline) x share, and nothing without a baseline.
- status: `met` once actual >= plan; otherwise `no-baseline` when nothing is expected; otherwise
  actual and expected are compared in points of the planned change (plan - baseline for a
  stock, the plan for a flow), so a stock that stands still is `behind`: within 2 points
  (inclusive) is `on-track`, above `ahead`, below `behind`; a planned change of 0 or less
  (a stock whose baseline already reached the plan, now below it) is `behind`.
- projected at period end, at the pace so far: start + (actual - start) / elapsed days x period
  days, where start is 0 for a flow and the baseline for a stock; nothing before the first day
  or, for a stock, without a baseline.
- pace still needed: the people remaining / days left, per day and per 30-day month; 0 when
  nothing remains, nothing when no day is left. Days left differ by kind only before the
  period starts: a stock (a count at the period's end) has the days from the day after the
  snapshot to the period's end, since people who join before the period also count at its end
  (41 from 20 November to 31 December); a flow has the period's own days after the snapshot,
  at most all of them (31 for December), since recruits before the period go into its baseline.
- counts of people are rounded up (ceil), once, at the end; shares and percentages half up.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from typing import Literal

from bhxh_cli.domain.arithmetic import ceil_fraction
from bhxh_cli.domain.periods import Period

Status = Literal["ahead", "on-track", "behind", "met", "no-baseline"]
STATUSES: tuple[Status, ...] = ("ahead", "on-track", "behind", "met", "no-baseline")

ON_TRACK_POINTS = 2  # percentage points of the planned change either side of the expected count
MONTH_DAYS = 30


@dataclass(frozen=True)
class Elapsed:
    """How much of a period lies behind a snapshot date, in whole days."""

    days: int
    period_days: int
    waiting: int = 0  # days after the snapshot before the period's first day (0 once it began)

    @property
    def share(self) -> Fraction:
        """The elapsed share: elapsed days / period days, exact until shown."""
        return Fraction(self.days, self.period_days)

    @property
    def days_left(self) -> int:
        """The period's own days after the snapshot: a flow's days left."""
        return self.period_days - self.days

    @property
    def days_to_end(self) -> int:
        """Every day after the snapshot up to the period's end: a stock's days left."""
        return self.days_left + self.waiting

    def left_for(self, *, flow: bool) -> int:
        """The days left by kind: a flow's period days after the snapshot, a stock's to the end."""
        return self.days_left if flow else self.days_to_end


def elapsed_at(period: Period, day: date) -> Elapsed:
    """Days from the period's first day to `day`, both included, within 0..period days; and
    the days between `day` and the period's first day when it is still to come."""
    days = (day - period.start).days + 1
    return Elapsed(min(max(days, 0), period.days), period.days, max(0, -days))


def expected_by_now(
    plan: int, elapsed: Elapsed, baseline: int | None, *, flow: bool
) -> Fraction | None:
    """Where a steady pace from the start of the period would stand by now."""
    if flow:
        return plan * elapsed.share
    if baseline is None:
        return None
    return baseline + (plan - baseline) * elapsed.share


def compare(actual: int, expected: Fraction, change: int) -> Status:
    """ahead / on-track / behind: the distance from expected, in points of the planned change."""
    if change <= 0:
        return "behind"
    points = (actual - expected) * 100 / change
    if abs(points) <= ON_TRACK_POINTS:
        return "on-track"
    return "ahead" if points > 0 else "behind"


def status(
    actual: int, plan: int, expected: Fraction | None, baseline: int | None = None
) -> Status:
    """`baseline` is the stock's count at the start (None for a flow, whose change is its plan)."""
    if actual >= plan:
        return "met"
    if expected is None:
        return "no-baseline"
    return compare(actual, expected, plan - (baseline or 0))


def projected_at_end(actual: int, start: int | None, elapsed: Elapsed) -> Fraction | None:
    """The count at period end if the pace since `start` (0 for a flow) goes on."""
    if start is None or elapsed.days == 0:
        return None
    return start + Fraction(actual - start, elapsed.days) * elapsed.period_days


@dataclass(frozen=True)
class Needed:
    """People still to recruit per day and per 30-day month, rounded up."""

    per_day: int | None
    per_month: int | None


def needed(remaining: int, elapsed: Elapsed, *, flow: bool) -> Needed:
    """`remaining` over the days left for the kind (see the rules above)."""
    if remaining <= 0:
        return Needed(0, 0)
    days = elapsed.left_for(flow=flow)
    if days == 0:
        return Needed(None, None)
    per_day = Fraction(remaining, days)
    return Needed(ceil_fraction(per_day), ceil_fraction(per_day * MONTH_DAYS))


def people_up(value: Fraction | None) -> int | None:
    """A count of people shown: rounded up, once."""
    return None if value is None else ceil_fraction(value)
