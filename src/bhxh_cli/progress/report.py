"""`bhxh progress` as a result: one report per period, with sub-units and merged members.

The rules of each figure are in `progress.py`, `pace.py` and `figures.py`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import Any

from bhxh_cli.domain.arithmetic import round_half_up
from bhxh_cli.domain.data import DataFile
from bhxh_cli.domain.figures import (
    MergedScope,
    Scope,
    UnitScope,
    lookup,
    merged_scope,
    pick_day,
)
from bhxh_cli.domain.periods import Period
from bhxh_cli.domain.results import ReportList, flat_record
from bhxh_cli.domain.selection import Citation, choose_period, citations, target_periods
from bhxh_cli.domain.units import UnitRef, walk
from bhxh_cli.progress.measure import SHARE_PLACES, ProgressRow, UnitProgress, measure, own_period
from bhxh_cli.progress.pace import Elapsed, elapsed_at

ALL_PERIODS = "all"


@dataclass(frozen=True)
class ProgressQuery:
    """What the user asked: a date, a period spelling (or `all`), how deep, merged or not."""

    as_of: date | None = None
    period: str | None = None
    depth: int = 0
    merged: bool = False


@dataclass(frozen=True)
class UnitRow:
    """A sub-unit's row in a --by-unit listing."""

    unit: str
    name: str
    row: ProgressRow

    def as_simple_dict(self) -> dict[str, Any]:
        return {"unit": self.unit, "name": self.name, **self.row.as_simple_dict()}


def laggards_first(subs: list[UnitProgress]) -> list[UnitRow]:
    """Every sub-unit row by percent of plan, lowest first; rows without one last."""
    rows = [UnitRow(sub.path, sub.name, row) for sub in subs for row in sub.rows]
    return sorted(
        rows,
        key=lambda r: (r.row.percent_of_plan is None, r.row.percent_of_plan or 0),
    )


@dataclass(frozen=True)
class ProgressReport:
    """One unit (or merged province) against one period."""

    main: UnitProgress
    period: Period | None
    subs: list[UnitProgress] | None = None
    members: list[str] | None = None
    sources: list[Citation] | None = None

    @property
    def as_of(self) -> date | None:
        return self.main.now.as_of

    @property
    def elapsed(self) -> Elapsed | None:
        return elapsed_at(self.period, self.as_of) if self.period and self.as_of else None

    @cached_property
    def units(self) -> list[UnitRow] | None:
        return None if self.subs is None else laggards_first(self.subs)

    def as_simple_dict(self) -> dict[str, Any]:
        main, elapsed = self.main, self.elapsed
        doc: dict[str, Any] = {
            "unit": main.path,
            "name": main.name,
            "as_of": self.as_of,
            "period": self.period.as_simple_dict() if self.period else None,
            "elapsed_share": round_half_up(elapsed.share, SHARE_PLACES) if elapsed else None,
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
        """One flat record per row, sub-units' first (laggards first), then the unit's own."""
        doc = self.as_simple_dict()
        head = {"unit": doc["unit"], "name": doc["name"], "as_of": doc["as_of"]}
        period = doc["period"] or {}
        head |= {
            "period": period.get("id"),
            "period_start": period.get("start"),
            "period_end": period.get("end"),
        }
        head["elapsed_share"] = doc["elapsed_share"]
        if self.members is not None:
            head |= flat_record({k: doc[k] for k in ("members", "missing_members")})
        own = [{**head, **row} for row in doc["rows"]]
        return [{**head, **row} for row in doc.get("units", [])] + own


class ProgressSet(ReportList[ProgressReport]):
    """Every period asked for with `--period all`."""


def _by_days(periods: list[Period]) -> list[Period]:
    """Periods with distinct days, the first spelling kept."""
    return list({(p.start, p.end): p for p in reversed(periods)}.values())[::-1]


def in_order(periods: list[Period], day: date | None) -> list[Period]:
    """Periods containing `day` first, shortest first; then the others in time order."""

    def key(p: Period) -> tuple[bool, int, date, date]:
        inside = day is not None and p.contains(day)
        return (not inside, p.days if inside else 0, p.start, p.end)

    return sorted(periods, key=key)


def choose_periods(
    ref: UnitRef, listed: list[UnitRef], day: date | None, wanted: str | None
) -> list[Period | None]:
    """The periods to report on; with sub-units listed, theirs count too."""
    known = _by_days([p for sub in (ref, *listed) for p in target_periods(sub.unit)])
    if wanted == ALL_PERIODS:
        return list(in_order(known, day)) or [None]
    return [choose_period(ref.path, known, wanted, day)]


def _clip(as_of: date | None, period: Period | None) -> date | None:
    """Never measure a period after its end."""
    if period is None:
        return as_of
    return period.end if as_of is None else min(as_of, period.end)


def _citations(ref: UnitRef, main: UnitProgress, period: Period | None) -> list[Citation]:
    figures = [look.figures for look in (main.now, main.baseline) if look.figures]
    sources = [source for found in figures for source in found.sources]
    return citations(sources, ref.unit, own_period(ref.unit, period))


def _sub_measure(
    sub: UnitRef, period: Period | None, day: date | None, as_of: date | None
) -> UnitProgress:
    scope = UnitScope(sub)
    return measure(sub, scope, period, scope.on(day) if day else lookup(scope, as_of))


def period_report(
    ref: UnitRef, scope: Scope, period: Period | None, listed: list[UnitRef], query: ProgressQuery
) -> ProgressReport:
    as_of = _clip(query.as_of, period)
    main = measure(ref, scope, period, lookup(scope, as_of))
    day = main.now.as_of
    subs = [_sub_measure(sub, period, day, as_of) for sub in listed] if query.depth else None
    members = scope.slugs if isinstance(scope, MergedScope) else None
    return ProgressReport(main, period, subs, members, _citations(ref, main, period))


def unit_progress(
    data: DataFile, ref: UnitRef, query: ProgressQuery
) -> ProgressReport | ProgressSet:
    """A report for the chosen period, or a set of them for `--period all`."""
    scope: Scope = merged_scope(data, ref) if query.merged else UnitScope(ref)
    day = pick_day(scope, ref.path, query.as_of) or query.as_of
    listed = [sub for sub in walk(ref, query.depth) if sub is not ref] if query.depth else []
    periods = choose_periods(ref, listed, day, query.period)
    reports = [period_report(ref, scope, period, listed, query) for period in periods]
    return ProgressSet(reports) if query.period == ALL_PERIODS else reports[0]
