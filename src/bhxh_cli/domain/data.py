"""The data a command works on, as plain frozen dataclasses: units, their snapshots, and the
file; what a file plans (targets, top-ups, campaigns) is in `plans.py`, which a command that
reads no plan (an import) never loads.

`model.py` defines and validates the file format with Pydantic; once a file is valid, its
content is turned into these objects (`model.to_domain`). Commands never import Pydantic
this way, and a validated file can be cached and read back without it (see `cache.py`).
Field names are the data file's keys; a test keeps them equal to the Pydantic models'.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import TYPE_CHECKING, Literal

from bhxh_cli.domain.schemes import BHXH_PARTS, DENOMINATOR, SCHEMES, Denominator, Scheme

if TYPE_CHECKING:
    from bhxh_cli.domain.plans import Campaign, SupportTopUp, Target

QUOTA_WAYS = ("per_staff", "per_unit", "split")


SCHEME_KEYS = tuple((scheme, scheme.value) for scheme in SCHEMES)  # `.value` is slow
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
    for scheme, key in SCHEME_KEYS:
        value = getattr(counts, key, None)
        if value is not None:
            found[scheme] = value
    return found


def quota_ways(campaign: object) -> dict[str, dict[Scheme, int]]:
    """The schemes a campaign gives under per_staff, per_unit and split, by way."""
    found = {way: getattr(campaign, way) for way in QUOTA_WAYS}
    return {way: given_schemes(quotas) if quotas else {} for way, quotas in found.items()}


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


@dataclass(frozen=True)
class DataFile:
    """A whole validated targets file."""

    version: int
    provinces: dict[str, Unit]
    campaigns: dict[str, Campaign] = field(default_factory=dict)


def from_validated(value: object) -> object:
    """Turn a validated Pydantic object tree into the dataclasses above and those of
    `plans.py`, by class name.

    Lists become tuples so the result is immutable; dicts keep their order."""
    if hasattr(type(value), "model_fields"):  # a Pydantic model: its __dict__ holds the fields
        target = _classes()[type(value).__name__]
        return target(**{name: from_validated(item) for name, item in vars(value).items()})
    if isinstance(value, list):
        return tuple(from_validated(item) for item in value)
    if isinstance(value, dict):
        return {key: from_validated(item) for key, item in value.items()}
    return value


@cache
def _classes() -> dict[str, type]:
    """The dataclasses of a validated file by name; those of plans are loaded here only."""
    from bhxh_cli.domain.plans import Campaign, Goal, SchemeQuotas, SupportTopUp, Target

    found = (Goal, Snapshot, Target, SupportTopUp, Unit, SchemeQuotas, Campaign, DataFile)
    return {cls.__name__: cls for cls in found}
