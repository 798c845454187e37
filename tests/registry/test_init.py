"""`bhxh init`: a starting data file for every province of both maps, clean as written."""

from __future__ import annotations

import json
from datetime import date

import pytest

from bhxh_cli.datafile.parse import examine
from bhxh_cli.registry.model import load_registry
from tests.conftest import Writer, assert_golden, bhxh

REGISTRY = load_registry()
NEW = [p.slug for p in REGISTRY.provinces("2025")]
OLD = [p.slug for p in REGISTRY.provinces("2020")]
TODAY = date(2026, 12, 1)


def init(*args: str, lang: str = "en") -> str:
    run = bhxh("--lang", lang, "init", *args)
    assert run.exit_code == 0, run.stderr
    return run.stdout


@pytest.mark.parametrize(
    ("slug", "day"), [*((s, "2026-12-01") for s in NEW), *((s, "2025-06-30") for s in OLD)]
)
def test_init_writes_a_file_that_validates_clean_for_all_34_new_and_63_old_provinces(
    slug: str, day: str
) -> None:
    text = init(slug, "--on", day)
    examined = examine(text, f"{slug}.yaml", TODAY)
    assert examined.problems == [], examined.problems[:3]
    assert examined.data is not None
    province = examined.data.provinces[slug]
    [registry_province] = [
        p for p in REGISTRY.provinces("2025" if day > "2025-07" else "2020") if p.slug == slug
    ]
    assert len(province.units) == len(REGISTRY.sub_units(registry_province))
    assert all(unit.code for unit in province.units.values())


def test_init_can_tho_lists_103_communes_72_xa_31_phuong_and_its_old_provinces() -> None:
    examined = examine(init("can-tho", "--on", "2026-12-01"), "can-tho.yaml", TODAY)
    assert examined.data is not None
    provinces = examined.data.provinces
    assert len(provinces["can-tho"].units) == 103
    assert provinces["can-tho"].code == "92"
    for old in ("hau-giang", "soc-trang"):
        assert provinces[old].merged_into == "can-tho"
        assert provinces[old].merged_on == date(2025, 7, 1)


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_golden_init_can_tho_and_hau_giang_before_the_merger(lang: str) -> None:
    assert_golden(f"init_can_tho.{lang}.txt", init("can-tho", "--on", "2026-12-01", lang=lang))
    assert_golden(
        f"init_hau_giang_2025_06_30.{lang}.txt", init("hau-giang", "--on", "2025-06-30", lang=lang)
    )


def test_the_old_provinces_of_an_init_file_add_up_with_merged(write_yaml: Writer) -> None:
    text = init("can-tho", "--on", "2026-12-01")
    snapshot = "    actuals:\n      - {{as_of: 2025-06-30, bhyt: {n}}}\n"
    for slug, count in (("can-tho", 100), ("hau-giang", 20), ("soc-trang", 3)):
        at = text.index(f"\n  {slug}:\n") + len(f"\n  {slug}:\n")
        line_end = text.index("\n", text.index("code:", at)) + 1
        text = text[:line_end] + snapshot.format(n=count) + text[line_end:]
    path = write_yaml(text)
    run = bhxh("coverage", "-p", "can-tho", "--merged", "--format", "json", "--data", str(path))
    assert run.exit_code == 0, run.stderr
    [row] = json.loads(run.stdout)["rows"]
    assert row["participants"] == 123


def test_a_name_without_diacritics_or_a_code_names_the_province() -> None:
    assert init("Can Tho", "--on", "2026-12-01") == init("92", "--on", "2026-12-01")


def test_a_level_the_map_of_the_day_lacks_is_a_usage_error() -> None:
    run = bhxh("init", "can-tho", "--on", "2026-12-01", "--level", "districts")
    assert run.exit_code == 2
    assert "no districts on the map of 2026-12-01" in run.stderr
    run = bhxh("init", "hau-giang", "--on", "2025-06-30", "--level", "communes")
    assert run.exit_code == 2
    assert init("hau-giang", "--on", "2025-06-30", "--level", "districts")


def test_a_province_not_on_the_map_of_the_day_is_a_usage_error_with_a_hint() -> None:
    run = bhxh("init", "hau-giang", "--on", "2025-07-01")
    assert run.exit_code == 2
    assert "no province 'hau-giang' on the map of 2025-07-01" in run.stderr
    assert "bhxh provinces --registry --on 2025-07-01" in run.stderr


def test_names_that_yaml_would_misread_are_quoted() -> None:
    from bhxh_cli.render.starter import scalar

    assert scalar("Ninh Kiều") == "Ninh Kiều"
    assert scalar("Ea H'Leo") == '"Ea H\'Leo"'
    assert scalar("2 Bảo Lộc") == '"2 Bảo Lộc"'
    assert scalar("Yes: no") == '"Yes: no"'


@pytest.mark.parametrize(
    ("slug", "says"),
    [
        ("hau-giang", "On 2025-07-01 Hậu Giang became part of Thành phố Cần Thơ"),
        ("can-tho", "On 2025-07-01 Hậu Giang, Sóc Trăng merged into Cần Thơ, which became"),
        ("cao-bang", "From 2025-07-01 Cao Bằng is Tỉnh Cao Bằng, with communes in place of"),
    ],
)
def test_an_old_province_says_what_it_became_on_2025_07_01(slug: str, says: str) -> None:
    header = " ".join(
        line.removeprefix("# ") for line in init(slug, "--on", "2025-06-30").splitlines()[:9]
    )
    assert says in header
