"""What people type: --lang and --no-color anywhere, dates the Vietnamese way."""

from __future__ import annotations

from datetime import date

import pytest

from bhxh_cli.cli.argv import asks_for_help, hoist_run_options, lang_typed
from bhxh_cli.domain.days import BadDayError, read_day
from bhxh_cli.i18n import say
from tests.conftest import bhxh

pytestmark = pytest.mark.usefixtures("in_repository")


# --- --lang and --no-color anywhere on the line --------------------------------------------------


@pytest.mark.parametrize(
    ("args", "hoisted"),
    [
        (
            ["coverage", "-p", "dong-thap", "--lang", "vi"],
            ["--lang", "vi", "coverage", "-p", "dong-thap"],
        ),
        (["coverage", "--lang=vi", "--no-color"], ["--lang=vi", "--no-color", "coverage"]),
        (["--lang", "en", "coverage"], ["--lang", "en", "coverage"]),
        (["validate", "--", "--lang", "x"], ["validate", "--", "--lang", "x"]),
        (["coverage", "--lang"], ["coverage", "--lang"]),
    ],
)
def test_run_options_are_moved_before_the_command(args: list[str], hoisted: list[str]) -> None:
    assert hoist_run_options(args) == hoisted


def test_the_last_lang_typed_wins() -> None:
    assert lang_typed(["--lang", "en", "--lang=vi", "coverage"]) == "vi"
    assert lang_typed(["coverage"]) is None


def test_help_is_asked_for_alone_or_with_a_help_flag() -> None:
    assert asks_for_help([])
    assert asks_for_help(["--lang", "vi", "--no-color"])
    assert asks_for_help(["coverage", "-h"])
    assert not asks_for_help(["--lang", "vi", "coverage"])


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_lang_after_the_command_is_the_same_as_before_it(lang: str) -> None:
    before = bhxh("--lang", lang, "--no-color", "coverage", "-p", "vinh-long")
    after = bhxh("coverage", "-p", "vinh-long", "--lang", lang, "--no-color")
    assert (after.exit_code, after.stdout) == (0, before.stdout)
    assert ("Loại hình" in after.stdout) == (lang == "vi")


def test_lang_after_the_command_also_sets_the_language_of_errors() -> None:
    run = bhxh("coverage", "-p", "dong-thap", "--lang", "vi")
    assert run.exit_code == 2
    assert "không có đơn vị 'dong-thap'" in run.stderr


# --- dates as people write them ------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["2024-12-31", "31/12/2024", " 31/12/2024 "])
def test_a_day_in_iso_or_day_first(typed: str) -> None:
    assert read_day(typed) == date(2024, 12, 31)


def test_a_day_without_leading_zeros() -> None:
    assert read_day("3/4/2025") == date(2025, 4, 3)


@pytest.mark.parametrize(
    ("typed", "en", "vi"),
    [
        ("29/02/2025", "month 2 of 2025 has 28 days", "tháng 2/2025 có 28 ngày"),
        ("2024-04-31", "month 4 of 2024 has 30 days", "tháng 4/2024 có 30 ngày"),
        ("1/13/2024", "there is no month 13", "không có tháng 13"),
        ("30.04.2024", "not a date", "không phải một ngày"),
        ("01/01/1800", "date '01/01/1800' is outside 1900-01-01 to 2999-12-31", None),
    ],
)
def test_a_bad_day_says_what_is_wrong(typed: str, en: str, vi: str | None) -> None:
    with pytest.raises(BadDayError) as bad:
        read_day(typed)
    assert say(bad.value.message, "en") == en
    if vi is not None:
        assert say(bad.value.message, "vi") == vi


def test_29_february_of_a_leap_year_is_a_day() -> None:
    assert read_day("29/02/2024") == date(2024, 2, 29)


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_as_of_takes_the_date_as_the_vietnamese_table_prints_it(lang: str) -> None:
    iso = bhxh("--lang", lang, "coverage", "-p", "can-tho", "--as-of", "2024-04-30")
    typed = bhxh("--lang", lang, "coverage", "-p", "can-tho", "--as-of", "30/04/2024")
    assert (typed.exit_code, typed.stdout) == (0, iso.stdout)


@pytest.mark.parametrize(
    ("lang", "said"),
    [("en", "month 2 of 2025 has 28 days"), ("vi", "tháng 2/2025 có 28 ngày")],
)
def test_a_bad_as_of_says_what_is_wrong_in_the_users_language(lang: str, said: str) -> None:
    run = bhxh("--lang", lang, "coverage", "-p", "can-tho", "--as-of", "29/02/2025")
    assert run.exit_code == 2
    assert said in run.stderr


def test_quota_start_takes_a_day_first_date() -> None:
    iso = bhxh("quota", "lam-dong-2023-07", "--start", "2023-07-22", "--days", "3", "-f", "json")
    typed = bhxh("quota", "lam-dong-2023-07", "--start", "22/7/2023", "--days", "3", "-f", "json")
    assert (typed.exit_code, typed.stdout) == (0, iso.stdout)


@pytest.mark.parametrize(
    ("typed", "spelled"),
    [
        ("01/01/2024-30/06/2024", "2024-01-01/2024-06-30"),
        ("1/1/2024-30/6/2024", "2024-01-01/2024-06-30"),
        ("2024-H1", "2024-H1"),
        ("2024-01-01/2024-06-30", "2024-01-01/2024-06-30"),
        ("1/1/2024-31/6/2024", "1/1/2024-31/6/2024"),  # left for the period reader to refuse
        (None, None),
    ],
)
def test_a_period_typed_day_first(typed: str | None, spelled: str | None) -> None:
    from bhxh_cli.cli.options import period_spelling

    assert period_spelling(typed) == spelled


@pytest.mark.parametrize("lang", ["en", "vi"])
@pytest.mark.parametrize("command", ["coverage", "progress"])
def test_period_day_first_is_the_same_days_as_the_iso_range(command: str, lang: str) -> None:
    iso = bhxh("--lang", lang, command, "-p", "can-tho", "--period", "2024-01-01/2024-06-30")
    typed = bhxh("--lang", lang, command, "-p", "can-tho", "--period", "01/01/2024-30/06/2024")
    assert (typed.exit_code, typed.stdout) == (0, iso.stdout)
