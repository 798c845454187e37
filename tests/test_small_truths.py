"""Small truths (issue "Small truths"): where the README's words and the arithmetic parted, each
shown on a minimal file, through the command line as a user runs it."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import Writer, bhxh
from tests.test_shared_rules import by_scheme, doc


def table(path: Path, *args: str) -> str:
    run = bhxh(*args, "--data", str(path))
    assert run.exit_code == 0, run.stderr
    return " ".join(run.stdout.split())


# --- 1. days left before a period starts ----------------------------------------------------

BEFORE_DECEMBER = """\
version: 1
provinces:
  p:
    name: P
    actuals: [{as_of: 2024-11-20, bhyt: 500, bhxh_tu_nguyen: 40}]
    targets: [{period: 2024-12, bhyt: {total: 623}, bhxh_tu_nguyen: {new: 62}}]
"""


def test_before_december_a_stock_has_41_days_left_and_a_flow_31(write_yaml: Writer) -> None:
    rows = by_scheme(
        doc(write_yaml(BEFORE_DECEMBER), "progress", "-p", "p", "--as-of", "2024-11-20")
    )
    health, voluntary = rows["bhyt"], rows["bhxh_tu_nguyen"]
    assert health["period"] == voluntary["period"] == "2024-12"
    # a stock counts on 31 December everyone who joined from 21 November: 123 / 41 = 3 a day
    # (over December's 31 days it would be 3.97, rounded up to 4)
    assert (health["remaining"], health["needed_per_day"], health["needed_per_month"]) == (
        123,
        3,
        90,
    )
    # a flow: recruits before 1 December go into the baseline, so 62 / 31 = 2 a day
    assert (voluntary["actual"], voluntary["baseline"]) == (0, 40)
    assert (voluntary["needed_per_day"], voluntary["needed_per_month"]) == (2, 60)


# --- 2. a scheme the snapshot does not count ------------------------------------------------

UNCOUNTED = """\
version: 1
provinces:
  p:
    name: P
    actuals: [{as_of: 2023-12-31, bhyt: 800}, {as_of: 2024-03-31, bhyt: 860}]
    targets: [{period: 2024, bhyt: {total: 1000}, bhxh_tu_nguyen: {new: 240}}]
"""


def test_a_flow_the_snapshot_does_not_count_is_not_measured(write_yaml: Writer) -> None:
    path = write_yaml(UNCOUNTED)
    voluntary = by_scheme(doc(path, "progress", "-p", "p", "--as-of", "2024-03-31"))[
        "bhxh_tu_nguyen"
    ]
    assert (voluntary["plan"], voluntary["actual"], voluntary["baseline"]) == (240, None, None)
    # not `no-baseline`: there is nothing to measure; and nothing expected, like the status
    assert (voluntary["status"], voluntary["expected_by_now"]) == (None, None)
    assert voluntary["needed_per_day"] is None


def test_a_flow_counted_without_a_baseline_expects_nothing_either(write_yaml: Writer) -> None:
    text = UNCOUNTED.replace("bhyt: 860}", "bhyt: 860, bhxh_tu_nguyen: 160}")
    voluntary = by_scheme(doc(write_yaml(text), "progress", "-p", "p", "--as-of", "2024-03-31"))[
        "bhxh_tu_nguyen"
    ]
    # the status is `no-baseline`, and no expected count of 60 (240 x 91/366) stands beside it
    assert (voluntary["actual"], voluntary["status"], voluntary["expected_by_now"]) == (
        None,
        "no-baseline",
        None,
    )


# --- 3. ties in the default period ----------------------------------------------------------

# Two 182-day periods that both contain 30 April 2024, and two that both end on 31 December.
TIES = """\
version: 1
provinces:
  p:
    name: P
    actuals: [{as_of: 2024-04-30, bhyt: 900, bhxh_tu_nguyen: 40}]
    targets:
      - {period: FIRST_BHYT, bhyt: {total: 1000}}
      - {period: SECOND_BHYT, bhyt: {total: 1100}}
      - {period: FIRST_VOLUNTARY, bhxh_tu_nguyen: {total: 100}}
      - {period: SECOND_VOLUNTARY, bhxh_tu_nguyen: {total: 200}}
