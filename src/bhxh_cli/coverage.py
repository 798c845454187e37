"""Coverage: participants against their denominator and against the target of a period."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal

from bhxh_cli.domain.arithmetic import gap_and_surplus, people_required, percent
from bhxh_cli.domain.data import DataFile, Goal
from bhxh_cli.domain.periods import Period
from bhxh_cli.domain.results import ReportList, flat_record
from bhxh_cli.domain.schemes import DENOMINATOR, SCHEMES, Denominator, Scheme
from bhxh_cli.domain.selection import (
    Citation,
    choose_period,
    citations,
    goals_for,
    pick_snapshot,
    snapshot_for,
    target_periods,
)
from bhxh_cli.domain.units import UnitRef, provinces

if TYPE_CHECKING:
    from bhxh_cli.domain.figures import DayFigures


@dataclass(frozen=True)
class TargetValue:
    kind: Literal["rate", "total", "new"]
    value: int | Decimal

    @classmethod
    def of(cls, goal: Goal) -> TargetValue:
        """The one value a goal gives, under its kind."""
        value: int | Decimal | None
        match goal.kind:
            case "rate":
                value = goal.rate
            case "total":
                value = goal.total
            case "new":
                value = goal.new
        if value is None:  # the data model lets no goal through without one of the three
            raise ValueError(f"a goal without rate, total or new: {goal}")
        return cls(goal.kind, value)


@dataclass(frozen=True)
class CoverageRow:
    scheme: Scheme
    participants: int | None
    derived: bool
    denominator: Denominator
    denominator_value: int | None
    coverage_rate: Decimal | None
    target: TargetValue | None
    required: int | None
    gap: int | None
    surplus: int | None
    percent_of_target: Decimal | None

    def as_simple_dict(self) -> dict[str, Any]:
        return {
            "scheme": self.scheme.value,
            "participants": self.participants,
            "denominator": self.denominator.value,
            "denominator_value": self.denominator_value,
            "coverage_rate": self.coverage_rate,
            "target": {"kind": self.target.kind, "value": self.target.value}
            if self.target
            else None,
            "required": self.required,
            "gap": self.gap,
            "surplus": self.surplus,
            "percent_of_target": self.percent_of_target,
        }


@dataclass(frozen=True)
class CoverageReport:
    unit: str
    name: str
    as_of: date | None
    period: Period | None
    rows: list[CoverageRow]
    sources: list[Citation] = field(default_factory=list)
    merger: DayFigures | None = None  # with --merged: the members' sum, or who lacks the date
    members: list[str] | None = None

    def as_simple_dict(self) -> dict[str, Any]:
        doc: dict[str, Any] = {
            "unit": self.unit,
            "name": self.name,
            "as_of": self.as_of.isoformat() if self.as_of else None,
            "period": self.period.id if self.period else None,
            "rows": [row.as_simple_dict() for row in self.rows],
        }
        if self.members is not None:
            missing = list(self.merger.missing_members) if self.merger else []
            doc |= {"members": self.members, "missing_members": missing}
        return doc

    def records(self) -> list[dict[str, Any]]:
        """One flat record per scheme, for CSV: the target split into kind and value."""
        head = flat_record({k: v for k, v in self.as_simple_dict().items() if k != "rows"})
        flat = []
        for row in self.rows:
            record = dict(head)
            for key, value in row.as_simple_dict().items():
                if key == "target":
                    record["target_kind"] = value["kind"] if value else None
                    record["target_value"] = value["value"] if value else None
                else:
                    record[key] = value
            flat.append(record)
        return flat


class CoverageSummary(ReportList[CoverageReport]):
    """Coverage of every province, one report each."""


def people_planned(goal: Goal, denominator_value: int | None) -> int | None:
    """The target as a count of people: a rate turned into the people it requires (none
    without a denominator), a total or a number of new people as written."""
    if goal.rate is not None:
        return None if denominator_value is None else people_required(goal.rate, denominator_value)
    return goal.total if goal.total is not None else goal.new


def coverage_row(
    scheme: Scheme,
    participants: int | None,
    denominator_value: int | None,
    goal: Goal | None,
    *,
    derived: bool = False,
) -> CoverageRow:
    """Every figure of one scheme's row, exact until the final rounding of percentages."""
    required: int | None = None
    if goal is not None and goal.kind != "new":  # a flow is never compared with a stock
        required = people_planned(goal, denominator_value)
    gap = surplus = None
    if participants is not None and required is not None:
        gap, surplus = gap_and_surplus(participants, required)
    return CoverageRow(
        scheme=scheme,
        participants=participants,
        derived=derived,
        denominator=DENOMINATOR[scheme],
        denominator_value=denominator_value,
        coverage_rate=(
            percent(participants, denominator_value)
            if participants is not None and denominator_value is not None
            else None
        ),
        target=TargetValue.of(goal) if goal else None,
        required=required,
        gap=gap,
        surplus=surplus,
        percent_of_target=(
            percent(participants, required) if participants is not None and required else None
        ),
    )


