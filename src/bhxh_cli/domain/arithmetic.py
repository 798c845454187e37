"""Exact arithmetic for counts of people and percentages.

Rules, written once:
- people required for a rate target: the smallest whole number of people reaching the rate,
  ceil(rate x denominator / 100), computed on the exact decimal rate (never a binary float);
- percentages are exact fractions until shown, then rounded half up to 2 decimals, once; a
  value below 100 is shown at most as 99.99 (99.9996% of plan, one person short, is 99.99%, never
  100.00%), so a shown percentage reaches 100 only when the exact value does.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

HUNDREDTH = Decimal("0.01")
HUNDRED = Decimal(100)
BELOW_HUNDRED = HUNDRED - HUNDREDTH  # 99.99: the most a value below 100 is shown as


def ceil_fraction(value: Fraction) -> int:
    """The smallest integer not below `value`."""
    return -((-value.numerator) // value.denominator)


def people_required(rate_percent: Decimal, denominator: int) -> int:
    """Smallest whole number of people that is at least `rate_percent`% of `denominator`."""
    return ceil_fraction(Fraction(rate_percent) * denominator / 100)


def round_half_up(value: Fraction, places: Decimal = HUNDREDTH) -> Decimal:
    """Round an exact fraction half up (away from zero on a tie) to `places`."""
    scale = 1 / Fraction(places)
    scaled = abs(value) * scale
    whole = int(scaled)
    if scaled - whole >= Fraction(1, 2):
        whole += 1
    signed = whole if value >= 0 else -whole
    return (Decimal(signed) * places).quantize(places)


def percent(part: int, whole: int) -> Decimal | None:
    """part / whole x 100, rounded half up to 2 decimals, a value below 100 at most 99.99;
    None when there is no whole."""
    if whole <= 0:
        return None
    exact = Fraction(part * 100, whole)
    shown = round_half_up(exact)
    return BELOW_HUNDRED if exact < 100 <= shown else shown


def gap_and_surplus(actual: int, required: int) -> tuple[int, int]:
    """People still missing to reach `required`, and people beyond it; one of them is 0."""
    return max(0, required - actual), max(0, actual - required)
