"""Where progress figures come from: baselines, roll-ups of sub-units and merged provinces.

Small invented data files written by the tests; the shipped data holds only published figures.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Writer, bhxh

# Alpha has its own snapshots at the end of 2023 and in March 2024; its districts report in
# June (both) and September (South only); Beta and Gamma later merged into Alpha.
ALPHA = """\
version: 1
provinces:
  alpha:
    name: Alpha
    population: 5000
    actuals:
      - {as_of: 2023-12-31, bhyt: 800, bhxh_tu_nguyen: 100}
      - {as_of: 2024-03-31, bhyt: 860, bhxh_tu_nguyen: 160}
    targets:
      - period: 2024
        bhyt: {total: 1000}
        bhxh_tu_nguyen: {new: 240}
      - period: 2024-H2
        bhyt: {total: 950}
    units:
      north:
        name: North
        actuals:
          - {as_of: 2024-06-30, bhyt: 500, bhxh_tu_nguyen: 90}
        targets:
          - {period: 2024, bhyt: {total: 520}}
        units:
          n1:
            name: North One
            actuals: [{as_of: 2024-06-30, bhyt: 190}]
            targets: [{period: 2024, bhyt: {total: 250}}]
      south:
        name: South
        actuals:
          - {as_of: 2024-06-30, bhyt: 400}
          - {as_of: 2024-09-30, bhyt: 450}
        targets:
          - {period: 2024, bhyt: {total: 500}}
          - {period: 2024-H1, bhyt: {total: 450}}
        units:
          s1: {name: South One}
      leaders:
        name: Leaders
        kind: group
        actuals: [{as_of: 2024-09-30, bhyt: 10}]
  beta:
    name: Beta
    merged_into: alpha
    merged_on: 2025-07-01
    actuals:
      - {as_of: 2023-12-31, bhyt: 290, bhxh_tu_nguyen: 30}
      - {as_of: 2024-03-31, bhyt: 300, bhxh_tu_nguyen: 40}
      - {as_of: 2024-06-30, bhyt: 310, bhxh_tu_nguyen: 45}
  gamma:
    name: Gamma
    merged_into: alpha
    merged_on: 2025-07-01
    actuals:
      - {as_of: 2023-12-31, bhyt: 100, bhxh_tu_nguyen: 10}
      - {as_of: 2024-03-31, bhyt: 110, bhxh_tu_nguyen: 20}
"""

# After the merger the new city reports for the whole territory; Old Town's last own figures
# are from the end of 2024.
NEW_CITY = """\
version: 1
provinces:
  new-city:
    name: New City
    actuals:
      - {as_of: 2024-12-31, bhyt: 1000, bhxh_tu_nguyen: 100}
      - {as_of: 2025-09-30, bhyt: 1500, bhxh_tu_nguyen: 180}
    targets:
      - period: 2025
        bhyt: {total: 1600}
        bhxh_tu_nguyen: {new: 100}
  old-town:
    name: Old Town
    merged_into: new-city
    merged_on: 2025-07-01
    actuals:
      - {as_of: 2024-12-31, bhyt: 400, bhxh_tu_nguyen: 50}
