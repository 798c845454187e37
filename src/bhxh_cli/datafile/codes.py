"""The check of units' `code:` against the administrative registry of each unit's period.

A code means something only with its map (15 was Yên Bái and is Lào Cai), so each unit is read
on the map of its period (`registry.lookup.period_map`): a province with `merged_on`, on the map
of the day before it merged; else the old map when its first coded sub-unit has a district's
three-digit code, else the map from 1 July 2025; a sub-unit, on its province's map. The
registry holds provinces and their districts (before) or communes (from 1 July 2025) only: a
code deeper down is not checked.

The registry is loaded only when some unit has a code.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING

from bhxh_cli.datafile.checks import CheckContext, unit_path
from bhxh_cli.datafile.rules import problem
from bhxh_cli.domain.units import UnitRef, provinces, walk
from bhxh_cli.errors import Position, Problem
from bhxh_cli.messages import Message

if TYPE_CHECKING:
    from bhxh_cli.registry.model import RegistryUnit

LEVEL_WORDS = {
    "province": Message("registry.level.province"),
    "district": Message("registry.level.district"),
    "commune": Message("registry.level.commune"),
}
MAP_WORDS = {"2020": Message("registry.map.2020"), "2025": Message("registry.map.2025")}


def registry_codes(ctx: CheckContext) -> Iterator[Problem]:
    """Each unit's code must be a unit of its period's registry, of the unit's name, and a
    sub-unit's a unit of the province its province's code names."""
    if not any(ref.unit.code for ref in ctx.units):
        return
    from bhxh_cli.registry.lookup import day_of_map, names_match, period_map
    from bhxh_cli.registry.model import load_registry, sub_level

    registry = load_registry()
    for province in provinces(ctx.data):
        map_id = period_map(province.unit)
        day = day_of_map(map_id, ctx.today)
        for ref in walk(province, depth=1):
            code = ref.unit.code
            if code is None:
                continue
            level = "province" if ref is province else sub_level(map_id)
            found = registry.unit(map_id, level, code)
            at = ctx.at((*unit_path(ref), "code"))
            if found is None:
                message = Message(
                    "check.code_unknown",
                    code=repr(code),
                    level=LEVEL_WORDS[level],
                    map=MAP_WORDS[map_id],
                )
                hint = Message("check.code_unknown.hint", day=day)
                yield problem("registry-code", at, message, hint)
            elif not names_match(ref.unit.name, found):
                yield _other_name(at, ref, found.full_name_on(day), MAP_WORDS[map_id])
            elif ref is not province and province.unit.code not in (None, found.province):
                yield _elsewhere(at, ref, found, day)


def _other_name(at: Position, ref: UnitRef, registry_name: str, map_word: Message) -> Problem:
    message = Message(
        "check.code_other",
        code=repr(ref.unit.code or ""),
        registry_name=registry_name,
        map=map_word,
        name=repr(ref.unit.name),
    )
    hint = Message("check.code_other.hint", registry_name=registry_name)
    return problem("registry-code", at, message, hint)


def _elsewhere(at: Position, ref: UnitRef, found: RegistryUnit, day: date) -> Problem:
    """A sub-unit whose code is a unit of another province than its own's code."""
    from bhxh_cli.registry.model import load_registry

    home = load_registry().unit(found.map, "province", found.province or "")
    home_name = home.full_name_on(day) if home else repr(found.province)
    message = Message(
        "check.code_elsewhere",
        code=repr(ref.unit.code or ""),
        registry_name=found.full_name_on(day),
        province=home_name,
    )
    return problem("registry-code", at, message, Message("check.code_elsewhere.hint"))
