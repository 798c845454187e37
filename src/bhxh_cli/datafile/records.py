"""A validated file as plain records, and back: what the cache stores.

Records hold only dicts, lists, text, whole numbers and None, so that reading them back builds
values and calls nothing from the file: dates are day ordinals, rates their exact decimal text,
a period its first day, last day and id. Each record is a dataclass's fields by name; reading
one back checks that it has exactly those fields and gives the instance that dict as its
`__dict__`, as unpickling did, without the frozen `__setattr__` of each field (a national file
holds about 90,000 objects). Any other shape raises `MalformedError`.
"""

from __future__ import annotations

from dataclasses import fields
from datetime import date
from decimal import Decimal
from typing import Any

from bhxh_cli.domain.data import (
    Campaign,
    DataFile,
    Goal,
    SchemeCounts,
    SchemeQuotas,
    Snapshot,
    SupportTopUp,
    Target,
    Unit,
)
from bhxh_cli.domain.periods import Period
from bhxh_cli.domain.schemes import SCHEMES
from bhxh_cli.domain.weight import Weight

Record = dict[str, Any]


class MalformedError(Exception):
    """A record that is not what `encoded` writes."""


def _names(cls: type) -> frozenset[str]:
    return frozenset(field.name for field in fields(cls))


_FIELDS: dict[type, frozenset[str]] = {
    cls: _names(cls)
    for cls in (Campaign, DataFile, Goal, SchemeQuotas, Snapshot, SupportTopUp, Target, Unit)
}
_GOALS = tuple(scheme.value for scheme in SCHEMES)
_new = object.__new__
_set = object.__setattr__


def _day(value: date | None) -> int | None:
    return None if value is None else value.toordinal()


def encoded(data: DataFile) -> Record:
    """The records of a validated file, as the cache stores them."""
    return {
        "version": data.version,
        "provinces": {slug: _unit(unit) for slug, unit in data.provinces.items()},
        "campaigns": {slug: _campaign(campaign) for slug, campaign in data.campaigns.items()},
    }


def _unit(unit: Unit) -> Record:
    return {
        **vars(unit),
        "merged_on": _day(unit.merged_on),
        "actuals": [{**vars(s), "as_of": s.as_of.toordinal()} for s in unit.actuals],
        "targets": [_target(target) for target in unit.targets],
        "units": {slug: _unit(sub) for slug, sub in unit.units.items()},
        "support": [_top_up(top_up) for top_up in unit.support],
    }


def _top_up(top_up: SupportTopUp) -> Record:
    return {
        **vars(top_up),
        "from_": top_up.from_.toordinal(),
        "until": _day(top_up.until),
        "percent": None if top_up.percent is None else str(top_up.percent),
    }


def _target(target: Target) -> Record:
    record = {**vars(target), "period": _period(target.period)}
    for scheme in _GOALS:
        goal = record[scheme]
        if goal is not None:
            record[scheme] = {**vars(goal), "rate": None if goal.rate is None else str(goal.rate)}
    return record


def _period(period: Period) -> list[Any]:
    return [period.start.toordinal(), period.end.toordinal(), period.id]


def _counts(counts: SchemeCounts | None) -> Record | None:
    return None if counts is None else dict(vars(counts))


def _campaign(campaign: Campaign) -> Record:
    return {
        **vars(campaign),
        "start": _day(campaign.start),
        "end": _day(campaign.end),
        "staff": dict(campaign.staff) if isinstance(campaign.staff, dict) else campaign.staff,
        "per_staff": _counts(campaign.per_staff),
        "per_unit": _counts(campaign.per_unit),
        "split": _counts(campaign.split),
        "weight": None if campaign.weight is None else campaign.weight.value,
    }


def _built(cls: type, record: Any) -> Any:
    if type(record) is not dict or record.keys() != _FIELDS[cls]:
        raise MalformedError(cls.__name__)
    instance: Any = _new(cls)
    _set(instance, "__dict__", record)
    return instance


def decoded(record: Any) -> DataFile:
    """The DataFile a record holds; the record's dicts become the objects' fields."""
    data: DataFile = _built(DataFile, record)
    reader = _Reader()
    record["provinces"] = {slug: reader.unit(unit) for slug, unit in record["provinces"].items()}
    record["campaigns"] = {
        slug: reader.campaign(campaign) for slug, campaign in record["campaigns"].items()
    }
    return data


class _Reader:
    """Reads records back, sharing equal dates and periods as the parser does."""

    def __init__(self) -> None:
        self.days: dict[int, date] = {}
        self.periods: dict[tuple[int, int, str], Period] = {}

    def day(self, ordinal: int) -> date:
        """The date of a day ordinal, one object per day."""
        found = self.days.get(ordinal)
        if found is None:
            found = self.days[ordinal] = date.fromordinal(ordinal)
        return found

    def maybe_day(self, ordinal: int | None) -> date | None:
        """The date of a day ordinal, or None for None."""
        return None if ordinal is None else self.day(ordinal)

    def period(self, written: Any) -> Period:
        """The period of a written [first day, last day, id], one object per period."""
        start, end, period_id = written
        key = (start, end, period_id)
        found = self.periods.get(key)
        if found is None:
            found = self.periods[key] = Period(self.day(start), self.day(end), period_id)
        return found

    def unit(self, record: Any) -> Unit:
        """The unit of a record, with its snapshots, targets and sub-units read back."""
        unit: Unit = _built(Unit, record)
        record["merged_on"] = self.maybe_day(record["merged_on"])
        record["actuals"] = tuple(map(self.snapshot, record["actuals"]))
        record["targets"] = tuple(map(self.target, record["targets"]))
        record["units"] = {slug: self.unit(sub) for slug, sub in record["units"].items()}
        record["support"] = tuple(map(self.top_up, record["support"]))
        return unit

    def top_up(self, record: Any) -> SupportTopUp:
        """A province's support top-up of a record, with its dates and percent read back."""
        top_up: SupportTopUp = _built(SupportTopUp, record)
        record["from_"] = self.day(record["from_"])
        record["until"] = self.maybe_day(record["until"])
        if record["percent"] is not None:
            if type(record["percent"]) is not str:
                raise MalformedError("percent")
            record["percent"] = Decimal(record["percent"])
        return top_up

    def snapshot(self, record: Any) -> Snapshot:
        """The snapshot of a record, with its date read back."""
        snapshot: Snapshot = _built(Snapshot, record)
        record["as_of"] = self.day(record["as_of"])
        return snapshot

    def target(self, record: Any) -> Target:
        """The target of a record, with its period and goals; a rate must be decimal text."""
        target: Target = _built(Target, record)
        record["period"] = self.period(record["period"])
        for scheme in _GOALS:
            goal = record[scheme]
            if goal is not None:
                record[scheme] = _built(Goal, goal)
                rate = goal["rate"]
                if rate is not None:
                    if type(rate) is not str:
                        raise MalformedError("rate")
                    goal["rate"] = Decimal(rate)
        return target

    def campaign(self, record: Any) -> Campaign:
        """The campaign of a record, with its dates, quotas and weight read back."""
        campaign: Campaign = _built(Campaign, record)
        record["start"] = self.maybe_day(record["start"])
        record["end"] = self.maybe_day(record["end"])
        for way in ("per_staff", "per_unit", "split"):
            if record[way] is not None:
                record[way] = _built(SchemeQuotas, record[way])
        if record["weight"] is not None:
            record["weight"] = Weight(record["weight"])
        return campaign
