"""The worked figures of the domain brief ("Contributions and support"), exactly, in đồng."""

from __future__ import annotations

from datetime import date

import pytest

from bhxh_cli.costs.amounts import household_month, voluntary_month
from bhxh_cli.costs.budget import BudgetRequest, cost
from bhxh_cli.costs.contribution import household_contribution, voluntary_contribution
from bhxh_cli.costs.policy import Policy, load_policy
from bhxh_cli.domain.periods import parse_period
from bhxh_cli.domain.schemes import Scheme

BEFORE_2027 = date(2026, 12, 1)
FROM_2027 = date(2027, 1, 1)


@pytest.fixture(scope="module")
def policy() -> Policy:
    return load_policy()


def test_lowest_voluntary_contribution_is_330000_until_2026_and_484000_from_2027(
    policy: Policy,
) -> None:
    assert voluntary_month(policy, date(2026, 12, 31), "other").contribution == 330_000
    assert voluntary_month(policy, FROM_2027, "other").contribution == 484_000


@pytest.mark.parametrize(
    ("category", "support", "pays"),
    [
        ("poor", 165_000, 165_000),
        ("near-poor", 132_000, 198_000),
        ("ethnic-minority", 99_000, 231_000),
        ("other", 66_000, 264_000),
    ],
)
def test_support_at_the_1500000_line(
    policy: Policy, category: str, support: int, pays: int
) -> None:
    month = voluntary_month(policy, BEFORE_2027, category)  # type: ignore[arg-type]
    assert (month.state, month.paid) == (support, pays)


@pytest.mark.parametrize(
    ("category", "support"),
    [("poor", 242_000), ("near-poor", 193_600), ("ethnic-minority", 145_200), ("other", 96_800)],
)
def test_support_at_the_2200000_line(policy: Policy, category: str, support: int) -> None:
    month = voluntary_month(policy, FROM_2027, category)  # type: ignore[arg-type]
    assert month.state == support
    assert month.paid == 484_000 - support


def test_support_is_of_the_contribution_on_the_line_not_of_the_income(policy: Policy) -> None:
    month = voluntary_month(policy, BEFORE_2027, "poor", income=5_000_000)
    assert (month.contribution, month.state, month.paid) == (1_100_000, 165_000, 935_000)


def test_household_cards_at_the_2340000_base_salary(policy: Policy) -> None:
    cards = household_month(policy, date(2026, 6, 30), 5).cards
    assert [card.amount for card in cards] == [105_300, 73_710, 63_180, 52_650, 42_120]


def test_household_cards_at_the_2530000_base_salary(policy: Policy) -> None:
    cards = household_month(policy, date(2026, 7, 1), 5).cards
    assert [card.amount for card in cards] == [113_850, 79_695, 68_310, 56_925, 45_540]


def test_a_household_of_four_pays_3538080_a_year_then_3825360(policy: Policy) -> None:
    before = household_contribution(policy, date(2026, 6, 1), 4).as_simple_dict()
    after = household_contribution(policy, date(2026, 7, 1), 4).as_simple_dict()
    assert before["yearly"]["paid"] == 3_538_080
    assert after["yearly"]["paid"] == 3_825_360


def test_the_fifth_and_later_members_pay_the_last_step(policy: Policy) -> None:
    month = household_month(policy, date(2026, 6, 1), 7)
    assert (month.cards[-1].rank, month.cards[-1].count, month.cards[-1].amount) == (5, 3, 42_120)
    assert month.total == 294_840 + 3 * 42_120


def _can_tho_415(policy: Policy, period: str) -> int:
    request = BudgetRequest(
        "can-tho", "Cần Thơ", parse_period(period), {Scheme.BHXH_TU_NGUYEN: 415}
    )
    return cost(policy, request).total.state


def test_415_others_for_the_12_months_of_2026_cost_the_state_328680000(policy: Policy) -> None:
    assert _can_tho_415(policy, "2026") == 415 * 12 * 66_000 == 328_680_000


def test_415_others_at_the_2027_line_cost_the_state_482064000(policy: Policy) -> None:
    assert _can_tho_415(policy, "2027") == 415 * 12 * 96_800 == 482_064_000


def test_the_chosen_income_must_lie_between_the_line_and_20_base_salaries(policy: Policy) -> None:
    result = voluntary_contribution(policy, date(2026, 6, 1), "other", 46_800_000)
    assert (result.lowest, result.highest) == (1_500_000, 20 * 2_340_000)
    assert result.month.contribution == 10_296_000