"""
SAME_LENGTH = ("2024-01-01/2024-06-30", "2024-02-01/2024-07-31")  # 182 days each
SAME_END = ("2024-07-01/2024-12-31", "2024-Q4")  # both after 30 April, ending 31 December


def ties(*, swapped: bool) -> str:
    health = SAME_LENGTH[::-1] if swapped else SAME_LENGTH
    voluntary = SAME_END[::-1] if swapped else SAME_END
    return (
        TIES.replace("FIRST_BHYT", health[0])
        .replace("SECOND_BHYT", health[1])
        .replace("FIRST_VOLUNTARY", voluntary[0])
        .replace("SECOND_VOLUNTARY", voluntary[1])
    )


@pytest.mark.parametrize("command", ["coverage", "progress"])
@pytest.mark.parametrize("swapped", [False, True])
def test_ties_in_the_default_period_go_by_dates_never_file_order(
    write_yaml: Writer, command: str, swapped: bool
) -> None:
    got = by_scheme(doc(write_yaml(ties(swapped=swapped)), command, "-p", "p"))
    # as long: the one that starts first; ending the same day: the shorter
    assert got["bhyt"]["period"] == "2024-01-01/2024-06-30"
    assert got["bhxh_tu_nguyen"]["period"] == "2024-Q4"


def test_two_spellings_of_the_same_days_are_one_period_in_the_default(write_yaml: Writer) -> None:
    text = ties(swapped=False).replace("2024-07-01/2024-12-31", "2024-10-01/2024-12-31")
    got = doc(write_yaml(text), "progress", "-p", "p")
    # `2024-Q4` and `2024-10-01/2024-12-31` are one period: the first spelling names it
    assert by_scheme(got)["bhxh_tu_nguyen"]["period"] == "2024-10-01/2024-12-31"


# --- 4. which denominator each row uses -----------------------------------------------------

DENOMINATORS = """\
version: 1
provinces:
  p:
    name: P
    OWN
    targets: [{period: 2024, bhyt: {rate: 90}}]
    actuals: [{as_of: 2024-01-31, bhyt: 900SNAPSHOT}]
    units:
      a:
        name: A
        population: 700
        actuals: [{as_of: 2024-01-31, bhyt: 500}, {as_of: 2024-02-29, bhyt: 510}]
      b:
        name: B
        population: 400
        actuals: [{as_of: 2024-01-31, bhyt: 300}, {as_of: 2024-02-29, bhyt: 310}]
"""


def denominators(own: str = "population: 1000", snapshot: str = ", population: 1200") -> str:
    text = DENOMINATORS.replace("OWN", own or "# no population of its own")
    return text.replace("SNAPSHOT", snapshot)


@pytest.mark.parametrize(
    ("written", "day", "value", "source"),
    [
        (("population: 1000", ", population: 1200"), "2024-01-31", 1200, "snapshot"),
        (("population: 1000", ""), "2024-01-31", 1000, "unit"),  # then the unit's own
        (("population: 1000", ""), "2024-02-29", 1000, "unit"),  # a summed date keeps the unit's
        (("", ""), "2024-02-29", 1100, "summed"),  # a unit that writes none: areas' 700 + 400
        (("", ""), "2024-01-31", 1100, "summed"),  # its own snapshot's date too
    ],
)
def test_every_row_uses_the_denominator_rule_3_names(
    write_yaml: Writer, written: tuple[str, str], day: str, value: int, source: str
) -> None:
    path = write_yaml(denominators(*written))
    cover = by_scheme(doc(path, "coverage", "-p", "p", "--as-of", day))["bhyt"]
    assert (cover["denominator_value"], cover["denominator_source"]) == (value, source)
    plan = by_scheme(doc(path, "progress", "-p", "p", "--as-of", day))["bhyt"]
    assert (plan["plan"], plan["denominator_source"]) == (-(-value * 9 // 10), source)


def test_a_row_without_figures_takes_the_units_own_denominator(write_yaml: Writer) -> None:
    # A's 29 February lacks bhyt: no sum of it, and no figures for the row
    text = denominators().replace("bhyt: 510}", "bhyt_ho_gia_dinh: 5}")
    row = by_scheme(doc(write_yaml(text), "coverage", "-p", "p", "--as-of", "2024-02-29"))["bhyt"]
    assert (row["participants"], row["denominator_value"], row["denominator_source"]) == (
        None,
        1000,
        "unit",
    )


MERGED = """\
version: 1
provinces:
  big:
    name: Big
    population: 5000
    targets: [{period: 2024, bhyt: {rate: 90}}]
    actuals: [{as_of: 2024-06-30, bhyt: 900, population: 1000}]
  small:
    name: Small
    merged_into: big
    merged_on: 2025-07-01
    actuals: [{as_of: 2024-06-30, bhyt: 400, population: 500}]
