"""`bhxh progress` as a result: one report per period, with sub-units and merged members.

The rules of each figure are in `progress.py`, `pace.py` and `figures.py`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import Any

from bhxh_cli.domain.data import DataFile
from bhxh_cli.domain.figures import (
    DayFigures,
    MergedScope,
    Scope,
    UnitScope,
    lookup,
    merged_scope,
    pick_day,
)
from bhxh_cli.domain.periods import Period
from bhxh_cli.domain.results import ReportList, flat_record
from bhxh_cli.domain.schemes import SCHEMES, Scheme
from bhxh_cli.domain.selection import (
    Citation,
    citations,
    cutoff,
    distinct_periods,
    periods_by_scheme,
    scheme_periods,
    target_periods,
)
from bhxh_cli.domain.units import UnitRef, walk
from bhxh_cli.progress.measure import ProgressRow, UnitProgress, measure
from bhxh_cli.progress.pace import Elapsed, elapsed_at

ALL_PERIODS = "all"


@dataclass(frozen=True)
class ProgressQuery:
    """What the user asked: a date, a period spelling (or `all`), how deep, merged or not,
    and the one scheme to keep in a --by-unit listing."""

    as_of: date | None = None
    period: str | None = None
    depth: int = 0
    merged: bool = False
    scheme: Scheme | None = None


@dataclass(frozen=True)
class UnitRow:
    """A sub-unit's row in a --by-unit listing."""

    unit: str
    name: str
    row: ProgressRow

    @property
    def parent(self) -> str:
        """The path of the unit above this sub-unit."""
        return self.unit.rsplit("/", 1)[0]

    def as_simple_dict(self) -> dict[str, Any]:
        """The row as JSON's `units` gets it: the sub-unit's path, name and parent, then the row."""
        head = {"unit": self.unit, "name": self.name, "parent": self.parent}
        return head | self.row.as_simple_dict()


def ranked(subs: list[UnitProgress], order: list[Scheme], only: Scheme | None) -> list[UnitRow]:
    """Sub-unit rows grouped by scheme (in `order`, then any other in the usual order) and,
    within a scheme, by percent of plan, lowest first; rows without one last."""
    rows = [UnitRow(sub.path, sub.name, row) for sub in subs for row in sub.rows]
    schemes = list(dict.fromkeys([*order, *SCHEMES]))
    return sorted(
        (r for r in rows if only is None or r.row.scheme is only),
        key=lambda r: (
            schemes.index(r.row.scheme),
            r.row.percent_of_plan is None,
            r.row.percent_of_plan or 0,
        ),
    )


@dataclass(frozen=True)
class ProgressReport:
    """One unit (or merged province), each scheme against its period."""

    main: UnitProgress
    periods: list[Period]
    subs: list[UnitProgress] | None = None
    members: list[str] | None = None
    sources: list[Citation] | None = None
    depth: int = 0
    scheme: Scheme | None = None

    @property
    def period(self) -> Period | None:
        """The first period used (the only one in most reports)."""
        return self.periods[0] if self.periods else None

    @property
    def as_of(self) -> date | None:
        """The date of the unit's figures for the first period used, or none."""
        return self.main.now.as_of

    @property
    def elapsed(self) -> Elapsed | None:
        """How much of the first period lies behind the figures' date, or none without both."""
        return elapsed_at(self.period, self.as_of) if self.period and self.as_of else None

    @cached_property
    def units(self) -> list[UnitRow] | None:
        """The sub-units' rows, ranked per scheme, laggards first; none without --by-unit."""
        if self.subs is None:
            return None
        return ranked(self.subs, [row.scheme for row in self.main.rows], self.scheme)

    def as_simple_dict(self) -> dict[str, Any]:
        """The report as JSON gets it: periods with share elapsed, rows, sub-units and members."""
        main = self.main
        looks = main.looks
        doc: dict[str, Any] = {
            "unit": main.path,
            "name": main.name,
            "as_of": self.as_of,
            "periods": [
                looks[p].as_simple_dict() if p in looks else p.as_simple_dict()
                for p in self.periods
            ],
            "rows": [row.as_simple_dict() for row in main.rows],
        }
        if main.figures and main.figures.summed_from:
            doc["summed_from"] = list(main.figures.summed_from)
        if main.now.missing:
            doc["missing_units"] = list(main.now.missing)
        if self.units is not None:
            doc["units"] = [row.as_simple_dict() for row in self.units]
        if self.members is not None:
            doc["members"] = self.members
            doc["missing_members"] = list(main.now.missing_members)
        return doc

    def records(self) -> list[dict[str, Any]]:
        """One flat record per row, sub-units' first (ranked per scheme), then the unit's own."""
        doc = self.as_simple_dict()
        head = {"unit": doc["unit"], "name": doc["name"], "parent": None, "as_of": doc["as_of"]}
        if self.members is not None:
            head |= flat_record({k: doc[k] for k in ("members", "missing_members")})
        by_id = {period["id"]: period for period in doc["periods"]}
        return [
            {**head, **row, **_period_fields(by_id.get(row["period"], {}))}
            for row in [*doc.get("units", []), *doc["rows"]]
        ]


