"""A unit's figures given twice: the same unit, date and scheme in two snapshots, in one file
or in two files of a data set (an import run twice, a month typed by hand and imported)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING

from bhxh_cli.datafile.rules import problem
from bhxh_cli.domain.schemes import Scheme
from bhxh_cli.domain.units import all_units
from bhxh_cli.errors import Position, Problem
from bhxh_cli.messages import Message

if TYPE_CHECKING:
    from bhxh_cli.datafile.checks import CheckContext


def snapshots_twice(ctx: CheckContext) -> Iterator[Problem]:
    """Each scheme of a unit's snapshot whose date and scheme an earlier snapshot of the unit
    already gives, at the later one, naming where the first is. Snapshots of one date with
    other schemes are a warning: commands read the last snapshot of a date only."""
    from bhxh_cli.datafile.checks import unit_path

    for ref in all_units(ctx.data):
        base = unit_path(ref)
        first: dict[tuple[date, Scheme], Position] = {}
        dated: dict[date, Position] = {}
        for index, snapshot in enumerate(ref.unit.actuals):
            path = (*base, "actuals", index)
            shared = False
            for scheme in snapshot.given():
                where = ctx.at((*path, scheme.value))
                earlier = first.setdefault((snapshot.as_of, scheme), where)
                if earlier is not where:
                    shared = True
                    message = Message(
                        "include.snapshot_twice",
                        unit=ref.path,
                        scheme=scheme.value,
                        day=snapshot.as_of,
                        first=str(earlier),
                    )
                    hint = Message("include.snapshot_twice.hint")
                    yield problem("snapshot-twice", where, message, hint)
            day_first = dated.setdefault(snapshot.as_of, ctx.at((*path, "as_of")))
            if not shared and day_first != ctx.at((*path, "as_of")):
                message = Message(
                    "include.same_day", unit=ref.path, day=snapshot.as_of, first=str(day_first)
                )
                where = ctx.at((*path, "as_of"))
                yield problem("snapshot-same-day", where, message, Message("include.same_day.hint"))
