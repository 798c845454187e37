"""Largest remainder with bounds: the published splits, the Alabama paradox, and its invariants."""

from __future__ import annotations

import math
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bhxh_cli.errors import QuotaError
from bhxh_cli.quota.apportion import Claim, apportion, exact_shares


def split(total: int, weights: list[int]) -> list[int]:
    return apportion(total, [Claim(weight) for weight in weights])


# --- published results ------------------------------------------------------------------------


def test_100_over_5117_4400_162_161_160_gives_51_44_2_2_1() -> None:
    assert split(100, [5117, 4400, 162, 161, 160]) == [51, 44, 2, 2, 1]


def test_20_over_2560_3315_995_5012_gives_4_6_2_8() -> None:
    assert split(20, [2560, 3315, 995, 5012]) == [4, 6, 2, 8]


ALABAMA = [21878, 9713, 4167, 3252, 1065]


def test_43_over_21878_9713_4167_3252_1065_gives_24_10_4_4_1() -> None:
    assert split(43, ALABAMA) == [24, 10, 4, 4, 1]


def test_44_over_the_same_gives_24_11_5_3_1() -> None:
    assert split(44, ALABAMA) == [24, 11, 5, 3, 1]


def test_alabama_paradox_one_more_to_share_costs_the_fourth_unit_a_person() -> None:
    """Largest remainder is not house-monotone: this is the method, shown rather than hidden."""
    smaller, larger = split(43, ALABAMA), split(44, ALABAMA)
    assert sum(larger) == sum(smaller) + 1
    assert larger[3] == smaller[3] - 1


# --- ties, zero weights, edge cases -----------------------------------------------------------


def test_184_over_10_equal_days_gives_19_to_the_first_4_days() -> None:
    assert split(184, [1] * 10) == [19] * 4 + [18] * 6


def test_368_over_10_equal_days_gives_37_to_the_first_8_days() -> None:
    assert split(368, [1] * 10) == [37] * 8 + [36] * 2


def test_equal_remainders_go_to_the_larger_weight_first() -> None:
    # shares 1.5, 1.5 and 3: equal remainders, the unit weighing more gets the extra person
    assert split(6, [2, 2, 4]) == [2, 1, 3]
    assert apportion(3, [Claim(1), Claim(1), Claim(1)]) == [1, 1, 1]
    assert apportion(1, [Claim(3), Claim(3)]) == [1, 0]


def test_zero_weight_gets_exactly_its_minimum() -> None:
    assert apportion(10, [Claim(0, 2), Claim(0, 3), Claim(1)]) == [2, 3, 5]


def test_all_weights_zero_gives_the_minimums_when_they_are_the_total() -> None:
    assert apportion(5, [Claim(0, 2), Claim(0, 3)]) == [2, 3]


def test_all_weights_zero_and_people_left_over_is_an_error() -> None:
    with pytest.raises(QuotaError, match="no unit has a weight above zero to take the 2 people"):
        apportion(7, [Claim(0, 2), Claim(0, 3)])


def test_no_units() -> None:
    assert apportion(0, []) == []
    with pytest.raises(QuotaError, match="take the 5 people"):
        apportion(5, [])


# --- bounds: pin and re-quota -----------------------------------------------------------------


def test_415_over_83_wards_at_least_5_each_gives_5_each() -> None:
    assert apportion(415, [Claim(w, 5) for w in range(1, 84)]) == [5] * 83


def test_a_unit_below_its_minimum_is_pinned_and_the_rest_shared_again() -> None:
    # unbounded: 90.9 and 9.09; the small unit is pinned at 20, the other gets the other 80
    assert apportion(100, [Claim(10, 20), Claim(1, 20)]) == [80, 20]


def test_pinning_repeats_until_every_share_fits() -> None:
    # first round pins only the last unit (2.5 < 5); the re-share pushes the third below 5 too
    claims = [Claim(100, 5), Claim(100, 5), Claim(12, 5), Claim(5, 5)]
    assert exact_shares(50, claims)[2:] == [5, 5]
    assert apportion(50, claims) == [20, 20, 5, 5]


def test_a_unit_above_its_maximum_is_pinned() -> None:
    assert apportion(60, [Claim(1, 0, 50), Claim(100, 0, 50)]) == [10, 50]


def test_units_below_and_above_in_one_round_still_add_up() -> None:
    # both pinned at once would give 3 + 1 = 4 of 5: only the unit above its maximum is pinned
    assert apportion(5, [Claim(1, 3), Claim(1, 0, 1)]) == [4, 1]
    assert apportion(60, [Claim(1, 5, 50), Claim(100, 5, 50)]) == [10, 50]


def test_minimums_above_the_total_name_the_numbers() -> None:
    with pytest.raises(QuotaError, match="the minimums add up to 450, more than the total 415"):
        apportion(415, [Claim(1, 50)] * 9)


def test_total_above_the_maximums_names_the_numbers() -> None:
    with pytest.raises(
        QuotaError, match=r"the total 100 is more than the maximums add up to \(90\)"
    ):
        apportion(100, [Claim(1, 0, 10)] * 9)


