"""A province's support top-ups in the targets file: read, validated, cached and read back."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from bhxh_cli.datafile.parse import examine
from bhxh_cli.datafile.records import decoded, encoded
from bhxh_cli.domain.plans import SupportTopUp
from tests.conftest import PROVINCE
from tests.costs.test_costs_cli import TOP_UP


def test_top_ups_are_read_with_their_dates_and_source() -> None:
    examined = examine(TOP_UP, "targets.yaml", date(2026, 12, 1))
    assert examined.problems == []
    assert examined.data is not None
    support = examined.data.provinces["p"].support
    assert support[0] == SupportTopUp(
        "near-poor",
        date(2026, 1, 1),
        "Resolution 1/2025/NQ-HĐND (an example for this test, not a real resolution)",
        percent=Decimal(10),
    )
    assert (support[1].amount, support[1].until) == (500_000, date(2026, 6, 30))


def test_top_ups_survive_the_cache_of_validated_files() -> None:
    examined = examine(TOP_UP, "targets.yaml", date(2026, 12, 1))
    assert examined.data is not None
    assert decoded(encoded(examined.data)) == examined.data


def test_a_file_without_top_ups_has_none() -> None:
    examined = examine(PROVINCE, "targets.yaml", date(2026, 12, 1))
    assert examined.data is not None
    assert examined.data.provinces["p"].support == ()


def test_a_top_up_needs_its_resolution_and_a_known_category() -> None:
    first_source = next(line for line in TOP_UP.splitlines(keepends=True) if "source:" in line)
    text = TOP_UP.replace(first_source, "", 1)
    text = text.replace("category: poor", "category: rich")
    rules = sorted(p.rule for p in examine(text, "targets.yaml", date(2026, 12, 1)).problems)
    assert rules == ["missing-key", "wrong-type"]
