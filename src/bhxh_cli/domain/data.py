"""The data a command works on, as plain frozen dataclasses.

`model.py` defines and validates the file format with Pydantic; once a file is valid, its
content is turned into these objects (`model.to_domain`). Commands never import Pydantic
this way, and a validated file can be cached and read back without it (see `cache.py`).
Field names are the data file's keys; a test keeps them equal to the Pydantic models'.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Literal

from bhxh_cli.domain.periods import Period
from bhxh_cli.domain.schemes import BHXH_PARTS, DENOMINATOR, SCHEMES, Denominator, Scheme
from bhxh_cli.domain.weight import Weight

QUOTA_WAYS = ("per_staff", "per_unit", "split")


_SCHEME_KEYS = tuple((scheme, scheme.value) for scheme in SCHEMES)
# A member of an enum is a slow attribute of its class (a tenth of a microsecond), and
# `counts` asks for these for every snapshot.
_BHXH, (_COMPULSORY, _VOLUNTARY) = Scheme.BHXH, BHXH_PARTS
# Each denominator's attribute name as a plain str, for `Unit.denominator`.
_DENOMINATOR_KEYS = {which: which.value for which in Denominator}


def given_schemes(counts: object) -> dict[Scheme, int]:
    """The schemes an object with one attribute per scheme has a number for, in scheme order.

    Asked for every snapshot of a set: a loop, a third faster than a comprehension (a call
    of its own); `getattr` is as fast as the object's `__dict__` once objects are many."""
    found = {}
    for scheme, key in _SCHEME_KEYS:
        value = getattr(counts, key, None)
        if value is not None:
            found[scheme] = value
    return found


def quota_ways(campaign: object) -> dict[str, dict[Scheme, int]]:
    """The schemes a campaign gives under per_staff, per_unit and split, by way."""
    found = {way: getattr(campaign, way) for way in QUOTA_WAYS}
    return {way: given_schemes(quotas) if quotas else {} for way, quotas in found.items()}


@dataclass(frozen=True)
class Goal:
    """One scheme's target: a rate of the denominator, a stock total, or a flow of new people."""

    rate: Decimal | None = None
    total: int | None = None
    new: int | None = None

    @property
    def kind(self) -> Literal["rate", "total", "new"]:
        """Which of rate, total or new the goal sets: the file gives exactly one (goal-kind)."""
        if self.rate is not None:
            return "rate"
        return "total" if self.total is not None else "new"


@dataclass(frozen=True, kw_only=True)
class SchemeCounts:
    """A number of people per scheme; None where the file gives none."""

    bhxh: int | None = None
    bhxh_bat_buoc: int | None = None
    bhxh_tu_nguyen: int | None = None
    bhtn: int | None = None
    bhyt: int | None = None
    bhyt_ho_gia_dinh: int | None = None

    def given(self) -> dict[Scheme, int]:
        """The schemes the file gives a number for, in scheme order, none derived from parts."""
        return given_schemes(self)


@dataclass(frozen=True, kw_only=True)
class Snapshot(SchemeCounts):
    """Participants on one date (a stock)."""

    as_of: date
    population: int | None = None
    labour_force: int | None = None
    source: str | None = None
    note: str | None = None

    def counts(self) -> dict[Scheme, int]:
        """Participants per scheme, with bhxh as the sum of its parts when only they are given."""
        found = given_schemes(self)  # in scheme order
        if _BHXH in found or _COMPULSORY not in found or _VOLUNTARY not in found:
            return found
        # bhxh is the first scheme of the order, so the sum goes before the schemes given
        return {_BHXH: found[_COMPULSORY] + found[_VOLUNTARY], **found}

    def derived(self) -> frozenset[Scheme]:
        """Schemes whose count is computed rather than written in the file."""
        return frozenset(self.counts()) - frozenset(self.given())


