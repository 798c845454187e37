"""Finding registry units: by a typed name, a slug, a path, or a code read with its day.

Names are compared folded (no diacritics, any case, any tone-mark placement: "Hòa" is "Hoà")
and with their administrative prefix written out ("TP Cần Thơ" is "Thành phố Cần Thơ"). A name
typed without a prefix matches every unit of that bare name; typed with one, only the unit of
that type: "Thị xã Long Mỹ" and "Huyện Long Mỹ" are two units of Hậu Giang.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from bhxh_cli.domain.names import canonical, fold
from bhxh_cli.registry.model import (
    NEW_MAP_DAY,
    Level,
    MapId,
    Registry,
    RegistryUnit,
    load_registry,
    map_on,
    sub_level,
)

if TYPE_CHECKING:
    from bhxh_cli.domain.data import DataFile, Unit
    from bhxh_cli.domain.units import UnitRef

DISTRICT_CODE_DIGITS = 3


def names_match(typed: str, unit: RegistryUnit) -> bool:
    """Whether a typed name (or slug) names the unit: its bare name, slug or any full name it
    has had, folded; a typed prefix must be the unit's type."""
    wanted = canonical(fold(typed))
    if not wanted:
        return False
    if wanted in (unit.slug, fold(unit.name)):
        return True
    return any(wanted == canonical(fold(full)) for full in unit.full_names)


def find_units(
    typed: str,
    day: date,
    *,
    within: RegistryUnit | None = None,
    registry: Registry | None = None,
) -> list[RegistryUnit]:
    """The units of the map in force on `day` that a typed name names: provinces first; failing
    them, their sub-units (only those of `within` when it is given). A path
    (`can-tho/thoi-lai`, "Hậu Giang/Huyện Long Mỹ") is read segment by segment."""
    registry = registry or load_registry()
    map_id = map_on(day)
    first, *rest = typed.split("/")
    if within is not None:
        found = [u for u in registry.sub_units(within) if names_match(first, u)]
    else:
        found = [u for u in registry.provinces(map_id) if names_match(first, u)]
        if not found and not rest:
            found = [
                sub
                for province in registry.provinces(map_id)
                for sub in registry.sub_units(province)
                if names_match(first, sub)
            ]
    for segment in rest:
        found = [sub for u in found for sub in registry.sub_units(u) if names_match(segment, sub)]
    return exactly_named(found, rest[-1] if rest else first)


def exactly_named(found: list[RegistryUnit], typed: str) -> list[RegistryUnit]:
    """Of units whose names fold alike (Sơn Hà and Sơn Hạ), those named exactly as typed, if
    any: the diacritics typed tell them apart."""
    import unicodedata

    wanted = unicodedata.normalize("NFC", typed.strip()).casefold()
    exact = [u for u in found if wanted in {n.casefold() for n in (u.name, *u.full_names)}]
    return exact if len(found) > 1 and exact else found


def unit_by_code(
    code: str, day: date, level: Level | None = None, registry: Registry | None = None
) -> RegistryUnit | None:
    """The unit with that code on the map in force on `day`: a province for a two-digit code
    unless `level` says otherwise, else a district (old map) or commune (new map)."""
    registry = registry or load_registry()
    map_id = map_on(day)
    wanted: Level = level or ("province" if len(code) == 2 else sub_level(map_id))
    return registry.unit(map_id, wanted, code)


def province_of(typed: str, day: date, registry: Registry | None = None) -> list[RegistryUnit]:
    """The provinces of the map in force on `day` a typed name, slug or code names."""
    registry = registry or load_registry()
    if typed.isascii() and typed.isdigit():
        coded = unit_by_code(typed.zfill(2), day, "province", registry)
        return [coded] if coded else []
    found = [u for u in registry.provinces(map_on(day)) if names_match(typed, u)]
    return exactly_named(found, typed)


def period_map(province: Unit) -> MapId:
    """The map a province of a data file, and its sub-units' codes, are read on: that of the
    day before its `merged_on`; else the old map when its first coded sub-unit has a district's
    three-digit code; else the map from 1 July 2025 (communes have five-digit codes)."""
    if province.merged_on is not None:
        return map_on(province.merged_on - timedelta(days=1))
    first = next((sub.code for sub in province.units.values() if sub.code), None)
    if first is not None and len(first) == DISTRICT_CODE_DIGITS:
        return "2020"
    return "2025"


