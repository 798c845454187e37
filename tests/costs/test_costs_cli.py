"""`bhxh contribution` and `bhxh budget` as users meet them: every format names the category
assumed and flags the parameters not yet checked against the gazette; errors are one clean
message with an exit code."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests.conftest import PROVINCE, Writer, bhxh

ON = ("--on", "2026-06-01")
CAN_THO = ("budget", "-p", "can-tho", "--period", "2026", "--new", "bhxh_tu_nguyen=415")
FORMATS = ["table", "json", "csv", "markdown"]


def test_voluntary_json_has_the_amounts_the_rule_and_the_marks() -> None:
    run = bhxh("contribution", "voluntary", "--category", "near-poor", *ON, "-f", "json")
    doc = json.loads(run.stdout)
    assert doc["category"] == "near-poor"
    assert doc["income"] == 1_500_000
    assert doc["monthly"] == {
        "contribution": 330_000,
        "state_support": 132_000,
        "province_support": 0,
        "paid": 198_000,
    }
    assert doc["yearly"]["paid"] == 12 * 198_000
    assert doc["unverified"] == ["voluntary_support"]
    support = next(rule for rule in doc["rules"] if rule["parameter"] == "voluntary_support")
    assert support["source"] == "Decree 159/2025/NĐ-CP, Art. 5"
    assert support["verified"] is False
    assert doc["changes_within_year"] == [
        {"parameter": "poverty_line", "until": "2026-12-31"},
        {"parameter": "base_salary", "until": "2026-06-30"},
    ]


def test_household_json_and_csv_give_each_card() -> None:
    doc = json.loads(bhxh("contribution", "household", "--members", "4", *ON, "-f", "json").stdout)
    assert [card["monthly_each"] for card in doc["cards"]] == [105_300, 73_710, 63_180, 52_650]
    assert doc["yearly"]["paid"] == 3_538_080
    assert doc["category"] == "other"
    rows = list(
        csv.DictReader(
            io.StringIO(
                bhxh("contribution", "household", "--members", "9", *ON, "-f", "csv").stdout
            )
        )
    )
    assert [(r["rank"], r["count"], r["monthly_each"]) for r in rows][-1] == ("5", "5", "42120")
    assert {r["category"] for r in rows} == {"other"}
    assert {r["unverified"] for r in rows} == {"household_health"}


def test_the_2530000_base_salary_is_flagged_where_it_is_used() -> None:
    after = json.loads(
        bhxh(
            "contribution", "household", "--members", "4", "--on", "2026-07-01", "-f", "json"
        ).stdout
    )
    assert after["yearly"]["paid"] == 3_825_360
    assert after["unverified"] == ["household_health", "base_salary"]
    table = bhxh("contribution", "household", "--members", "4", "--on", "2026-07-01").stdout
    assert "Not yet checked against the gazette: household card steps, base salary." in table


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_names_the_category_and_the_unverified_parameters(fmt: str) -> None:
    out = bhxh(*CAN_THO, "-f", fmt).stdout
    assert "other" in out
    assert ("voluntary_support" if fmt in ("json", "csv") else "state support shares") in out
    assert ("328680000" if fmt in ("json", "csv") else "328,680,000") in out


def test_budget_json_states_its_assumptions_and_the_range() -> None:
    doc = json.loads(bhxh(*CAN_THO, "-f", "json").stdout)
    assert doc["assumptions"] == {
        "category": "other",
        "mix_given": False,
        "categories": {"other": 415},
        "months": 12,
        "months_in_period": 12,
        "income": "lowest",
        "household_size": 1,
        "household_category": "other",
    }
    assert doc["total"]["state_support"] == 328_680_000
    assert [(r["category"], r["state_support"]) for r in doc["range"]] == [
        ("other", 328_680_000),
        ("ethnic-minority", 493_020_000),
        ("near-poor", 657_360_000),
        ("poor", 821_700_000),
    ]


def test_the_2027_line_costs_the_state_482064000() -> None:
    doc = json.loads(bhxh(*CAN_THO[:4], "2027", *CAN_THO[5:], "-f", "json").stdout)
    assert doc["total"]["state_support"] == 482_064_000


def test_2026_h2_uses_the_new_base_salary_from_july() -> None:
    run = bhxh(
        "budget",
        "-p",
        "can-tho",
        "--period",
        "2026-H2",
        "--new",
        "hgd=4",
        "--household-size",
        "4",
        "-f",
        "json",
    )
    lines = json.loads(run.stdout)["lines"]
    assert [(line["first_month"], line["last_month"]) for line in lines] == [("2026-07", "2026-12")]
    assert lines[0]["total"]["paid"] == 3_825_360 // 2


def test_a_year_across_a_change_has_a_line_on_each_side() -> None:
    run = bhxh(
        "budget",
        "-p",
        "can-tho",
        "--period",
        "2026-07-01/2027-06-30",
        "--new",
        "bhxhtn=415",
        "-f",
        "csv",
    )
    rows = list(csv.DictReader(io.StringIO(run.stdout)))
    assert [(r["first_month"], r["last_month"], r["total_state_support"]) for r in rows] == [
        ("2026-07", "2026-12", str(415 * 6 * 66_000)),
        ("2027-01", "2027-06", str(415 * 6 * 96_800)),
    ]


def test_a_mix_shares_the_participants_and_the_rest_is_other() -> None:
    run = bhxh(*CAN_THO, "--mix", "poor=10%,near-poor=20", "-f", "json")
    doc = json.loads(run.stdout)
    assert doc["assumptions"]["categories"] == {"poor": 41, "near-poor": 83, "other": 291}
    assert doc["assumptions"]["category"] == "mix"
    assert doc["range"] == []
    assert doc["total"]["state_support"] == 12 * (41 * 165_000 + 83 * 132_000 + 291 * 66_000)


def test_months_counts_the_last_months_of_the_period() -> None:
    doc = json.loads(bhxh(*CAN_THO, "--months", "3", "-f", "json").stdout)
    assert (doc["lines"][0]["first_month"], doc["lines"][0]["months"]) == ("2026-10", 3)
    assert doc["total"]["state_support"] == 415 * 3 * 66_000


def test_a_campaign_brings_its_quotas() -> None:
    run = bhxh("budget", "--campaign", "hau-giang-2024-05", "--period", "2026-H2", "-f", "json")
    doc = json.loads(run.stdout)
    assert doc["new"] == {"bhxh_tu_nguyen": 400, "bhyt_ho_gia_dinh": 800}
    assert doc["province"] == "hau-giang"
    assert doc["total"]["state_support"] == 400 * 6 * 66_000


TOP_UP = (
    PROVINCE
    + """\
    support:
      - category: near-poor
        percent: 10
        from: 2026-01-01
        source: Resolution 1/2025/NQ-HĐND (an example for this test, not a real resolution)
      - category: poor
        amount: 500000
        from: 2026-01-01
        until: 2026-06-30
        source: Resolution 2/2025/NQ-HĐND (an example for this test)
