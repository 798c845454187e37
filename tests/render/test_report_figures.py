"""The report's figures: bars drawn from the exact counts, the counts beside each percentage."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from bhxh_cli.render.report.figures import BAR_WIDTH, pixels


@given(st.integers(min_value=-10, max_value=10**9), st.integers(min_value=1, max_value=10**9))
def test_a_bar_is_the_exact_share_of_its_width_within_the_bar(part: int, whole: int) -> None:
    drawn = Decimal(pixels(part, whole))
    assert Decimal(0) <= drawn <= BAR_WIDTH
    exact = Fraction(min(max(part, 0), whole), whole) * BAR_WIDTH
    assert abs(Fraction(drawn) - exact) <= Fraction(1, 200)


@given(st.integers(min_value=0, max_value=10**7), st.integers(min_value=1, max_value=10**7))
def test_more_people_never_draw_a_shorter_bar(part: int, whole: int) -> None:
    assert Decimal(pixels(part, whole)) <= Decimal(pixels(part + 1, whole))


def test_the_voluntary_bar_of_can_tho() -> None:
    share = Decimal(18_590 * BAR_WIDTH) / Decimal(28_883)
    assert pixels(18_590, 28_883) == str(share.quantize(Decimal("0.01"), ROUND_HALF_UP))
    assert pixels(1_065_565, 1_057_188) == f"{BAR_WIDTH}.00"  # a plan passed fills the bar
