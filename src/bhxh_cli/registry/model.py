"""The registry's units, dated, and the two maps they belong to.

A unit belongs to one map: "2020" (the 63 provinces and their district-level units, in force
until 30 June 2025) or "2025" (the 34 provinces and their communes, from 1 July 2025). Its
code means something only with its map: 15 is Yên Bái on the first and Lào Cai on the second.
A unit's type may change within its map (a province becoming a centrally-run city): each
change has its day, or, where the sources give none, the day it is known to be in force by.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any, Literal

from bhxh_cli.domain.names import fold

MapId = Literal["2020", "2025"]
Level = Literal["province", "district", "commune"]

NEW_MAP_DAY = date(2025, 7, 1)
NEW_MAP_RESOLUTION = "202/2025/QH15"
REGISTRY_FILE = Path(__file__).resolve().parent.parent / "data" / "registry.json"

# The prefix of each administrative type, as full names write it.
PREFIX: dict[str, str] = {
    "tinh": "Tỉnh",
    "thanh-pho": "Thành phố",
    "quan": "Quận",
    "thi-xa": "Thị xã",
    "huyen": "Huyện",
    "xa": "Xã",
    "phuong": "Phường",
    "dac-khu": "Đặc khu",
}

# The order types are counted in: provinces, then district-level, then commune-level units.
TYPE_ORDER = tuple(PREFIX)


def type_counts(kinds: list[str]) -> dict[str, int]:
    """How many of each type, in TYPE_ORDER: {"xa": 72, "phuong": 31}."""
    return {kind: kinds.count(kind) for kind in TYPE_ORDER if kind in kinds}


def map_on(day: date) -> MapId:
    """The map in force on `day`."""
    return "2025" if day >= NEW_MAP_DAY else "2020"


def sub_level(map_id: MapId) -> Level:
    """What a province of the map is made of: districts before 1 July 2025, communes after."""
    return "commune" if map_id == "2025" else "district"


@dataclass(frozen=True)
class Change:
    """A change of a unit's type: the day it took effect, or None where the sources give no
    day, with `in_force_by`, the first day it is known to be in force (and applied from)."""

    on: date | None
    in_force_by: date | None
    type: str
    resolution: str

    @property
    def applies_from(self) -> date:
        """The day the registry applies the change from: its own, else `in_force_by`."""
        day = self.on or self.in_force_by
        assert day is not None  # the build gives one of the two
        return day

    def as_simple_dict(self) -> dict[str, Any]:
        """What JSON gets for a change: its day (null when not known), the day it is known to be
        in force by, the new type and the resolution."""
        return {
            "on": self.on,
            "in_force_by": self.in_force_by,
            "type": self.type,
            "resolution": self.resolution,
        }


@dataclass(frozen=True)
class RegistryUnit:
    """A province, district or commune of one map, with its dates and type changes."""

    map: MapId
    level: Level
    code: str
    province: str | None
    slug: str
    name: str
    type: str
    merged_into: str | None = None
    changes: tuple[Change, ...] = ()

    @property
    def took_effect(self) -> date | None:
        """The first day of the unit: that of its map; None for the old map (before the
        registry begins, from a day it does not record)."""
        return NEW_MAP_DAY if self.map == "2025" else None

    @property
    def took_effect_by(self) -> str | None:
        """The resolution the unit took effect by, where the registry knows it."""
        return NEW_MAP_RESOLUTION if self.map == "2025" else None

    @property
    def ended_on(self) -> date | None:
        """The first day the unit no longer exists: 1 July 2025 for the old map's units."""
        return NEW_MAP_DAY if self.map == "2020" else None

    @property
    def ended_by(self) -> str | None:
        """The resolution that ended the unit, if it ended."""
        return NEW_MAP_RESOLUTION if self.map == "2020" else None

    def type_on(self, day: date) -> str:
        """The unit's type on `day`: its first, then each change in force by then."""
        kind = self.type
        for change in self.changes:
            if change.applies_from <= day:
                kind = change.type
        return kind

    def full_name_on(self, day: date) -> str:
        """The full name on `day`, e.g. "Xã Tân An", "Thành phố Quảng Ninh"."""
        return f"{PREFIX[self.type_on(day)]} {self.name}"

    @property
    def full_names(self) -> tuple[str, ...]:
        """Every full name the unit has had, first one first."""
        kinds = dict.fromkeys([self.type, *(change.type for change in self.changes)])
        return tuple(f"{PREFIX[kind]} {self.name}" for kind in kinds)

    @property
    def label(self) -> str:
        """The name a data file gives the unit: the bare name, or the full one where its slug is
        made of it, the bare name not telling it from another unit (Thị xã Long Mỹ, Quận 1)."""
        first = self.full_names[0]
        return first if self.slug == fold(first) else self.name

    def dates(self) -> dict[str, Any]:
        """What JSON gets of the unit's dates: when it took effect and ended, each with its
        resolution (None where the registry does not know it)."""
        return {
            "took_effect": self.took_effect,
            "took_effect_by": self.took_effect_by,
            "ended_on": self.ended_on,
            "ended_by": self.ended_by,
        }