def coverage_rows(
    counts: dict[Scheme, int],
    derived: frozenset[Scheme],
    denominator: Callable[[Scheme], int | None],
    goals: dict[Scheme, Goal],
) -> list[CoverageRow]:
    """A row for every scheme counted or targeted, in the usual order."""
    return [
        coverage_row(
            scheme,
            counts.get(scheme),
            denominator(scheme),
            goals.get(scheme),
            derived=scheme in derived,
        )
        for scheme in SCHEMES
        if scheme in counts or scheme in goals
    ]


def unit_coverage(
    ref: UnitRef, as_of: date | None = None, period: str | None = None, *, strict: bool = True
) -> CoverageReport:
    """Coverage of one unit at its latest snapshot on or before `as_of`; with `strict`, a
    date before every snapshot is a usage error, else the report simply has no snapshot."""
    unit = ref.unit
    snapshot = snapshot_for(ref.path, unit, as_of) if strict else pick_snapshot(unit, as_of)
    day = snapshot.as_of if snapshot else as_of
    chosen = choose_period(ref.path, target_periods(unit), period, day)
    goals = goals_for(unit, chosen)
    counts = snapshot.counts() if snapshot else {}
    derived = snapshot.derived() if snapshot else frozenset()
    rows = coverage_rows(
        counts, derived, lambda scheme: unit.denominator_for(scheme, snapshot), goals
    )
    return CoverageReport(
        ref.path,
        unit.name,
        day if snapshot else None,
        chosen,
        rows,
        citations([snapshot.source if snapshot else None], ref.unit, chosen),
    )


def all_coverage(data: DataFile, as_of: date | None = None) -> CoverageSummary:
    """One report per province, each at its own latest snapshot on or before `as_of`."""
    return CoverageSummary([unit_coverage(ref, as_of, strict=False) for ref in provinces(data)])


# --- coverage --merged: a surviving province and the provinces merged into it -------------------


def merged_coverage(
    data: DataFile, ref: UnitRef, as_of: date | None = None, period: str | None = None
) -> CoverageReport:
    """Coverage of the members' sum (see figures.py): no sum, and no figure from it, when a
    member lacks the date."""
    from bhxh_cli.domain.figures import lookup, merged_scope, pick_day  # --merged only

    scope = merged_scope(data, ref)
    found = lookup(scope, pick_day(scope, ref.path, as_of))
    day = found.as_of or as_of
    chosen = choose_period(ref.path, target_periods(ref.unit), period, day)
    figures = found.figures
    rows = coverage_rows(
        figures.counts if figures else {},
        figures.derived if figures else frozenset(),
        figures.denominator_for if figures else scope.static_denominator,
        goals_for(ref.unit, chosen),
    )
    sources = citations(figures.sources if figures else (), ref.unit, chosen)
    return CoverageReport(
        ref.path, ref.unit.name, found.as_of, chosen, rows, sources, found, scope.slugs
    )
