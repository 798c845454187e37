"""Choosing which snapshot and which target period a report is about."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from bhxh_cli.domain.data import Snapshot, Unit
from bhxh_cli.domain.periods import Period, parse_period
from bhxh_cli.domain.plans import Goal, Target
from bhxh_cli.domain.schemes import SCHEMES, Scheme
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
    else the latest (the last to end). Without a day, the latest. Ties go to the shorter
    period, then to the one that starts first: the dates decide, never the file's order (two
    spellings of the same days are one period)."""
    if not periods:
        return None
    if day is not None:
        containing = [p for p in periods if p.contains(day)]
        if containing:
            return min(containing, key=lambda p: (p.days, p.start))
        later = [p for p in periods if p.end > day]
        if later:
            return min(later, key=lambda p: (p.end, p.days, p.start))
    return min(periods, key=lambda p: (-p.end.toordinal(), p.days, p.start))


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


def no_snapshot_before(unit_path: str, as_of: date, dates: list[date]) -> UsageError:
    """The error of a date before every snapshot, listing the dates there are."""
    message = Message("snapshot.none_before", unit=unit_path, day=as_of)
    return UsageError(message, hint=Message("snapshot.dates.hint", dates=tuple(sorted(dates))))


def targets_for(unit: Unit, period: Period | None) -> dict[Scheme, tuple[Goal, Target]]:
    """Every scheme's goal in `period` with the target entry that sets it (its name, its
    source); the first entry in the file wins for a scheme. A period is its days, so any
    spelling of them finds the same targets."""
    found: dict[Scheme, tuple[Goal, Target]] = {}
    if period is None:
        return found
    for target in unit.targets:
        if target.period == period:
            for scheme, goal in target.goals().items():
                found.setdefault(scheme, (goal, target))
    return found


def scheme_periods(units: Iterable[Unit]) -> dict[Scheme, list[Period]]:
    """Each scheme's distinct target periods, in file order, schemes in the usual order."""
    found: dict[Scheme, dict[Period, None]] = {}
    for unit in units:
        for target in unit.targets:
            for scheme in target.goals():
                found.setdefault(scheme, {})[target.period] = None
    return {scheme: list(found[scheme]) for scheme in SCHEMES if scheme in found}


def periods_by_scheme(
    unit_path: str, units: list[Unit], wanted: str | None, day: date | None
) -> dict[Scheme, Period]:
    """The period each targeted scheme is reported against. By default each scheme's own
    (see `default_period`, among that scheme's periods only), so no scheme's current target
    is hidden by another scheme's shorter one; `wanted` applies one period to every scheme
    that has a target in it."""
    by_scheme = scheme_periods(units)
    if wanted is None:
        return {s: p for s, ps in by_scheme.items() if (p := default_period(ps, day)) is not None}
    every = list(dict.fromkeys(p for unit in units for p in target_periods(unit)))
    period = find_period(unit_path, every, wanted)
    return {s: period for s, ps in by_scheme.items() if period in ps}


def distinct_periods(chosen: dict[Scheme, Period]) -> list[Period]:
    """The periods used, in the order of the schemes that use them."""
    return list(dict.fromkeys(chosen.values()))


def reference_day(as_of: date | None) -> date:
    """The day a report looks from: --as-of when given, else today."""
    return as_of if as_of is not None else date.today()


@dataclass(frozen=True)
class Closure:
    """Whether a period had ended by the reference day, and the days between its last
    figures and its end (None while it runs or without figures)."""

    closed: bool
    uncovered_days: int | None


OPEN = Closure(closed=False, uncovered_days=None)


def closure(period: Period, as_of: date | None, figures_day: date | None) -> Closure:
    """Whether `period` had ended by the reference day, and the days its figures leave uncovered."""
    if reference_day(as_of) <= period.end:
        return OPEN
    days = None if figures_day is None else max(0, (period.end - figures_day).days)
    return Closure(closed=True, uncovered_days=days)


def cutoff(period: Period, as_of: date | None) -> date:
    """Figures for a period are the latest on or before the reference day and its end."""
    return min(reference_day(as_of), period.end)


@dataclass(frozen=True)
class Citation:
    """A source a report names, and which of its figures it gives: the participants, the
    targets, or both."""

    source: str
    participants: bool
    targets: bool


def citations(
    figure_sources: Iterable[str | None], unit: Unit, periods: list[Period]
) -> list[Citation]:
    """Where a report's figures come from: the figures' own sources, then those of the unit's
    targets for the periods used; each once, in that order, with what it gives."""
    figures = [source for source in figure_sources if source]
    targets = [t.source for t in unit.targets if t.period in periods and t.source]
    return [
        Citation(source, source in figures, source in targets)
        for source in dict.fromkeys(figures + targets)
    ]
