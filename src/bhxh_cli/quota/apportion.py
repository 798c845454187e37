"""Largest remainder (Hamilton) with bounds, in exact integer arithmetic.

Each unit's exact share is total x weight / sum of weights. A unit whose share falls below its
minimum (or above its maximum) is pinned at that bound and the rest is shared again among the
others, until every share fits ("pin and re-quota"). Everyone then gets the whole part of their
share and the people left over go one each by largest remainder, ties broken by the larger
remainder, then the larger weight, then the order given (`quota.tie_break` in the catalogue).

The pinning is done in one sorted sweep rather than round by round, in O(n log n): the shares
that fit are `level x weight` for one common level, and every other unit sits at a bound, so the
result is the clamp `min(max(level x weight, minimum), maximum)` whose sum is the total. Pinning
round by round reaches the same shares (tests/test_apportion.py checks it against a literal
round-by-round implementation). When one round finds units below their minimum and others above
their maximum, pinning both sides at once can leave a total that no longer adds up (weights 1
and 1, minimum 3 for the first, maximum 1 for the second, total 5: both pinned give 3 + 1 = 4,
not 5); the sweep pins only the side that is pinned in every solution, and reaches 4 + 1.

A unit of zero weight has no claim beyond its minimum: it gets exactly its minimum. When no unit
has a weight above zero, a total above the sum of minimums cannot be shared and is an error.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Literal

from bhxh_cli.errors import QuotaError
from bhxh_cli.messages import Message

__all__ = ["Bound", "Claim", "apportion", "crossed_bound", "exact_shares"]

Bound = Literal["minimum", "maximum"]


@dataclass(frozen=True)
class Claim:
    """One unit's claim on a total: its weight and its bounds (None: no maximum)."""

    weight: int
    minimum: int = 0
    maximum: int | None = None


@dataclass(frozen=True)
class _Shares:
    """Exact shares as numerators over one common denominator."""

    numerators: list[int]
    denominator: int


def apportion(total: int, claims: Sequence[Claim]) -> list[int]:
    """Whole quotas adding up to `total`, each within its bounds and its share's floor/ceil."""
    shares = _bounded_shares(total, claims)
    quotas = [numerator // shares.denominator for numerator in shares.numerators]
    left = total - sum(quotas)
    if left:
        for index in _tie_order(shares, claims)[:left]:
            quotas[index] += 1
    return quotas


def exact_shares(total: int, claims: Sequence[Claim]) -> list[Fraction]:
    """Each unit's exact share after pinning, before any rounding."""
    shares = _bounded_shares(total, claims)
    return [Fraction(n, shares.denominator) for n in shares.numerators]


def _tie_order(shares: _Shares, claims: Sequence[Claim]) -> list[int]:
    """Units in tie-break order: larger remainder, then larger weight, then order given."""
    q = shares.denominator
    return sorted(
        range(len(claims)),
        key=lambda i: (-(shares.numerators[i] % q), -claims[i].weight, i),
    )


def _bounded_shares(total: int, claims: Sequence[Claim]) -> _Shares:
    _check_feasible(total, claims)
    p, q = _level(total, claims)  # each free unit's share is p/q x its weight
    numerators = []
    for claim in claims:
        share = max(p * claim.weight, claim.minimum * q)
        if claim.maximum is not None:
            share = min(share, claim.maximum * q)
        numerators.append(share)
    return _Shares(numerators, q)


def _level(total: int, claims: Sequence[Claim]) -> tuple[int, int]:
    """The level p/q at which the clamped shares add up to `total`, as (p, q).

    Sweep the points where a unit leaves its minimum (level = minimum / weight) or reaches
    its maximum (maximum / weight) in increasing order. Between two points the sum is
    `pinned + level x free_weight`; the first segment reaching `total` holds the level."""
    if all(claim.minimum == 0 and claim.maximum is None for claim in claims):
        return total, sum(claim.weight for claim in claims) or 1  # nothing to pin
    pinned = sum(claim.minimum for claim in claims)
    free_weight = 0
    level = (0, 1)
    for bound, weight, reaches_maximum in _breakpoints(claims):
        if pinned * weight + bound * free_weight >= total * weight:
            break
        pinned, free_weight = _cross(pinned, free_weight, bound, weight, reaches_maximum)
        level = (bound, weight)
    if free_weight == 0:  # every unit sits at a bound: the last point reached will do
        return level
    return total - pinned, free_weight


def _cross(
    pinned: int, free_weight: int, bound: int, weight: int, reaches_maximum: bool
) -> tuple[int, int]:
    """Pinned people and free weight once the sweep passes a unit's bound."""
    if reaches_maximum:
        return pinned + bound, free_weight - weight
    return pinned - bound, free_weight + weight


def _breakpoints(claims: Sequence[Claim]) -> list[tuple[int, int, bool]]:
    """(bound, weight, reaches maximum) sorted by bound / weight, compared exactly.

    Distinct fractions whose denominators are at most W differ by at least 1 / W**2, so
    floor(bound x W**2 / weight) orders them exactly with plain integers."""
    scale = max((claim.weight for claim in claims), default=1) ** 2
    points = []
    for claim in claims:
        if claim.weight > 0:
            points.append(
                (claim.minimum * scale // claim.weight, claim.minimum, claim.weight, False)
            )
            if claim.maximum is not None:
                points.append(
                    (claim.maximum * scale // claim.weight, claim.maximum, claim.weight, True)
                )
    points.sort(key=lambda point: (point[0], point[3]))
    return [(bound, weight, at_maximum) for _, bound, weight, at_maximum in points]


def _check_feasible(total: int, claims: Sequence[Claim]) -> None:
    if total < 0 or any(claim.weight < 0 or claim.minimum < 0 for claim in claims):
        raise ValueError("totals, weights and minimums are whole numbers >= 0")
    for claim in claims:
        if claim.maximum is not None and claim.maximum < claim.minimum:
            raise QuotaError(
                Message("split.min_above_max", minimum=claim.minimum, maximum=claim.maximum),
                hint=Message("split.min_above_max.hint"),
            )
    crossed = crossed_bound(total, claims)
    if crossed is None:
        return
    bound, limit = crossed
    if bound == "minimum":
        raise QuotaError(
            Message("split.min_total", floor=limit, total=total),
            hint=Message("split.min_total.hint"),
        )
    if not any(claim.weight > 0 for claim in claims):  # the minimums are all there is to give
        raise QuotaError(
            Message("split.no_weight", rest=total - limit, total=total, floor=limit),
            hint=Message("split.no_weight.hint"),
        )
    raise QuotaError(
        Message("split.max_total", total=total, ceiling=limit),
        hint=Message("split.max_total.hint"),
    )


def crossed_bound(total: int, claims: Sequence[Claim]) -> tuple[Bound, int] | None:
    """The bounds that keep `total` from being shared, and what they add up to: the minimums
    when they add up to more than it, the most the units can take when that is less (the
    maximums of the units of some weight, the minimums of the others). None: it can be shared."""
    floor = sum(claim.minimum for claim in claims)
    if floor > total:
        return "minimum", floor
    weighted = [claim for claim in claims if claim.weight > 0]
    if any(claim.maximum is None for claim in weighted):
        return None
    ceiling = sum(c.maximum or 0 for c in weighted) + sum(c.minimum for c in claims if not c.weight)
    return ("maximum", ceiling) if total > ceiling else None
