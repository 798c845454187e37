"""The message catalogue: complete in both languages, NFC, and locale-aware numbers."""

from __future__ import annotations

import string
import unicodedata
from datetime import date
from decimal import Decimal

import pytest

from bhxh_cli.i18n import CATALOGUE, detect_lang, format_date, format_number, format_percent


def test_placeholders_match_between_languages() -> None:
    def fields(template: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(template) if name}

    for key, english in CATALOGUE["en"].items():
        assert fields(english) == fields(CATALOGUE["vi"][key]), key


def test_every_key_exists_in_both_languages() -> None:
    assert set(CATALOGUE["en"]) == set(CATALOGUE["vi"])


@pytest.mark.parametrize(
    ("value", "en", "vi"),
    [
        (1065565, "1,065,565", "1.065.565"),
        (982, "982", "982"),
        (-2059, "-2,059", "-2.059"),
        (Decimal("95.40"), "95.40", "95,40"),
        (Decimal("1234567.5"), "1,234,567.5", "1.234.567,5"),
    ],
)
def test_number_format(value: int | Decimal, en: str, vi: str) -> None:
    assert format_number(value, "en") == en
    assert format_number(value, "vi") == vi


def test_percent_and_date_format() -> None:
    assert format_percent(Decimal("90.20"), "vi") == "90,20%"
    assert format_date(date(2024, 4, 30), "vi") == "30/04/2024"
    assert format_date(date(2024, 4, 30), "en") == "2024-04-30"


@pytest.mark.parametrize(
    ("option", "env", "lang"),
    [
        ("en", {"BHXH_LANG": "vi"}, "en"),
        (None, {"BHXH_LANG": "vi", "LANG": "en_US.UTF-8"}, "vi"),
        (None, {"LC_ALL": "vi_VN.UTF-8", "LANG": "en_US.UTF-8"}, "vi"),
        (None, {"LC_ALL": "", "LC_MESSAGES": "en_GB", "LANG": "vi_VN"}, "en"),
        (None, {"LANG": "vi_VN.UTF-8"}, "vi"),
        (None, {}, "en"),
    ],
)
def test_language_precedence(option: str | None, env: dict[str, str], lang: str) -> None:
    assert detect_lang(option, env) == lang


def test_labels_are_nfc() -> None:
    for lang, labels in CATALOGUE.items():
        for key, label in labels.items():
            assert unicodedata.normalize("NFC", label) == label, (lang, key)
