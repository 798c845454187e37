"""The registry's sub-units of a data file's province by folded name (what `bhxh import` looks
names up in): the same units `find_units` finds within the province, for every way a name is
typed, on both maps."""

from __future__ import annotations

from datetime import date

import pytest

from bhxh_cli.domain.data import Unit
from bhxh_cli.domain.units import UnitRef
from bhxh_cli.registry.lookup import find_units, named_among, province_names, province_on
from bhxh_cli.registry.model import load_registry

ABBREVIATIONS = {"Thành phố": "TP.", "Thị xã": "TX.", "Huyện": "H.", "Phường": "P.", "Xã": "X."}


def typings(full: str, bare: str, slug: str) -> list[str]:
    short = [full.replace(word, abbr, 1) for word, abbr in ABBREVIATIONS.items() if word in full]
    return [full, bare, slug, full.upper(), *short, "Nowhere", "Long Mỹ"]


@pytest.mark.parametrize(
    ("slug", "name", "code", "day"),
    [
        ("hau-giang", "Hậu Giang", "93", date(2025, 6, 30)),
        ("can-tho", "Cần Thơ", None, date(2025, 7, 31)),
        ("quang-ngai", "Quảng Ngãi", "51", date(2025, 7, 31)),
    ],
)
def test_names_are_the_units_find_units_finds_within_the_province(
    slug: str, name: str, code: str | None, day: date
) -> None:
    province = UnitRef(slug, Unit(name=name, code=code))
    within = province_on(province, day)
    assert within is not None
    names = province_names(province, day)
    for unit in load_registry().sub_units(within):
        for typed in typings(unit.full_name_on(day), unit.name, unit.slug):
            assert named_among(names, typed) == find_units(typed, day, within=within), typed


def test_a_province_code_of_another_map_is_not_read_on_this_one() -> None:
    """15 was Yên Bái until 30 June 2025 and is Lào Cai since: a file's Yên Bái (old map, by
    its merger) is found on the new map by its name, and there is none."""
    yen_bai = UnitRef(
        "yen-bai",
        Unit(name="Yên Bái", code="15", merged_into="lao-cai", merged_on=date(2025, 7, 1)),
    )
    before = province_on(yen_bai, date(2025, 6, 30))
    assert before is not None
    assert before.name == "Yên Bái"
    assert province_on(yen_bai, date(2025, 7, 31)) is None