"""


def doc(path: Path, *args: str, command: str = "progress") -> Any:
    run = bhxh(command, "--data", str(path), "-f", "json", *args)
    assert run.exit_code == 0, run.stderr
    return json.loads(run.stdout)


def rows(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {row["scheme"]: row for row in document["rows"]}


@pytest.fixture
def alpha(write_yaml: Writer) -> Path:
    return write_yaml(ALPHA)


# --- flows and baselines ------------------------------------------------------------------


def test_flow_with_baseline_counts_60_new_since_the_end_of_2023(alpha: Path) -> None:
    got = doc(alpha, "-p", "alpha", "--as-of", "2024-03-31")
    period = got["periods"][0]
    assert (period["id"], period["start"], period["end"]) == ("2024", "2024-01-01", "2024-12-31")
    assert period["elapsed_share"] == 0.2486  # 91 / 366
    voluntary = rows(got)["bhxh_tu_nguyen"]
    assert (
        voluntary.items()
        >= {
            "scheme": "bhxh_tu_nguyen",
            "plan_kind": "new",
            "actual": 60,  # 160 - 100
            "plan": 240,
            "percent_of_plan": 25,
            "remaining": 180,
            "surplus": 0,
            "expected_by_now": 60,  # 240 x 91/366 = 59.67
            "status": "on-track",
            "projected_at_end": 242,  # 60 / 91 x 366 = 241.3
            "needed_per_day": 1,
            "needed_per_month": 20,
            "period": "2024",
            "change_since_baseline": 60,
            "period_closed": False,
        }.items()
    )


def test_stock_with_baseline_expects_850_by_31_march_and_860_is_ahead(alpha: Path) -> None:
    health = rows(doc(alpha, "-p", "alpha", "--as-of", "2024-03-31"))["bhyt"]
    # 10 above expected is 5 points of the planned change of 200 (only 1 point of the plan)
    assert (health["actual"], health["expected_by_now"], health["status"]) == (860, 850, "ahead")
    assert health["projected_at_end"] == 1042


def test_flow_without_baseline_says_no_baseline(write_yaml: Writer) -> None:
    path = write_yaml(
        ALPHA.replace("      - {as_of: 2023-12-31, bhyt: 800, bhxh_tu_nguyen: 100}\n", "")
    )
    voluntary = rows(doc(path, "-p", "alpha", "--as-of", "2024-03-31"))["bhxh_tu_nguyen"]
    assert voluntary["status"] == "no-baseline"
    assert voluntary["actual"] is None
    assert voluntary["percent_of_plan"] is None
    # nothing to compare with, so nothing expected: the same rule as the status (was 60)
    assert voluntary["expected_by_now"] is None
    table = bhxh("progress", "--data", str(path), "-p", "alpha", "--as-of", "2024-03-31").stdout
    assert "No baseline: no figures on or before 2023-12-31" in table


def test_a_period_that_is_over_is_measured_at_its_last_snapshot(alpha: Path) -> None:
    got = doc(alpha, "-p", "alpha/south", "--period", "2024-H1")
    # South's latest is 30 September, after the half ends: its 30 June figure counts.
    assert got["as_of"] == "2024-06-30"
    assert got["periods"][0]["elapsed_share"] == 1
    assert rows(got)["bhyt"]["needed_per_day"] is None  # short, and no day left


# --- roll-up --------------------------------------------------------------------------------


def test_roll_up_sums_both_districts_when_both_report(alpha: Path) -> None:
    got = doc(alpha, "-p", "alpha", "--as-of", "2024-06-30")
    assert got["as_of"] == "2024-06-30"
    assert got["summed_from"] == ["alpha/north", "alpha/south"]  # the group is never added
    assert "missing_units" not in got
    health, voluntary = rows(got)["bhyt"], rows(got)["bhxh_tu_nguyen"]
    assert (health["actual"], health["percent_of_plan"]) == (900, 90)
    assert health["expected_by_now"] == 900  # 800 + 200 x 182/366 = 899.45
    assert voluntary["actual"] is None  # South does not count voluntary: no partial sum


def test_roll_up_table_says_summed_from_2_units(alpha: Path) -> None:
    out = bhxh("progress", "--data", str(alpha), "-p", "alpha", "--as-of", "2024-06-30").stdout
    assert "Alpha: no snapshot of its own on 2024-06-30, summed from 2 units:" in out


def test_partial_roll_up_makes_no_sum_and_names_the_missing_district(alpha: Path) -> None:
    got = doc(alpha, "-p", "alpha")  # latest date: 30 September, South only
    assert got["as_of"] == "2024-09-30"
    assert got["missing_units"] == ["alpha/north"]
    assert "summed_from" not in got
    assert all(row["actual"] is None for row in got["rows"])
    out = bhxh("progress", "--data", str(alpha), "-p", "alpha").stdout
    assert "Alpha: no sum made, no figures on 2024-09-30 for alpha/north." in out


def test_roll_up_goes_down_levels(write_yaml: Writer) -> None:
    own = "        actuals:\n          - {as_of: 2024-06-30, bhyt: 500, bhxh_tu_nguyen: 90}\n"
    assert own in ALPHA
    path = write_yaml(ALPHA.replace(own, ""))
    got = doc(path, "-p", "alpha", "--as-of", "2024-06-30")
    # North has no figure of its own any more: North One stands for it, then North and South
    # are added up for Alpha.
    assert rows(got)["bhyt"]["actual"] == 190 + 400


# --- by unit --------------------------------------------------------------------------------


def test_by_unit_ranks_sub_units_on_the_same_date_laggards_first(alpha: Path) -> None:
    got = doc(alpha, "-p", "alpha", "--as-of", "2024-06-30", "--by-unit", "--period", "2024")
    listed = [(u["unit"], u["name"], u["scheme"], u["percent_of_plan"]) for u in got["units"]]
    assert listed == [
        ("alpha/south", "South", "bhyt", 80),
        ("alpha/north", "North", "bhyt", 96.15),
    ]
    assert set(got["units"][0]) == {"unit", "name", "parent", *got["rows"][0]}


def test_by_unit_default_period_is_the_units_own_before_its_sub_units(alpha: Path) -> None:
    # Alpha's own health target containing 30 June is 2024; South's shorter 2024-H1 used to
    # become the whole report's period and hide Alpha's own rows.
    got = doc(alpha, "-p", "alpha", "--as-of", "2024-06-30", "--by-unit")
    assert [p["id"] for p in got["periods"]] == ["2024"]
    assert [row["scheme"] for row in got["rows"]] == ["bhxh_tu_nguyen", "bhyt"]


def test_by_unit_a_scheme_only_sub_units_target_takes_their_period(write_yaml: Writer) -> None:
    path = write_yaml(
        ALPHA.replace("        bhyt: {total: 1000}\n", "").replace(
            "      - period: 2024-H2\n        bhyt: {total: 950}\n", ""
        )
    )
    got = doc(path, "-p", "alpha", "--as-of", "2024-06-30", "--by-unit")
    assert {u["period"] for u in got["units"] if u["scheme"] == "bhyt"} == {"2024-H1"}


def test_depth_2_table_names_each_rows_parent(alpha: Path) -> None:
    args = ("--data", str(alpha), "-p", "alpha", "--as-of", "2024-06-30", "--depth", "2")
    out = bhxh("progress", *args, "--period", "2024").stdout
    header = next(line for line in out.splitlines() if "Unit" in line)
    assert header.split()[:2] == ["Unit", "Parent"]
    commune = next(line for line in out.splitlines() if "North One" in line)
    assert commune.split()[:3] == ["North", "One", "North"]
    one_level = bhxh("progress", *args[:-1], "1", "--period", "2024").stdout
    assert "Parent" not in one_level


def test_depth_2_reaches_the_communes(alpha: Path) -> None:
    got = doc(alpha, "-p", "alpha", "--as-of", "2024-06-30", "--depth", "2", "--period", "2024")
    assert [u["unit"] for u in got["units"]] == ["alpha/north/n1", "alpha/south", "alpha/north"]
    assert got["units"][0]["percent_of_plan"] == 76


def test_by_unit_table_names_sub_units_without_target_or_figures(alpha: Path) -> None:
    args = ("progress", "--data", str(alpha), "-p", "alpha", "--depth", "2", "--period", "2024")
    out = bhxh(*args).stdout
    assert "No target in period 2024: South One, Leaders." in out
    assert "No figures on 2024-09-30: North One." in out
    assert "North: no sum made, no figures on 2024-09-30 for alpha/north/n1." in out


# --- merged provinces -----------------------------------------------------------------------


def test_merged_adds_every_member_on_the_same_date(alpha: Path) -> None:
    got = doc(alpha, "-p", "alpha", "--merged", "--as-of", "2024-03-31")
    assert got["members"] == ["alpha", "beta", "gamma"]
    assert got["missing_members"] == []
    health, voluntary = rows(got)["bhyt"], rows(got)["bhxh_tu_nguyen"]
    assert health["actual"] == 860 + 300 + 110
    assert health["status"] == "met"
    assert voluntary["actual"] == (160 + 40 + 20) - (100 + 30 + 10)  # baseline summed too


def test_merged_with_a_member_missing_makes_no_sum(alpha: Path) -> None:
    got = doc(alpha, "-p", "alpha", "--merged", "--as-of", "2024-06-30")
    assert got["as_of"] == "2024-06-30"
    assert got["members"] == ["alpha", "beta", "gamma"]
    assert got["missing_members"] == ["gamma"]
    for row in got["rows"]:
        assert row["actual"] is None
        assert row["percent_of_plan"] is None
        assert row["status"] is None
    out = bhxh("progress", "--data", str(alpha), "-p", "alpha", "--merged").stdout
    assert "Members of the merged province: alpha, beta, gamma." in out
    # on the latest date Alpha's own sum is incomplete too, so Alpha is named as well
    assert "No sum made: no figures on 2024-09-30 for alpha, beta, gamma." in out


def test_after_the_merger_members_are_inside_the_survivor_figures(write_yaml: Writer) -> None:
    path = write_yaml(NEW_CITY)
    got = doc(path, "-p", "new-city", "--merged", "--as-of", "2025-09-30")
    assert (got["members"], got["missing_members"]) == (["new-city", "old-town"], [])
    health, voluntary = rows(got)["bhyt"], rows(got)["bhxh_tu_nguyen"]
    assert health["actual"] == 1500  # 30 September 2025: Old Town is part of New City
    assert voluntary["actual"] == 180 - (100 + 50)  # the baseline of 2024 adds both
    assert health["expected_by_now"] == 1550  # 1,400 + 200 x 273/365 = 1,549.6
    assert health["status"] == "behind"
    alone = rows(doc(path, "-p", "new-city"))
    assert alone["bhxh_tu_nguyen"]["actual"] == 80  # without --merged the flow overcounts
    table = bhxh("progress", "--data", str(path), "-p", "new-city", "--merged").stdout
    assert "On 2025-09-30 old-town already belonged to new-city: not added again." in table


def test_merged_needs_the_surviving_province(alpha: Path) -> None:
    run = bhxh("progress", "--data", str(alpha), "-p", "beta", "--merged")
    assert run.exit_code == 2
    assert "beta merged into alpha" in run.stderr
    assert "--province alpha --merged" in run.stderr
    sub = bhxh("progress", "--data", str(alpha), "-p", "alpha/north", "--merged")
    assert sub.exit_code == 2
    assert "--merged takes a province" in sub.stderr


def test_coverage_merged_adds_members_and_lists_them(alpha: Path) -> None:
    got = doc(alpha, "-p", "alpha", "--merged", "--as-of", "2024-03-31", command="coverage")
    assert (got["members"], got["missing_members"]) == (["alpha", "beta", "gamma"], [])
    assert rows(got)["bhyt"]["participants"] == 1270
    assert rows(got)["bhyt"]["denominator_value"] is None  # Beta and Gamma give none


def test_coverage_merged_with_a_missing_member_shows_no_participants(alpha: Path) -> None:
    got = doc(alpha, "-p", "alpha", "--merged", "--as-of", "2024-06-30", command="coverage")
    assert got["missing_members"] == ["gamma"]
    assert all(row["participants"] is None for row in got["rows"])
    run = bhxh("coverage", "--data", str(alpha), "-p", "alpha", "--merged", "--as-of", "2024-06-30")
    assert "No sum made: no figures on 2024-06-30 for gamma." in run.stdout


def test_coverage_merged_csv_joins_the_members(alpha: Path) -> None:
    run = bhxh("coverage", "--data", str(alpha), "-p", "alpha", "--merged", "-f", "csv")
    records = list(csv.DictReader(io.StringIO(run.stdout)))
    assert records[0]["members"] == "alpha beta gamma"
    assert records[0]["missing_members"] == "alpha beta gamma"  # 30 Sept: North lacks it


def test_coverage_without_merged_has_no_members_key(alpha: Path) -> None:
    assert "members" not in doc(alpha, "-p", "alpha", command="coverage")
    assert bhxh("coverage", "--merged").exit_code == 2
