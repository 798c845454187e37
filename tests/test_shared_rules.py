"""The rules every command shares (issue "Numbers you can trust"), each shown on a minimal file
that the old code got wrong without any error."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.conftest import Writer, bhxh


def doc(path: Path, *args: str) -> Any:
    run = bhxh(*args, "--data", str(path), "-f", "json")
    assert run.exit_code == 0, run.stderr
    return json.loads(run.stdout)


def by_scheme(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {row["scheme"]: row for row in document["rows"]}


def gap_split(path: Path, total: str = "bhxh_tu_nguyen=100") -> dict[str, int]:
    args = ("quota", "--data", str(path), "-p", "p", "--split", total, "--weight", "gap")
    run = bhxh(*args, "-f", "json")
    assert run.exit_code == 0, run.stderr
    return {row["unit"]: row["quota"] for row in json.loads(run.stdout)["allocations"]}


# --- 1. a period is its days ----------------------------------------------------------------

SPELLINGS = """\
version: 1
provinces:
  p:
    name: P
    population: 1000
    labour_force: 800
    actuals: [{as_of: 2024-06-30, bhyt: 900, bhxh_tu_nguyen: 40}]
    targets:
      - {period: 2024, bhyt: {total: 950}}
      - {period: {start: 2024-01-01, end: 2024-12-31}, bhxh_tu_nguyen: {total: 100}}
"""


def test_two_spellings_of_2024_both_count_in_coverage(write_yaml: Writer) -> None:
    rows = by_scheme(doc(write_yaml(SPELLINGS), "coverage", "-p", "p", "--as-of", "2024-06-30"))
    assert (rows["bhyt"]["required"], rows["bhyt"]["gap"]) == (950, 50)
    # the second spelling used to vanish: no required count, no gap
    assert (rows["bhxh_tu_nguyen"]["required"], rows["bhxh_tu_nguyen"]["gap"]) == (100, 60)


def test_period_option_in_either_spelling_finds_both_targets(write_yaml: Writer) -> None:
    path = write_yaml(SPELLINGS)
    for spelt in ("2024", "2024-01-01/2024-12-31"):
        got = doc(path, "progress", "-p", "p", "--period", spelt, "--as-of", "2024-06-30")
        assert [row["scheme"] for row in got["rows"]] == ["bhxh_tu_nguyen", "bhyt"]
        assert [period["id"] for period in got["periods"]] == ["2024"]  # the first spelling


def test_provinces_lists_one_period_for_two_spellings(write_yaml: Writer) -> None:
    run = bhxh("provinces", "--data", str(write_yaml(SPELLINGS)), "-f", "json")
    assert json.loads(run.stdout)[0]["periods"] == ["2024"]


def test_validate_warns_of_one_scheme_twice_in_two_spellings(write_yaml: Writer) -> None:
    path = write_yaml(SPELLINGS.replace("bhxh_tu_nguyen: {total: 100}", "bhyt: {total: 990}"))
    run = bhxh("validate", str(path))
    assert "bhyt: a second target for 2024-01-01/2024-12-31" in run.stdout


# --- 2. roll-up in every command ----------------------------------------------------------

DISTRICTS = """\
version: 1
provinces:
  p:
    name: P
    targets: [{period: 2024, bhyt: {total: 300}, bhxh_tu_nguyen: {total: 100}}]
    units:
      a:
        name: A
        population: 200
        labour_force: 150
        actuals: [{as_of: 2024-06-30, bhyt: 150, bhxh_tu_nguyen: 20}]
        targets: [{period: 2024, bhxh_tu_nguyen: {total: 60}}]
      b:
        name: B
        population: 100
        labour_force: 90
        actuals: [{as_of: 2024-06-30, bhyt: 80, bhxh_tu_nguyen: 30}]
        targets: [{period: 2024, bhxh_tu_nguyen: {total: 40}}]
