"""Build src/bhxh_cli/data/registry.json, the administrative registry bhxh ships, from the
sources in scripts/registry/ (see scripts/registry/README.md for what each one is):

- units-before-2025.json: the 63 provinces and 705 district-level units of the old map (2020
  vintage), in force until 30 June 2025;
- communes-2025.json: the 34 provinces and 3,321 communes of 1 July 2025 onward, as a dataset
  of 25 July 2026 names them;
- mergers-2025.md: which old provinces formed each new one (Resolution 202/2025/QH15), and the
  commune counts of 1 July 2025 that the build checks;
- changes-after-2025-07-01.json: the dated changes since, as mergers-2025.md reports them.

Run `python scripts/build_registry.py` after changing a source; tests/registry/test_build.py
rebuilds the file and compares it with the committed one byte for byte. The build stops with a
message when the sources disagree with each other (a count, a code, a type).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from bhxh_cli.domain.names import fold

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "scripts" / "registry"
OUTPUT = ROOT / "src" / "bhxh_cli" / "data" / "registry.json"

MAP_CHANGE = "2025-07-01"  # the day the new map took effect
MAP_RESOLUTION = "202/2025/QH15"
DATASET_DAY = "2026-07-25"  # the vintage of communes-2025.json

# The prefix of each administrative type, as full names write it.
PREFIX = {
    "tinh": "Tỉnh",
    "thanh-pho": "Thành phố",
    "quan": "Quận",
    "huyen": "Huyện",
    "thi-xa": "Thị xã",
    "xa": "Xã",
    "phuong": "Phường",
    "dac-khu": "Đặc khu",
}
TYPE_OF_PREFIX = {fold(prefix): kind for kind, prefix in PREFIX.items()}

RULES = [
    "Dates: each map has `took_effect`, its first day, with the resolution that decided it; a "
    "map ends the day the next one takes effect, by that resolution. The old map has "
    "`took_effect` null: it was in force before this registry begins (2020 vintage), from a "
    "day the registry does not record. A unit's `changes` are dated the same way.",
    "A change whose day the sources do not give has `on` null and `in_force_by`, the day of the "
    "first dataset that shows it (2026-07-25): the registry applies it from that day (before "
    "it, the registry cannot say the change was in force) and says that its day is not known. "
    "No date is invented.",
    "Codes are national statistics codes and are reused across maps (15 was Yên Bái and is Lào "
    "Cai): a code is read together with the map of its day (`map`).",
    "Slugs are the folded bare name (no diacritics, lowercase, hyphens); where two units of one "
    "province fold to the same bare name, each takes its folded full name "
    "(thi-xa-long-my, huyen-long-my), and where the full names fold alike too, the folded bare "
    "name and the code (loc-thanh-25280); a bare name of digits only takes the full name "
    "(quan-1).",
    "Full names are rebuilt from the type's prefix and the bare name, so that one spelling of "
    "a prefix is used throughout ('xã Bắc Sơn' in communes-2025.json is 'Xã Bắc Sơn').",
    "Old districts and communes were sometimes split between several new communes: an old "
    "unit maps cleanly only to its new province (`merged_into` of old provinces).",
]


class SourceError(Exception):
    """The sources disagree with each other or with what the build expects."""


def split_full_name(full: str, kinds: dict[str, str]) -> tuple[str, str]:
    """(type, bare name) of a full name such as 'Xã Tân An'; any case of the prefix."""
    for kind, prefix in sorted(kinds.items(), key=lambda item: -len(item[1])):
        if full.lower().startswith(prefix.lower() + " "):
            return kind, full[len(prefix) + 1 :].strip()
    raise SourceError(f"no administrative prefix in {full!r}")


def with_slugs(units: list[dict[str, Any]]) -> None:
    """Give each unit of one province (or each province) a slug of its own (see RULES)."""
    bare = Counter(fold(unit["name"]) for unit in units)
    for unit in units:
        folded = fold(unit["name"])
        digits = unit["name"].isdigit()
        unit["slug"] = fold(unit["full_name"]) if bare[folded] > 1 or digits else folded
    slugs = Counter(unit["slug"] for unit in units)
    for unit in units:
        if slugs[unit["slug"]] > 1:  # names of one type that fold alike: Lộc Thạnh, Lộc Thành
            unit["slug"] = f"{fold(unit['name'])}-{unit['code']}"
    if len({unit["slug"] for unit in units}) != len(units):
        raise SourceError("slugs still repeat")


# The fields of a unit, in the order of each row of `units`; `changes` holds rows of
# [on, in_force_by, new type, resolution]. A unit's dates are those of its map (`maps`).
FIELDS = ["map", "level", "code", "province", "slug", "name", "type", "merged_into", "changes"]


def unit_record(**fields: Any) -> dict[str, Any]:
    """A unit with every field of FIELDS (None or [] when not given)."""
    unknown = set(fields) - {*FIELDS, "full_name"}  # the full name is the build's own
    if unknown:
        raise SourceError(f"unknown fields {unknown}")
    record: dict[str, Any] = dict.fromkeys(FIELDS)
    record["changes"] = []
    record.update(fields)
    return record


def old_map(source: dict[str, Any]) -> list[dict[str, Any]]:
    """The 63 provinces and 705 district-level units, in force until 30 June 2025."""
    provinces = [
        unit_record(
            map="2020",
            level="province",
            code=p["code"],
            name=p["name"],
            full_name=f"{PREFIX[p['type']]} {p['name']}",
            type=p["type"],
        )
        for p in source["provinces"]
    ]
    with_slugs(provinces)
    units = []
    for province in provinces:
        units.append(province)
        districts = [
            unit_record(
                map="2020",
                level="district",
                code=d["code"],
                province=province["code"],
                name=d["name"],
                full_name=f"{PREFIX[d['type']]} {d['name']}",
                type=d["type"],
            )
            for d in source["districts"]
            if d["province_code"] == province["code"]
        ]
        with_slugs(districts)
        units.extend(districts)
    return units


def new_map(source: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The 34 provinces and 3,321 communes as the dataset of 2026-07-25 names them."""
    province_kinds = {k: PREFIX[k] for k in ("tinh", "thanh-pho")}
    commune_kinds = {k: PREFIX[k] for k in ("xa", "phuong", "dac-khu")}
    provinces = []
    communes: dict[str, list[dict[str, Any]]] = {}
    for p in source:
        kind, name = split_full_name(p["FullName"], province_kinds)
        provinces.append(
            unit_record(
                map="2025",
                level="province",
                code=p["Code"],
                name=name,
                full_name=f"{PREFIX[kind]} {name}",
                type=kind,
            )
        )
        found = []
        for w in p["Wards"]:
            if w["ProvinceCode"] != p["Code"]:
                raise SourceError(f"commune {w['Code']} outside its province")
            kind, name = split_full_name(w["FullName"], commune_kinds)
            found.append(
                unit_record(
                    map="2025",
                    level="commune",
                    code=w["Code"],
                    province=p["Code"],
                    name=name,
                    full_name=f"{PREFIX[kind]} {name}",
                    type=kind,
                )
            )
        with_slugs(found)
        communes[p["Code"]] = found
    with_slugs(provinces)
    return [unit for p in provinces for unit in (p, *communes[p["code"]])]