def test_minimum_above_maximum_is_an_error() -> None:
    with pytest.raises(QuotaError, match=r"a minimum \(6\) is above its maximum \(5\)"):
        apportion(10, [Claim(1, 6, 5), Claim(1)])


def test_quota_error_exits_1() -> None:
    assert QuotaError("x").exit_code == 1


def test_ten_thousand_units_with_a_minimum_each_is_quick() -> None:
    import time

    claims = [Claim((i * 7919) % 100_000 + 1, 5) for i in range(10_600)]
    started = time.perf_counter()
    quotas = apportion(1_000_000, claims)
    assert sum(quotas) == 1_000_000
    assert min(quotas) >= 5
    assert time.perf_counter() - started < 2


# --- invariants -------------------------------------------------------------------------------

weights = st.lists(st.integers(0, 1000), min_size=1, max_size=12)
totals = st.integers(0, 5000)


@st.composite
def bounded_claims(draw: st.DrawFn) -> list[Claim]:
    claims = []
    for weight in draw(weights):
        minimum = draw(st.integers(0, 30))
        maximum = draw(st.none() | st.integers(minimum, minimum + 400))
        claims.append(Claim(weight, minimum, maximum))
    return claims


def feasible(total: int, claims: list[Claim]) -> bool:
    floor = sum(c.minimum for c in claims)
    weighted = [c for c in claims if c.weight]
    if total < floor or (not weighted and total > floor):
        return False
    if any(c.maximum is None for c in weighted):
        return True
    zero_weights = sum(c.minimum for c in claims if not c.weight)
    return total <= sum(c.maximum or 0 for c in weighted) + zero_weights


@given(totals, weights)
def test_sum_is_exact_and_each_within_floor_and_ceil_of_its_exact_share(
    total: int, raw: list[int]
) -> None:
    if not any(raw):
        raw = [*raw[:-1], 1]
    quotas = split(total, raw)
    assert sum(quotas) == total
    for quota, weight in zip(quotas, raw, strict=True):
        share = Fraction(total * weight, sum(raw))
        assert math.floor(share) <= quota <= math.ceil(share)


@given(totals, bounded_claims())
def test_bounds_respected_sum_exact_or_rejected(total: int, claims: list[Claim]) -> None:
    if not feasible(total, claims):
        with pytest.raises(QuotaError):
            apportion(total, claims)
        return
    quotas = apportion(total, claims)
    assert sum(quotas) == total
    for quota, share, claim in zip(quotas, exact_shares(total, claims), claims, strict=True):
        assert claim.minimum <= quota
        assert claim.maximum is None or quota <= claim.maximum
        assert math.floor(share) <= quota <= math.ceil(share)
        if claim.weight == 0:
            assert quota == claim.minimum


@given(totals, bounded_claims())
def test_same_input_same_output(total: int, claims: list[Claim]) -> None:
    if feasible(total, claims):
        assert apportion(total, claims) == apportion(total, list(claims))


def pin_and_requota(total: int, claims: list[Claim]) -> list[Fraction]:
    """The clarified rule, literally: round by round, with exact shares.

    Compare each free unit's exact share with its bounds, pin every violating unit at once and
    share the rest again among the others, until none violates. When one round has units both
    below and above, only the side whose pinning moves the others' shares away from the other
    side is pinned (see apportion.py); with one kind of bound this is the literal rule."""
    pinned = {i: Fraction(c.minimum) for i, c in enumerate(claims) if c.weight == 0}
    while True:
        free = [i for i in range(len(claims)) if i not in pinned]
        rest = total - sum(pinned.values())
        weight = sum(claims[i].weight for i in free)
        shares = {i: rest * claims[i].weight / Fraction(weight) for i in free}
        low = {i: claims[i].minimum for i in free if shares[i] < claims[i].minimum}
        high = {i: c.maximum for i in free if (c := claims[i]).maximum is not None}
        high = {i: m for i, m in high.items() if shares[i] > m}
        if not low and not high:
            return [pinned.get(i, shares.get(i, Fraction(0))) for i in range(len(claims))]
        raised = sum(m - shares[i] for i, m in low.items())
        lowered = sum(shares[i] - m for i, m in high.items())
        pinned.update({i: Fraction(m) for i, m in low.items()} if raised >= lowered else {})
        pinned.update({i: Fraction(m) for i, m in high.items()} if lowered >= raised else {})


@given(totals, bounded_claims())
def test_the_sweep_gives_the_shares_of_pin_and_requota_round_by_round(
    total: int, claims: list[Claim]
) -> None:
    if feasible(total, claims) and any(c.weight for c in claims):
        assert exact_shares(total, claims) == pin_and_requota(total, claims)


@given(totals, bounded_claims())
def test_with_minimums_only_pinning_all_violators_at_once_is_the_rule(
    total: int, claims: list[Claim]
) -> None:
    only_minimums = [Claim(c.weight, c.minimum) for c in claims]
    if feasible(total, only_minimums) and any(c.weight for c in claims):
        shares = pin_and_requota(total, only_minimums)
        assert exact_shares(total, only_minimums) == shares