"""


def test_merged_rows_use_the_sum_of_the_members_denominators(write_yaml: Writer) -> None:
    path = write_yaml(MERGED)
    args = ("-p", "big", "--merged", "--as-of", "2024-06-30")
    cover = by_scheme(doc(path, "coverage", *args))["bhyt"]
    assert (cover["denominator_value"], cover["denominator_source"]) == (1500, "summed")
    plan = by_scheme(doc(path, "progress", *args))["bhyt"]
    assert (plan["plan"], plan["denominator_source"]) == (1350, "summed")
    lacking = write_yaml(MERGED.replace("bhyt: 400, population: 500", "bhyt: 400"))
    assert by_scheme(doc(lacking, "coverage", *args))["bhyt"]["denominator_value"] is None


def test_a_progress_row_of_a_count_names_no_denominator(write_yaml: Writer) -> None:
    text = denominators().replace("bhyt: {rate: 90}", "bhyt: {total: 1000}")
    row = by_scheme(doc(write_yaml(text), "progress", "-p", "p", "--as-of", "2024-01-31"))["bhyt"]
    assert (row["plan"], row["denominator_source"]) == (1000, None)


# --- 5. a rounded percentage never crosses 100% ---------------------------------------------

ONE_SHORT = """\
version: 1
provinces:
  p:
    name: P
    population: 300000
    actuals: [{as_of: 2024-06-30, bhyt: 249999}]
    targets: [{period: 2024, bhyt: {total: 250000}}]