@dataclass(frozen=True)
class Registry:
    """Every unit of both maps, found by code or by province."""

    units: tuple[RegistryUnit, ...]
    about: dict[str, Any] = field(default_factory=dict)
    _by_code: dict[tuple[str, str, str], RegistryUnit] = field(
        init=False, repr=False, compare=False
    )
    _children: dict[tuple[str, str], list[RegistryUnit]] = field(
        init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        children: dict[tuple[str, str], list[RegistryUnit]] = {}
        for unit in self.units:
            if unit.province is not None:
                children.setdefault((unit.map, unit.province), []).append(unit)
        object.__setattr__(self, "_by_code", {(u.map, u.level, u.code): u for u in self.units})
        object.__setattr__(self, "_children", children)

    def unit(self, map_id: MapId, level: Level, code: str) -> RegistryUnit | None:
        """The unit of a map with that level and code, or None."""
        return self._by_code.get((map_id, level, code))

    def provinces(self, map_id: MapId) -> list[RegistryUnit]:
        """The provinces of a map, by code."""
        return [u for u in self.units if u.map == map_id and u.level == "province"]

    def sub_units(self, province: RegistryUnit) -> list[RegistryUnit]:
        """A province's districts or communes, by code."""
        return self._children.get((province.map, province.code), [])

    def members(self, province: RegistryUnit) -> list[RegistryUnit]:
        """The old provinces a new one was formed from, by code (none for an old province)."""
        if province.map != "2025":
            return []
        return [u for u in self.provinces("2020") if u.merged_into == province.code]

    def successor(self, province: RegistryUnit) -> RegistryUnit | None:
        """The new province an old one became part of on 1 July 2025."""
        if province.merged_into is None:
            return None
        return self.unit("2025", "province", province.merged_into)


def _change(row: list[Any]) -> Change:
    on, by, kind, resolution = row
    return Change(
        date.fromisoformat(on) if on else None,
        date.fromisoformat(by) if by else None,
        kind,
        resolution,
    )


def registry_of(document: dict[str, Any]) -> Registry:
    """The registry a registry.json document holds."""
    names = document["fields"]
    units = []
    for row in document["units"]:
        record = dict(zip(names, row, strict=True))
        record["changes"] = tuple(_change(change) for change in record["changes"])
        units.append(RegistryUnit(**record))
    return Registry(tuple(units), document.get("about", {}))


@cache
def load_registry() -> Registry:
    """The registry shipped with bhxh, read once per run (about 20 ms, with the stdlib json)."""
    return registry_of(json.loads(REGISTRY_FILE.read_text(encoding="utf-8")))
