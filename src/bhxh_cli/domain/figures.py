"""Participants of a unit on a date: its own snapshot, or a sum that is complete or not made.

Rules, written once (the README repeats them):
- A unit's dates are those of its own snapshots and of its area sub-units at any depth. Groups
  (e.g. union leaders) are people inside the territory, never added to it, so their dates do
  not count.
- On a date, a unit's own snapshot wins (the file's last one of that date). Without one, its
  figures are the sum of its area sub-units' figures on exactly that date, each an own snapshot
  or itself such a sum. When any area sub-unit has no figures on that date, no sum is made and
  the missing sub-units are named: a partial sum is never shown.
- A scheme enters a sum only when every part counts it.
- Denominators are never silently replaced: a unit's own written population / labour force
  (its snapshot's, else the unit's) is its denominator, even when its figures are a sum; only
  a unit that writes none takes the sum of its area sub-units' on that date. Each figure says
  where its denominator came from (`snapshot`, `unit` or `summed`) and keeps the sub-units'
  sum when it differs from the unit's own, for a note.
- Merged provinces: the surviving province picks its date as usual; every member (itself
  included) must then have figures on exactly that date, else no sum is made and the members
  lacking it are named. A member whose `merged_on` is on or before that date is already part
  of the survivor's own figures, so it is not added again.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass, replace
from datetime import date
from typing import Literal, Protocol

from bhxh_cli.domain.data import DataFile, Snapshot, Unit
from bhxh_cli.domain.schemes import DENOMINATOR, SCHEMES, Denominator, Scheme
from bhxh_cli.domain.selection import no_snapshot_before
from bhxh_cli.domain.units import UnitRef, provinces
from bhxh_cli.errors import UsageError
from bhxh_cli.messages import Message

DenominatorSource = Literal["snapshot", "unit", "summed"]


@dataclass(frozen=True)
class Base:
    """One denominator of a unit on a date: its value, where it came from, and the sub-units'
    sum when that differs from the unit's own written figure."""

    value: int | None
    source: DenominatorSource | None
    parts_sum: int | None = None


NO_BASE = Base(None, None)


@dataclass(frozen=True)
class Figures:
    """Participants per scheme on one date, with the denominators that go with them."""

    as_of: date
    counts: dict[Scheme, int]
    derived: frozenset[Scheme]
    bases: dict[Denominator, Base]
    summed_from: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()

    @property
    def population(self) -> int | None:
        """The population on this date, by the denominator rule (none when nothing gives it)."""
        return self.bases.get(Denominator.POPULATION, NO_BASE).value

    @property
    def labour_force(self) -> int | None:
        """The labour force on this date, by the denominator rule (none when nothing gives it)."""
        return self.bases.get(Denominator.LABOUR_FORCE, NO_BASE).value

    def base_for(self, scheme: Scheme) -> Base:
        """The denominator `scheme` is measured against: population or labour force, and source."""
        return self.bases.get(DENOMINATOR[scheme], NO_BASE)


@dataclass(frozen=True)
class DayFigures:
    """What was found for one date: figures, or the sub-units and members that lack it;
    `absorbed` names members already inside the survivor's figures on that date."""

    as_of: date | None
    figures: Figures | None
    missing: tuple[str, ...] = ()
    missing_members: tuple[str, ...] = ()
    absorbed: tuple[str, ...] = ()


NOTHING = DayFigures(None, None)


def written_base(unit: Unit, which: Denominator, snapshot: Snapshot | None) -> Base:
    """The unit's own written denominator: its snapshot's, else the unit's."""
    own: int | None = getattr(snapshot, which.value) if snapshot else None
    if own is not None:
        return Base(own, "snapshot")
    value: int | None = getattr(unit, which.value)
    return NO_BASE if value is None else Base(value, "unit")


def of_snapshot(unit: Unit, snapshot: Snapshot) -> Figures:
    """A unit's figures as its own snapshot writes them, with the unit's written denominators."""
    return Figures(
        snapshot.as_of,
        snapshot.counts(),
        snapshot.derived(),
        {which: written_base(unit, which, snapshot) for which in Denominator},
        sources=(snapshot.source,) if snapshot.source else (),
    )


