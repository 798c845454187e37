"""What each unit weighs in a split: its population, its labour force, one, or its gap.

A unit lacking the figure is an error naming it: a weight is never guessed.
"""

from __future__ import annotations

from typing import assert_never

from bhxh_cli.coverage.report import unit_coverage
from bhxh_cli.domain.schemes import Denominator, Scheme
from bhxh_cli.domain.selection import pick_snapshot
from bhxh_cli.domain.units import UnitRef
from bhxh_cli.domain.weight import Weight
from bhxh_cli.errors import QuotaError
from bhxh_cli.messages import Message

_MISSING_HINT = {
    Weight.POPULATION: Message("quota.no_weight.population"),
    Weight.LABOUR_FORCE: Message("quota.no_weight.labour_force"),
    Weight.GAP: Message("quota.no_weight.gap"),
}


def unit_weights(units: list[UnitRef], scheme: Scheme, weight: Weight) -> list[int]:
    """Each unit's weight for splitting `scheme`, in the units' order."""
    found = [unit_weight(ref, scheme, weight) for ref in units]
    missing = [ref.path for ref, value in zip(units, found, strict=True) if value is None]
    if missing:
        message = Message(
            "quota.no_weight",
            scheme=scheme.value,
            weight=weight.value,
            missing=len(missing),
            count=len(units),
            units=tuple(missing),
        )
        raise QuotaError(message, hint=_MISSING_HINT.get(weight))
    return [value or 0 for value in found]


def unit_weight(ref: UnitRef, scheme: Scheme, weight: Weight) -> int | None:
    """One unit's weight, or None when the data file does not have it."""
    match weight:
        case Weight.EQUAL:
            return 1
        case Weight.POPULATION | Weight.LABOUR_FORCE:
            which = Denominator(weight.value)
            return ref.unit.denominator(which, pick_snapshot(ref.unit, None))
        case Weight.GAP:
            return _gap(ref, scheme)
        case _:
            assert_never(weight)


def _gap(ref: UnitRef, scheme: Scheme) -> int | None:
    """People still needed for the scheme's target of the current period (see coverage)."""
    rows = unit_coverage(ref).rows
    return next((row.gap for row in rows if row.scheme == scheme), None)
