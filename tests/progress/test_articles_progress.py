"""Every progress figure of the seed articles, computed from the shipped data file."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest

from bhxh_cli.datafile import load
from bhxh_cli.domain.schemes import Scheme
from bhxh_cli.domain.units import resolve
from bhxh_cli.progress.measure import ProgressRow
from bhxh_cli.progress.report import ProgressQuery, ProgressReport, ProgressSet, unit_progress
from tests.conftest import DATA, bhxh


def progress(path: str, query: ProgressQuery) -> ProgressReport | ProgressSet:
    data = load(str(DATA)).data
    return unit_progress(data, resolve(data, path), query)


def report(path: str, period: str | None = None, as_of: str | None = None) -> ProgressReport:
    """The report as it stood on `as_of` (the article's day): later, its periods have ended."""
    day = date.fromisoformat(as_of) if as_of else None
    result = progress(path, ProgressQuery(as_of=day, period=period))
    assert isinstance(result, ProgressReport)
    return result


def row(rep: ProgressReport, scheme: Scheme) -> ProgressRow:
    return next(r for r in rep.main.rows if r.scheme == scheme)


@pytest.mark.parametrize(
    ("scheme", "actual", "plan", "shown"),
    [
        (Scheme.BHXH_BAT_BUOC, 143013, 154408, "92.62"),
        (Scheme.BHXH_TU_NGUYEN, 18590, 37419, "49.68"),
        (Scheme.BHTN, 135876, 147115, "92.36"),
        (Scheme.BHYT, 1065565, 1181336, "90.20"),
    ],
)
def test_can_tho_four_months_2024_reach_92_62_49_68_92_36_90_20_percent_of_plan(
    scheme: Scheme, actual: int, plan: int, shown: str
) -> None:
    got = row(report("can-tho", period="2024"), scheme)
    assert (got.actual, got.plan, got.percent_of_plan) == (actual, plan, Decimal(shown))
    assert got.remaining == plan - actual
    assert got.surplus == 0


def test_can_tho_2024_is_measured_on_30_april_day_121_of_366() -> None:
    rep = report("can-tho", period="2024")
    assert rep.as_of is not None
    assert rep.as_of.isoformat() == "2024-04-30"
    assert rep.elapsed is not None
    assert (rep.elapsed.days, rep.elapsed.period_days) == (121, 366)


def test_can_tho_cli_prints_92_62_49_68_92_36_90_20() -> None:
    run = bhxh("progress", "--province", "can-tho", "--period", "2024")
    assert run.exit_code == 0
    line = next(x for x in run.stdout.splitlines() if x.strip().startswith("% of plan"))
    assert line.split()[3:] == ["92.62%", "49.68%", "92.36%", "90.20%"]


@pytest.mark.parametrize(
    ("scheme", "actual", "shown"),
    [
        (Scheme.BHXH_BAT_BUOC, 2882, "90.06"),
        (Scheme.BHXH_TU_NGUYEN, 1530, "53.55"),
        (Scheme.BHYT, 85254, "79.43"),
    ],
)
def test_thoi_lai_four_months_2024_reach_90_06_53_55_79_43_percent_of_plan(
    scheme: Scheme, actual: int, shown: str
) -> None:
    got = row(report("can-tho/thoi-lai"), scheme)
    assert (got.actual, got.percent_of_plan) == (actual, Decimal(shown))


def test_thoi_lai_cli_prints_90_06_53_55_79_43() -> None:
    out = bhxh("progress", "--province", "can-tho/thoi-lai").stdout
    line = next(x for x in out.splitlines() if x.strip().startswith("% of plan"))
    assert line.split()[3:] == ["90.06%", "53.55%", "79.43%"]


def test_can_tho_phase_1_2024_h1_against_28883_voluntary_and_1057188_health() -> None:
    rep = report("can-tho", period="2024-H1")
    assert rep.period is not None
    assert (rep.period.start.isoformat(), rep.period.end.isoformat()) == (
        "2024-01-01",
        "2024-06-30",
    )
    voluntary, health = row(rep, Scheme.BHXH_TU_NGUYEN), row(rep, Scheme.BHYT)
    assert [r.scheme for r in rep.main.rows] == [Scheme.BHXH_TU_NGUYEN, Scheme.BHYT]
    assert (voluntary.plan, voluntary.remaining) == (28883, 28883 - 18590)
    assert (health.plan, health.surplus, health.status) == (1057188, 1065565 - 1057188, "met")


def test_phase_1_cli_shows_28_883_and_1_057_188() -> None:
    out = bhxh("progress", "-p", "can-tho", "--period", "2024-H1").stdout
    assert "28,883" in out
    assert "1,057,188" in out
    assert "+8,377 over" in out


def test_can_tho_default_period_at_30_april_is_each_schemes_shortest_containing_it() -> None:
    # phase 1 sets voluntary and health only: compulsory and unemployment keep their year
    rep = report("can-tho")
    periods = {r.scheme: r.period for r in rep.main.rows}
    assert periods[Scheme.BHXH_TU_NGUYEN] == periods[Scheme.BHYT] == "2024-H1"
    assert periods[Scheme.BHXH_BAT_BUOC] == periods[Scheme.BHTN] == "2024"
    assert [p.id for p in rep.periods] == ["2024", "2024-H1"]


def test_can_tho_period_all_gives_phase_1_then_the_year() -> None:
    result = progress("can-tho", ProgressQuery(period="all"))
    assert isinstance(result, ProgressSet)
    assert [r.period.id for r in result.reports if r.period] == ["2024-H1", "2024"]


def test_can_tho_has_no_baseline_so_nothing_is_expected_and_status_says_so() -> None:
    for got in report("can-tho", period="2024", as_of="2024-04-30").main.rows:
        assert got.expected_by_now is None
        assert got.projected_at_end is None
        assert got.status == "no-baseline"


def test_can_tho_compulsory_needs_47_a_day_and_1396_a_month_for_the_rest_of_2024() -> None:
    # 11,395 people in the 245 days after 30 April: 46.5 a day, 1,395.3 per 30 days
    got = row(report("can-tho", period="2024", as_of="2024-04-30"), Scheme.BHXH_BAT_BUOC)
    assert (got.needed_per_day, got.needed_per_month) == (47, 1396)


def by_unit_json(*options: str) -> list[dict[str, object]]:
    args = ("progress", "-p", "can-tho", "--by-unit", "--period", "2024", *options, "-f", "json")
    units: list[dict[str, object]] = json.loads(bhxh(*args).stdout)["units"]
    return units


def test_by_unit_under_can_tho_ranks_within_each_scheme_thoi_lai_voluntary_53_55() -> None:
    ranked = [(u["unit"], u["scheme"], u["percent_of_plan"]) for u in by_unit_json()]
    by_scheme = [scheme for _, scheme, _ in ranked]
    assert by_scheme == sorted(by_scheme, key=by_scheme.index)  # each scheme's rows together
    assert ("can-tho/thoi-lai", "bhxh_tu_nguyen", 53.55) in ranked
    assert ("can-tho/thoi-lai", "bhyt", 79.43) in ranked
    assert ("can-tho/thoi-lai", "bhxh_bat_buoc", 90.06) in ranked


def test_by_unit_scheme_keeps_voluntary_thoi_lai_53_55_first_union_without_percent_last() -> None:
    ranked = [
        (u["unit"], u["parent"], u["percent_of_plan"])
        for u in by_unit_json("--scheme", "bhxh_tu_nguyen")
    ]
    assert ranked == [
        ("can-tho/thoi-lai", "can-tho", 53.55),
        ("can-tho/hoi-phu-nu", "can-tho", None),
    ]


def test_by_unit_table_lists_each_scheme_laggards_first_then_can_tho_itself() -> None:
    out = bhxh("progress", "-p", "can-tho", "--by-unit", "--period", "2024").stdout
    assert out.index("90.06%") < out.index("53.55%") < out.index("79.43%") < out.index("92.62%")


def test_womens_union_415_new_voluntary_is_a_flow_without_baseline_in_the_data() -> None:
    rep = report("can-tho/hoi-phu-nu", period="2024")
    voluntary = row(rep, Scheme.BHXH_TU_NGUYEN)
    assert (voluntary.plan_kind, voluntary.plan, voluntary.actual) == ("new", 415, None)
    household = row(rep, Scheme.BHYT_HO_GIA_DINH)
    assert (household.plan_kind, household.plan) == ("rate", None)  # no member count published


def test_vinh_long_2025_starts_after_the_snapshot_so_nothing_has_elapsed() -> None:
    rep = report("vinh-long", as_of="2024-12-31")
    assert rep.elapsed is not None
    assert rep.elapsed.days == 0
    health = row(rep, Scheme.BHYT)
    assert (health.plan, health.remaining, health.expected_by_now) == (984059, 2059, 982000)
    assert health.status == "on-track"
    assert health.projected_at_end is None  # no pace before the first day
    assert (health.needed_per_day, health.needed_per_month) == (6, 170)  # 2,059 in 365 days