def _total(values: list[int | None]) -> int | None:
    if any(value is None for value in values):
        return None
    return sum(value for value in values if value is not None)


def summed_base(which: Denominator, parts: list[Figures], own: Unit | None) -> Base:
    """The unit's own written denominator wins; the parts' sum only where it writes none."""
    total = _total([p.bases.get(which, NO_BASE).value for p in parts])
    written = written_base(own, which, None) if own else NO_BASE
    if written.value is not None:
        differs = total is not None and total != written.value
        return Base(written.value, written.source, total if differs else None)
    return NO_BASE if total is None else Base(total, "summed")


def add_up(day: date, parts: list[Figures], labels: tuple[str, ...], own: Unit | None) -> Figures:
    """The sum of complete parts, with `own`'s written denominators (see the rules above)."""
    counts = {
        s: sum(p.counts[s] for p in parts) for s in SCHEMES if all(s in p.counts for p in parts)
    }
    return Figures(
        day,
        counts,
        frozenset(s for s in counts if any(s in p.derived for p in parts)),
        {which: summed_base(which, parts, own) for which in Denominator},
        summed_from=labels,
        sources=tuple(dict.fromkeys(source for p in parts for source in p.sources)),
    )


def areas(ref: UnitRef) -> list[UnitRef]:
    """The unit's area sub-units, the ones a roll-up adds (groups are inside it, never added)."""
    return [child for child in ref.children() if child.unit.kind == "area"]


def dates(ref: UnitRef) -> set[date]:
    """Every date the unit has figures for, or might by summing its areas."""
    return set(_subtree_dates(ref.unit))


# Remembered per unit object: a loaded file never changes, and every report, sub-unit and
# period asks again (a national file has tens of thousands of units). An entry goes with its unit.
_DATES: dict[int, tuple[weakref.ref[Unit], frozenset[date]]] = {}


def _subtree_dates(unit: Unit) -> frozenset[date]:
    key = id(unit)
    known = _DATES.get(key)
    if known is not None and known[0]() is unit:
        return known[1]
    found = {snapshot.as_of for snapshot in unit.actuals}
    for child in unit.units.values():
        if child.kind == "area":
            found |= _subtree_dates(child)
    value = frozenset(found)

    def forget(_gone: weakref.ref[Unit]) -> None:
        _DATES.pop(key, None)

    _DATES[key] = (weakref.ref(unit, forget), value)
    return value


def latest(candidates: set[date], as_of: date | None) -> date | None:
    """The latest of `candidates` on or before `as_of` (the latest of all without it), or none."""
    eligible = [day for day in candidates if as_of is None or day <= as_of]
    return max(eligible, default=None)


def own_snapshot(unit: Unit, day: date) -> Snapshot | None:
    """The unit's own snapshot of `day`: of two on one date, the last in the file (roll-up rule)."""
    found = [snapshot for snapshot in unit.actuals if snapshot.as_of == day]
    return found[-1] if found else None


def figures_on(ref: UnitRef, day: date) -> DayFigures:
    """The unit's own snapshot of `day`, else the complete sum of its areas on `day`."""
    snapshot = own_snapshot(ref.unit, day)
    if snapshot is not None:
        figures = of_snapshot(ref.unit, snapshot)
        if any(base.value is None for base in figures.bases.values()) and areas(ref):
            figures = _lend_bases(ref, day, figures)
        return DayFigures(day, figures)
    parts = [(area.path, figures_on(area, day).figures) for area in areas(ref)]
    missing = tuple(path for path, figures in parts if figures is None)
    if missing or not parts:
        return DayFigures(day, None, missing)
    found = [figures for _, figures in parts if figures is not None]
    return DayFigures(day, add_up(day, found, tuple(path for path, _ in parts), ref.unit))


def _lend_bases(ref: UnitRef, day: date, figures: Figures) -> Figures:
    """An own snapshot whose unit writes no denominator takes its areas' complete sum."""
    parts = [figures_on(area, day).figures for area in areas(ref)]
    if any(part is None for part in parts):
        return figures
    found = [part for part in parts if part is not None]
    bases = dict(figures.bases)
    for which, base in figures.bases.items():
        if base.value is None:
            bases[which] = summed_base(which, found, None)
    return replace(figures, bases=bases)


