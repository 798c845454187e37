"""Every command's table, problems and errors as users read them, in English and Vietnamese.

Golden files in tests/golden/, NAME.LANG.txt, at 100 columns (and two at 140, with bars) with
colour off; `UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_golden.py` rewrites them.
"""

from __future__ import annotations

import shlex

import pytest

from tests.conftest import Run, assert_golden, bhxh

pytestmark = pytest.mark.usefixtures("in_repository")

LANGS = ["en", "vi"]
SPLIT = ("--split", "bhxh_tu_nguyen=415", "--weight", "equal", "--min", "5")
ARTICLE = ("--as-of", "2024-04-30")  # the view at the time of the article
TABLES = {
    "coverage_vinh_long": ("coverage", "--province", "vinh-long"),
    "coverage_all": ("coverage",),
    "coverage_can_tho_merged": ("coverage", "-p", "can-tho", "--merged"),
    "coverage_can_tho_by_unit": (
        "coverage",
        "-p",
        "can-tho",
        "--by-unit",
        "--period",
        "2024",
        *ARTICLE,
    ),
    "provinces": ("provinces",),
    "progress_can_tho_2024": ("progress", "--province", "can-tho", "--period", "2024", *ARTICLE),
    "progress_can_tho_by_unit": (
        "progress",
        "-p",
        "can-tho",
        "--by-unit",
        "--period",
        "2024",
        *ARTICLE,
    ),
    "progress_can_tho_voluntary": (
        *("progress", "-p", "can-tho", "--by-unit", "--period", "2024"),
        *("--scheme", "bhxh_tu_nguyen", *ARTICLE),
    ),
    # seen from today: the periods have ended, so no pace is asked for
    "progress_thoi_lai": ("progress", "-p", "can-tho/thoi-lai"),
    "quota_lam_dong": ("quota", "lam-dong-2023-07"),
    "quota_hau_giang": ("quota", "hau-giang-2024-05"),
    "quota_split_can_tho": ("quota", "-p", "can-tho", *SPLIT),
    "quota_hau_giang_days": (
        *("quota", "hau-giang-2024-05", "--start", "10/05/2024", "--days", "3"),
        *("--skip-weekdays", "sun"),
    ),
}
WIDE = {
    "coverage_vinh_long_140": ("coverage", "--province", "vinh-long"),
    "progress_can_tho_by_unit_140": TABLES["progress_can_tho_by_unit"],
}
# Below 80 columns a table whose cells would fold is drawn as a record per row.
NARROW = {
    "coverage_vinh_long_60": TABLES["coverage_vinh_long"],
    "coverage_all_60": TABLES["coverage_all"],
    "progress_can_tho_by_unit_60": TABLES["progress_can_tho_by_unit"],
    "quota_split_can_tho_60": TABLES["quota_split_can_tho"],
    "quota_hau_giang_days_60": TABLES["quota_hau_giang_days"],
}
FIXTURES = "tests/fixtures/validate/"
PROBLEMS = [
    "bhxh-not-sum.yaml",
    "not-whole-number.yaml",
    "unknown-key.yaml",
    "above-denominator.yaml",
    "future-snapshot.yaml",
    "campaign-infeasible.yaml",
    "tabs.yaml",
]
ERRORS = [
    ("coverage", "-p", "vinh-lon"),
    ("coverage", "-p", "vinh-long", "--as-of", "2024-06-30"),
    ("coverage", "-p", "can-tho", "--as-of", "29/02/2025"),
    ("progress", "-p", "can-tho", "--period", "someday"),
    ("quota", "-p", "can-tho", "--split", "bhxh_tu_nguyen=100", "--weight", "equal", "--min", "20"),
    ("quota", "-p", "can-tho", "--split", "bhxh_tu_nguyen=415", "--weight", "gap"),
    ("quota", "lam-dong"),
    ("coverage", "--data", FIXTURES + "not-whole-number.yaml"),
]


def run(lang: str, *args: str, columns: int = 100) -> Run:
    env = {"BHXH_DATA": "data/targets.yaml", "COLUMNS": str(columns)}
    return bhxh("--lang", lang, *args, env=env)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", TABLES)
def test_table(name: str, lang: str) -> None:
    done = run(lang, *TABLES[name])
    assert (done.exit_code, done.stderr) == (0, "")
    assert_golden(f"{name}.{lang}.txt", done.stdout)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", WIDE)
def test_wide_table_with_bars(name: str, lang: str) -> None:
    done = run(lang, *WIDE[name], columns=140)
    assert "█" in done.stdout
    assert_golden(f"{name}.{lang}.txt", done.stdout)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", NARROW)
def test_narrow_table_as_records(name: str, lang: str) -> None:
    done = run(lang, *NARROW[name], columns=60)
    assert max(len(line) for line in done.stdout.splitlines()) <= 60
    assert_golden(f"{name}.{lang}.txt", done.stdout)


@pytest.mark.parametrize("lang", LANGS)
def test_validate_text_and_its_summary(lang: str) -> None:
    done = run(lang, "validate", *(FIXTURES + name for name in PROBLEMS))
    assert done.exit_code == 1
    assert_golden(f"validate.{lang}.txt", f"{done.stdout}--- stderr\n{done.stderr}")


@pytest.mark.parametrize("lang", LANGS)
def test_error_messages(lang: str) -> None:
    shown = []
    for args in ERRORS:
        done = run(lang, *args)
        assert done.stdout == ""
        shown.append(f"$ bhxh --lang {lang} {shlex.join(args)}\n{done.stderr}[{done.exit_code}]\n")
    assert_golden(f"errors.{lang}.txt", "".join(shown))
