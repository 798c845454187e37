"""A unit's figures given twice: the same unit, date and scheme in two snapshots, in one file
or in two files of a data set (an import run twice, a month typed by hand and imported)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING

from bhxh_cli.datafile.rules import problem
from bhxh_cli.domain.schemes import Scheme
from bhxh_cli.errors import Problem
from bhxh_cli.messages import Message

if TYPE_CHECKING:
    from bhxh_cli.datafile.checks import CheckContext


def snapshots_twice(ctx: CheckContext) -> Iterator[Problem]:
    """Each scheme of a unit's snapshot whose date and scheme an earlier snapshot of the unit
    already gives, at the later one, naming where the first is. Snapshots of one date with
    other schemes are a warning: commands read the last snapshot of a date only."""
    from bhxh_cli.datafile.checks import snapshot_path

    for ref in ctx.units:
        if len(ref.unit.actuals) < 2:  # the usual case: nothing to compare
            continue
        # the index of the first snapshot of each date and scheme; a place for a problem only
        first: dict[tuple[date, Scheme], int] = {}
        dated: dict[date, int] = {}
        for index, snapshot in enumerate(ref.unit.actuals):
            shared = False
            for scheme in snapshot.given():
                earlier = first.setdefault((snapshot.as_of, scheme), index)
                if earlier != index:
                    shared = True
                    path = snapshot_path(ref, index)
                    message = Message(
                        "include.snapshot_twice",
                        unit=ref.path,
                        scheme=scheme.value,
                        day=snapshot.as_of,
                        first=str(ctx.at((*snapshot_path(ref, earlier), scheme.value))),
                    )
                    hint = Message("include.snapshot_twice.hint")
                    yield problem("snapshot-twice", ctx.at((*path, scheme.value)), message, hint)
            day_first = dated.setdefault(snapshot.as_of, index)
            if not shared and day_first != index:
                first_at = str(ctx.at((*snapshot_path(ref, day_first), "as_of")))
                message = Message(
                    "include.same_day", unit=ref.path, day=snapshot.as_of, first=first_at
                )
                where = ctx.at((*snapshot_path(ref, index), "as_of"))
                yield problem("snapshot-same-day", where, message, Message("include.same_day.hint"))
