"""Quotas from the articles: Lâm Đồng's staff campaign, Hậu Giang's rally, splits and schedules."""

from __future__ import annotations

from collections import Counter
from dataclasses import astuple
from datetime import date
from pathlib import Path

import pytest
import typer

from bhxh_cli.cli import app
from bhxh_cli.cli.quota_request import OPTIONS, DayOptions, QuotaOptions, build_request
from bhxh_cli.datafile import load
from bhxh_cli.domain.data import DataFile
from bhxh_cli.domain.schemes import Scheme
from bhxh_cli.domain.weight import Weight
from bhxh_cli.errors import QuotaError, UsageError
from bhxh_cli.quota.campaign import campaign_request, plan_days
from bhxh_cli.quota.plan import QuotaPlan, QuotaRequest, SplitOptions, plan_quotas
from tests.conftest import DATA

VOLUNTARY = Scheme.BHXH_TU_NGUYEN
HOUSEHOLD = Scheme.BHYT_HO_GIA_DINH
JULY_22_TO_31 = plan_days(date(2023, 7, 22), date(2023, 7, 31), None)


@pytest.fixture(scope="module")
def shipped() -> DataFile:
    return load(str(DATA)).data


def quotas_of(plan: QuotaPlan, scheme: Scheme) -> dict[str | None, int]:
    return {a.unit: a.quota for a in plan.allocations if a.scheme == scheme}


def daily(plan: QuotaPlan, scheme: Scheme) -> list[int]:
    return [d.quota for d in plan.schedule if d.scheme == scheme]


# --- Lâm Đồng, 22-31 July 2023 ----------------------------------------------------------------


def test_lam_dong_184_staff_times_1_and_2_gives_184_and_368(shipped: DataFile) -> None:
    plan = plan_quotas(shipped, QuotaRequest(staff=184, per_staff={VOLUNTARY: 1, HOUSEHOLD: 2}))
    assert plan.totals() == {VOLUNTARY: 184, HOUSEHOLD: 368}
    assert plan.staff() == 184
    assert [a.unit for a in plan.allocations] == [None, None]


def test_lam_dong_22_to_31_july_is_10_days_both_included() -> None:
    assert len(JULY_22_TO_31) == 10
    assert JULY_22_TO_31[0] == date(2023, 7, 22)
    assert JULY_22_TO_31[-1] == date(2023, 7, 31)


def test_lam_dong_each_day_18_or_19_voluntary_and_36_or_37_household_earlier_days_first(
    shipped: DataFile,
) -> None:
    request = QuotaRequest(staff=184, per_staff={VOLUNTARY: 1, HOUSEHOLD: 2}, days=JULY_22_TO_31)
    plan = plan_quotas(shipped, request)
    assert daily(plan, VOLUNTARY) == [19] * 4 + [18] * 6
    assert daily(plan, HOUSEHOLD) == [37] * 8 + [36] * 2
    assert sum(daily(plan, VOLUNTARY)) == 184
    assert sum(daily(plan, HOUSEHOLD)) == 368
    assert [d.day for d in plan.schedule][::2] == list(JULY_22_TO_31)


def test_lam_dong_campaign_in_the_data_file_reproduces_the_article(shipped: DataFile) -> None:
    plan = plan_quotas(shipped, campaign_request(shipped, "lam-dong-2023-07"))
    assert plan.totals() == {VOLUNTARY: 184, HOUSEHOLD: 368}
    assert quotas_of(plan, VOLUNTARY) == {"lam-dong": 184}
    assert plan.days == list(JULY_22_TO_31)
    assert daily(plan, VOLUNTARY) == [19] * 4 + [18] * 6
    assert plan.sources == ["Báo Lâm Đồng online, 22 Jul 2023"]


# --- Hậu Giang rally, May 2024 ----------------------------------------------------------------


def test_hau_giang_rally_each_of_8_district_units_50_and_100_totals_400_and_800(
    shipped: DataFile,
) -> None:
    plan = plan_quotas(shipped, campaign_request(shipped, "hau-giang-2024-05"))
    voluntary, household = quotas_of(plan, VOLUNTARY), quotas_of(plan, HOUSEHOLD)
    assert len(voluntary) == 8
    assert set(voluntary.values()) == {50}
    assert set(household.values()) == {100}
    assert plan.totals() == {VOLUNTARY: 400, HOUSEHOLD: 800}


def test_hau_giang_farmers_union_group_gets_no_rally_quota(shipped: DataFile) -> None:
    plan = plan_quotas(shipped, campaign_request(shipped, "hau-giang-2024-05"))
    assert "hau-giang/hoi-nong-dan" not in quotas_of(plan, VOLUNTARY)


