"""The catalogue: every label in both languages, Vietnamese composed (NFC)."""

from __future__ import annotations

import unicodedata

from bhxh_cli.i18n import CATALOGUE


def test_every_key_exists_in_both_languages() -> None:
    assert set(CATALOGUE["en"]) == set(CATALOGUE["vi"])


def test_labels_are_nfc() -> None:
    for lang, labels in CATALOGUE.items():
        for key, label in labels.items():
            assert unicodedata.normalize("NFC", label) == label, (lang, key)
