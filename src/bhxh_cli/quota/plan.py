"""Quotas: a number of people for each staff team, each unit and each day, exactly.

Three ways, each scheme made one way: per staff member (staff x quota), the same number for
every area sub-unit of a province, or a total split over those sub-units by largest remainder.
A schedule splits every unit's quota over the days with equal weights, earlier days first.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Any, Literal

from bhxh_cli.datafile.limits import MAX_COUNT
from bhxh_cli.domain.data import DataFile
from bhxh_cli.domain.results import Lines
from bhxh_cli.domain.schemes import SCHEMES, Scheme
from bhxh_cli.domain.units import UnitRef, all_units, resolve
from bhxh_cli.domain.weight import Weight
from bhxh_cli.errors import QuotaError, UsageError
from bhxh_cli.i18n import text
from bhxh_cli.messages import Message
from bhxh_cli.quota.apportion import Claim, apportion, exact_shares
from bhxh_cli.quota.method import METHOD
from bhxh_cli.quota.schedule import DayQuota, Schedule
from bhxh_cli.quota.weights import unit_weights

Way = Literal["per-staff", "per-unit", "split"]

# The most lines a day-by-day plan may have (units x schemes x days). JSON and CSV write the
# schedule line by line as it is made, so memory stays flat (measured: 3,879,600 lines, a year
# of days over 10,600 communes, peak 65 MB in 30 s as CSV and 40 s as JSON); time bounds them.
# A table or markdown is drawn whole, about a hundred times slower, and is refused beyond
# MAX_TABLE_LINES.
MAX_PLAN_LINES = 4_000_000
MAX_TABLE_LINES = 10_000


@dataclass(frozen=True)
class SplitOptions:
    """How a total is split: in proportion to `weight`, each sub-unit within the bounds."""

    weight: Weight = Weight.POPULATION
    minimum: int = 0
    maximum: int | None = None


@dataclass(frozen=True)
class QuotaRequest:
    """What to make quotas of; built from command-line options or from a campaign."""

    province: str | None = None
    staff: int | Mapping[str, int] | None = None
    per_staff: Mapping[Scheme, int] = field(default_factory=dict)
    per_unit: Mapping[Scheme, int] = field(default_factory=dict)
    split: Mapping[Scheme, int] = field(default_factory=dict)
    split_options: SplitOptions = SplitOptions()
    days: tuple[date, ...] = ()
    skipped: tuple[date, ...] = ()  # days off inside the plan's range: no quota on them
    campaign: str | None = None
    name: str | None = None
    source: str | None = None


@dataclass(frozen=True)
class QuotaBasis:
    """How one scheme's quotas were made, for the notes under a table."""

    scheme: Scheme
    way: Way
    amount: int
    split: SplitOptions | None = None


@dataclass(frozen=True)
class Allocation:
    """One unit's quota of one scheme; `unit` is None for a whole office without a province."""

    unit: str | None
    name: str | None
    scheme: Scheme
    quota: int
    staff: int | None = None

    def as_simple_dict(self) -> dict[str, Any]:
        return {
            "unit": self.unit,
            "name": self.name,
            "scheme": self.scheme.value,
            "quota": self.quota,
            "staff": self.staff,
        }