def apply_changes(units: list[dict[str, Any]], changes: list[dict[str, Any]]) -> None:
    """Record each change on its units. The dataset shows the units as they were on its day:
    a change in force by then is undone to give the type of 1 July 2025, and kept as a change."""
    by_key = {(u["level"], u["code"]): u for u in units if u["map"] == "2025"}
    for change in changes:
        day = change["on"]
        shown_after = day is None or day <= DATASET_DAY
        for code in change["codes"]:
            unit = by_key.get((change["level"], code))
            if unit is None:
                raise SourceError(f"change {change['resolution']}: no {change['level']} {code}")
            expected = change["to_type"] if shown_after else change["from_type"]
            if unit["type"] != expected:
                raise SourceError(f"{code}: type {unit['type']}, the change says {expected}")
            unit["type"] = change["from_type"]
            unit["full_name"] = f"{PREFIX[change['from_type']]} {unit['name']}"
            unit["changes"].append(
                [
                    day,
                    DATASET_DAY if day is None else None,
                    change["to_type"],
                    change["resolution"],
                ]
            )


MERGER_ROW = re.compile(
    r"^\| (\d\d) \| ([^|]+) \| ([^|]+) \| ([^|]+) \| (\d+) \((\d+)/(\d+)/(\d+)\) \|$"
)


