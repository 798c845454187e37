"""Exact arithmetic: people required, half-up percentages, and the binary-float traps."""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from bhxh_cli.domain.arithmetic import (
    ceil_fraction,
    gap_and_surplus,
    people_required,
    percent,
    round_half_up,
)


def test_seven_percent_of_100_people_needs_7_not_8() -> None:
    assert math.ceil(0.07 * 100) == 8  # the trap a float implementation falls into
    assert people_required(Decimal("7"), 100) == 7


def test_1_1_percent_of_1000_needs_11_not_12() -> None:
    assert math.ceil(1.1 / 100 * 1000) == 12
    assert people_required(Decimal("1.1"), 1000) == 11


def test_0_1_percent_of_a_million_needs_1000() -> None:
    assert people_required(Decimal("0.1"), 1_000_000) == 1000


def test_rate_between_people_rounds_up() -> None:
    assert people_required(Decimal("95.6"), 1029350) == 984059  # 984,058.6 people
    assert people_required(Decimal("40"), 485714) == 194286  # 194,285.6 people
    assert people_required(Decimal("50"), 1365) == 683  # 682.5 people


def test_percent_rounds_half_up_not_to_even() -> None:
    assert percent(1, 8) == Decimal("12.50")
    assert percent(1, 800) == Decimal("0.13")  # 0.125 -> 0.13, banker's rounding gives 0.12
    assert percent(1, 3) == Decimal("33.33")
    assert percent(2, 3) == Decimal("66.67")


def test_percent_of_nothing_is_none() -> None:
    assert percent(5, 0) is None


def test_round_half_up_negative_goes_away_from_zero() -> None:
    assert round_half_up(Fraction(-1, 8)) == Decimal("-0.13")


@given(st.decimals(min_value=0, max_value=100, places=3), st.integers(0, 10**9))
def test_people_required_is_the_smallest_count_reaching_the_rate(rate: Decimal, den: int) -> None:
    need = people_required(rate, den)
    assert Fraction(need) * 100 >= Fraction(rate) * den
    assert need == 0 or Fraction(need - 1) * 100 < Fraction(rate) * den
    assert 0 <= need <= den


@given(st.integers(0, 10**12), st.integers(1, 10**12))
def test_percent_is_within_half_a_hundredth_of_the_exact_value(part: int, whole: int) -> None:
    shown = percent(part, whole)
    exact = Fraction(part * 100, whole)
    assert shown is not None
    # half a hundredth, except just below 100, which stops at 99.99 (a hundredth at most)
    below = Fraction(9999, 100) < exact < 100
    assert abs(Fraction(shown) - exact) <= (Fraction(1, 100) if below else Fraction(1, 200))
    assert shown == shown.quantize(Decimal("0.01"))


def test_one_person_short_of_a_plan_is_never_shown_as_100_percent() -> None:
    # 249,999 / 250,000 = 99.9996%: half up gives 100.00, next to "1 remaining"
    assert percent(249_999, 250_000) == Decimal("99.99")
    assert percent(99_995, 100_000) == Decimal("99.99")  # 99.995: a tie, still below 100
    assert percent(100_000, 100_000) == Decimal("100.00")
    assert percent(1_000_001, 1_000_000) == Decimal("100.00")  # 100.0001 is above: stays


@given(st.integers(0, 10**12), st.integers(1, 10**12))
def test_a_shown_percent_reaches_100_only_when_the_exact_value_does(part: int, whole: int) -> None:
    shown = percent(part, whole)
    assert shown is not None
    assert (shown >= 100) == (part * 100 >= 100 * whole)


@given(st.fractions())
def test_ceil_fraction_matches_math_ceil(value: Fraction) -> None:
    assert ceil_fraction(value) == math.ceil(value)


@given(st.integers(0, 10**9), st.integers(0, 10**9))
def test_gap_and_surplus_are_never_both_positive(actual: int, required: int) -> None:
    gap, surplus = gap_and_surplus(actual, required)
    assert min(gap, surplus) == 0
    assert actual + gap - surplus == required
