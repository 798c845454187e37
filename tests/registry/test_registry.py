"""The registry's facts: the maps before and after 1 July 2025, their dates, names and slugs."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bhxh_cli.registry.listing import registry_provinces
from bhxh_cli.registry.lookup import find_units, names_match, province_of, unit_by_code
from bhxh_cli.registry.model import RegistryUnit, load_registry
from tests.conftest import ROOT

NEW_MAP = date(2025, 7, 1)
EVE = date(2025, 6, 30)
REGISTRY = load_registry()


def types_on(code: str, day: date) -> Counter[str]:
    province = unit_by_code(code, day, "province")
    assert province is not None
    return Counter(unit.type_on(day) for unit in REGISTRY.sub_units(province))


def test_34_provinces_and_3321_communes_2621_xa_687_phuong_13_dac_khu_on_2025_07_01() -> None:
    provinces = REGISTRY.provinces("2025")
    assert len(provinces) == 34
    kinds = sum((types_on(p.code, NEW_MAP) for p in provinces), Counter())
    assert sum(kinds.values()) == 3321
    assert kinds == Counter({"xa": 2621, "phuong": 687, "dac-khu": 13})


def test_63_provinces_and_705_districts_before() -> None:
    provinces = REGISTRY.provinces("2020")
    assert len(provinces) == 63
    assert sum(len(REGISTRY.sub_units(p)) for p in provinces) == 705
    assert registry_provinces(REGISTRY, EVE).map == "2020"
    assert len(registry_provinces(REGISTRY, NEW_MAP).entries) == 34


def _mergers_table() -> dict[str, set[str]]:
    """mergers-2025.md read on its own: new code -> the old codes it was formed from."""
    text = (ROOT / "scripts" / "registry" / "mergers-2025.md").read_text(encoding="utf-8")
    table = {}
    for line in text.splitlines():
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        if len(cells) == 5 and re.fullmatch(r"\d\d", cells[0]):
            table[cells[0]] = {part.split(":")[0].strip().zfill(2) for part in cells[3].split(";")}
    return table


def test_each_of_the_63_old_provinces_maps_to_exactly_one_new_one_as_in_mergers_2025() -> None:
    table = _mergers_table()
    assert len(table) == 34
    olds = REGISTRY.provinces("2020")
    assert sorted(code for members in table.values() for code in members) == sorted(
        p.code for p in olds
    )
    for old in olds:
        new = REGISTRY.successor(old)
        assert new is not None and old.code in table[new.code], old
        assert old.ended_on == NEW_MAP and old.ended_by == "202/2025/QH15"


def test_can_tho_is_can_tho_hau_giang_and_soc_trang_with_103_communes_72_xa_31_phuong() -> None:
    [can_tho] = province_of("Cần Thơ", NEW_MAP)
    assert [m.slug for m in REGISTRY.members(can_tho)] == ["can-tho", "hau-giang", "soc-trang"]
    assert types_on(can_tho.code, NEW_MAP) == Counter({"xa": 72, "phuong": 31})
    assert can_tho.took_effect == NEW_MAP and can_tho.took_effect_by == "202/2025/QH15"


def test_a_code_is_read_with_its_day_15_was_yen_bai_and_is_lao_cai() -> None:
    assert unit_by_code("15", EVE).name == "Yên Bái"  # type: ignore[union-attr]
    assert unit_by_code("15", NEW_MAP).name == "Lào Cai"  # type: ignore[union-attr]
    assert unit_by_code("936", EVE).full_name_on(EVE) == "Huyện Long Mỹ"  # type: ignore[union-attr]
    assert unit_by_code("936", NEW_MAP) is None  # no districts after 1 July 2025


@pytest.mark.parametrize(
    ("code", "day_before", "day_of", "resolution"),
    [
        ("22", date(2026, 8, 31), date(2026, 9, 1), "36/2026/QH16"),  # Quảng Ninh
        ("24", date(2026, 9, 19), date(2026, 9, 20), "39/2026/QH16"),  # Bắc Ninh
    ],
)
def test_the_2026_cities_take_effect_on_their_day(
    code: str, day_before: date, day_of: date, resolution: str
) -> None:
    province = unit_by_code(code, day_of)
    assert province is not None
    assert province.type_on(day_before) == "tinh"
    assert province.type_on(day_of) == "thanh-pho"
    assert province.full_name_on(day_of).startswith("Thành phố ")
    assert [(c.on, c.resolution) for c in province.changes] == [(day_of, resolution)]


def test_dong_nai_city_has_no_known_day_and_is_applied_from_the_dataset_that_shows_it() -> None:
    dong_nai = unit_by_code("75", NEW_MAP)
    assert dong_nai is not None
    [change] = dong_nai.changes
    assert change.on is None and change.in_force_by == date(2026, 7, 25)
    assert change.resolution == "30/2026/QH16"
    assert dong_nai.type_on(date(2026, 7, 24)) == "tinh"
    assert dong_nai.type_on(date(2026, 7, 25)) == "thanh-pho"


def test_ten_dong_nai_xa_become_phuong_on_2026_04_30() -> None:
    assert types_on("75", date(2026, 4, 29)) == Counter({"xa": 72, "phuong": 23})
    assert types_on("75", date(2026, 4, 30)) == Counter({"xa": 62, "phuong": 33})
    dong_nai = unit_by_code("75", NEW_MAP)
    assert dong_nai is not None
    changed = [u for u in REGISTRY.sub_units(dong_nai) if u.changes]
    assert len(changed) == 10
    assert {c.resolution for u in changed for c in u.changes} == {"237/NQ-UBTVQH16"}


def test_the_shipped_seed_units_keep_their_slugs() -> None:
    from bhxh_cli.datafile import load

    data = load(str(ROOT / "data" / "targets.yaml")).data
    old = {p.slug: p for p in REGISTRY.provinces("2020")}
    for slug, province in data.provinces.items():
        assert slug in old, slug
        assert province.name == old[slug].name
        registry_subs = {u.slug: u for u in REGISTRY.sub_units(old[slug])}
        for sub_slug, unit in province.units.items():
            if unit.kind == "area":
                assert sub_slug in registry_subs, (slug, sub_slug)
                assert names_match(unit.name, registry_subs[sub_slug])  # Bình Thủy, Bình Thuỷ


@pytest.mark.parametrize(
    ("typed", "codes"),
    [
        ("Long Mỹ", {"936", "937"}),  # two units of one bare name
        ("Thị xã Long Mỹ", {"937"}),
        ("tx long my", {"937"}),
        ("Huyen Long My", {"936"}),
        ("thi-xa-long-my", {"937"}),
        ("Vị Thủy", {"935"}),  # the registry writes Vị Thuỷ: tone placement folds
    ],
)
def test_names_fold_and_the_type_tells_two_units_of_one_name_apart(
    typed: str, codes: set[str]
) -> None:
    [hau_giang] = province_of("hau-giang", EVE)
    assert {u.code for u in find_units(typed, EVE, within=hau_giang)} == codes


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("Thanh Hóa", "38"),
        ("thanh hoa", "38"),
        ("TP Cần Thơ", "92"),
        ("Hòa Bình", "17"),
        ("17", "17"),
    ],
)
def test_provinces_by_name_any_tone_placement_or_code(typed: str, code: str) -> None:
    assert [p.code for p in province_of(typed, EVE)] == [code]


def test_names_that_fold_alike_are_told_apart_by_their_diacritics() -> None:
    assert {u.code for u in find_units("Son Ha", NEW_MAP)} == {"21289", "21292"}
    assert [u.code for u in find_units("Sơn Hạ", NEW_MAP)] == ["21292"]
    assert [u.code for u in find_units("quang-ngai/son-ha-21289", NEW_MAP)] == ["21289"]


def test_every_slug_is_unique_within_its_province_and_a_valid_data_file_key() -> None:
    pattern = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
    for map_id in ("2020", "2025"):
        provinces = REGISTRY.provinces(map_id)  # type: ignore[arg-type]
        assert len({p.slug for p in provinces}) == len(provinces)
        for province in provinces:
            subs = REGISTRY.sub_units(province)
            assert len({u.slug for u in subs}) == len(subs)
            assert all(pattern.match(u.slug) for u in (province, *subs))


ALL_SUB_UNITS = [u for u in REGISTRY.units if u.level != "province"]


@given(st.sampled_from(ALL_SUB_UNITS), st.booleans(), st.booleans(), st.booleans())
def test_any_typing_of_a_units_name_finds_it_in_its_province(
    unit: RegistryUnit, strip: bool, upper: bool, with_type: bool
) -> None:
    """Without diacritics, in any case, with or without its type: the unit is among those found
    (two units of one bare name are both found without the type)."""
    import unicodedata

    typed = unit.full_names[0] if with_type else unit.name
    if strip:
        decomposed = unicodedata.normalize("NFD", typed.replace("đ", "d").replace("Đ", "D"))
        typed = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    typed = typed.upper() if upper else typed
    province = REGISTRY.unit(unit.map, "province", unit.province or "")
    day = NEW_MAP if unit.map == "2025" else EVE
    found = find_units(typed, day, within=province)
    assert unit in found
    if with_type:
        assert all(other.type == unit.type for other in found)
