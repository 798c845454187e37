"""`bhxh init`: what a starting data file holds for one province of the map of a day.

The province with every sub-unit of that map (slug, name and code), and, for a province of the
new map, the old provinces it was formed from, merged into it on 1 July 2025, so that
`--merged` adds their figures up from the first day. `render/starter.py` writes it as YAML.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from bhxh_cli.errors import UsageError
from bhxh_cli.messages import Message
from bhxh_cli.registry.lookup import province_of
from bhxh_cli.registry.model import (
    Registry,
    RegistryUnit,
    load_registry,
    map_on,
    sub_level,
    type_counts,
)

InitLevel = Literal["communes", "districts"]
LEVEL_WORD: dict[str, InitLevel] = {"commune": "communes", "district": "districts"}


@dataclass(frozen=True)
class Starter:
    """A province of the registry on `on`, its sub-units, and the old provinces it was formed
    from (those whose slug is not its own: a member of the same slug is the province itself,
    its figures of before 1 July 2025 in the same place); for an old province, the new one it
    became part of and the other old provinces that did."""

    on: date
    province: RegistryUnit
    units: list[RegistryUnit]
    members: list[RegistryUnit]
    successor: RegistryUnit | None
    partners: list[RegistryUnit]
    command: str

    @property
    def level(self) -> InitLevel:
        """What the province is made of on that day."""
        return LEVEL_WORD[sub_level(self.province.map)]

    def counts(self) -> dict[str, int]:
        """How many sub-units of each type, in TYPE_ORDER."""
        return type_counts([unit.type_on(self.on) for unit in self.units])


def chosen_province(typed: str, day: date, registry: Registry) -> RegistryUnit:
    """The one province of the map of `day` that a name, slug or code names."""
    found = province_of(typed, day, registry)
    if len(found) == 1:
        return found[0]
    if found:
        slugs = tuple(unit.slug for unit in found)
        raise UsageError(Message("registry.several", query=repr(typed), slugs=slugs))
    raise UsageError(
        Message("registry.no_province", query=repr(typed), day=day),
        hint=Message("registry.no_province.hint", day=day),
    )


def starter(typed: str, day: date, level: InitLevel | None = None) -> Starter:
    """The starting file of the province `typed` names, on the map of `day`; a `level` the
    registry does not have on that map is a usage error (districts went on 1 July 2025; the
    registry holds no communes of before)."""
    registry = load_registry()
    province = chosen_province(typed, day, registry)
    available = LEVEL_WORD[sub_level(map_on(day))]
    if level is not None and level != available:
        raise UsageError(
            Message("registry.no_level", level=level, day=day),
            hint=Message("registry.no_level.hint", level=available),
        )
    members = [m for m in registry.members(province) if m.slug != province.slug]
    successor = registry.successor(province)
    partners = [m for m in registry.members(successor) if m != province] if successor else []
    command = f"bhxh init {province.slug} --on {day.isoformat()}"
    units = registry.sub_units(province)
    return Starter(day, province, units, members, successor, partners, command)
