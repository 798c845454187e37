"""Coverage: participants against their denominator and against the target of a period.

Rules, written once (the README repeats them; figures in `figures.py`, periods in
`selection.py`):
- Each scheme with a target is measured against its own period (`periods_by_scheme`); a scheme
  counted without a target gets a row of its counts on the report's date.
- The report's date is the latest with figures on or before --as-of (default: the latest); a
  period's figures are the latest on or before both the reference day (--as-of, else today)
  and its end, so a period that has ended is measured at its last figures and marked closed.
- A flow target (`new`) is shown but never compared with a stock.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any, Literal

from bhxh_cli.domain.arithmetic import gap_and_surplus, people_required, percent
from bhxh_cli.domain.data import DataFile
from bhxh_cli.domain.figures import (
    NOTHING,
    DayFigures,
    DenominatorSource,
    MergedScope,
    Scope,
    UnitScope,
    latest,
    merged_scope,
    pick_day,
)
from bhxh_cli.domain.periods import Period
from bhxh_cli.domain.plans import Goal
from bhxh_cli.domain.results import ReportList, flat_record
from bhxh_cli.domain.schemes import DENOMINATOR, SCHEMES, Denominator, Scheme
from bhxh_cli.domain.selection import (
    OPEN,
    Citation,
    Closure,
    citations,
    closure,
    cutoff,
    distinct_periods,
    periods_by_scheme,
    targets_for,
)
from bhxh_cli.domain.units import UnitRef, provinces


@dataclass(frozen=True)
class TargetValue:
    """A target's one value under its kind: a coverage rate, a total of people, or new people."""

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
class RowPeriod:
    """The period a row is measured against, the date of its figures, and whether the period
    had ended by the reference day (with the days between its last figures and its end)."""

    period: Period | None = None
    as_of: date | None = None
    closure: Closure = OPEN
    target_name: str | None = None


@dataclass(frozen=True)
class CoverageRow:
    """One scheme of a coverage report: participants, denominator, rate and the target's gap."""

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
    when: RowPeriod = RowPeriod()
    denominator_source: DenominatorSource | None = None

    def as_simple_dict(self) -> dict[str, Any]:
        """The row as JSON gets it: period, date and closure inline, the target as kind, value."""
        when = self.when
        return {
            "scheme": self.scheme.value,
            "period": when.period.id if when.period else None,
            "as_of": when.as_of.isoformat() if when.as_of else None,
            "participants": self.participants,
            "denominator": self.denominator.value,
            "denominator_value": self.denominator_value,
            "denominator_source": self.denominator_source,
            "coverage_rate": self.coverage_rate,
            "target": {"kind": self.target.kind, "value": self.target.value}
            if self.target
            else None,
            "target_name": when.target_name,
            "required": self.required,
            "gap": self.gap,
            "surplus": self.surplus,
            "percent_of_target": self.percent_of_target,
            "period_closed": when.closure.closed,
            "uncovered_days": when.closure.uncovered_days,
        }


@dataclass(frozen=True)
class CoverageReport:
    """Coverage of one unit (or merged province): a row per scheme with a target or a count."""

    unit: str
    name: str
    as_of: date | None
    periods: list[Period]
    rows: list[CoverageRow]
    sources: list[Citation] = field(default_factory=list)
    merger: DayFigures | None = None  # with --merged: the members' sum, or who lacks the date
    members: list[str] | None = None
    found: DayFigures | None = None  # the figures of `as_of`: own, summed, or who lacks it

    def as_simple_dict(self) -> dict[str, Any]:
        """The report as JSON gets it: rows, with `summed_from`, `missing_units`, members if any."""
        doc: dict[str, Any] = {
            "unit": self.unit,
            "name": self.name,
            "as_of": self.as_of.isoformat() if self.as_of else None,
            "periods": [period.id for period in self.periods],
            "rows": [row.as_simple_dict() for row in self.rows],
        }
        figures = self.found.figures if self.found else None
        if figures and figures.summed_from:
            doc["summed_from"] = list(figures.summed_from)
        if self.found and self.found.missing:
            doc["missing_units"] = list(self.found.missing)
        if self.members is not None:
            missing = list(self.merger.missing_members) if self.merger else []
            doc |= {"members": self.members, "missing_members": missing}
        return doc

    def records(self) -> list[dict[str, Any]]:
        """One flat record per scheme, for CSV: the target split into kind and value."""
        head = flat_record({k: v for k, v in self.as_simple_dict().items() if k != "rows"})
        return [head | flat_row(row) for row in self.rows]


