"""A validated file as plain records, and back: what the cache stores.

Records hold only tuples, lists, dicts, text, whole numbers and None, so that reading them back
builds values and calls nothing from the file. They are tables, one per class: every object of
the class, as one list per field (a column) in the dataclass's field order, each column
marshalled on its own, so that a reader unmarshals only the columns it reads. The record opens
with `SCHEMA`, every class's field names, checked once for the whole record rather than per
object. Dates are day ordinals, rates their exact decimal text; a target's period and goals
and a campaign's quotas are indices into their tables; a unit's snapshots, targets, top-ups
and sub-units are counts. Units are stored breadth first: the provinces, then the sub-units of
each unit in turn, so each unit's come right after those of the unit before it.

Reading them back (`columns.py`) checks each column as a whole: its length; the types of its
values (a field annotated `int | None` holds whole numbers or None, and so on; days, rates,
kinds, weights, staff and slugs are checked as they are read); indices that lead into their
table; counts that share out every child once and put each sub-unit after its parent. It
converts columns with C-level maps: one date object per day, one Period per period, one
Decimal per rate text. Each instance's fields are then stored straight into its `__dict__`.
Any other shape raises `MalformedError`.

An import reads a projection (`decoded(record, day)`): every unit, each with its snapshots of
one day only, and no targets, top-ups or campaigns, the tables it never reads left as they
are stored (about a third of the objects of a set with two snapshots and two targets a unit).
"""

from __future__ import annotations

import marshal
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from bhxh_cli.datafile.columns import (
    Children,
    Convert,
    MalformedError,
    Reader,
    keyed,
    kinds,
    names,
    new,
    opened,
    staff,
    table,
    weights,
)
from bhxh_cli.domain.data import DataFile, Snapshot, Unit
from bhxh_cli.domain.schemes import SCHEMES

if TYPE_CHECKING:
    from bhxh_cli.domain.periods import Period
    from bhxh_cli.domain.plans import Campaign

__all__ = ["SCHEMA", "MalformedError", "decoded", "encoded"]

_SCHEME_FIELDS = tuple(scheme.value for scheme in SCHEMES)  # a field per scheme, in order
# Each class of the records with its fields, in field order, as every record begins: written
# out, so that reading a projection loads no class of plans (a test keeps it true).
SCHEMA = (
    ("DataFile", ("version", "provinces", "campaigns")),
    (
        "Unit",
        (
            "name",
            "code",
            "kind",
            "population",
            "labour_force",
            "merged_into",
            "merged_on",
            "source",
            "note",
            "actuals",
            "targets",
            "units",
            "support",
        ),
    ),
    ("Snapshot", (*_SCHEME_FIELDS, "as_of", "population", "labour_force", "source", "note")),
    ("Target", ("period", "name", "source", "note", *_SCHEME_FIELDS)),
    ("Goal", ("rate", "total", "new")),
    ("SupportTopUp", ("category", "from_", "source", "until", "percent", "amount", "note")),
    (
        "Campaign",
        (
            "name",
            "province",
            "start",
            "end",
            "days",
            "staff",
            "per_staff",
            "per_unit",
            "split",
            "min",
            "max",
            "weight",
            "source",
            "note",
        ),
    ),
    ("SchemeQuotas", _SCHEME_FIELDS),
)
_QUOTAS = ("per_staff", "per_unit", "split")


def _day(value: date | None) -> int | None:
    return None if value is None else value.toordinal()


