"""`bhxh progress` as users meet it: every output format, both languages, errors."""

from __future__ import annotations

import csv
import io
import json
import unicodedata

import pytest

from bhxh_cli.i18n.en import TEXTS as EN
from bhxh_cli.i18n.vi import TEXTS as VI
from bhxh_cli.progress.pace import STATUSES
from tests.conftest import bhxh

ROW_KEYS = [
    "scheme",
    "period",
    "plan_kind",
    "target_name",
    "actual",
    "plan",
    "percent_of_plan",
    "remaining",
    "surplus",
    "expected_by_now",
    "status",
    "projected_at_end",
    "needed_per_day",
    "needed_per_month",
    "denominator_source",
    "baseline",
    "change_since_baseline",
    "same_date_last_year",
    "period_closed",
    "uncovered_days",
]


def test_vietnamese_figures_of_thoi_lai() -> None:
    run = bhxh("--lang", "vi", "progress", "-p", "can-tho/thoi-lai", "--as-of", "2024-04-30")
    assert run.exit_code == 0
    assert "90,06%" in run.stdout
    assert "chưa có số đầu kỳ" in run.stdout


def test_wide_terminal_draws_bars_of_the_plan_reached() -> None:
    out = bhxh("progress", "-p", "can-tho", "--by-unit", "--period", "2024", env={"COLUMNS": "140"})
    thoi_lai_voluntary = next(line for line in out.stdout.splitlines() if "53.55%" in line)
    assert "█" in thoi_lai_voluntary
    assert "█" not in bhxh("progress", "-p", "can-tho", "--period", "2024").stdout


def test_json_has_the_documented_shape() -> None:
    args = ("progress", "-p", "can-tho", "--period", "2024", "--as-of", "2024-04-30")
    doc = json.loads(bhxh(*args, "-f", "json").stdout)
    assert list(doc) == ["unit", "name", "as_of", "periods", "rows"]
    assert (doc["unit"], doc["name"], doc["as_of"]) == ("can-tho", "Cần Thơ", "2024-04-30")
    assert doc["periods"] == [
        {
            "id": "2024",
            "start": "2024-01-01",
            "end": "2024-12-31",
            "as_of": "2024-04-30",
            "elapsed_share": 0.3306,
            "period_closed": False,
            "uncovered_days": None,
        }
    ]
    assert doc["rows"][0] == {
        "scheme": "bhxh_bat_buoc",
        "period": "2024",
        "plan_kind": "total",
        "target_name": "kế hoạch năm 2024",
        "actual": 143013,
        "plan": 154408,
        "percent_of_plan": 92.62,
        "remaining": 11395,
        "surplus": 0,
        "expected_by_now": None,
        "status": "no-baseline",
        "projected_at_end": None,
        "needed_per_day": 47,
        "needed_per_month": 1396,
        "denominator_source": None,  # a count of people needs no denominator
        "baseline": None,
        "change_since_baseline": None,
        "same_date_last_year": None,
        "period_closed": False,
        "uncovered_days": None,
    }
    assert all(list(row) == ROW_KEYS for row in doc["rows"])


def test_json_units_and_members_appear_with_their_options() -> None:
    doc = json.loads(
        bhxh("progress", "-p", "can-tho", "--by-unit", "--merged", "-f", "json").stdout
    )
    assert list(doc)[-3:] == ["units", "members", "missing_members"]
    assert doc["members"] == ["can-tho", "hau-giang", "soc-trang"]
    assert doc["missing_members"] == ["hau-giang", "soc-trang"]  # no figures of theirs shipped


def test_period_all_json_is_a_list_shortest_period_first() -> None:
    doc = json.loads(bhxh("progress", "-p", "can-tho", "--period", "all", "-f", "json").stdout)
    assert [report["periods"][0]["id"] for report in doc] == ["2024-H1", "2024"]


def test_period_all_table_prints_one_table_per_period() -> None:
    out = bhxh("progress", "-p", "can-tho", "--period", "all", "--as-of", "2024-04-30").stdout
    titles = [line.rstrip() for line in out.splitlines() if line.startswith("Cần Thơ")]
    assert titles == [
        "Cần Thơ (can-tho): progress as of 2024-04-30, plan 2024-H1, day 121 of 182 (66.48%)",
        "Cần Thơ (can-tho): progress as of 2024-04-30, plan 2024, day 121 of 366 (33.06%)",
    ]