"""


def test_coverage_of_a_province_with_only_district_figures_is_their_sum(
    write_yaml: Writer,
) -> None:
    got = doc(write_yaml(DISTRICTS), "coverage", "-p", "p")
    assert (got["as_of"], got["summed_from"]) == ("2024-06-30", ["p/a", "p/b"])
    rows = by_scheme(got)
    assert (rows["bhyt"]["participants"], rows["bhyt"]["gap"]) == (230, 70)
    assert (rows["bhyt"]["denominator_value"], rows["bhyt"]["denominator_source"]) == (
        300,
        "summed",
    )


def test_coverage_summary_and_provinces_see_the_summed_date(write_yaml: Writer) -> None:
    path = write_yaml(DISTRICTS)
    summary = doc(path, "coverage")
    assert summary[0]["as_of"] == "2024-06-30"  # used to say "no snapshot"
    listing = json.loads(bhxh("provinces", "--data", str(path), "-f", "json").stdout)
    assert listing[0]["snapshots"] == ["2024-06-30"]


def test_a_missing_district_means_no_sum_and_is_named(write_yaml: Writer) -> None:
    text = DISTRICTS.replace("[{as_of: 2024-06-30, bhyt: 80, bhxh_tu_nguyen: 30}]", "[]")
    got = doc(write_yaml(text), "coverage", "-p", "p")
    assert got["missing_units"] == ["p/b"]
    assert all(row["participants"] is None for row in got["rows"])


def test_quota_by_gap_uses_each_districts_own_gap(write_yaml: Writer) -> None:
    assert gap_split(write_yaml(DISTRICTS)) == {"p/a": 80, "p/b": 20}  # gaps 40 and 10


def test_quota_by_gap_finds_a_target_in_another_spelling(write_yaml: Writer) -> None:
    text = DISTRICTS.replace(
        "targets: [{period: 2024, bhxh_tu_nguyen: {total: 40}}]",
        "targets: [{period: {start: 2024-01-01, end: 2024-12-31}, bhxh_tu_nguyen: {total: 40}}]",
    )
    assert gap_split(write_yaml(text)) == {"p/a": 80, "p/b": 20}


# --- 3. denominators are never silently replaced ------------------------------------------

DENOMINATOR = """\
version: 1
provinces:
  p:
    name: P
    labour_force: 980000
    targets: [{period: 2024, name: NQ 12/2023, bhxh: {rate: 25}}]
    units:
      a: {name: A, labour_force: 400000, actuals: [{as_of: 2024-06-30, bhxh: 100000}]}
      b: {name: B, labour_force: 264000, actuals: [{as_of: 2024-06-30, bhxh: 60000}]}
"""


def test_a_provinces_written_labour_force_stays_its_denominator(write_yaml: Writer) -> None:
    path = write_yaml(DENOMINATOR)
    row = by_scheme(doc(path, "coverage", "-p", "p", "--as-of", "2024-06-30"))["bhxh"]
    # 25% of 980,000, not of the districts' 664,000 (166,000 people)
    assert (row["denominator_value"], row["required"]) == (980000, 245000)
    assert row["denominator_source"] == "unit"
    plan = by_scheme(doc(path, "progress", "-p", "p", "--as-of", "2024-06-30"))["bhxh"]
    assert (plan["plan"], plan["denominator_source"]) == (245000, "unit")


def test_the_table_says_the_sub_units_add_up_to_another_figure(write_yaml: Writer) -> None:
    path = write_yaml(DENOMINATOR)
    for command in ("coverage", "progress"):
        run = bhxh(command, "--data", str(path), "-p", "p", "--as-of", "2024-06-30")
        assert "P: its own labour force 980,000 is used; its sub-units add up to 664,000" in (
            run.stdout.replace("\n", " ")
        )


def test_a_snapshots_own_denominator_comes_first(write_yaml: Writer) -> None:
    text = DENOMINATOR.replace("bhxh: 100000}", "bhxh: 100000, labour_force: 410000}")
    path = write_yaml(text)
    row = by_scheme(doc(path, "coverage", "-p", "p/a"))["bhxh"]
    assert (row["denominator_value"], row["denominator_source"]) == (410000, "snapshot")


# --- 4. one snapshot rule, and periods that have ended --------------------------------------

HALF = """\
version: 1
provinces:
  p:
    name: P
    population: 1000
    actuals:
      - {as_of: 2024-12-31, bhyt: 900}
      - {as_of: 2025-04-30, bhyt: 1000}
      - {as_of: 2025-08-31, bhyt: 1040}
    targets: [{period: 2025-H1, bhyt: {total: 1010}}]