@dataclass(frozen=True)
class QuotaPlan:
    """Quotas per unit and scheme, and per day when the request has days."""

    place: str | None
    place_name: str | None
    campaign: str | None
    name: str | None
    bases: list[QuotaBasis]
    allocations: list[Allocation]
    days: list[date]
    schedule: Schedule
    sources: list[str]
    skipped: list[date] = field(default_factory=list)
    rounded: bool = False  # some exact share was not whole: largest remainder decided

    def day_totals(self) -> list[DayQuota]:
        """Each day's quotas of each scheme summed across units, by date then scheme."""
        return self.schedule.day_totals()

    def totals(self) -> dict[Scheme, int]:
        """Each scheme's total, in scheme order (a copy: the sums are made once per plan)."""
        return dict(self._totals)

    def staff(self) -> int | None:
        """Staff counted once per unit, or None when no quota is per staff member."""
        return self._staff

    # Derived once: a table asks for the totals on every row. A frozen dataclass keeps a
    # __dict__ (no slots), where cached_property stores the value; eq and repr ignore it.
    @cached_property
    def _totals(self) -> dict[Scheme, int]:
        return scheme_totals(self.allocations)

    @cached_property
    def _staff(self) -> int | None:
        teams = {a.unit: a.staff for a in self.allocations if a.staff is not None}
        return sum(teams.values()) if teams else None

    def as_simple_dict(self) -> dict[str, Any]:
        return {
            "method": METHOD,
            "tie_break": text("quota.tie_break", "en"),  # JSON is English in every language
            "allocations": [a.as_simple_dict() for a in self.allocations],
            "totals": {scheme.value: total for scheme, total in self.totals().items()},
            "schedule": Lines(day.as_simple_dict() for day in self.schedule),
            "day_totals": [_day_total(day) for day in self.day_totals()],
            "skipped_days": self.skipped,
        }

    def records(self) -> Iterable[dict[str, Any]]:
        """One line per unit and scheme, or per date, unit and scheme with a schedule: the
        schedule's made as they are written."""
        if self.schedule:
            return (day.as_simple_dict() for day in self.schedule)
        return [allocation.as_simple_dict() for allocation in self.allocations]


def _day_total(day: DayQuota) -> dict[str, Any]:
    return {"date": day.day, "scheme": day.scheme.value, "quota": day.quota}


def scheme_totals(allocations: list[Allocation]) -> dict[Scheme, int]:
    """The quotas of each scheme summed, in scheme order."""
    totals = dict.fromkeys(sorted({a.scheme for a in allocations}, key=SCHEMES.index), 0)
    for allocation in allocations:
        totals[allocation.scheme] += allocation.quota
    return totals


def plan_quotas(
    data: DataFile, request: QuotaRequest, max_lines: int = MAX_PLAN_LINES
) -> QuotaPlan:
    """Every quota the request asks for, in file order of the units, then scheme order; a
    day-by-day plan of more than `max_lines` lines is refused, naming its numbers."""
    place = resolve(data, request.province) if request.province else None
    split, split_rounded = _split(place, request.split, request.split_options)
    made = [*_per_staff(data, place, request), *_per_unit(place, request.per_unit), *split]
    allocations = _in_file_order(data, made)
    days = len(request.days)
    if days * len(allocations) > max_lines:
        units = len({a.unit for a in allocations})
        schemes = len({a.scheme for a in allocations})
        lines = days * len(allocations)
        message = Message(
            "plan.too_big", units=units, schemes=schemes, days=days, lines=lines, limit=max_lines
        )
        hint = Message("plan.too_big.hint", limit=MAX_PLAN_LINES)
        raise UsageError(message, hint=hint)
    days_rounded = bool(days) and any(a.quota % days for a in allocations)
    return QuotaPlan(
        place=place.path if place else None,
        place_name=place.unit.name if place else None,
        campaign=request.campaign,
        name=request.name,
        bases=_bases(request),
        allocations=allocations,
        days=list(request.days),
        schedule=day_by_day(allocations, request.days),
        sources=[request.source] if request.source else [],
        skipped=list(request.skipped),
        rounded=split_rounded or days_rounded,
    )


def _allocation(ref: UnitRef | None, scheme: Scheme, quota: int, staff: int | None) -> Allocation:
    if ref is None:
        return Allocation(None, None, scheme, quota, staff)
    return Allocation(ref.path, ref.unit.name, scheme, quota, staff)


