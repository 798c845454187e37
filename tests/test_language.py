"""The language: tables, messages and problems follow it; JSON, CSV and annotations never do."""

from __future__ import annotations

import pytest

from tests.conftest import bhxh

pytestmark = pytest.mark.usefixtures("in_repository")

FIXTURES = "tests/fixtures/validate/"
SPLIT = ("-p", "can-tho", "--split", "bhxh_tu_nguyen=415", "--weight", "equal", "--min", "5")
MACHINE_OUTPUTS = [
    ("coverage", "-f", "json"),
    ("coverage", "-f", "csv"),
    ("coverage", "-p", "vinh-long", "-f", "json"),
    ("coverage", "-p", "can-tho", "--merged", "-f", "json"),
    ("coverage", "-p", "can-tho", "--period", "2024", "-f", "csv"),
    ("provinces", "-f", "json"),
    ("provinces", "-f", "csv"),
    ("progress", "-p", "can-tho", "-f", "json"),
    ("progress", "-p", "can-tho", "--by-unit", "--period", "all", "-f", "json"),
    ("progress", "-p", "can-tho", "--merged", "-f", "csv"),
    ("quota", "lam-dong-2023-07", "-f", "json"),
    ("quota", "lam-dong-2023-07", "-f", "csv"),
    ("quota", *SPLIT, "-f", "json"),
    ("validate", "-f", "json", FIXTURES + "bhxh-not-sum.yaml", FIXTURES + "tabs.yaml"),
    ("validate", "-f", "github", FIXTURES + "unknown-key.yaml", FIXTURES + "future-snapshot.yaml"),
    ("schema",),
]
VIETNAMESE = [
    {"BHXH_LANG": "vi"},
    {"LC_ALL": "vi_VN.UTF-8"},
    {"LANG": "vi_VN.UTF-8"},
]


@pytest.mark.parametrize("args", MACHINE_OUTPUTS, ids=" ".join)
def test_json_csv_and_annotations_are_byte_identical_in_every_language(
    args: tuple[str, ...],
) -> None:
    english = bhxh("--lang", "en", *args)
    assert english.stdout
    assert bhxh("--lang", "vi", *args).stdout == english.stdout
    for env in VIETNAMESE:
        assert bhxh(*args, env=env).stdout == english.stdout


def test_vinh_long_in_vietnamese_and_in_english() -> None:
    vi = bhxh("--lang", "vi", "coverage", "--province", "vinh-long").stdout
    for text in ("Loại hình", "Người", "Tỷ lệ bao", "Chỉ tiêu", "Còn thiếu", "BHYT"):
        assert text in vi
    for figure in ("95,40%", "984.059", "2.059"):
        assert figure in vi
    en = bhxh("--lang", "en", "coverage", "--province", "vinh-long").stdout
    for figure in ("95.40%", "984,059", "2,059"):
        assert figure in en
    assert "Scheme" in en


@pytest.mark.parametrize("env", VIETNAMESE)
def test_messages_follow_the_locale(env: dict[str, str]) -> None:
    run = bhxh("coverage", "-p", "vinh-lon", env=env)
    assert run.stderr.startswith("bhxh: lỗi: không có đơn vị 'vinh-lon'\n  gợi ý: ")


def test_validate_text_follows_the_language_json_does_not() -> None:
    path = FIXTURES + "bhxh-not-sum.yaml"
    text = bhxh("--lang", "vi", "validate", path).stdout
    assert ": lỗi [bhxh-not-sum] bhxh: 170.000 khác " in text
    assert "  gợi ý: " in text
    json_text = bhxh("--lang", "vi", "validate", "-f", "json", path).stdout
    assert '"message": "bhxh: 170,000 is not bhxh_bat_buoc' in json_text
