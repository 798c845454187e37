"""Schedules as campaigns run: Sundays and public holidays off, names and each day's total."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from bhxh_cli.errors import UsageError
from bhxh_cli.i18n import say
from bhxh_cli.quota.days import DaysOff, campaign_days, read_holidays, read_weekdays
from tests.conftest import bhxh

pytestmark = pytest.mark.usefixtures("in_repository")

HAU_GIANG = ("quota", "hau-giang-2024-05", "--start", "10/05/2024")


@pytest.mark.parametrize(
    ("typed", "weekdays"),
    [("sun", {6}), ("SAT,sun", {5, 6}), ("cn", {6}), ("t7, CN", {5, 6}), ("mon", {0})],
)
def test_weekdays_in_english_or_vietnamese(typed: str, weekdays: set[int]) -> None:
    assert read_weekdays(typed) == weekdays


@pytest.mark.parametrize(
    ("lang", "said"), [("en", "unknown weekday 'sunday'"), ("vi", "không có thứ 'sunday'")]
)
def test_an_unknown_weekday_says_what_to_write(lang: str, said: str) -> None:
    with pytest.raises(UsageError) as bad:
        read_weekdays("sunday")
    assert said in say(bad.value.message, lang)


def test_holidays_one_date_a_line_with_comments() -> None:
    listed = read_holidays("# Reunification Day\n30/04/2025\n\n2025-05-01  # Labour Day\n", "h.txt")
    assert listed == {date(2025, 4, 30), date(2025, 5, 1)}


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "h.txt:2: bad date '31/04/2025': month 4 of 2025 has 30 days"),
        ("vi", "h.txt:2: ngày không hợp lệ '31/04/2025': tháng 4/2025 có 30 ngày"),
    ],
)
def test_a_bad_holiday_names_its_line(lang: str, said: str) -> None:
    with pytest.raises(UsageError) as bad:
        read_holidays("30/04/2025\n31/04/2025\n", "h.txt")
    assert say(bad.value.message, lang) == said


def test_skipped_days_get_no_quota_and_are_listed() -> None:
    week = (*(date(2025, 4, day) for day in range(27, 31)), date(2025, 5, 1))  # Sun 27 to Thu 1
    kept, skipped = campaign_days(week, DaysOff(frozenset({6}), frozenset({date(2025, 4, 30)})))
    assert skipped == (date(2025, 4, 27), date(2025, 4, 30))
    assert kept == (date(2025, 4, 28), date(2025, 4, 29), date(2025, 5, 1))


def test_every_day_off_is_an_error() -> None:
    with pytest.raises(UsageError):
        campaign_days((date(2025, 4, 27),), DaysOff(frozenset({6})))


def test_sunday_off_leaves_the_quota_to_the_other_days() -> None:
    doc = json.loads(bhxh(*HAU_GIANG, "--days", "3", "--skip-weekdays", "sun", "-f", "json").stdout)
    assert {d["date"] for d in doc["schedule"]} == {"2024-05-10", "2024-05-11"}
    assert doc["skipped_days"] == ["2024-05-12"]
    assert sum(d["quota"] for d in doc["schedule"]) == 400 + 800
    assert doc["day_totals"][:2] == [
        {"date": "2024-05-10", "scheme": "bhxh_tu_nguyen", "quota": 200},
        {"date": "2024-05-10", "scheme": "bhyt_ho_gia_dinh", "quota": 400},
    ]
    assert doc["schedule"][0]["name"] == "Vị Thanh"


def test_a_holidays_file_with_sunday_off(tmp_path: Path) -> None:
    holidays = tmp_path / "holidays.txt"
    holidays.write_text("11/05/2024\n", encoding="utf-8")
    args = (*HAU_GIANG, "--days", "3", "--skip-weekdays", "sun", "--holidays", str(holidays))
    doc = json.loads(bhxh(*args, "-f", "json").stdout)
    assert {d["date"] for d in doc["schedule"]} == {"2024-05-10"}
    assert doc["skipped_days"] == ["2024-05-11", "2024-05-12"]


@pytest.mark.parametrize(
    ("lang", "said"), [("en", "need a day-by-day plan"), ("vi", "cần kế hoạch theo ngày")]
)
def test_days_off_without_days_is_a_usage_error(lang: str, said: str) -> None:
    run = bhxh("--lang", lang, "quota", "hau-giang-2024-05", "--skip-weekdays", "sun")
    assert run.exit_code == 2
    assert said in run.stderr


@pytest.mark.parametrize(
    ("lang", "day_total", "off"),
    [
        ("en", "Day's total", "Days off, with no quota: 2024-05-12."),
        ("vi", "Cộng ngày", "12/05/2024"),
    ],
)
def test_the_schedule_names_units_totals_each_day_and_lists_days_off(
    lang: str, day_total: str, off: str
) -> None:
    out = bhxh("--lang", lang, *HAU_GIANG, "--days", "3", "--skip-weekdays", "sun").stdout
    assert out.count(day_total) == 2
    assert "Thị xã Long Mỹ" in out
    assert off in out


@pytest.mark.parametrize(("lang", "note"), [("en", "Largest remainder"), ("vi", "số dư lớn nhất")])
def test_the_tie_break_note_only_where_rounding_happened(lang: str, note: str) -> None:
    whole = bhxh("--lang", lang, "quota", "hau-giang-2024-05").stdout
    even_days = bhxh("--lang", lang, *HAU_GIANG, "--days", "2").stdout
    odd_days = bhxh("--lang", lang, *HAU_GIANG, "--days", "3").stdout
    split = bhxh(
        "--lang", lang, "quota", "-p", "can-tho", "--split", "bhxhtn=415", "--weight", "equal"
    ).stdout
    assert note not in whole
    assert note not in even_days
    assert note in odd_days  # 50 over 3 days: 17, 17, 16
    assert note in split  # 415 over 9 units