"""


def test_coverage_and_progress_use_the_last_figures_before_the_half_ends(
    write_yaml: Writer,
) -> None:
    path = write_yaml(HALF)
    cover = by_scheme(doc(path, "coverage", "-p", "p"))["bhyt"]
    pace = by_scheme(doc(path, "progress", "-p", "p"))["bhyt"]
    # the 31 August figure is after the half: it used to give coverage 102.97% of target
    assert (cover["as_of"], cover["percent_of_target"]) == ("2025-04-30", 99.01)
    assert pace["percent_of_plan"] == cover["percent_of_target"]


def test_a_half_that_has_ended_is_closed_with_61_days_uncovered(write_yaml: Writer) -> None:
    path = write_yaml(HALF)
    for command in ("coverage", "progress"):
        row = by_scheme(doc(path, command, "-p", "p", "--as-of", "2025-09-01"))["bhyt"]
        assert (row["period_closed"], row["uncovered_days"]) == (True, 61)
    row = by_scheme(doc(path, "progress", "-p", "p", "--as-of", "2025-09-01"))["bhyt"]
    assert (row["expected_by_now"], row["needed_per_day"], row["needed_per_month"]) == (
        None,
        None,
        None,
    )
    assert (row["percent_of_plan"], row["remaining"], row["status"]) == (99.01, 10, "behind")
    out = bhxh("progress", "--data", str(path), "-p", "p", "--as-of", "2025-09-01").stdout
    assert "Period 2025-H1 ended 2025-06-30; last figures 2025-04-30, 61 days before its end." in (
        out
    )


def test_a_closed_stock_without_baseline_stays_no_baseline(write_yaml: Writer) -> None:
    path = write_yaml(HALF.replace("      - {as_of: 2024-12-31, bhyt: 900}\n", ""))
    row = by_scheme(doc(path, "progress", "-p", "p", "--as-of", "2025-09-01"))["bhyt"]
    assert (row["period_closed"], row["status"], row["expected_by_now"]) == (
        True,
        "no-baseline",
        None,
    )


def test_quota_by_gap_weighs_the_gap_at_the_end_of_the_half(write_yaml: Writer) -> None:
    district = (
        "{{name: {n}, actuals: [{{as_of: 2025-04-30, bhyt: {april}}}, "
        "{{as_of: 2025-08-31, bhyt: {august}}}], "
        "targets: [{{period: 2025-H1, bhyt: {{total: 100}}}}]}}"
    )
    text = "version: 1\nprovinces:\n  p:\n    name: P\n    units:\n"
    text += f"      a: {district.format(n='A', april=70, august=100)}\n"
    text += f"      b: {district.format(n='B', april=90, august=95)}\n"
    # gaps on 30 April: 30 and 10 (on 31 August, after the half: 0 and 5)
    assert gap_split(write_yaml(text), "bhyt=40") == {"p/a": 30, "p/b": 10}


def test_inside_the_half_it_runs_and_asks_for_a_pace(write_yaml: Writer) -> None:
    row = by_scheme(doc(write_yaml(HALF), "progress", "-p", "p", "--as-of", "2025-05-15"))["bhyt"]
    assert (row["period_closed"], row["uncovered_days"]) == (False, None)
    assert row["needed_per_day"] == 1  # 10 people in the 61 days after 30 April
    assert row["expected_by_now"] == 973  # 900 + 110 x 120/181 = 972.9, rounded up


def test_before_the_half_its_figures_are_the_baseline_date(write_yaml: Writer) -> None:
    got = by_scheme(doc(write_yaml(HALF), "coverage", "-p", "p", "--as-of", "2025-01-15"))
    assert (got["bhyt"]["as_of"], got["bhyt"]["period_closed"]) == ("2024-12-31", False)


# --- 5. the default never hides a target ----------------------------------------------------

EIGHT = """\
version: 1
provinces:
  p:
    name: P
    population: 1000
    labour_force: 600
    actuals:
      - {as_of: 2025-04-30, bhxh_bat_buoc: 100, bhxh_tu_nguyen: 20, bhtn: 90, bhyt: 900,
         bhyt_ho_gia_dinh: 300}
    targets:
      - period: 2025
        name: NQ 05/2025
        bhxh: {total: 200}
        bhxh_bat_buoc: {total: 150}
        bhxh_tu_nguyen: {total: 40}
        bhtn: {total: 120}
        bhyt: {rate: 95}
        bhyt_ho_gia_dinh: {total: 350}
      - period: 2025-H1
        name: phase 1
        bhxh_tu_nguyen: {total: 30}
        bhyt: {total: 930}
