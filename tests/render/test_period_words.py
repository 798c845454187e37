"""Periods in words in Vietnamese tables; their ids in English tables, JSON and CSV."""

from __future__ import annotations

from datetime import date

import pytest

from bhxh_cli.domain.periods import parse_period, range_period
from bhxh_cli.render.notes import period_text


@pytest.mark.parametrize(
    ("spelling", "vi"),
    [
        ("2025", "năm 2025"),
        ("2025-H1", "6 tháng đầu năm 2025"),
        ("2025-H2", "6 tháng cuối năm 2025"),
        ("2025-Q2", "quý II/2025"),
        ("2025-Q4", "quý IV/2025"),
        ("2025-05", "tháng 5/2025"),
        ("2025-12", "tháng 12/2025"),
        ("2025-01-01/2025-06-30", "từ 01/01/2025 đến 30/06/2025"),
    ],
)
def test_a_period_in_words(spelling: str, vi: str) -> None:
    period = parse_period(spelling)
    assert period_text(period, "vi") == vi
    assert period_text(period, "en") == period.id


def test_a_range_that_is_not_a_calendar_period_is_its_days() -> None:
    period = range_period(date(2023, 7, 22), date(2023, 7, 31))
    assert period_text(period, "vi") == "từ 22/07/2023 đến 31/07/2023"
    assert period_text(None, "vi") == "—"
