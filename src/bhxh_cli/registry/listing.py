"""`bhxh provinces --registry`: the provinces of the map in force on a day, or one province's
sub-units, as results every output format draws."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from bhxh_cli.domain.results import flat_record
from bhxh_cli.registry.model import Registry, RegistryUnit, map_on, sub_level, type_counts


@dataclass(frozen=True)
class RegistryProvince:
    """A province on a day: its code, names and type then, how many sub-units it has of each
    type, the old provinces it was formed from, or the new one it became part of."""

    code: str
    slug: str
    name: str
    full_name: str
    type: str
    units: int
    unit_types: dict[str, int]
    formed_from: list[str]
    merged_into: str | None
    merged_on: date | None
    dates: dict[str, Any]
    changes: list[dict[str, Any]]

    @classmethod
    def of(cls, registry: Registry, unit: RegistryUnit, day: date) -> RegistryProvince:
        """The entry of a province of the registry on `day`."""
        subs = registry.sub_units(unit)
        successor = registry.successor(unit)
        return cls(
            code=unit.code,
            slug=unit.slug,
            name=unit.name,
            full_name=unit.full_name_on(day),
            type=unit.type_on(day),
            units=len(subs),
            unit_types=type_counts([sub.type_on(day) for sub in subs]),
            formed_from=[member.slug for member in registry.members(unit)],
            merged_into=successor.slug if successor else None,
            merged_on=unit.ended_on if successor else None,
            dates=unit.dates(),
            changes=[change.as_simple_dict() for change in unit.changes],
        )

    def as_simple_dict(self) -> dict[str, Any]:
        """What JSON gets for a province: every field by name, its dates among them."""
        return _with_dates(self)


@dataclass(frozen=True)
class RegistryProvinces:
    """The provinces of the map in force on `on`, by code."""

    on: date
    map: str
    level: str
    entries: list[RegistryProvince]

    def as_simple_dict(self) -> dict[str, Any]:
        """What JSON gets: the day, its map, what the provinces are made of, the provinces."""
        return {
            "on": self.on,
            "map": self.map,
            "level": self.level,
            "provinces": [entry.as_simple_dict() for entry in self.entries],
        }

    def records(self) -> list[dict[str, Any]]:
        """What CSV gets: a record per province, its old provinces space-separated and its
        counts of each type as `type:count` pairs."""
        found = []
        for entry in self.entries:
            record = entry.as_simple_dict()
            record["unit_types"] = [f"{k}:{n}" for k, n in record["unit_types"].items()]
            record["changes"] = [change["resolution"] for change in record["changes"]]
            found.append(flat_record(record))
        return found


@dataclass(frozen=True)
class RegistrySubUnit:
    """A district or commune of a province on a day."""

    code: str
    slug: str
    name: str
    full_name: str
    type: str
    dates: dict[str, Any]
    changes: list[dict[str, Any]]

    def as_simple_dict(self) -> dict[str, Any]:
        """What JSON gets for a sub-unit: every field by name, its dates among them, its type
        changes as a list."""
        return _with_dates(self)


@dataclass(frozen=True)
class RegistrySubUnits:
    """A province's districts (before 1 July 2025) or communes (from then) on `on`."""

    on: date
    province: RegistryProvince
    level: str
    entries: list[RegistrySubUnit]

    def as_simple_dict(self) -> dict[str, Any]:
        """What JSON gets: the day, the province, its level and its sub-units."""
        return {
            "on": self.on,
            "province": self.province.as_simple_dict(),
            "level": self.level,
            "units": [entry.as_simple_dict() for entry in self.entries],
        }

    def records(self) -> list[dict[str, Any]]:
        """What CSV gets: a record per sub-unit, with the province's code and slug, the
        resolutions of its changes space-separated."""
        return [
            {
                "province": self.province.slug,
                **{key: value for key, value in entry.as_simple_dict().items() if key != "changes"},
                "changes": " ".join(change["resolution"] for change in entry.changes),
            }
            for entry in self.entries
        ]


def registry_provinces(registry: Registry, day: date) -> RegistryProvinces:
    """Every province of the map in force on `day`."""
    map_id = map_on(day)
    entries = [RegistryProvince.of(registry, unit, day) for unit in registry.provinces(map_id)]
    return RegistryProvinces(day, map_id, sub_level(map_id), entries)


def registry_sub_units(registry: Registry, province: RegistryUnit, day: date) -> RegistrySubUnits:
    """A province's sub-units on `day`, by code."""
    entries = [
        RegistrySubUnit(
            code=sub.code,
            slug=sub.slug,
            name=sub.name,
            full_name=sub.full_name_on(day),
            type=sub.type_on(day),
            dates=sub.dates(),
            changes=[change.as_simple_dict() for change in sub.changes],
        )
        for sub in registry.sub_units(province)
    ]
    entry = RegistryProvince.of(registry, province, day)
    return RegistrySubUnits(day, entry, sub_level(province.map), entries)


def _with_dates(entry: RegistryProvince | RegistrySubUnit) -> dict[str, Any]:
    """An entry's fields by name, its `dates` (took effect, ended, why) spread among them."""
    found = dict(entry.__dict__)
    dates = found.pop("dates")
    return {**found, **dates}