"""


def test_six_yearly_and_two_half_year_targets_all_show(write_yaml: Writer) -> None:
    got = doc(write_yaml(EIGHT), "coverage", "-p", "p", "--as-of", "2025-04-30")
    periods = {row["scheme"]: row["period"] for row in got["rows"]}
    assert periods == {
        "bhxh": "2025",
        "bhxh_bat_buoc": "2025",
        "bhxh_tu_nguyen": "2025-H1",
        "bhtn": "2025",
        "bhyt": "2025-H1",
        "bhyt_ho_gia_dinh": "2025",
    }
    assert got["periods"] == ["2025", "2025-H1"]
    pace = doc(write_yaml(EIGHT), "progress", "-p", "p", "--as-of", "2025-04-30")
    assert len(pace["rows"]) == 6


def test_the_summary_counts_every_scheme_short(write_yaml: Writer) -> None:
    path = write_yaml(EIGHT)
    summary = doc(path, "coverage", "--as-of", "2025-04-30")[0]
    assert sum(1 for row in summary["rows"] if row["gap"]) == 6  # used to say 2 (or 0)
    out = bhxh("coverage", "--data", str(path), "--as-of", "2025-04-30").stdout
    assert "2025, 2025-H1" in out


def test_each_table_line_states_its_period(write_yaml: Writer) -> None:
    path = write_yaml(EIGHT)
    args = ("--data", str(path), "-p", "p", "--as-of", "2025-04-30")
    cover = bhxh("coverage", *args, env={"COLUMNS": "160"}).stdout
    assert "Health insurance (2025-H1)" in cover
    assert "Unemployment ins. (2025)" in cover
    pace = bhxh("progress", *args, env={"COLUMNS": "200"}).stdout
    assert "plans 2025, 2025-H1" in pace
    line = next(x for x in pace.splitlines() if x.strip().startswith("Period"))
    assert line.split()[1:] == ["2025", "2025", "2025-H1", "2025", "2025-H1", "2025"]


def test_quota_by_gap_finds_each_districts_yearly_target(write_yaml: Writer) -> None:
    # each district's half-year target names voluntary only: the shortest period containing
    # the date used to leave compulsory without a target, so without a gap to weigh
    district = (
        "{{name: {n}, actuals: [{{as_of: 2025-04-30, bhxh_bat_buoc: {c}, bhxh_tu_nguyen: 5}}], "
        "targets: [{{period: 2025, bhxh_bat_buoc: {{total: 100}}}}, "
        "{{period: 2025-H1, bhxh_tu_nguyen: {{total: 10}}}}]}}"
    )
    text = "version: 1\nprovinces:\n  p:\n    name: P\n    units:\n"
    text += f"      a: {district.format(n='A', c=70)}\n      b: {district.format(n='B', c=90)}\n"
    assert gap_split(write_yaml(text), "bhxh_bat_buoc=40") == {"p/a": 30, "p/b": 10}


def test_period_option_still_applies_one_period_to_every_scheme(write_yaml: Writer) -> None:
    got = doc(write_yaml(EIGHT), "coverage", "-p", "p", "--period", "2025-H1")
    assert {row["period"] for row in got["rows"] if row["target"]} == {"2025-H1"}


# --- 6. on track means on track ------------------------------------------------------------

STALLED = """\
version: 1
provinces:
  p:
    name: P
    actuals:
      - {as_of: 2024-12-31, bhyt: 243700}
      - {as_of: 2025-04-30, bhyt: 243700}
    targets: [{period: 2025-H1, bhyt: {total: 250000}}]
