"""What each unit weighs in a split: its population, its labour force, one, or its gap.

A unit lacking the figure is an error naming it: a weight is never guessed.
"""

from __future__ import annotations

from typing import assert_never

from bhxh_cli.coverage import unit_coverage
from bhxh_cli.errors import QuotaError
from bhxh_cli.quota_rules import Weight
from bhxh_cli.schemes import Denominator, Scheme
from bhxh_cli.selection import pick_snapshot
from bhxh_cli.units import UnitRef

_MISSING_HINT = {
    Weight.POPULATION: "add population to each of them in the data file, or weigh them equally",
    Weight.LABOUR_FORCE: "add labour_force to each of them in the data file, or weigh them equally",
    Weight.GAP: "the gap needs a snapshot and a rate or total target of the scheme in each "
    "unit; or weigh them equally",
}


def unit_weights(units: list[UnitRef], scheme: Scheme, weight: Weight) -> list[int]:
    """Each unit's weight for splitting `scheme`, in the units' order."""
    found = [unit_weight(ref, scheme, weight) for ref in units]
    missing = [ref.path for ref, value in zip(units, found, strict=True) if value is None]
    if missing:
        raise QuotaError(
            f"cannot weigh the split of {scheme.value} by {weight.value}: "
            f"{len(missing)} of {len(units)} units have none ({', '.join(missing)})",
            hint=_MISSING_HINT.get(weight),
        )
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
