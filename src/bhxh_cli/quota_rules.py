"""The written rules of a quota split, shared by the core, `--help`, tables and JSON.

Free of imports beyond the standard enum, so the command line can show them in its help
without loading the core.
"""

from __future__ import annotations

from enum import StrEnum

METHOD = "largest-remainder"
TIE_BREAK = "larger remainder, then larger weight, then order in the data file"


class Weight(StrEnum):
    """What a split of a total is in proportion to."""

    POPULATION = "population"
    LABOUR_FORCE = "labour_force"
    EQUAL = "equal"
    GAP = "gap"