"""
)


def test_a_province_top_up_is_its_own_dated_and_capped(write_yaml: Writer) -> None:
    data = write_yaml(TOP_UP)
    mix = ("--mix", "poor=50%,near-poor=50%")
    run = bhxh(
        "budget",
        "-p",
        "p",
        "--period",
        "2026",
        "--new",
        "bhxhtn=2",
        *mix,
        "--data",
        str(data),
        "-f",
        "json",
    )
    lines = json.loads(run.stdout)["lines"]
    each = [(x["category"], x["first_month"], x["per_person_month"]) for x in lines]
    assert each[0] == (
        "poor",
        "2026-01",
        {"contribution": 330_000, "state_support": 165_000, "province_support": 165_000, "paid": 0},
    )
    assert each[1][1] == "2026-07" and each[1][2]["province_support"] == 0
    assert each[2] == (
        "near-poor",
        "2026-01",
        {
            "contribution": 330_000,
            "state_support": 132_000,
            "province_support": 33_000,
            "paid": 165_000,
        },
    )
    table = bhxh(
        "budget", "-p", "p", "--period", "2026", "--new", "bhxhtn=2", *mix, "--data", str(data)
    ).stdout
    assert "Provincial support: Resolution 1/2025/NQ-HĐND" in table


def test_the_shipped_data_carries_no_top_up() -> None:
    doc = json.loads(bhxh(*CAN_THO, "--mix", "near-poor=100%", "-f", "json").stdout)
    assert doc["total"]["province_support"] == 0


def test_a_top_up_with_both_percent_and_amount_is_refused_at_its_place(write_yaml: Writer) -> None:
    data = write_yaml(
        TOP_UP.replace("        percent: 10\n", "        percent: 10\n        amount: 1000\n")
    )
    run = bhxh("validate", "--format", "json", str(data))
    problems = json.loads(run.stdout)["problems"]
    assert [(p["rule"], p["line"]) for p in problems] == [("top-up-kind", 8)]


@pytest.mark.parametrize(
    ("args", "code", "says"),
    [
        (
            ("contribution", "voluntary", "--income", "1499999", *ON),
            2,
            "from 1,500,000 (the rural poverty line) to 46,800,000",
        ),
        (("contribution", "voluntary", "--income", "46800001", *ON), 2, "outside the bounds"),
        (
            ("contribution", "voluntary", "--income", "１５００００００", *ON),
            2,
            "not a whole number",
        ),
        (
            ("contribution", "voluntary", "--on", "2024-06-30"),
            2,
            "no income_ceiling in force on 2024-06-30: the policy file covers from 2025-07-01",
        ),
        (("contribution", "household", "--members", "0", *ON), 2, "the least value is 1"),
        (("contribution", "household", *ON), 2, "give --members K"),
        (
            ("contribution", "household", "--members", "2", "--income", "2000000", *ON),
            2,
            "--income and --category are for voluntary",
        ),
        (("budget", "-p", "can-tho", "--period", "2026"), 2, "nothing to cost"),
        (
            ("budget", "-p", "can-tho", "--period", "2026", "--new", "bhtn=5"),
            2,
            "no cost rule for bhtn",
        ),
        ((*CAN_THO, "--mix", "poor=60%,near-poor=50%"), 2, "more than 100%"),
        ((*CAN_THO, "--mix", "poor=60.12345%,near-poor=50%"), 2, "poor=60.12345%, near-poor=50%"),
        ((*CAN_THO, "--mix", "rich=10%"), 2, "unknown category 'rich'"),
        ((*CAN_THO, "--mix", "poor=1e3"), 2, "bad percent"),
        ((*CAN_THO, "--months", "13"), 2, "the period 2026 has 12 months"),
        (
            (*CAN_THO[:4], "2031", *CAN_THO[5:]),
            2,
            "no poverty_line in force on 2031-01-01: the policy file covers 2022-01-01 to "
            "2030-12-31",
        ),
        ((*CAN_THO, "--campaign", "hau-giang-2024-05"), 2, "not both"),
        (("budget", "--period", "2026", "--new", "bhxhtn=1"), 2, "--province is needed"),
        (("budget", "--period", "2026", "--campaign", "nowhere"), 2, "nowhere"),
        ((*CAN_THO, "--mix", "poor=" + "9" * 5000), 2, "bad percent"),
        ((*CAN_THO, "--household-size", "0"), 2, "the least value is 1"),
        (("budget", "-p", "can-tho", "--period", "２０２６", "--new", "bhxhtn=1"), 2, "ASCII"),
    ],
)
def test_errors_are_one_message_and_an_exit_code(
    args: tuple[str, ...], code: int, says: str
) -> None:
    run = bhxh(*args)
    assert run.exit_code == code, run.stderr
    assert says in run.stderr
    assert "Traceback" not in run.stderr
    assert run.stdout == ""


def test_a_broken_policy_file_is_reported_with_file_line_col(tmp_path: Path) -> None:
    from tests.costs.test_policy import TEXT

    broken = tmp_path / "policy.yaml"
    broken.write_text(TEXT.replace("percent: 22\n", "percent: 22,5\n", 1), encoding="utf-8")
    run = bhxh("contribution", "voluntary", *ON, "--policy", str(broken))
    assert run.exit_code == 1
    line = next(n for n, text in enumerate(TEXT.splitlines(), 1) if "percent: 22" in text)
    assert f"{broken}:{line}:" in run.stderr
    missing = bhxh("contribution", "voluntary", *ON, "--policy", str(tmp_path / "none.yaml"))
    assert missing.exit_code == 2


def test_a_campaign_is_costed_only_under_its_own_province() -> None:
    args = ("budget", "--campaign", "hau-giang-2024-05", "--period", "2024-H2")
    other = bhxh(*args, "-p", "can-tho")
    assert other.exit_code == 2
    assert "--province can-tho is not the province of campaign hau-giang-2024-05" in other.stderr
    assert other.stdout == ""
    own = bhxh(*args, "-p", "Hậu Giang", "-f", "json")
    assert own.exit_code == 0, own.stderr
    assert json.loads(own.stdout) == json.loads(bhxh(*args, "-f", "json").stdout)