def test_hau_giang_rally_has_no_invented_date(shipped: DataFile) -> None:
    campaign = shipped.campaigns["hau-giang-2024-05"]
    assert (campaign.start, campaign.end, campaign.days) == (None, None, None)
    assert plan_quotas(shipped, campaign_request(shipped, "hau-giang-2024-05")).schedule == []


def test_a_rally_day_can_be_planned_from_the_command_line(shipped: DataFile) -> None:
    request = build_request(
        shipped, "hau-giang-2024-05", QuotaOptions(), DayOptions(date(2024, 5, 10), days=1)
    )
    plan = plan_quotas(shipped, request)
    assert len(plan.schedule) == 16
    assert {d.quota for d in plan.schedule if d.scheme == VOLUNTARY} == {50}


# --- Cần Thơ: splits over the 9 districts -----------------------------------------------------


def split_request(total: int, weight: Weight = Weight.POPULATION, minimum: int = 0) -> QuotaRequest:
    return QuotaRequest(
        province="can-tho", split={VOLUNTARY: total}, split_options=SplitOptions(weight, minimum)
    )


def test_can_tho_415_split_equally_over_9_districts(shipped: DataFile) -> None:
    plan = plan_quotas(shipped, split_request(415, weight=Weight.EQUAL, minimum=5))
    quotas = quotas_of(plan, VOLUNTARY)
    assert len(quotas) == 9
    assert "can-tho/hoi-phu-nu" not in quotas
    assert quotas["can-tho/ninh-kieu"] == 47  # 415 = 9 x 46 + 1: first in the file
    assert Counter(quotas.values()) == {46: 8, 47: 1}


def test_a_unit_without_population_is_named_never_guessed(shipped: DataFile) -> None:
    with pytest.raises(QuotaError, match=r"9 of 9 units have none \(can-tho/ninh-kieu"):
        plan_quotas(shipped, split_request(415))


def test_gap_weight_names_the_units_without_a_gap(shipped: DataFile) -> None:
    with pytest.raises(QuotaError, match="by gap: 8 of 9 units") as caught:
        plan_quotas(shipped, split_request(415, weight=Weight.GAP))
    assert "can-tho/thoi-lai" not in str(caught.value.message)


def test_infeasible_split_names_the_scheme_and_the_numbers(shipped: DataFile) -> None:
    with pytest.raises(QuotaError, match="cannot split 40 bhxh_tu_nguyen over the 9 sub-units"):
        plan_quotas(shipped, split_request(40, weight=Weight.EQUAL, minimum=5))


GAP_DATA = """\
version: 1
provinces:
  p:
    name: P
    units:
      a:
        name: A
        population: 1000
        labour_force: 400
        actuals: [{as_of: 2024-04-30, bhxh_tu_nguyen: 100, bhyt: 900}]
        targets: [{period: 2024, bhxh_tu_nguyen: {total: 400}, bhyt: {rate: 95}}]
      b:
        name: B
        population: 3000
        labour_force: 1200
        actuals: [{as_of: 2024-04-30, bhxh_tu_nguyen: 200, bhyt: 2900}]
        targets: [{period: 2024, bhxh_tu_nguyen: {total: 300}, bhyt: {rate: 95}}]
      members: {name: Members, kind: group}
"""


@pytest.fixture
def gaps(tmp_path: Path) -> DataFile:
    path = tmp_path / "gaps.yaml"
    path.write_text(GAP_DATA, encoding="utf-8")
    return load(str(path)).data


def test_gap_weight_is_the_people_still_needed(gaps: DataFile) -> None:
    # gaps: A needs 300 more voluntary, B 100; health: A is 50 short of 950, B is met
    request = QuotaRequest(
        province="p",
        split={VOLUNTARY: 100, Scheme.BHYT: 10},
        split_options=SplitOptions(Weight.GAP),
    )
    plan = plan_quotas(gaps, request)
    assert quotas_of(plan, VOLUNTARY) == {"p/a": 75, "p/b": 25}
    assert quotas_of(plan, Scheme.BHYT) == {"p/a": 10, "p/b": 0}


def test_population_and_labour_force_weights(gaps: DataFile) -> None:
    by_people = QuotaRequest(
        province="p", split={VOLUNTARY: 10}, split_options=SplitOptions(Weight.POPULATION)
    )
    # 2.5 and 7.5: equal remainders, the larger weight takes the extra person
    assert quotas_of(plan_quotas(gaps, by_people), VOLUNTARY) == {"p/a": 2, "p/b": 8}
    by_workers = QuotaRequest(
        province="p", split={VOLUNTARY: 8}, split_options=SplitOptions(Weight.LABOUR_FORCE)
    )
    assert quotas_of(plan_quotas(gaps, by_workers), VOLUNTARY) == {"p/a": 2, "p/b": 6}


