"""`bhxh init`: a starting data file written as YAML, its comments in the user's language.

Every value is written so that the reader takes it as text where text is meant: codes always
in quotes ("01" would otherwise be the number 1), a name in quotes when a YAML character in it
could change its meaning.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING

from bhxh_cli.i18n import Lang, text
from bhxh_cli.registry.model import NEW_MAP_DAY, NEW_MAP_RESOLUTION, PREFIX, RegistryUnit
from bhxh_cli.registry.starter import Starter

if TYPE_CHECKING:
    from bhxh_cli.messages import Value

# A plain YAML scalar is safe when it starts with a letter and holds none of the characters
# that flow mappings, comments, anchors or quotes give a meaning to.
_PLAIN = re.compile(r"^[^\W\d_][^:#,\[\]{}&*!|>'\"%@`\\]*$")


def scalar(value: str) -> str:
    """A name as YAML reads it back as that text: plain when safe, else double-quoted."""
    if _PLAIN.match(value) and value == value.strip():
        return value
    return json.dumps(value, ensure_ascii=False)


def code(value: str) -> str:
    """A code in double quotes: YAML would read `01` as the number 1."""
    return json.dumps(value)


# Comment lines are wrapped to fit an editor's window.
COMMENT_WIDTH = 96


def _comments(line: str, indent: str = "") -> list[str]:
    import textwrap

    width = COMMENT_WIDTH - len(indent) - 2
    return [f"{indent}# {part}" for part in textwrap.wrap(line, width, break_on_hyphens=False)]


def type_word(kind: str) -> str:
    """An administrative type in words, "xã", "thành phố": the same in every language."""
    return PREFIX[kind].lower()


def type_words(counts: dict[str, int]) -> str:
    """`72 xã, 31 phường`: each type's count and word."""
    return ", ".join(f"{n} {type_word(kind)}" for kind, n in counts.items())


def _header(start: Starter, lang: Lang) -> list[str]:
    province = start.province
    full = province.full_name_on(start.on)
    map_key = "init.map_new" if province.map == "2025" else "init.map_old"
    counts = start.counts()
    lines = [
        text("init.header", lang, name=full, day=start.on),
        text("init.written_by", lang, command=start.command),
        text(map_key, lang, day=NEW_MAP_DAY, resolution=NEW_MAP_RESOLUTION),
        text(
            "init.counts",
            lang,
            count=len(start.units),
            level=text(f"init.level.{start.level}", lang),
            types=type_words(counts),
        ),
        text("init.example", lang),
    ]
    if start.successor is not None:
        lines.append(_successor(start, lang))
    return [wrapped for line in lines for wrapped in _comments(line)]


def _successor(start: Starter, lang: Lang) -> str:
    """What became of an old province on 1 July 2025: part of another, the survivor of a
    merger, or the same territory on the new map."""
    assert start.successor is not None
    province = start.province
    values: dict[str, Value] = {
        "name": province.name,
        "day": NEW_MAP_DAY,
        "successor": start.successor.full_name_on(NEW_MAP_DAY),
        "resolution": NEW_MAP_RESOLUTION,
    }
    if not start.partners:
        return text("init.successor_kept", lang, **values)
    if start.successor.slug == province.slug:
        partners = tuple(partner.name for partner in start.partners)
        return text("init.successor_same", lang, partners=partners, **values)
    return text("init.successor", lang, **values)


def _example(start: Starter, lang: Lang) -> list[str]:
    """A commented snapshot and target under the province: the shape, no figure."""
    year = start.on.year
    example = [
        "actuals:",
        f"  - as_of: {start.on.isoformat()}",
        "    bhxh: 0",
        "    bhyt: 0",
        f"    source: {text('init.example_source', lang)}",
        "targets:",
        f"  - period: {year}",
        "    bhxh: {rate: 40}",
        "    bhyt: {rate: 95}",
        f"    source: {text('init.example_plan', lang)}",
    ]
    return [f"    # {line}" for line in example]


def _unit_line(unit: RegistryUnit) -> str:
    return f"      {unit.slug}: {{name: {scalar(unit.label)}, code: {code(unit.code)}}}"


def _members(start: Starter, lang: Lang) -> list[str]:
    if not start.members:
        return []
    note = text(
        "init.members",
        lang,
        name=start.province.name,
        day=NEW_MAP_DAY,
        resolution=NEW_MAP_RESOLUTION,
        slug=start.province.slug,
    )
    lines = _comments(note, "  ")
    for member in start.members:
        lines += [
            f"  {member.slug}:",
            f"    name: {scalar(member.label)}",
            f"    code: {code(member.code)}",
            f"    merged_into: {start.province.slug}",
            f"    merged_on: {NEW_MAP_DAY.isoformat()}",
        ]
    return lines


def starter_yaml(start: Starter, lang: Lang) -> str:
    """The starting data file: it validates clean as written."""
    province = start.province
    lines = [
        *_header(start, lang),
        "version: 1",
        "provinces:",
        f"  {province.slug}:",
        f"    name: {scalar(province.label)}",
        f"    code: {code(province.code)}",
        *_example(start, lang),
        "    units:",
        *(_unit_line(unit) for unit in start.units),
        *_members(start, lang),
    ]
    return "\n".join(lines) + "\n"