def test_csv_is_one_tidy_record_per_row_with_plain_numbers() -> None:
    out = bhxh("progress", "-p", "can-tho", "--by-unit", "--period", "2024", "-f", "csv").stdout
    records = list(csv.DictReader(io.StringIO(out)))
    tail = ["period_start", "period_end", "elapsed_share"]
    assert list(records[0]) == ["unit", "name", "parent", "as_of", *ROW_KEYS, *tail]
    assert records[0]["unit"] == "can-tho/thoi-lai"
    assert (records[0]["scheme"], records[0]["percent_of_plan"]) == ("bhxh_bat_buoc", "90.06")
    health = next(r for r in records if r["unit"] == "can-tho" and r["scheme"] == "bhyt")
    assert (health["actual"], health["plan"], health["percent_of_plan"]) == (
        "1065565",
        "1181336",
        "90.2",
    )
    assert health["expected_by_now"] == ""


def test_csv_of_every_period_and_merged_members() -> None:
    out = bhxh("progress", "-p", "can-tho", "--period", "all", "--merged", "-f", "csv").stdout
    records = list(csv.DictReader(io.StringIO(out)))
    assert [r["period"] for r in records] == ["2024-H1", "2024-H1", "2024", "2024", "2024", "2024"]
    assert records[0]["members"] == "can-tho hau-giang soc-trang"


def test_markdown_table() -> None:
    args = ("progress", "-p", "can-tho", "--period", "2024", "--as-of", "2024-04-30")
    out = bhxh(*args, "-f", "markdown").stdout
    assert out.startswith("### Cần Thơ (can-tho): progress as of 2024-04-30, plan 2024")
    assert "| **% of plan** | **92.62%** | **49.68%** | **92.36%** | **90.20%** |" in out
    assert "| Needed per month | 1,396 | 2,306 | 1,377 | 14,177 |" in out


def test_markdown_vietnamese_numbers() -> None:
    out = bhxh(
        "--lang", "vi", "progress", "-p", "can-tho", "--period", "2024-H1", "-f", "markdown"
    ).stdout
    assert "| **% kế hoạch** | **64,36%** | **100,79%** |" in out
    assert "| Còn thiếu | **10.293** | vượt 8.377 |" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--as-of", "2020-01-01"), "can-tho has no snapshot on or before 2020-01-01"),
        (("--as-of", "31/04/2024"), "month 4 of 2024 has 30 days"),
        (("--period", "2030"), "can-tho has no target for period 2030"),
        (("--period", "someday"), "bad period"),
    ],
)
def test_usage_errors_exit_2_with_one_clean_message(args: tuple[str, ...], message: str) -> None:
    run = bhxh("progress", "-p", "can-tho", *args)
    assert run.exit_code == 2
    assert message in run.stderr
    assert run.stdout == ""
    assert "Traceback" not in run.stderr


def test_depth_must_be_at_least_1_and_province_is_required() -> None:
    assert bhxh("progress", "-p", "can-tho", "--depth", "0").exit_code == 2
    assert bhxh("progress").exit_code == 2


def test_a_unit_without_target_says_so() -> None:
    run = bhxh("progress", "-p", "ben-tre")
    assert run.exit_code == 0
    assert "ben-tre" in run.stdout
    assert "No target period for this unit in the data." in run.stdout


def test_help_lists_progress() -> None:
    assert "progress" in bhxh("--help").stdout


def test_every_label_is_in_both_languages_and_vietnamese_is_nfc() -> None:
    assert set(EN) == set(VI)
    for value in VI.values():
        assert unicodedata.normalize("NFC", value) == value
    for status in STATUSES:
        assert f"status.{status}" in EN


def test_scheme_and_sort_take_the_abbreviations_offices_write() -> None:
    by_id = bhxh(
        "progress", "-p", "can-tho", "--by-unit", "--scheme", "bhxh_tu_nguyen", "-f", "csv"
    )
    by_abbr = bhxh("progress", "-p", "can-tho", "--by-unit", "--scheme", "BHXH TN", "-f", "csv")
    assert by_id.exit_code == by_abbr.exit_code == 0
    assert by_abbr.stdout == by_id.stdout
    sorted_run = bhxh("coverage", "-p", "can-tho", "--by-unit", "--sort", "hgd", "-f", "csv")
    assert sorted_run.exit_code == 0
    unknown = bhxh("coverage", "-p", "can-tho", "--by-unit", "--sort", "bhxhtnn")
    assert unknown.exit_code == 2
    assert "did you mean 'bhxh_tu_nguyen'?" in unknown.stderr