class Scope(Protocol):
    """Where a report's figures come from: one unit, or a merged province's members."""

    def dates(self) -> set[date]:
        """Every date the scope has figures for, or might by summing its parts."""

    def on(self, day: date) -> DayFigures:
        """The figures on exactly `day`, or the sub-units and members that lack it."""

    def static_base(self, scheme: Scheme) -> Base:
        """The denominator of `scheme` for a row without figures (the denominator rule)."""


@dataclass(frozen=True)
class UnitScope:
    """One unit's figures: its own snapshot of a date, else its areas' complete sum (roll-up)."""

    ref: UnitRef

    def dates(self) -> set[date]:
        """The dates of the unit's own snapshots and of its area sub-units at any depth."""
        return dates(self.ref)

    def on(self, day: date) -> DayFigures:
        """The unit's own snapshot of `day`, else its areas' full sum, else the areas lacking it."""
        return figures_on(self.ref, day)

    def static_base(self, scheme: Scheme) -> Base:
        """The unit's own written denominator for `scheme` (`unit`), for a row without figures."""
        return written_base(self.ref.unit, DENOMINATOR[scheme], None)


@dataclass(frozen=True)
class MergedScope:
    """A surviving province and the provinces merged into it, itself first."""

    members: tuple[UnitRef, ...]

    @property
    def slugs(self) -> list[str]:
        """The members' slugs, the survivor first: a --merged report's `members`."""
        return [member.slug for member in self.members]

    def dates(self) -> set[date]:
        """The survivor's dates: every member must have figures on exactly the one picked."""
        return dates(self.members[0])

    def still_apart(self, member: UnitRef, day: date) -> bool:
        """Whether `member` adds its own figures on `day`: the survivor, or not yet merged."""
        merged_on = member.unit.merged_on
        return member is self.members[0] or merged_on is None or day < merged_on

    def on(self, day: date) -> DayFigures:
        """The members' sum on `day` (merged ones add nothing), or the members who lack the date."""
        looked = [(m, figures_on(m, day)) for m in self.members if self.still_apart(m, day)]
        absorbed = tuple(m.slug for m in self.members if not self.still_apart(m, day))
        missing = tuple(member.slug for member, found in looked if found.figures is None)
        own = looked[0][1]
        if missing:
            return DayFigures(day, None, own.missing, missing, absorbed)
        if len(looked) == 1:
            return DayFigures(day, own.figures, absorbed=absorbed)
        found = [found.figures for _, found in looked if found.figures is not None]
        # `summed_from` stays the survivor's own roll-up: the members are reported as members.
        labels = found[0].summed_from
        return DayFigures(day, add_up(day, found, labels, None), absorbed=absorbed)

    def static_base(self, _scheme: Scheme) -> Base:
        """No denominator for a row without figures under --merged (the denominator rule)."""
        return NO_BASE  # the survivor's own figure would be a partial sum of the members


def merged_scope(data: DataFile, ref: UnitRef) -> MergedScope:
    """The province `ref` and every province whose `merged_into` names it."""
    if "/" in ref.path:
        raise UsageError(Message("merged.not_province", unit=ref.path))
    if ref.unit.merged_into:
        survivor = ref.unit.merged_into
        raise UsageError(
            Message("merged.already", unit=ref.path, survivor=survivor),
            hint=Message("merged.already.hint", survivor=survivor),
        )
    others = [p for p in provinces(data) if p.unit.merged_into == ref.slug]
    return MergedScope((ref, *others))


def pick_day(scope: Scope, path: str, as_of: date | None) -> date | None:
    """The latest date on or before `as_of`; an explicit date before every one is an error."""
    candidates = scope.dates()
    day = latest(candidates, as_of)
    if day is None and as_of is not None and candidates:
        raise no_snapshot_before(path, as_of, sorted(candidates))
    return day


def lookup(scope: Scope, as_of: date | None) -> DayFigures:
    """Figures on the latest date on or before `as_of` (without raising)."""
    day = latest(scope.dates(), as_of)
    return NOTHING if day is None else scope.on(day)
