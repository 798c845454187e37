"""Every coverage figure of the seed articles, computed from the shipped data file."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from bhxh_cli.coverage.report import CoverageReport, CoverageRow, unit_coverage
from bhxh_cli.datafile import load
from bhxh_cli.domain.schemes import Scheme
from bhxh_cli.domain.units import resolve
from tests.conftest import DATA, bhxh


def report(path: str, period: str | None = None) -> CoverageReport:
    return unit_coverage(resolve(load(str(DATA)).data, path), None, period)


def row(rep: CoverageReport, scheme: Scheme) -> CoverageRow:
    return next(r for r in rep.rows if r.scheme == scheme)


def test_vinh_long_982000_insured_are_95_4_percent_of_the_population() -> None:
    health = row(report("vinh-long"), Scheme.BHYT)
    assert health.participants == 982000
    assert health.coverage_rate == Decimal("95.40")


def test_vinh_long_2025_health_target_95_6_needs_984059_that_is_2059_more() -> None:
    health = row(report("vinh-long"), Scheme.BHYT)
    assert health.required == 984059
    assert health.gap == 2059
    assert health.surplus == 0


def test_vinh_long_170000_in_social_insurance_are_35_percent_of_the_labour_force() -> None:
    social = row(report("vinh-long"), Scheme.BHXH)
    assert social.participants == 170000
    assert social.coverage_rate == Decimal("35.00")


def test_vinh_long_2025_social_target_40_needs_194286_that_is_24286_more() -> None:
    social = row(report("vinh-long"), Scheme.BHXH)
    assert social.required == 194286
    assert social.gap == 24286


def test_vinh_long_29000_voluntary_have_no_2025_target_of_their_own() -> None:
    voluntary = row(report("vinh-long"), Scheme.BHXH_TU_NGUYEN)
    assert voluntary.participants == 29000
    assert voluntary.target is None
    assert voluntary.required is None


def test_vinh_long_default_period_is_2025_the_first_ending_after_the_snapshot() -> None:
    rep = report("vinh-long")
    assert [period.id for period in rep.periods] == ["2025"]
    assert {r.when.period.id for r in rep.rows if r.when.period} == {"2025"}
    assert rep.as_of is not None
    assert rep.as_of.isoformat() == "2024-12-31"


@pytest.mark.parametrize(
    ("scheme", "actual", "shown"),
    [
        (Scheme.BHXH_BAT_BUOC, 143013, "92.62"),
        (Scheme.BHXH_TU_NGUYEN, 18590, "49.68"),
        (Scheme.BHTN, 135876, "92.36"),
        (Scheme.BHYT, 1065565, "90.20"),
    ],
)
def test_can_tho_first_four_months_2024_percent_of_yearly_plan(
    scheme: Scheme, actual: int, shown: str
) -> None:
    got = row(report("can-tho", "2024"), scheme)
    assert got.participants == actual
    assert got.percent_of_target == Decimal(shown)


@pytest.mark.parametrize(
    ("scheme", "actual", "shown"),
    [
        (Scheme.BHXH_BAT_BUOC, 2882, "90.06"),
        (Scheme.BHXH_TU_NGUYEN, 1530, "53.55"),
        (Scheme.BHYT, 85254, "79.43"),
    ],
)
def test_thoi_lai_first_four_months_2024_percent_of_plan(
    scheme: Scheme, actual: int, shown: str
) -> None:
    got = row(report("can-tho/thoi-lai", "2024"), scheme)
    assert got.participants == actual
    assert got.percent_of_target == Decimal(shown)


def test_can_tho_phase_1_targets_28883_voluntary_and_1057188_health() -> None:
    rep = report("can-tho", "2024-H1")
    assert row(rep, Scheme.BHXH_TU_NGUYEN).required == 28883
    assert row(rep, Scheme.BHYT).required == 1057188
    assert row(rep, Scheme.BHYT).surplus == 1065565 - 1057188


def test_can_tho_social_insurance_is_the_sum_of_its_parts_and_marked_derived() -> None:
    social = row(report("can-tho", "2024"), Scheme.BHXH)
    assert social.participants == 143013 + 18590
    assert social.derived


def test_hau_giang_1365_leaders_need_683_voluntary_and_1365_health() -> None:
    rep = report("hau-giang/hoi-nong-dan")
    assert row(rep, Scheme.BHXH_TU_NGUYEN).required == 683
    assert row(rep, Scheme.BHYT).required == 1365


def test_hau_giang_has_its_8_district_level_units_with_names_only() -> None:
    ref = resolve(load(str(DATA)).data, "hau-giang")
    areas = [u for u in ref.unit.units.values() if u.kind == "area"]
    assert len(areas) == 8
    assert all(not u.actuals and not u.targets for u in areas)


def test_can_tho_has_its_9_districts() -> None:
    ref = resolve(load(str(DATA)).data, "can-tho")
    assert sum(1 for u in ref.unit.units.values() if u.kind == "area") == 9


def test_can_tho_womens_union_new_voluntary_415_a_year_is_a_flow_never_compared_with_a_stock() -> (
    None
):
    rep = report("can-tho/hoi-phu-nu", "2023")
    voluntary = row(rep, Scheme.BHXH_TU_NGUYEN)
    assert voluntary.target is not None
    assert (voluntary.target.kind, voluntary.target.value) == ("new", 415)
    assert voluntary.required is None
    household = row(rep, Scheme.BHYT_HO_GIA_DINH)
    assert household.target is not None
    assert household.target.value == Decimal("93")


def test_lam_dong_campaign_184_voluntary_and_368_household_in_10_days() -> None:
    rep = report("lam-dong")
    assert [period.days for period in rep.periods] == [10]
    assert row(rep, Scheme.BHXH_TU_NGUYEN).target.value == 184  # type: ignore[union-attr]
    assert row(rep, Scheme.BHYT_HO_GIA_DINH).target.value == 368  # type: ignore[union-attr]


def test_json_matches_the_documented_shape() -> None:
    run = bhxh("coverage", "--province", "vinh-long", "--format", "json")
    assert run.exit_code == 0
    doc = json.loads(run.stdout)
    health = next(r for r in doc["rows"] if r["scheme"] == "bhyt")
    assert health == {
        "scheme": "bhyt",
        "participants": 982000,
        "denominator": "population",
        "denominator_value": 1029350,
        "coverage_rate": 95.4,
        "target": {"kind": "rate", "value": 95.6},
        "required": 984059,
        "gap": 2059,
        "surplus": 0,
        "percent_of_target": 99.79,
        "period": "2025",
        "as_of": "2024-12-31",
        "denominator_source": "unit",
        "target_name": "chỉ tiêu năm 2025",
        "period_closed": True,  # seen from today; with --as-of 2024-12-31 it is not
        "uncovered_days": 365,
    }
    assert (doc["unit"], doc["name"], doc["as_of"], doc["periods"]) == (
        "vinh-long",
        "Vĩnh Long",
        "2024-12-31",
        ["2025"],
    )
