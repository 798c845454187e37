"""Choosing which snapshot and which target period a report is about."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from bhxh_cli.domain.data import Goal, Snapshot, Unit
from bhxh_cli.domain.periods import Period, parse_period
from bhxh_cli.domain.schemes import Scheme
from bhxh_cli.errors import UsageError
from bhxh_cli.messages import Message


def pick_snapshot(unit: Unit, as_of: date | None) -> Snapshot | None:
    """The latest snapshot on or before `as_of` (default: the latest of all); the file's
    last one wins among snapshots of the same date."""
    best: Snapshot | None = None
    for snapshot in unit.actuals:
        if as_of is not None and snapshot.as_of > as_of:
            continue
        if best is None or snapshot.as_of >= best.as_of:
            best = snapshot
    return best


def target_periods(unit: Unit) -> list[Period]:
    """Distinct target periods in file order."""
    return list(dict.fromkeys(target.period for target in unit.targets))


def default_period(periods: list[Period], day: date | None) -> Period | None:
    """Among the periods containing `day`, the shortest; else the first to end after it;
    else the latest. Without a day, the latest."""
    if not periods:
        return None
    if day is not None:
        containing = [p for p in periods if p.contains(day)]
        if containing:
            return min(containing, key=lambda p: (p.days, p.start))
        later = [p for p in periods if p.end > day]
        if later:
            return min(later, key=lambda p: (p.end, p.start))
    return max(periods, key=lambda p: (p.end, p.start))


def find_period(unit_path: str, periods: list[Period], wanted: str) -> Period:
    """The unit's period spelled `wanted` (same days, however it is written)."""
    try:
        asked = parse_period(wanted)
    except ValueError:
        raise UsageError(Message("period.bad_option", value=repr(wanted))) from None
    for period in periods:
        if (period.start, period.end) == (asked.start, asked.end):
            return period
    listed = tuple(p.id for p in periods) or Message("word.none")
    message = Message("period.no_target", unit=unit_path, period=wanted)
    raise UsageError(message, hint=Message("period.listed.hint", periods=listed))


def choose_period(
    unit_path: str, periods: list[Period], wanted: str | None, day: date | None
) -> Period | None:
    """The period spelled `wanted` when one is asked for, else the default for `day`."""
    if wanted is None:
        return default_period(periods, day)
    return find_period(unit_path, periods, wanted)


def no_snapshot_before(unit_path: str, as_of: date, dates: list[date]) -> UsageError:
    """The error of a date before every snapshot, listing the dates there are."""
    message = Message("snapshot.none_before", unit=unit_path, day=as_of)
    return UsageError(message, hint=Message("snapshot.dates.hint", dates=tuple(sorted(dates))))


def goals_for(unit: Unit, period: Period | None) -> dict[Scheme, Goal]:
    """Every scheme's goal in `period`; the first entry in the file wins for a scheme."""
    goals: dict[Scheme, Goal] = {}
    if period is None:
        return goals
    for target in unit.targets:
        if target.period == period:
            for scheme, goal in target.goals().items():
                goals.setdefault(scheme, goal)
    return goals


@dataclass(frozen=True)
class Citation:
    """A source a report names, and which of its figures it gives: the participants, the
    targets, or both."""

    source: str
    participants: bool
    targets: bool


def citations(
    figure_sources: Iterable[str | None], unit: Unit, period: Period | None
) -> list[Citation]:
    """Where a report's figures come from: the figures' own sources, then those of the unit's
    targets for `period`; each once, in that order, with what it gives."""
    figures = [source for source in figure_sources if source]
    targets = [t.source for t in unit.targets if period and t.period == period and t.source]
    return [
        Citation(source, source in figures, source in targets)
        for source in dict.fromkeys(figures + targets)
    ]


def snapshot_for(unit_path: str, unit: Unit, as_of: date | None) -> Snapshot | None:
    """Like pick_snapshot, but an explicit date with nothing on or before it is a usage error."""
    snapshot = pick_snapshot(unit, as_of)
    if snapshot is None and as_of is not None and unit.actuals:
        raise no_snapshot_before(unit_path, as_of, [s.as_of for s in unit.actuals])
    return snapshot