def _text(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def encoded(data: DataFile) -> tuple[Any, ...]:
    """The records of a validated file, as the cache stores them."""
    from bhxh_cli.domain.plans import Campaign, Goal, SchemeQuotas, SupportTopUp, Target

    slugs, units = list(data.provinces), list(data.provinces.values())
    for unit in units:  # breadth first: the list grows as it is walked
        slugs.extend(unit.units)
        units.extend(unit.units.values())
    writer = _Writer()
    quotas: list[SchemeQuotas] = []
    campaigns = _columns(
        Campaign,
        list(data.campaigns.values()),
        {
            "start": _day,
            "end": _day,
            "staff": lambda staff: dict(staff) if isinstance(staff, dict) else staff,
            "weight": lambda weight: None if weight is None else weight.value,
            **dict.fromkeys(_QUOTAS, lambda found: _index(quotas, found)),
        },
    )
    targets = [target for unit in units for target in unit.targets]
    goals: list[Goal] = []
    return (
        SCHEMA,
        data.version,
        len(data.provinces),
        slugs,
        _columns(
            Unit,
            units,
            {"merged_on": _day, **dict.fromkeys(("actuals", "targets", "units", "support"), len)},
        ),
        _columns(Snapshot, [s for unit in units for s in unit.actuals], {"as_of": _day}),
        _columns(
            Target,
            targets,
            {"period": writer.period, **dict.fromkeys(_SCHEME_FIELDS, lambda g: _index(goals, g))},
        ),
        _columns(Goal, goals, {"rate": _text}),
        writer.periods,
        _columns(
            SupportTopUp,
            [top_up for unit in units for top_up in unit.support],
            {"from_": _day, "until": _day, "percent": _text},
        ),
        list(data.campaigns),
        campaigns,
        _columns(SchemeQuotas, quotas, {}),
    )


def _index(table: list[Any], found: Any) -> int | None:
    """Where `found` goes in its table (appended), or None for None."""
    if found is None:
        return None
    table.append(found)
    return len(table) - 1


def _columns(cls: type, objects: list[Any], written: dict[str, Callable[[Any], Any]]) -> Any:
    """A table: one list per field, in field order, each marshalled on its own (`columns`);
    `written` turns a value into records."""
    table = []
    for name in names(cls):
        values = [vars(item)[name] for item in objects]
        if name in written:
            values = list(map(written[name], values))
        table.append(marshal.dumps(values))
    return tuple(table)


class _Writer:
    """Gives each distinct period one place in the table of periods."""

    def __init__(self) -> None:
        self.periods: list[tuple[int, int, str]] = []
        self.places: dict[tuple[int, int, str], int] = {}

    def period(self, period: Period) -> int:
        """The index of the period's [first day, last day, id] in the table."""
        key = (period.start.toordinal(), period.end.toordinal(), period.id)
        if key not in self.places:
            self.places[key] = len(self.periods)
            self.periods.append(key)
        return self.places[key]


def _unpacked(record: Any) -> tuple[Any, ...]:
    if type(record) is not tuple or len(record) != 13 or record[0] != SCHEMA:
        raise MalformedError("schema")
    return record[1:]


def decoded(record: Any, day: date | None = None) -> DataFile:
    """The DataFile a record holds, every object of a class read back a column at a time; with
    `day`, its projection on that day: every unit, with its snapshots of `day` only, and no
    targets, top-ups or campaigns (the tables of those are not read, nor checked)."""
    try:
        return _decoded(record, day)
    except (LookupError, TypeError, ValueError, ArithmeticError, EOFError) as failed:
        # An index or a day out of its range, text that is no number, a value of no hash, a
        # column cut short...
        raise MalformedError(type(failed).__name__) from failed


def _decoded(record: Any, day: date | None) -> DataFile:
    version, provinces, slugs, units, snapshots, targets, goals, periods, *rest = _unpacked(record)
    top_ups, campaign_slugs, campaigns, quotas = rest
    if type(version) is not int:
        raise MalformedError("version")
    reader = Reader(periods)
    children = Children(slugs, provinces)
    made = children.made
    convert: dict[str, Convert] = {
        "merged_on": reader.maybe_days,
        "kind": kinds,
        "units": children.units,
    }
    if day is not None:
        kept, on_day, total = _on_day(snapshots, day.toordinal())
        convert["actuals"] = children.tuples_among(
            table(Snapshot, on_day, {"as_of": reader.days}), kept, total
        )
        convert["targets"] = convert["support"] = children.none
        table(Unit, units, convert, made)
        return _data_file(version, keyed(slugs[:provinces], made[:provinces]), {})
    from bhxh_cli.domain.plans import Campaign, Goal, SchemeQuotas, SupportTopUp, Target

    goal_of = reader.indexed(table(Goal, goals, {"rate": reader.rates}), optional=True)
    convert["actuals"] = children.tuples(table(Snapshot, snapshots, {"as_of": reader.days}))
    convert["targets"] = children.tuples(
        table(Target, targets, {"period": reader.periods, **dict.fromkeys(_SCHEME_FIELDS, goal_of)})
    )
    convert["support"] = children.tuples(
        table(
            SupportTopUp,
            top_ups,
            {"from_": reader.days, "until": reader.maybe_days, "percent": reader.rates},
        )
    )
    table(Unit, units, convert, made)
    quotas_of = reader.indexed(table(SchemeQuotas, quotas, {}), optional=True)
    ways: dict[str, Convert] = dict.fromkeys(_QUOTAS, quotas_of)
    ways |= {"start": reader.maybe_days, "end": reader.maybe_days}
    found = table(Campaign, campaigns, {**ways, "staff": staff, "weight": weights})
    return _data_file(
        version, keyed(slugs[:provinces], made[:provinces]), keyed(campaign_slugs, found)
    )


def _data_file(
    version: int, provinces: dict[str, Unit], campaigns: dict[str, Campaign]
) -> DataFile:
    data: DataFile = new(DataFile)
    values = (version, provinces, campaigns)
    object.__setattr__(data, "__dict__", dict(zip(names(DataFile), values, strict=True)))
    return data


def _on_day(snapshots: Any, ordinal: int) -> tuple[list[int], tuple[list[Any], ...], int]:
    """Where the snapshots of one day stand in the table of snapshots, their columns, and how
    many snapshots the table holds; only the days are unmarshalled when there are none."""
    fields_of = names(Snapshot)
    if type(snapshots) is not tuple or len(snapshots) != len(fields_of):
        raise MalformedError("Snapshot")
    as_of = opened(snapshots[fields_of.index("as_of")])
    kept = [place for place, written in enumerate(as_of) if written == ordinal]
    if not kept:  # the usual import: a day the set has no figures of yet
        return kept, tuple([] for _ in fields_of), len(as_of)
    columns = tuple(map(opened, snapshots))
    if any(len(column) != len(as_of) for column in columns):
        raise MalformedError("Snapshot")
    return kept, tuple([column[place] for place in kept] for column in columns), len(as_of)