def test_staff_per_unit(gaps: DataFile) -> None:
    request = QuotaRequest(province="p", staff={"b": 4, "a": 3}, per_staff={HOUSEHOLD: 2})
    plan = plan_quotas(gaps, request)
    assert [(a.unit, a.quota, a.staff) for a in plan.allocations] == [
        ("p/a", 6, 3),
        ("p/b", 8, 4),
    ]
    assert plan.staff() == 7


def test_ways_combine_across_schemes_in_file_then_scheme_order(gaps: DataFile) -> None:
    request = QuotaRequest(
        province="p",
        per_unit={HOUSEHOLD: 5},
        split={VOLUNTARY: 3},
        split_options=SplitOptions(Weight.EQUAL),
    )
    plan = plan_quotas(gaps, request)
    assert [(a.unit, a.scheme, a.quota) for a in plan.allocations] == [
        ("p/a", VOLUNTARY, 2),
        ("p/a", HOUSEHOLD, 5),
        ("p/b", VOLUNTARY, 1),
        ("p/b", HOUSEHOLD, 5),
    ]


# --- requests from options --------------------------------------------------------------------


def test_options_become_a_request() -> None:
    options = QuotaOptions(
        province="can-tho", split=("bhxh_tu_nguyen=415",), minimum=5, weight=Weight.EQUAL
    )
    request = build_request(DataFile(version=1, provinces={}), None, options, DayOptions())
    assert request.split == {VOLUNTARY: 415}
    assert request.split_options == SplitOptions(Weight.EQUAL, 5, None)
    assert request.days == ()


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (QuotaOptions(), "nothing to make quotas of"),
        (
            QuotaOptions(per_staff=("bhyt=1",)),
            "--per-staff needs --staff: the number of staff recruiting",
        ),
        (QuotaOptions(staff=("3",), per_unit=("bhyt=1",)), "--staff counts who recruits"),
        (QuotaOptions(split=("bhyt=4",)), "a province's sub-units"),
        (QuotaOptions(province="", per_unit=("bhyt=4",)), "a province's sub-units"),
        (QuotaOptions(per_unit=("bhyt=1",), minimum=3), "apply to --split only"),
        (QuotaOptions(split=("bhyt=9",), minimum=3, maximum=2), "--min 3 is above --max 2"),
        (QuotaOptions(per_unit=("bhyt=1",), split=("bhyt=9",)), "bhyt is given twice"),
        (QuotaOptions(split=("bhyt=1", "bhyt=2")), "--split: bhyt is given twice"),
        (QuotaOptions(split=("bhyt=-1",)), "--split bhyt: '-1' is not a whole number"),
        (QuotaOptions(split=("bhyt",)), "bad value 'bhyt'"),
        (QuotaOptions(split=("health=3",)), "unknown scheme 'health'"),
    ],
)
def test_bad_options_are_usage_errors(options: QuotaOptions, message: str) -> None:
    with pytest.raises(UsageError, match=message):
        build_request(DataFile(version=1, provinces={}), None, options, DayOptions())


def test_the_invariants_name_options_the_quota_command_has() -> None:
    group = typer.main.get_group(app)
    flags = {flag for param in group.commands["quota"].params for flag in param.opts}
    assert set(astuple(OPTIONS)) <= flags


@pytest.mark.parametrize(
    ("days", "message"),
    [
        (DayOptions(days=3), "needs its first day"),
        (DayOptions(end=date(2024, 1, 1)), "needs its first day"),
        (DayOptions(start=date(2024, 1, 1)), "needs --end or --days"),
        (DayOptions(date(2024, 1, 1), date(2024, 1, 3), 3), "not both"),
        (DayOptions(date(2024, 1, 5), date(2024, 1, 1)), "ends .* before it starts"),
        (DayOptions(date(2024, 1, 1), days=100_000), "longer than"),
    ],
)
def test_bad_days_are_usage_errors(days: DayOptions, message: str) -> None:
    options = QuotaOptions(staff=("1",), per_staff=("bhyt=1",))
    with pytest.raises(UsageError, match=message):
        build_request(DataFile(version=1, provinces={}), None, options, days)


def test_a_campaign_takes_no_quota_options(shipped: DataFile) -> None:
    with pytest.raises(UsageError, match="carries its own quotas"):
        build_request(shipped, "lam-dong-2023-07", QuotaOptions(staff=("3",)), DayOptions())


def test_unknown_campaign_lists_the_closest(shipped: DataFile) -> None:
    with pytest.raises(UsageError, match="no campaign 'lam-dong'") as caught:
        campaign_request(shipped, "lam-dong")
    assert str(caught.value.hint) == "campaigns: lam-dong-2023-07"
