"""Targets of one scheme that overlap: the same period twice, or two periods that partly
overlap (a phase must lie inside its year, or apart from it)."""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING

from bhxh_cli.datafile.rules import problem
from bhxh_cli.domain.periods import Period
from bhxh_cli.domain.schemes import Scheme
from bhxh_cli.errors import Problem
from bhxh_cli.messages import Message

if TYPE_CHECKING:
    from bhxh_cli.datafile.checks import CheckContext
    from bhxh_cli.datafile.document import KeyPath


def overlapping_targets(ctx: CheckContext) -> Iterator[Problem]:
    """Targets of one scheme must nest (a phase inside its year) or keep apart."""
    from bhxh_cli.datafile.checks import unit_path

    for ref in ctx.units:
        base = unit_path(ref)
        by_scheme: dict[Scheme, list[tuple[Period, int]]] = {}
        for index, target in enumerate(ref.unit.targets):
            for scheme in target.goals():
                by_scheme.setdefault(scheme, []).append((target.period, index))
        for scheme, entries in by_scheme.items():
            for later, earlier, same in _overlaps(entries):
                yield _overlap_problem(ctx, base, scheme, entries, (later, earlier, same))


def _overlaps(entries: list[tuple[Period, int]]) -> Iterator[tuple[int, int, bool]]:
    """(later, earlier, identical) for periods that are identical or partly overlap, each
    later entry once. A sweep by start day keeps this fast for any number of targets."""
    first: dict[tuple[date, date], int] = {}
    unique: list[tuple[Period, int]] = []
    for period, index in entries:
        key = (period.start, period.end)
        if key in first:
            yield index, first[key], True
        else:
            first[key] = index
            unique.append((period, index))
    ends: list[tuple[date, int]] = []
    reported: set[int] = set()
    for period, index in sorted(unique, key=lambda e: (e[0].start, -e[0].days)):
        # the earliest end on or after this start, among periods that start no later
        found = bisect_left(ends, (period.start, -1))
        if found < len(ends) and ends[found][0] < period.end:
            other = ends[found][1]
            later, earlier = max(index, other), min(index, other)
            if later not in reported:
                reported.add(later)
                yield later, earlier, False
        insort(ends, (period.end, index))


def _overlap_problem(
    ctx: CheckContext,
    base: KeyPath,
    scheme: Scheme,
    entries: list[tuple[Period, int]],
    found: tuple[int, int, bool],
) -> Problem:
    later, earlier, same = found
    periods = {index: period for period, index in entries}
    line = str(ctx.at((*base, "targets", earlier)).line)
    where = ctx.at((*base, "targets", later, scheme.value), key=True)
    if same:
        period = periods[later].id
        message = Message("check.same_period", scheme=scheme.value, period=period, line=line)
        hint = Message("check.same_period.hint")
    else:
        message = Message(
            "check.overlap",
            scheme=scheme.value,
            period=periods[later].id,
            other=periods[earlier].id,
            line=line,
        )
        hint = Message("check.overlap.hint")
    return problem("overlapping-targets", where, message, hint)
