"""`bhxh quota` as users meet it: tables, JSON, CSV, the tie-break rule, exit codes."""

from __future__ import annotations

import csv
import io
import json

import pytest

from bhxh_cli.i18n import text
from tests.conftest import bhxh
from tests.test_completion import complete

LAM_DONG = (
    "--staff",
    "184",
    "--per-staff",
    "bhxh_tu_nguyen=1",
    "--per-staff",
    "bhyt_ho_gia_dinh=2",
)
JULY = ("--start", "2023-07-22", "--end", "2023-07-31")


def test_table_has_a_totals_row_and_the_tie_break_footer() -> None:
    out = bhxh("quota", *LAM_DONG, *JULY).stdout
    assert "Total" in out
    assert "larger remainder, then larger weight" in out
    assert "Each quota split equally over the days, earlier days first on ties." in out


def test_json_is_exactly_the_documented_shape() -> None:
    doc = json.loads(bhxh("quota", *LAM_DONG, *JULY, "-f", "json").stdout)
    assert list(doc) == [
        "method",
        "tie_break",
        "allocations",
        "totals",
        "schedule",
        "day_totals",
        "skipped_days",
    ]
    assert doc["method"] == "largest-remainder"
    assert doc["tie_break"] == text("quota.tie_break", "en")
    assert doc["allocations"][0] == {
        "unit": None,
        "name": None,
        "scheme": "bhxh_tu_nguyen",
        "quota": 184,
        "staff": 184,
    }
    assert doc["totals"] == {"bhxh_tu_nguyen": 184, "bhyt_ho_gia_dinh": 368}
    assert doc["schedule"][0] == {
        "date": "2023-07-22",
        "unit": None,
        "name": None,
        "scheme": "bhxh_tu_nguyen",
        "quota": 19,
    }
    assert len(doc["schedule"]) == 20
    assert doc["day_totals"][0] == {"date": "2023-07-22", "scheme": "bhxh_tu_nguyen", "quota": 19}
    assert doc["skipped_days"] == []


def test_json_without_days_has_an_empty_schedule() -> None:
    doc = json.loads(bhxh("quota", "hau-giang-2024-05", "-f", "json").stdout)
    assert doc["schedule"] == []
    assert doc["totals"] == {"bhxh_tu_nguyen": 400, "bhyt_ho_gia_dinh": 800}
    assert {a["staff"] for a in doc["allocations"]} == {None}


def test_csv_is_one_line_per_unit_and_scheme() -> None:
    out = bhxh("quota", "hau-giang-2024-05", "-f", "csv").stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    assert out.splitlines()[0] == "unit,name,scheme,quota,staff"
    assert len(rows) == 16
    assert rows[0] == {
        "unit": "hau-giang/vi-thanh",
        "name": "Vị Thanh",
        "scheme": "bhxh_tu_nguyen",
        "quota": "50",
        "staff": "",
    }


def test_csv_with_days_is_one_line_per_date_unit_and_scheme() -> None:
    out = bhxh("quota", "lam-dong-2023-07", "-f", "csv").stdout
    lines = out.splitlines()
    assert lines[0] == "date,unit,name,scheme,quota"
    assert lines[1] == "2023-07-22,lam-dong,Lâm Đồng,bhxh_tu_nguyen,19"
    assert len(lines) == 1 + 10 * 2
    assert sum(int(line.rsplit(",", 1)[1]) for line in lines[1::2]) == 184


def test_markdown_has_both_tables() -> None:
    out = bhxh("quota", "lam-dong-2023-07", "-f", "markdown").stdout
    assert out.startswith("### Đợt ra quân 22-31/7/2023 (lam-dong-2023-07): quotas\n")
    assert "### Day by day, 2023-07-22 to 2023-07-31 (10 days)" in out
    assert "| **Total** |  | **184** | **184** | **368** |" in out


def test_vietnamese_labels_and_dates() -> None:
    out = bhxh("--lang", "vi", "quota", "lam-dong-2023-07").stdout
    assert "Tổng cộng" in out
    assert "22/07/2023" in out
    assert "số dư lớn hơn trước" in out


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("vi", "### Theo ngày, từ 01/01/2024 đến 14/04/2027 (1.200 ngày)"),
        ("en", "### Day by day, 2024-01-01 to 2027-04-14 (1,200 days)"),
    ],
)
def test_the_count_of_days_in_the_title_is_grouped_like_every_count(lang: str, title: str) -> None:
    plan = ("--staff", "1", "--per-staff", "bhyt=1", "--start", "2024-01-01", "--days", "1200")
    run = bhxh("--lang", lang, "quota", *plan, "--format", "markdown")
    assert run.exit_code == 0, run.stderr
    assert title in run.stdout.splitlines()


def test_help_states_the_tie_break_rule() -> None:
    run = bhxh("quota", "--help", env={"COLUMNS": "300"})
    assert run.exit_code == 0
    assert text("quota.tie_break", "en") in run.stdout


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (
            ("-p", "can-tho", "--split", "bhxh_tu_nguyen=40", "--weight", "equal", "--min", "5"),
            1,
            "the minimums add up to 45, more than the total 40",
        ),
        (
            ("-p", "can-tho", "--split", "bhxh_tu_nguyen=40", "--weight", "equal", "--max", "4"),
            1,
            "the total 40 is more than the maximums add up to (36)",
        ),
        (("-p", "can-tho", "--split", "bhxh_tu_nguyen=415"), 1, "can-tho/ninh-kieu"),
        ((), 2, "nothing to make quotas of"),
        (("no-such-campaign",), 2, "no campaign 'no-such-campaign'"),
        (("-p", "lam-dong", "--per-unit", "bhyt=1"), 2, "lam-dong has no area sub-units"),
        (
            ("--staff", "3", "--per-staff", "bhyt=1", "--start", "2024-02-30", "--days", "2"),
            2,
            "--start: bad date",
        ),
        (("--staff", "3", "--per-staff", "bhyt=1", "--days", "0"), 2, ""),
        (("--staff", "3", "--per-staff", "bhxh_tu_nguyn=1"), 2, "did you mean 'bhxh_tu_nguyen'?"),
        (("-p", "can-tho", "--split", "bhyt=4", "--min", "-1"), 2, ""),
    ],
)
def test_errors_exit_with_one_clean_message(args: tuple[str, ...], code: int, message: str) -> None:
    run = bhxh("quota", *args)
    assert run.exit_code == code
    assert run.stdout == ""
    assert message in run.stderr
    assert "Traceback" not in run.stderr


def test_campaign_ids_complete() -> None:
    assert complete("bhxh quota lam") == ["lam-dong-2023-07"]


def test_days_alone_keep_the_campaigns_first_day() -> None:
    run = bhxh("quota", "lam-dong-2023-07", "--days", "2", "--format", "csv")
    assert run.exit_code == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[1] == "2023-07-22,lam-dong,Lâm Đồng,bhxh_tu_nguyen,92"
    assert lines[-1].startswith("2023-07-23,")