"""


@pytest.mark.parametrize("command", ["coverage", "progress"])
def test_one_person_short_is_99_99_percent_in_json_and_both_languages(
    write_yaml: Writer, command: str
) -> None:
    path = write_yaml(ONE_SHORT)
    args = (command, "-p", "p", "--as-of", "2024-06-30")
    row = by_scheme(doc(path, *args))["bhyt"]
    shown = row["percent_of_target" if command == "coverage" else "percent_of_plan"]
    assert shown == 99.99  # 99.9996 half up would be 100.00, beside "1 remaining"
    english = table(path, *args, "--lang", "en")
    vietnamese = table(path, *args, "--lang", "vi")
    assert "99.99%" in english and "100.00%" not in english
    assert "99,99%" in vietnamese and "100,00%" not in vietnamese
    assert "below 100 at most 99.99" in english
    assert "dưới 100 tối đa 99,99" in vietnamese


@settings(max_examples=25, deadline=None)
@given(st.integers(1, 10**7), st.integers(0, 3))
def test_a_shown_percent_of_plan_is_100_only_when_the_plan_is_met(plan: int, short: int) -> None:
    # written to a fresh temporary file each time: a minimal file, through the command line
    import tempfile

    actual = max(0, plan - short)
    text = ONE_SHORT.replace("249999", str(actual)).replace("250000", str(plan))
    text = text.replace("300000", str(plan * 2))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "targets.yaml"
        path.write_text(text, encoding="utf-8")
        row = by_scheme(doc(path, "progress", "-p", "p", "--as-of", "2024-06-30"))["bhyt"]
    assert (row["percent_of_plan"] >= 100) == (actual >= plan)


def test_a_rate_one_person_short_is_never_coloured_as_reached() -> None:
    from datetime import date
    from decimal import Decimal

    from bhxh_cli.coverage.report import CoverageReport, coverage_row
    from bhxh_cli.domain.plans import Goal
    from bhxh_cli.domain.schemes import Scheme
    from bhxh_cli.render.coverage import coverage_view
    from bhxh_cli.render.table import RenderOptions

    # 95.6% of 250,000 needs 239,000; 238,999 is 95.5996%, shown 95.60% like the target itself
    row = coverage_row(Scheme.BHYT, 238_999, 250_000, Goal(rate=Decimal("95.6")))
    assert (row.coverage_rate, row.gap) == (Decimal("95.60"), 1)
    view = coverage_view(CoverageReport("p", "P", date(2024, 6, 30), [], [row]), RenderOptions())
    rate = view.rows[0][3]
    assert (rate.text, rate.tone) == ("95.60%", "bad")  # the exact count decides, not the rounding


# --- the README's other rules, each as written ----------------------------------------------

# Figures 1,000 at the baseline and 990 now against a plan of 995; and a plan of 0.
ALREADY_THERE = (
    UNCOUNTED.replace("bhyt: 800", "bhyt: 1000")
    .replace("bhyt: 860", "bhyt: 990")
    .replace("{total: 1000}", "{total: 995}")
    .replace("{new: 240}", "{total: 0}")
)


def test_a_stock_that_had_its_plan_and_fell_below_is_behind(write_yaml: Writer) -> None:
    rows = by_scheme(doc(write_yaml(ALREADY_THERE), "progress", "-p", "p", "--as-of", "2024-03-31"))
    # planned change 995 - 1000 < 0: no points to measure in, and short of the plan
    assert (rows["bhyt"]["baseline"], rows["bhyt"]["status"]) == (1000, "behind")


def test_a_plan_of_0_has_no_percent(write_yaml: Writer) -> None:
    text = ALREADY_THERE.replace("bhyt: 990}", "bhyt: 990, bhxh_tu_nguyen: 5}")
    rows = by_scheme(doc(write_yaml(text), "progress", "-p", "p", "--as-of", "2024-03-31"))
    assert (rows["bhxh_tu_nguyen"]["percent_of_plan"], rows["bhxh_tu_nguyen"]["status"]) == (
        None,
        "met",
    )


def test_of_two_targets_for_the_same_days_the_first_in_the_file_is_used(
    write_yaml: Writer,
) -> None:
    text = UNCOUNTED.replace(
        "    targets: [{period: 2024, bhyt: {total: 1000}, bhxh_tu_nguyen: {new: 240}}]",
        "    targets:\n"
        "      - {period: 2024, bhyt: {total: 1000}}\n"
        "      - {period: 2024-01-01/2024-12-31, bhyt: {total: 2000}}",
    )
    path = write_yaml(text)
    assert (
        by_scheme(doc(path, "progress", "-p", "p", "--as-of", "2024-03-31"))["bhyt"]["plan"] == 1000
    )
    assert (
        by_scheme(doc(path, "coverage", "-p", "p", "--as-of", "2024-03-31"))["bhyt"]["required"]
        == 1000
    )


def test_two_snapshots_of_one_date_and_scheme_are_refused(write_yaml: Writer) -> None:
    text = UNCOUNTED.replace(
        "{as_of: 2024-03-31, bhyt: 860}",
        "{as_of: 2024-03-31, bhyt: 860}, {as_of: 2024-03-31, bhyt: 870}",
    )
    path = write_yaml(text)
    run = bhxh("coverage", "-p", "p", "--data", str(path))
    assert run.exit_code == 1
    assert "[snapshot-twice] p: bhyt on 2024-03-31 is already given at" in run.stderr


def test_of_two_snapshots_on_one_date_the_last_in_the_file_is_used(write_yaml: Writer) -> None:
    text = UNCOUNTED.replace(
        "{as_of: 2024-03-31, bhyt: 860}",
        "{as_of: 2024-03-31, bhxh: 9}, {as_of: 2024-03-31, bhyt: 870}",
    )
    path = write_yaml(text)  # other schemes on one date: a warning, and the last one is read
    row = by_scheme(doc(path, "coverage", "-p", "p", "--as-of", "2024-03-31"))["bhyt"]
    assert row["participants"] == 870