def flat_row(row: CoverageRow) -> dict[str, Any]:
    """A row as CSV writes it: the target split into kind and value."""
    record = {}
    for key, value in row.as_simple_dict().items():
        if key == "target":
            record["target_kind"] = value["kind"] if value else None
            record["target_value"] = value["value"] if value else None
        else:
            record[key] = value
    return record


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
    when: RowPeriod = RowPeriod(),
    denominator_source: DenominatorSource | None = None,
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
        when=when,
        denominator_source=denominator_source if denominator_value is not None else None,
    )


def unit_coverage(
    ref: UnitRef, as_of: date | None = None, period: str | None = None, *, strict: bool = True
) -> CoverageReport:
    """Coverage of one unit at its latest figures on or before `as_of` (its own snapshot, else
    its areas' sum); with `strict`, a date before every one is a usage error, else the report
    simply has no figures."""
    return scope_coverage(ref, UnitScope(ref), as_of, period, strict=strict)


def all_coverage(data: DataFile, as_of: date | None = None) -> CoverageSummary:
    """One report per province, each at its own latest figures on or before `as_of`."""
    return CoverageSummary([unit_coverage(ref, as_of, strict=False) for ref in provinces(data)])


def merged_coverage(
    data: DataFile, ref: UnitRef, as_of: date | None = None, period: str | None = None
) -> CoverageReport:
    """Coverage of the members' sum (see figures.py): no sum, and no figure from it, when a
    member lacks the date."""
    return scope_coverage(ref, merged_scope(data, ref), as_of, period, strict=True)


def scope_coverage(
    ref: UnitRef, scope: Scope, as_of: date | None, period: str | None, *, strict: bool
) -> CoverageReport:
    """Each scheme against its own period (see `periods_by_scheme`), at the latest figures on
    or before both the reference day and that period's end."""
    candidates = scope.dates()
    day = pick_day(scope, ref.path, as_of) if strict else latest(candidates, as_of)
    found = scope.on(day) if day is not None else NOTHING
    chosen = periods_by_scheme(ref.path, [ref.unit], period, day or as_of)
    looks = {p: _figures_for(scope, candidates, p, as_of, found) for p in distinct_periods(chosen)}
    return measured(ref, scope, Looks(chosen, looks, found), as_of)


@dataclass(frozen=True)
class Looks:
    """The period of each scheme, the figures found for each period, and those of the date
    the report is about (for schemes without a target)."""

    chosen: dict[Scheme, Period]
    by_period: dict[Period, DayFigures]
    found: DayFigures


def measured(ref: UnitRef, scope: Scope, looks: Looks, as_of: date | None) -> CoverageReport:
    """The report of one unit once its periods and figures are chosen."""
    rows = [
        row
        for scheme in SCHEMES
        if (row := _scheme_row(ref, scope, looks, scheme, as_of)) is not None
    ]
    found = looks.found
    merged = isinstance(scope, MergedScope)
    every = (found, *looks.by_period.values())
    sources = [s for look in every if look.figures for s in look.figures.sources]
    periods = list(looks.by_period)
    return CoverageReport(
        ref.path,
        ref.unit.name,
        found.as_of,
        periods,
        rows,
        citations(sources, ref.unit, periods),
        found if merged else None,
        scope.slugs if isinstance(scope, MergedScope) else None,
        found,
    )


def _scheme_row(
    ref: UnitRef, scope: Scope, looks: Looks, scheme: Scheme, as_of: date | None
) -> CoverageRow | None:
    target_period = looks.chosen.get(scheme)
    look = looks.by_period[target_period] if target_period else looks.found
    figures = look.figures
    goal, target = targets_for(ref.unit, target_period).get(scheme, (None, None))
    if goal is None and not (figures and scheme in figures.counts):
        return None
    base = figures.base_for(scheme) if figures else scope.static_base(scheme)
    day = look.as_of if figures else None
    when = RowPeriod(
        target_period if goal else None,
        day,
        closure(target_period, as_of, day) if target_period and goal else OPEN,
        target.name if target else None,
    )
    return coverage_row(
        scheme,
        figures.counts.get(scheme) if figures else None,
        base.value,
        goal,
        derived=bool(figures and scheme in figures.derived),
        when=when,
        denominator_source=base.source,
    )


def _figures_for(
    scope: Scope, candidates: set[date], period: Period, as_of: date | None, found: DayFigures
) -> DayFigures:
    """The latest figures on or before the reference day and the period's end."""
    last = cutoff(period, as_of)
    if found.as_of is not None and found.as_of <= last:
        return found
    day = latest(candidates, last)
    return NOTHING if day is None else scope.on(day)