def read_mergers(text: str) -> list[dict[str, Any]]:
    """The rows of the table of mergers-2025.md: new code, name, later change, old codes,
    commune counts."""
    rows = []
    for line in text.splitlines():
        found = MERGER_ROW.match(line)
        if found:
            code, name, later, members, total, xa, phuong, dac_khu = found.groups()
            rows.append(
                {
                    "code": code,
                    "name": name.strip(),
                    "later": later.strip(),
                    "members": [m.split(":")[0].strip().zfill(2) for m in members.split(";")],
                    "counts": {
                        "xa": int(xa),
                        "phuong": int(phuong),
                        "dac-khu": int(dac_khu),
                    },
                    "total": int(total),
                }
            )
    return rows


def apply_mergers(units: list[dict[str, Any]], mergers: list[dict[str, Any]], notes: str) -> None:
    """Each old province's `merged_into`; and the checks that the sources agree."""
    old = {u["code"]: u for u in units if u["map"] == "2020" and u["level"] == "province"}
    new = {u["code"]: u for u in units if u["map"] == "2025" and u["level"] == "province"}
    if len(mergers) != len(new) or {row["code"] for row in mergers} != set(new):
        raise SourceError("mergers-2025.md and communes-2025.json list different provinces")
    for row in mergers:
        province = new[row["code"]]
        if fold(row["name"]) != fold(province["full_name"]):
            raise SourceError(f"{row['code']}: {row['name']} is {province['full_name']}")
        kinds = Counter(
            u["type"] for u in units if u["level"] == "commune" and u["province"] == row["code"]
        )
        if dict(kinds) != {k: n for k, n in row["counts"].items() if n}:
            raise SourceError(f"{row['code']}: communes {dict(kinds)}, expected {row['counts']}")
        if row["later"] != "—" and not province["changes"]:
            raise SourceError(f"{row['code']}: a later change that no change entry records")
        for member in row["members"]:
            if old[member]["merged_into"] is not None:
                raise SourceError(f"old province {member} is in two new ones")
            old[member]["merged_into"] = row["code"]
    missing = [code for code, unit in old.items() if unit["merged_into"] is None]
    if missing:
        raise SourceError(f"old provinces in no new one: {missing}")
    for unit in new.values():
        for change in unit["changes"]:
            if change[3] not in notes:
                raise SourceError(f"{change[3]} is not in mergers-2025.md")


def build() -> str:
    """The text of registry.json."""
    before = json.loads((SOURCES / "units-before-2025.json").read_text(encoding="utf-8"))
    after = json.loads((SOURCES / "communes-2025.json").read_text(encoding="utf-8"))
    notes = (SOURCES / "mergers-2025.md").read_text(encoding="utf-8")
    changes = json.loads((SOURCES / "changes-after-2025-07-01.json").read_text(encoding="utf-8"))[
        "changes"
    ]
    units = old_map(before) + new_map(after)
    apply_changes(units, changes)
    apply_mergers(units, read_mergers(notes), notes)
    about = {
        "built_by": "scripts/build_registry.py",
        "sources": {
            "units-before-2025.json": before["source"],
            "communes-2025.json": "thanglequoc/vietnamese-provinces-database, dataset of "
            f"{DATASET_DAY} (MIT)",
            "mergers-2025.md": "Resolution 202/2025/QH15 and the changes reported since "
            "(not checked against the gazette)",
        },
        "rules": RULES,
    }
    maps = [
        {"map": "2020", "took_effect": None, "took_effect_by": None},
        {"map": "2025", "took_effect": MAP_CHANGE, "took_effect_by": MAP_RESOLUTION},
    ]
    rows = [json.dumps([unit[f] for f in FIELDS], ensure_ascii=False) for unit in units]
    parts = [
        '{"about": ' + json.dumps(about, ensure_ascii=False, indent=1),
        '"maps": ' + json.dumps(maps, ensure_ascii=False),
        '"fields": ' + json.dumps(FIELDS),
        '"units": [\n' + ",\n".join(rows) + "\n]}\n",
    ]
    return ",\n".join(parts)


def main() -> int:
    """Write registry.json; `--check` compares instead and fails when it differs."""
    try:
        text = build()
    except SourceError as err:
        print(f"build_registry: {err}", file=sys.stderr)
        return 1
    if "--check" in sys.argv[1:]:
        same = OUTPUT.read_text(encoding="utf-8") == text
        print("registry.json is up to date" if same else "registry.json differs: rebuild it")
        return 0 if same else 1
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)}: {len(text.encode()):,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