def coded_units(
    data: DataFile, registry: Registry | None = None
) -> list[tuple[UnitRef, RegistryUnit]]:
    """Each province and sub-unit of the data file with a code the registry of its period
    knows, with that registry unit (codes below the sub-units are not in the registry)."""
    from bhxh_cli.domain.units import provinces, walk

    registry = registry or load_registry()
    found = []
    for province in provinces(data):
        map_id = period_map(province.unit)
        for ref in walk(province, depth=1):
            if ref.unit.code is None:
                continue
            level: Level = "province" if ref is province else sub_level(map_id)
            unit = registry.unit(map_id, level, ref.unit.code)
            if unit is not None:
                found.append((ref, unit))
    return found


def resolve_by_registry(data: DataFile, typed: str) -> list[UnitRef]:
    """The units of the data file that a typed name names through the registry: those whose
    code is that of a registry unit of that name (or, typed as digits, that code) on the
    unit's own map. Nothing is loaded when no unit has a code."""
    from bhxh_cli.domain.units import all_units

    if not any(ref.unit.code for ref in all_units(data)):
        return []
    if typed.isascii() and typed.isdigit():
        return [ref for ref in all_units(data) if ref.unit.code == typed]
    return [ref for ref, unit in coded_units(data) if names_match(typed, unit)]


def day_of_map(map_id: MapId, today: date) -> date:
    """A day the map is in force on: the eve of the new map for the old one, else `today`."""
    return NEW_MAP_DAY - timedelta(days=1) if map_id == "2020" else max(today, NEW_MAP_DAY)


def province_on(
    province: UnitRef, day: date, registry: Registry | None = None
) -> RegistryUnit | None:
    """The registry province a province of the data file is on the map of `day`: by its code
    when the code belongs to that map, else by its name when that names one province."""
    registry = registry or load_registry()
    map_id = map_on(day)
    code = province.unit.code
    if code is not None and period_map(province.unit) == map_id:
        return registry.unit(map_id, "province", code)
    found = province_of(province.unit.name, day, registry)
    return found[0] if len(found) == 1 else None


def province_names(province: UnitRef, day: date) -> dict[str, list[RegistryUnit]]:
    """The sub-units, on the map of `day`, of the registry province a province of the data
    file is, by each folded name `names_match` reads them by (bare name, slug, full names);
    empty when the registry has no such province. Built once, read for every name."""
    registry = load_registry()
    within = province_on(province, day, registry)
    names: dict[str, list[RegistryUnit]] = {}
    for unit in registry.sub_units(within) if within is not None else ():
        full = (canonical(fold(name)) for name in unit.full_names)
        for key in dict.fromkeys((unit.slug, fold(unit.name), *full)):
            names.setdefault(key, []).append(unit)
    return names


def named_among(names: dict[str, list[RegistryUnit]], typed: str) -> list[RegistryUnit]:
    """The units of `province_names` a typed name names, as `find_units` finds them within
    the province: a typed type tells apart two units of one name, and so do diacritics."""
    if "/" in typed:
        return []
    return exactly_named(names.get(canonical(fold(typed)), []), typed)


def children_by_registry(place: UnitRef, typed: str) -> list[UnitRef]:
    """The sub-units of a province of the data file that a name or a code names through the
    registry of the province's own map: those whose code is that of a registry unit of that
    name (Sơn Hà and Sơn Hạ told apart by the diacritics typed), or that code typed as digits.
    Nothing is loaded when no sub-unit has a code."""
    coded = [child for child in place.children() if child.unit.code]
    if not coded or "/" in place.path:
        return []
    if typed.isascii() and typed.isdigit():
        return [child for child in coded if child.unit.code == typed]
    registry = load_registry()
    map_id = period_map(place.unit)
    known = {
        child.path: unit
        for child in coded
        if (unit := registry.unit(map_id, sub_level(map_id), child.unit.code or "")) is not None
    }
    named = exactly_named([unit for unit in known.values() if names_match(typed, unit)], typed)
    return [child for child in coded if child.path in known and known[child.path] in named]
