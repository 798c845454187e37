"""What a split of a total is in proportion to: part of the data file's vocabulary (a
campaign's `weight:`) and of the command line's (`--weight`), so free of other imports."""

from __future__ import annotations

from enum import StrEnum


class Weight(StrEnum):
    """What a split of a total is in proportion to."""

    POPULATION = "population"
    LABOUR_FORCE = "labour_force"
    EQUAL = "equal"
    GAP = "gap"