@dataclass(frozen=True)
class Target:
    """Goals for one period; several entries may share a period."""

    period: Period
    name: str | None = None
    source: str | None = None
    note: str | None = None
    bhxh: Goal | None = None
    bhxh_bat_buoc: Goal | None = None
    bhxh_tu_nguyen: Goal | None = None
    bhtn: Goal | None = None
    bhyt: Goal | None = None
    bhyt_ho_gia_dinh: Goal | None = None

    def goals(self) -> dict[Scheme, Goal]:
        """The schemes this target sets a goal for, in scheme order."""
        return {s: g for s, key in _SCHEME_KEYS if (g := getattr(self, key)) is not None}


@dataclass(frozen=True)
class SupportTopUp:
    """A province's own support for voluntary participants of one category, on top of the
    state's: a percent of the contribution on the poverty line or an amount of đồng a month,
    in force from `from_` (the file's `from`) to `until`, by the council resolution `source`."""

    category: str
    from_: date
    source: str
    until: date | None = None
    percent: Decimal | None = None
    amount: int | None = None
    note: str | None = None

    def covers(self, day: date) -> bool:
        """Whether the top-up is in force on `day`."""
        return self.from_ <= day and (self.until is None or day <= self.until)


@dataclass(frozen=True)
class Unit:
    """A province, district, commune, or a group of people (e.g. union leaders)."""

    name: str
    code: str | None = None
    kind: Literal["area", "group"] = "area"
    population: int | None = None
    labour_force: int | None = None
    merged_into: str | None = None
    merged_on: date | None = None
    source: str | None = None
    note: str | None = None
    actuals: tuple[Snapshot, ...] = ()
    targets: tuple[Target, ...] = ()
    units: dict[str, Unit] = field(default_factory=dict)
    support: tuple[SupportTopUp, ...] = ()

    def denominator(self, which: Denominator, snapshot: Snapshot | None) -> int | None:
        """The snapshot's own population / labour force wins over the unit's."""
        key = _DENOMINATOR_KEYS[which]  # a plain str: `getattr` of a StrEnum is five times slower
        own: int | None = getattr(snapshot, key) if snapshot else None
        return own if own is not None else getattr(self, key)

    def denominator_for(self, scheme: Scheme, snapshot: Snapshot | None) -> int | None:
        """What `scheme`'s coverage is a share of (`denominator`): the snapshot's own first."""
        return self.denominator(DENOMINATOR[scheme], snapshot)


@dataclass(frozen=True, kw_only=True)
class SchemeQuotas(SchemeCounts):
    """People per scheme, e.g. {bhxh_tu_nguyen: 1, bhyt_ho_gia_dinh: 2}."""


@dataclass(frozen=True)
class Campaign:
    """A recruiting campaign: quotas per staff member, per unit or split from a total."""

    name: str
    province: str | None = None
    start: date | None = None
    end: date | None = None
    days: int | None = None
    staff: int | dict[str, int] | None = None
    per_staff: SchemeQuotas | None = None
    per_unit: SchemeQuotas | None = None
    split: SchemeQuotas | None = None
    min: int | None = None
    max: int | None = None
    weight: Weight | None = None
    source: str | None = None
    note: str | None = None

    def ways(self) -> dict[str, dict[Scheme, int]]:
        """The schemes the campaign gives under per_staff, per_unit and split, by way."""
        return quota_ways(self)


@dataclass(frozen=True)
class DataFile:
    """A whole validated targets file."""

    version: int
    provinces: dict[str, Unit]
    campaigns: dict[str, Campaign] = field(default_factory=dict)


def from_validated(value: object) -> object:
    """Turn a validated Pydantic object tree into the dataclasses above, by class name.

    Lists become tuples so the result is immutable; dicts keep their order."""
    if hasattr(type(value), "model_fields"):  # a Pydantic model: its __dict__ holds the fields
        target = _CLASSES[type(value).__name__]
        return target(**{name: from_validated(item) for name, item in vars(value).items()})
    if isinstance(value, list):
        return tuple(from_validated(item) for item in value)
    if isinstance(value, dict):
        return {key: from_validated(item) for key, item in value.items()}
    return value


_CLASSES: dict[str, type] = {
    cls.__name__: cls
    for cls in (Goal, Snapshot, Target, SupportTopUp, Unit, SchemeQuotas, Campaign, DataFile)
}
