"""`coverage --by-unit`: the units x schemes table analysts present.

Rules, written once (the README repeats them):
- Rows: one per sub-unit down to `depth` levels (area sub-units and groups alike), then the
  unit's own total row.
- Periods and dates: each sub-unit is measured against the periods chosen for the unit (see
  `coverage.scope_coverage`) on exactly the dates of the unit's figures for them; when the
  unit has none, on the sub-unit's own latest on or before the reference day and the period's
  end. Figures follow the one roll-up rule (`figures.py`).
- Order: sub-units by percent of target of the sort scheme (default: the first scheme with a
  target), lowest first; rows without one last; file order between equals.
- Records (JSON and CSV): one per unit and scheme, the fields of a `coverage` row plus `unit`,
  `name` and `parent` (the parent's path; null for the unit asked for).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from bhxh_cli.coverage.report import (
    CoverageReport,
    CoverageRow,
    Looks,
    flat_row,
    measured,
    scope_coverage,
)
from bhxh_cli.domain.figures import NOTHING, DayFigures, UnitScope, latest
from bhxh_cli.domain.periods import Period
from bhxh_cli.domain.schemes import Scheme
from bhxh_cli.domain.selection import cutoff
from bhxh_cli.domain.units import UnitRef, walk


@dataclass(frozen=True)
class UnitLine:
    """One row of the table: a unit's coverage report and where it sits."""

    report: CoverageReport
    parent: str | None

    def row(self, scheme: Scheme) -> CoverageRow | None:
        """The line's row for `scheme`, or None when its report has none."""
        return next((row for row in self.report.rows if row.scheme is scheme), None)

    def head(self) -> dict[str, Any]:
        """The fields that name the line's unit in a record: `unit`, `name` and `parent`."""
        return {"unit": self.report.unit, "name": self.report.name, "parent": self.parent}


@dataclass(frozen=True)
class CoverageByUnit:
    """The unit, its sub-units' lines laggards first, then its own line last."""

    main: CoverageReport
    lines: list[UnitLine]
    schemes: list[Scheme]
    sort: Scheme | None
    depth: int

    def as_simple_dict(self) -> dict[str, Any]:
        """What JSON gets: the unit, date, periods, sort scheme and a record per unit and scheme."""
        main = self.main
        return {
            "unit": main.unit,
            "name": main.name,
            "as_of": main.as_of.isoformat() if main.as_of else None,
            "periods": [period.id for period in main.periods],
            "sort": self.sort.value if self.sort else None,
            "units": [
                line.head() | row.as_simple_dict()
                for line in self.lines
                for row in line.report.rows
            ],
        }

    def records(self) -> list[dict[str, Any]]:
        """One flat record per unit and scheme, for CSV: the target split into kind and value."""
        return [line.head() | flat_row(row) for line in self.lines for row in line.report.rows]


def _percent(line: UnitLine, scheme: Scheme | None) -> Decimal | None:
    row = line.row(scheme) if scheme else None
    return row.percent_of_target if row else None


def laggards_first(lines: list[UnitLine], scheme: Scheme | None) -> list[UnitLine]:
    """By percent of target of `scheme`, lowest first; lines without one last (stable)."""
    return sorted(
        lines, key=lambda line: (_percent(line, scheme) is None, _percent(line, scheme) or 0)
    )


@dataclass(frozen=True)
class Dates:
    """What the unit's own report used: each scheme's period, each period's date of figures,
    and the date of the report."""

    chosen: dict[Scheme, Period]
    by_period: dict[Period, date | None]
    day: date | None

    @classmethod
    def of(cls, report: CoverageReport) -> Dates:
        """What the unit's own `report` used; no date of the report when it found no figures."""
        chosen = {row.scheme: row.when.period for row in report.rows if row.when.period}
        by_period = {
            p: next((r.when.as_of for r in report.rows if r.when.period == p), None)
            for p in report.periods
        }
        figures = report.found.figures if report.found else None
        return cls(chosen, by_period, report.as_of if figures else None)


def _sub_report(sub: UnitRef, main: Dates, as_of: date | None) -> CoverageReport:
    scope = UnitScope(sub)
    candidates = scope.dates()

    def on(period: Period | None, day: date | None) -> DayFigures:
        if day is not None:
            return scope.on(day)
        found = latest(candidates, cutoff(period, as_of) if period else as_of)
        return NOTHING if found is None else scope.on(found)

    by_period = {p: on(p, day) for p, day in main.by_period.items()}
    return measured(sub, scope, Looks(main.chosen, by_period, on(None, main.day)), as_of)


def coverage_by_unit(
    ref: UnitRef,
    as_of: date | None = None,
    period: str | None = None,
    *,
    depth: int = 1,
    sort: Scheme | None = None,
) -> CoverageByUnit:
    """The table of `ref` and its sub-units down to `depth` levels."""
    main = scope_coverage(ref, UnitScope(ref), as_of, period, strict=True)
    dates = Dates.of(main)
    subs = [sub for sub in walk(ref, depth) if sub is not ref]
    lines = [UnitLine(_sub_report(sub, dates, as_of), sub.path.rsplit("/", 1)[0]) for sub in subs]
    schemes = [row.scheme for row in main.rows if row.target is not None]
    order = sort if sort is not None else (schemes[0] if schemes else None)
    ranked = laggards_first(lines, order)
    return CoverageByUnit(main, [*ranked, UnitLine(main, None)], schemes, order, depth)