"""


def test_a_stalled_stock_is_behind(write_yaml: Writer) -> None:
    row = by_scheme(doc(write_yaml(STALLED), "progress", "-p", "p", "--as-of", "2025-04-30"))
    assert (row["bhyt"]["status"], row["bhyt"]["projected_at_end"]) == ("behind", 243700)
    assert row["bhyt"]["change_since_baseline"] == 0


def test_progress_help_states_the_band() -> None:
    out = " ".join(bhxh("progress", "--help").stdout.split())
    assert "2 points of its planned change" in out


# --- 7. targets keep their names -----------------------------------------------------------


def test_target_names_reach_json_and_the_footer(write_yaml: Writer) -> None:
    path = write_yaml(EIGHT)
    rows = by_scheme(doc(path, "coverage", "-p", "p", "--as-of", "2025-04-30"))
    assert (rows["bhxh"]["target_name"], rows["bhyt"]["target_name"]) == ("NQ 05/2025", "phase 1")
    pace = by_scheme(doc(path, "progress", "-p", "p", "--as-of", "2025-04-30"))
    assert pace["bhtn"]["target_name"] == "NQ 05/2025"
    out = bhxh("coverage", "--data", str(path), "-p", "p", "--as-of", "2025-04-30").stdout
    assert "Target 2025: NQ 05/2025." in out
    assert "Target 2025-H1: phase 1." in out


# --- change since the baseline and the same date last year ---------------------------------

YEARS = """\
version: 1
provinces:
  p:
    name: P
    actuals:
      - {as_of: 2023-06-30, bhyt: 700}
      - {as_of: 2023-12-31, bhyt: 800}
      - {as_of: 2024-06-30, bhyt: 860}
    targets: [{period: 2024, bhyt: {total: 1000}}]
"""


def test_rows_carry_the_change_since_the_baseline_and_last_years_figure(
    write_yaml: Writer,
) -> None:
    path = write_yaml(YEARS)
    row = by_scheme(doc(path, "progress", "-p", "p", "--as-of", "2024-06-30"))["bhyt"]
    assert (row["baseline"], row["change_since_baseline"], row["same_date_last_year"]) == (
        800,
        60,
        700,
    )


def test_the_table_shows_both_changes(write_yaml: Writer) -> None:
    args = ("progress", "--data", str(write_yaml(YEARS)), "-p", "p", "--as-of", "2024-06-30")
    words = [line.split() for line in bhxh(*args).stdout.splitlines()]
    lines = {" ".join(w[:-1]): w[-1] for w in words if w}
    assert (lines["Change since baseline"], lines["Same date last year"]) == ("60", "700")
    vietnamese = bhxh("--lang", "vi", *args).stdout
    assert "Tăng so với đầu kỳ" in vietnamese
    assert "Cùng kỳ năm trước" in vietnamese


def test_without_a_figure_on_the_same_date_last_year_it_is_null(write_yaml: Writer) -> None:
    path = write_yaml(YEARS.replace("2023-06-30", "2023-06-29"))
    row = by_scheme(doc(path, "progress", "-p", "p", "--as-of", "2024-06-30"))["bhyt"]
    assert row["same_date_last_year"] is None  # never an interpolation
