"""The cost tables as users read them, in English and Vietnamese, at 100 columns without
colour; `UPDATE_GOLDEN=1 .venv/bin/pytest tests/costs/test_costs_golden.py` rewrites them."""

from __future__ import annotations

import pytest

from tests.conftest import assert_golden, bhxh

pytestmark = pytest.mark.usefixtures("in_repository")

TABLES = {
    "costs_voluntary_near_poor": (
        *("contribution", "voluntary", "--category", "near-poor", "--on", "2026-06-01"),
    ),
    "costs_voluntary_income_2027": (
        *("contribution", "voluntary", "--income", "3000000", "--on", "2027-01-01"),
    ),
    "costs_household_4": ("contribution", "household", "--members", "4", "--on", "2026-06-01"),
    "costs_household_7_july": ("contribution", "household", "--members", "7", "--on", "2026-07-01"),
    "costs_budget_can_tho_2026": (
        *("budget", "-p", "can-tho", "--period", "2026", "--new", "bhxh_tu_nguyen=415"),
    ),
    "costs_budget_mix_households": (
        *("budget", "-p", "can-tho", "--period", "2026", "--new", "bhxhtn=415"),
        *("--new", "hgd=830", "--household-size", "4", "--mix", "poor=10%,near-poor=20%"),
    ),
}


@pytest.mark.parametrize("lang", ["en", "vi"])
@pytest.mark.parametrize("name", sorted(TABLES))
def test_cost_tables(name: str, lang: str) -> None:
    run = bhxh("--lang", lang, *TABLES[name])
    assert run.exit_code == 0, run.stderr
    assert_golden(f"{name}.{lang}.txt", run.stdout)


@pytest.mark.parametrize("name", sorted(TABLES))
def test_cost_tables_fit_100_columns(name: str) -> None:
    for lang in ("en", "vi"):
        out = bhxh("--lang", lang, *TABLES[name]).stdout
        assert max(len(line) for line in out.splitlines()) <= 100, (name, lang)