def _period_fields(period: dict[str, Any]) -> dict[str, Any]:
    return {
        "period_start": period.get("start"),
        "period_end": period.get("end"),
        "elapsed_share": period.get("elapsed_share"),
    }


class ProgressSet(ReportList[ProgressReport]):
    """Every period asked for with `--period all`."""


def in_order(periods: list[Period], day: date | None) -> list[Period]:
    """Periods containing `day` first, shortest first; then the others in time order."""

    def key(p: Period) -> tuple[bool, int, date, date]:
        inside = day is not None and p.contains(day)
        return (not inside, p.days if inside else 0, p.start, p.end)

    return sorted(periods, key=key)


def choose_periods(
    ref: UnitRef, listed: list[UnitRef], day: date | None, wanted: str | None
) -> list[dict[Scheme, Period]]:
    """Each report's period per scheme; with sub-units listed, their targets count too."""
    units = [sub.unit for sub in (ref, *listed)]
    if wanted is None:
        # the unit's own targets first: a sub-unit's shorter period never hides them
        own = periods_by_scheme(ref.path, [ref.unit], None, day)
        found = periods_by_scheme(ref.path, units, None, day) | own
        return [{s: found[s] for s in SCHEMES if s in found}]
    if wanted != ALL_PERIODS:
        return [periods_by_scheme(ref.path, units, wanted, day)]
    by_scheme = scheme_periods(units)
    known = list(dict.fromkeys(p for unit in units for p in target_periods(unit)))
    return [
        {s: period for s, ps in by_scheme.items() if period in ps}
        for period in in_order(known, day)
    ] or [{}]


def _citations(ref: UnitRef, main: UnitProgress, periods: list[Period]) -> list[Citation]:
    looks = [found for look in main.looks.values() for found in (look.now, look.baseline)]
    sources = [source for found in looks if found.figures for source in found.figures.sources]
    return citations(sources, ref.unit, periods)


def _nows(
    scope: Scope, periods: list[Period], as_of: date | None, days: dict[Period, date | None]
) -> dict[Period, DayFigures]:
    """Figures for each period: on the day given (the unit above's), else the latest on or
    before the reference day and the period's end."""
    nows = {}
    for period in periods:
        day = days.get(period)
        nows[period] = scope.on(day) if day else lookup(scope, cutoff(period, as_of))
    return nows


def period_report(
    ref: UnitRef,
    scope: Scope,
    chosen: dict[Scheme, Period],
    listed: list[UnitRef],
    query: ProgressQuery,
) -> ProgressReport:
    """The unit against the periods `chosen`, and its listed sub-units on the unit's dates."""
    periods = distinct_periods(chosen)
    main = measure(ref, scope, chosen, _nows(scope, periods, query.as_of, {}), query.as_of)
    days = {p: look.now.as_of for p, look in main.looks.items()}
    subs = None
    if query.depth:
        subs = []
        for sub in listed:
            sub_scope = UnitScope(sub)
            nows = _nows(sub_scope, periods, query.as_of, days)
            subs.append(measure(sub, sub_scope, chosen, nows, query.as_of))
    members = scope.slugs if isinstance(scope, MergedScope) else None
    sources = _citations(ref, main, periods)
    return ProgressReport(main, periods, subs, members, sources, query.depth, query.scheme)


def unit_progress(
    data: DataFile, ref: UnitRef, query: ProgressQuery
) -> ProgressReport | ProgressSet:
    """A report for the chosen periods, or a set of them for `--period all`."""
    scope: Scope = merged_scope(data, ref) if query.merged else UnitScope(ref)
    day = pick_day(scope, ref.path, query.as_of) or query.as_of
    listed = [sub for sub in walk(ref, query.depth) if sub is not ref] if query.depth else []
    choices = choose_periods(ref, listed, day, query.period)
    if query.scheme is not None:
        choices = [{s: p for s, p in c.items() if s is query.scheme} for c in choices]
    reports = [period_report(ref, scope, chosen, listed, query) for chosen in choices]
    return ProgressSet(reports) if query.period == ALL_PERIODS else reports[0]
