"""Invariants of the arithmetic: support and own payment add up to the contribution; a period's
total is the sum of its months; every amount is whole đồng."""

from __future__ import annotations

from datetime import date, timedelta
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from bhxh_cli.costs.amounts import household_month, voluntary_month, whole_dong
from bhxh_cli.costs.budget import Amounts, BudgetRequest, cost, period_months, split_by_category
from bhxh_cli.costs.policy import load_policy
from bhxh_cli.costs.policy_model import CATEGORIES
from bhxh_cli.domain.periods import parse_period, range_period
from bhxh_cli.domain.plans import SupportTopUp
from bhxh_cli.domain.schemes import Scheme

POLICY = load_policy()
# The days every parameter of the shipped file covers.
DAYS = st.dates(min_value=date(2025, 7, 1), max_value=date(2030, 12, 31))
CATEGORY = st.sampled_from(CATEGORIES)


@given(DAYS, CATEGORY, st.integers(0, 100))
def test_support_and_payment_add_up_to_the_contribution(
    day: date, category: str, extra: int
) -> None:
    lowest = POLICY.at("poverty_line", day).amount
    top_up = SupportTopUp(
        "other", date(2025, 1, 1), "resolution", percent=None, amount=extra * 1000
    )
    month = voluntary_month(POLICY, day, category, lowest + extra * 12_345, (top_up,))  # type: ignore[arg-type]
    assert month.state + month.province + month.paid == month.contribution
    assert month.paid >= 0
    assert all(isinstance(amount, int) for amount in month.amounts())


@given(DAYS, st.integers(1, 40))
def test_a_household_pays_the_sum_of_its_cards(day: date, members: int) -> None:
    month = household_month(POLICY, day, members)
    assert sum(card.count for card in month.cards) == members
    assert month.total == sum(card.amount * card.count for card in month.cards)
    amounts = [card.amount for card in month.cards]
    assert amounts == sorted(amounts, reverse=True)  # a later member never pays more


@settings(max_examples=30, deadline=None)
@given(
    st.dates(min_value=date(2025, 7, 1), max_value=date(2029, 6, 30)),
    st.integers(0, 400),
    st.integers(0, 5000),
    st.integers(0, 500),
    st.integers(1, 6),
)
def test_any_range_costs_the_sum_of_its_months(
    start: date, days: int, voluntary: int, household: int, size: int
) -> None:
    period = range_period(start, start + timedelta(days=days))
    new = {Scheme.BHXH_TU_NGUYEN: voluntary, Scheme.BHYT_HO_GIA_DINH: household}
    whole = cost(POLICY, BudgetRequest("p", "P", period, new, household_size=size))
    months = [
        cost(POLICY, BudgetRequest("p", "P", range_period(m, m), new, household_size=size)).total
        for m in period_months(period)
    ]
    assert whole.total == sum(months, Amounts())
    total = whole.total
    assert total.state + total.province + total.paid == total.contribution


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["2026", "2026-H2", "2027", "2026-Q4", "2027-03"]), st.integers(1, 3000))
def test_a_year_is_the_sum_of_its_months_one_by_one(period_id: str, voluntary: int) -> None:
    period = parse_period(period_id)
    new = {Scheme.BHXH_TU_NGUYEN: voluntary, Scheme.BHYT_HO_GIA_DINH: voluntary}
    total = cost(POLICY, BudgetRequest("p", "P", period, new, household_size=3)).total
    months = period_months(period)
    one_by_one = [
        cost(POLICY, BudgetRequest("p", "P", range_period(m, m), new, household_size=3)).total
        for m in months
    ]
    assert total.state == sum(month.state for month in one_by_one)
    assert total.paid == sum(month.paid for month in one_by_one)


@given(st.integers(0, 10**9), st.integers(0, 100), st.integers(0, 100))
def test_a_mix_shares_out_every_participant(total: int, poor: int, near: int) -> None:
    mix = {"poor": Fraction(poor, 2), "near-poor": Fraction(near, 2)}
    counts = split_by_category(total, mix)  # type: ignore[arg-type]
    assert sum(counts.values()) == total
    assert abs(counts["poor"] - Fraction(poor, 200) * total) < 1


@given(st.fractions(min_value=0, max_value=10**9))
def test_whole_dong_rounds_half_up_once(value: Fraction) -> None:
    rounded = whole_dong(value)
    assert abs(rounded - value) <= Fraction(1, 2)
    assert rounded - value != Fraction(-1, 2)  # a half goes up
