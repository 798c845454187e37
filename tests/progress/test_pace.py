"""Pace arithmetic: elapsed days, expected by now, status, projection and the pace still needed.

The hand-checked cases show their working in comments; the properties hold for any figures.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bhxh_cli.domain.periods import parse_period
from bhxh_cli.domain.plans import Goal
from bhxh_cli.domain.schemes import Scheme
from bhxh_cli.progress.measure import ProgressRow, progress_row
from bhxh_cli.progress.pace import (
    Elapsed,
    compare,
    elapsed_at,
    expected_by_now,
    needed,
    projected_at_end,
    status,
)

YEAR_2024 = parse_period("2024")
HALF_2024 = parse_period("2024-H1")


def flow(plan: int, now: int | None, base: int | None, elapsed: Elapsed) -> ProgressRow:
    return progress_row(Scheme.BHXH_TU_NGUYEN, Goal(new=plan), (now, base), elapsed, None)


def stock(plan: int, now: int | None, base: int | None, elapsed: Elapsed) -> ProgressRow:
    return progress_row(Scheme.BHYT, Goal(total=plan), (now, base), elapsed, None)


@pytest.mark.parametrize(
    ("period", "day", "days"),
    [
        (YEAR_2024, date(2024, 4, 30), 121),  # 31 + 29 + 31 + 30: 2024 is a leap year
        (HALF_2024, date(2024, 4, 30), 121),
        (YEAR_2024, date(2024, 1, 1), 1),  # both ends included
        (YEAR_2024, date(2023, 12, 31), 0),  # before the period
        (YEAR_2024, date(2025, 3, 1), 366),  # after it: all of it
    ],
)
def test_elapsed_days_count_both_ends(period: object, day: date, days: int) -> None:
    assert elapsed_at(period, day).days == days  # type: ignore[arg-type]


def test_30_april_is_33_06_percent_of_2024_and_66_48_percent_of_its_first_half() -> None:
    assert elapsed_at(YEAR_2024, date(2024, 4, 30)).share == Fraction(121, 366)
    assert elapsed_at(HALF_2024, date(2024, 4, 30)).share == Fraction(121, 182)


def test_flow_of_60_new_by_31_march_against_240_a_year_is_on_track() -> None:
    # 91 of 366 days: expected 240 x 91/366 = 59.67 -> 60 people; 60 - 59.67 is 0.14 points
    # of 240. Projected 60 / 91 x 366 = 241.3 -> 242. Remaining 180 in 275 days: 0.65 a day
    # -> 1, 19.6 a month -> 20.
    row = flow(240, 160, 100, elapsed_at(YEAR_2024, date(2024, 3, 31)))
    assert (row.actual, row.plan, row.percent_of_plan) == (60, 240, Decimal("25.00"))
    assert (row.expected_by_now, row.status, row.projected_at_end) == (60, "on-track", 242)
    assert (row.remaining, row.needed_per_day, row.needed_per_month) == (180, 1, 20)


def test_flow_of_100_new_at_half_time_against_366_is_behind() -> None:
    # expected 183; 100 is 22.7 points of 366 below. Projected 100 x 2 = 200.
    # Remaining 266 in 183 days: 1.45 a day -> 2, 43.6 a month -> 44.
    row = flow(366, 1100, 1000, Elapsed(183, 366))
    assert (row.expected_by_now, row.status, row.projected_at_end) == (183, "behind", 200)
    assert (row.needed_per_day, row.needed_per_month) == (2, 44)


def test_flow_of_200_new_at_half_time_against_366_is_ahead() -> None:
    row = flow(366, 1200, 1000, Elapsed(183, 366))  # 17 people = 4.64 points above 183
    assert (row.status, row.projected_at_end) == ("ahead", 400)


@pytest.mark.parametrize(
    ("actual", "expected_status"),
    [(47, "behind"), (48, "on-track"), (50, "on-track"), (52, "on-track"), (53, "ahead")],
)
def test_on_track_is_within_2_points_inclusive(actual: int, expected_status: str) -> None:
    assert compare(actual, Fraction(50), 100) == expected_status


def test_stock_from_a_baseline_of_800_to_a_plan_of_1000() -> None:
    # expected 800 + 200 x 91/366 = 849.73 -> 850; 860 is 5.1 points of the planned change
    # of 200 above (1.03 points of the plan, which the band no longer uses): ahead.
    # Projected 800 + 60 / 91 x 366 = 1,041.3 -> 1,042. 140 left in 275 days: 1 a day, 16 a month.
    row = stock(1000, 860, 800, elapsed_at(YEAR_2024, date(2024, 3, 31)))
    assert (row.actual, row.expected_by_now, row.status) == (860, 850, "ahead")
    assert (row.projected_at_end, row.needed_per_day, row.needed_per_month) == (1042, 1, 16)


def test_a_stalled_stock_is_behind_though_the_plan_points_said_on_track() -> None:
    # 2025-H1: 181 days, 120 elapsed by 30 April; no growth from 243,700 towards 250,000.
    # Expected 243,700 + 6,300 x 120/181 = 247,877: 1.67 points of the plan below (the old
    # band said on track) but 66 points of the planned change.
    half = parse_period("2025-H1")
    elapsed = elapsed_at(half, date(2025, 4, 30))
    assert (elapsed.days, elapsed.period_days) == (120, 181)
    row = stock(250_000, 243_700, 243_700, elapsed)
    assert (row.expected_by_now, row.status) == (247_877, "behind")
    assert row.projected_at_end == 243_700  # 6,300 short of the plan
    expected = 243_700 + Fraction(6_300 * 120, 181)
    assert compare(243_700, expected, 250_000) == "on-track"  # measured in points of the plan


def test_stock_without_baseline_expects_nothing_and_is_met_or_no_baseline() -> None:
    elapsed = Elapsed(100, 200)
    short = stock(1000, 900, None, elapsed)
    assert (short.expected_by_now, short.projected_at_end, short.status) == (
        None,
        None,
        "no-baseline",
    )
    assert (short.needed_per_day, short.needed_per_month) == (1, 30)  # 100 in 100 days
    assert stock(1000, 1000, None, elapsed).status == "met"


def test_flow_without_baseline_has_no_actual_and_nothing_expected() -> None:
    row = flow(415, 1530, None, Elapsed(121, 366))  # 415 x 121/366 would be 138
    assert (row.actual, row.percent_of_plan, row.remaining) == (None, None, None)
    # the expected count follows the status: nothing is compared, so nothing is expected
    assert (row.expected_by_now, row.status, row.needed_per_day) == (None, "no-baseline", None)


def test_no_snapshot_gives_no_status() -> None:
    assert stock(1000, None, None, Elapsed(10, 100)).status is None


@pytest.mark.parametrize("base", [None, 400])
def test_a_scheme_the_snapshot_does_not_count_is_not_measured(base: int | None) -> None:
    for row in (flow(415, None, base, Elapsed(121, 366)), stock(900, None, base, Elapsed(1, 2))):
        assert (row.actual, row.status, row.expected_by_now, row.needed_per_day) == (
            None,
            None,
            None,
            None,
        )


def test_rate_without_denominator_has_no_plan() -> None:
    row = progress_row(
        Scheme.BHYT_HO_GIA_DINH, Goal(rate=Decimal(94)), (500, None), Elapsed(1, 2), None
    )
    assert (row.plan, row.percent_of_plan, row.status) == (None, None, None)
    rated = progress_row(
        Scheme.BHYT_HO_GIA_DINH, Goal(rate=Decimal(94)), (500, None), Elapsed(1, 2), 1000
    )
    assert (rated.plan, rated.remaining) == (940, 440)


def test_met_needs_nothing_more_even_with_no_day_left() -> None:
    assert needed(0, Elapsed(10, 10), flow=True) == needed(-5, Elapsed(3, 10), flow=False)
    assert needed(0, Elapsed(10, 10), flow=True).per_day == 0


def test_short_with_no_day_left_has_no_pace() -> None:
    gone = needed(5, Elapsed(10, 10), flow=False)
    assert (gone.per_day, gone.per_month) == (None, None)


def test_no_projection_before_the_first_day() -> None:
    assert projected_at_end(10, 0, Elapsed(0, 10)) is None


def test_snapshot_before_the_period_flow_counts_zero_new() -> None:
    row = flow(100, 500, 500, elapsed_at(YEAR_2024, date(2023, 12, 1)))
    assert (row.actual, row.expected_by_now, row.status, row.projected_at_end) == (
        0,
        0,
        "on-track",
        None,
    )
    assert (row.needed_per_day, row.needed_per_month) == (1, 9)  # 100 in 366 days: 8.2 a month


def test_days_left_before_december_are_31_for_a_flow_and_41_for_a_stock() -> None:
    december = parse_period("2024-12")
    elapsed = elapsed_at(december, date(2024, 11, 20))
    assert (elapsed.days, elapsed.days_left, elapsed.days_to_end) == (0, 31, 41)
    # a flow: recruits before 1 December go into the baseline, so December's 31 days remain
    recruits = flow(62, 500, 500, elapsed)
    assert (recruits.needed_per_day, recruits.needed_per_month) == (2, 60)  # 62 / 31
    # a stock: people who join from 21 November count on 31 December too: 41 days
    count = stock(582, 500, 500, elapsed)
    assert (count.remaining, count.needed_per_day, count.needed_per_month) == (82, 2, 60)
    bigger = stock(623, 500, 500, elapsed)  # 123 / 41 = 3 a day (123 / 31 would be 3.97)
    assert (bigger.needed_per_day, bigger.needed_per_month) == (3, 90)


# --- properties ----------------------------------------------------------------------------

counts = st.integers(0, 10**7)
periods = st.builds(
    lambda start, length: parse_period(f"{start}/{start + timedelta(days=length - 1)}"),
    st.dates(date(2000, 1, 1), date(2040, 1, 1)),
    st.integers(1, 800),
)


@st.composite
def elapsed_values(draw: st.DrawFn) -> Elapsed:
    period_days = draw(st.integers(1, 800))
    days = draw(st.integers(0, period_days))
    return Elapsed(days, period_days, draw(st.integers(0, 400)) if days == 0 else 0)


@given(periods, st.dates(date(1999, 1, 1), date(2043, 1, 1)))
def test_elapsed_days_stay_within_the_period(period: object, day: date) -> None:
    elapsed = elapsed_at(period, day)  # type: ignore[arg-type]
    assert 0 <= elapsed.days <= elapsed.period_days
    assert elapsed.days + elapsed.days_left == elapsed.period_days
    assert 0 <= elapsed.share <= 1


@given(st.integers(1, 10**7), elapsed_values())
def test_needed_pace_is_the_smallest_whole_pace_that_gets_there(
    remaining: int, elapsed: Elapsed
) -> None:
    for flow in (True, False):
        pace = needed(remaining, elapsed, flow=flow)
        left = elapsed.left_for(flow=flow)
        if left == 0:
            assert pace.per_day is None
            continue
        assert pace.per_day is not None
        assert pace.per_month is not None
        assert pace.per_day * left >= remaining
        assert (pace.per_day - 1) * left < remaining
        assert pace.per_month * left >= remaining * 30
        assert pace.per_day <= pace.per_month <= 30 * pace.per_day
    # a stock's days left are never fewer than a flow's, and equal once the period has begun
    assert elapsed.days_to_end >= elapsed.days_left
    assert elapsed.days == 0 or elapsed.days_to_end == elapsed.days_left


@given(counts, counts, st.one_of(st.none(), counts), elapsed_values(), st.booleans())
def test_remaining_plus_actual_minus_surplus_is_the_plan(
    plan: int, now: int, base: int | None, elapsed: Elapsed, is_flow: bool
) -> None:
    row = (flow if is_flow else stock)(plan, now, base, elapsed)
    if row.actual is None:
        assert is_flow
        assert base is None
        return
    assert row.remaining is not None
    assert row.surplus is not None
    assert row.remaining + row.actual - row.surplus == plan
    assert min(row.remaining, row.surplus) == 0
    assert (row.status == "met") == (row.actual >= plan)


@given(counts, counts, elapsed_values())
def test_expected_stock_lies_between_baseline_and_plan(
    plan: int, base: int, elapsed: Elapsed
) -> None:
    expected = expected_by_now(plan, elapsed, base, flow=False)
    assert expected is not None
    assert min(base, plan) <= expected <= max(base, plan)
    if elapsed.days == elapsed.period_days:
        assert expected == plan


@given(counts, counts, elapsed_values())
def test_keeping_exactly_the_expected_pace_projects_the_plan(
    plan: int, base: int, elapsed: Elapsed
) -> None:
    expected = expected_by_now(plan, elapsed, base, flow=False)
    assert expected is not None
    if elapsed.days and expected.denominator == 1:
        assert projected_at_end(int(expected), base, elapsed) == plan


@given(counts, st.integers(1, 10**7), st.fractions(0, 10**7))
def test_status_is_on_track_exactly_within_2_points(
    actual: int, plan: int, expected: Fraction
) -> None:
    got = status(actual, plan, expected)
    if actual >= plan:
        assert got == "met"
    elif abs(actual - expected) * 100 <= 2 * plan:
        assert got == "on-track"
    else:
        assert got == ("ahead" if actual > expected else "behind")


@given(periods, st.dates(date(1999, 1, 1), date(2043, 1, 1)))
def test_a_stocks_days_left_are_the_days_after_the_snapshot_to_the_end(
    period: object, day: date
) -> None:
    elapsed = elapsed_at(period, day)  # type: ignore[arg-type]
    end: date = period.end  # type: ignore[attr-defined]
    assert elapsed.days_to_end == max(0, (end - day).days)
    assert elapsed.days_left == min(elapsed.days_to_end, elapsed.period_days)