def _per_staff(data: DataFile, place: UnitRef | None, request: QuotaRequest) -> list[Allocation]:
    if not request.per_staff:
        return []
    made = [
        _allocation(team, scheme, staff * each, staff)
        for team, staff in _teams(data, place, request.staff)
        for scheme, each in request.per_staff.items()
    ]
    for allocation in made:  # each factor is bounded, their product may not be
        if allocation.quota > MAX_COUNT:
            message = Message(
                "quota.too_large",
                staff=allocation.staff or 0,
                each=allocation.quota // (allocation.staff or 1),
                quota=allocation.quota,
                limit=MAX_COUNT,
            )
            raise UsageError(message)
    return made


def _teams(
    data: DataFile, place: UnitRef | None, staff: int | Mapping[str, int] | None
) -> list[tuple[UnitRef | None, int]]:
    """Who recruits: the whole office (of the province, if one is given), or each unit's staff."""
    if staff is None:  # a request built without the invariants of quota/invariants.py
        raise ValueError("quotas per staff member need the number of staff")
    if isinstance(staff, int):
        return [(place, staff)]
    prefix = f"{place.path}/" if place else ""
    return [(resolve(data, prefix + unit), count) for unit, count in staff.items()]


def area_units(place: UnitRef | None) -> list[UnitRef]:
    """The direct sub-units of kind area: the district level of a province. Groups of people
    inside a province (a union's members) are not part of its territory and get no quota."""
    if place is None:  # a request built without the invariants of quota/invariants.py
        raise ValueError("quotas per unit and splits need a province")
    units = [child for child in place.children() if child.unit.kind == "area"]
    if not units:
        raise UsageError(
            Message("quota.no_areas", unit=place.path), hint=Message("quota.no_areas.hint")
        )
    return units


def _per_unit(place: UnitRef | None, per_unit: Mapping[Scheme, int]) -> list[Allocation]:
    if not per_unit:
        return []
    return [
        _allocation(unit, scheme, each, None)
        for unit in area_units(place)
        for scheme, each in per_unit.items()
    ]


def _split(
    place: UnitRef | None, split: Mapping[Scheme, int], options: SplitOptions
) -> tuple[list[Allocation], bool]:
    """The quotas of each split, and whether any exact share was not whole."""
    if not split:
        return [], False
    units = area_units(place)
    made = []
    rounded = False
    for scheme, total in split.items():
        weights = unit_weights(units, scheme, options.weight)
        claims = [Claim(weight, options.minimum, options.maximum) for weight in weights]
        try:
            quotas = apportion(total, claims)
        except QuotaError as err:
            message = Message(
                "quota.cannot_split",
                total=total,
                scheme=scheme.value,
                count=len(units),
                unit=units[0].path.rsplit("/", 1)[0],
                detail=err.message,
            )
            raise QuotaError(message, hint=err.hint) from None
        made += [_allocation(u, scheme, q, None) for u, q in zip(units, quotas, strict=True)]
        rounded = rounded or any(s.denominator != 1 for s in exact_shares(total, claims))
    return made, rounded


def _in_file_order(data: DataFile, made: list[Allocation]) -> list[Allocation]:
    rank = {ref.path: index for index, ref in enumerate(all_units(data))}
    return sorted(made, key=lambda a: (rank.get(a.unit or "", -1), SCHEMES.index(a.scheme)))


def day_by_day(allocations: list[Allocation], days: tuple[date, ...]) -> Schedule:
    """Each quota split over the days with equal weights, as `Schedule` makes it."""
    return Schedule(allocations, days)


def _bases(request: QuotaRequest) -> list[QuotaBasis]:
    rules = [QuotaBasis(s, "per-staff", n) for s, n in request.per_staff.items()]
    rules += [QuotaBasis(s, "per-unit", n) for s, n in request.per_unit.items()]
    rules += [QuotaBasis(s, "split", n, request.split_options) for s, n in request.split.items()]
    return sorted(rules, key=lambda rule: SCHEMES.index(rule.scheme))
