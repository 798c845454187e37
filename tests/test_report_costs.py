"""bhxh report --campaign: the cost section of a campaign, byte for byte in both languages, its
figures equal to `bhxh budget --campaign`'s, the category it assumed and the rules not yet
checked named, its texts escaped, and the campaigns and periods it refuses."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Writer, assert_golden, bhxh
from tests.test_report_cli import EPOCH

# A province of two communes with a plan for 2026, its own support for the category "other" (a
# source with markup in it), and a campaign of 30 voluntary and 60 household participants in
# each commune. 2026 crosses the base salary's change of July: the household cards make two
# lines. Not real figures: the shipped campaigns are of 2023 and of a province without a plan.
COSTED = """\
version: 1
provinces:
  mau:
    name: {name}
    actuals:
      - {{as_of: 2025-12-31, bhxh_tu_nguyen: 2100, bhyt_ho_gia_dinh: 9000}}
      - {{as_of: 2026-04-30, bhxh_tu_nguyen: 2230, bhyt_ho_gia_dinh: 9150}}
    targets: [{{period: 2026, bhxh_tu_nguyen: {{total: 2500}}, bhyt_ho_gia_dinh: {{total: 9600}}}}]
    support:
      - category: other
        percent: 10
        from: 2026-01-01
        source: 'Resolution 1/2025/NQ-HĐND <b>an example</b> & "not real"'
    units:
      xa-1:
        name: Xã 1
        actuals:
          - {{as_of: 2025-12-31, bhxh_tu_nguyen: 1000, bhyt_ho_gia_dinh: 4000}}
          - {{as_of: 2026-04-30, bhxh_tu_nguyen: 1100, bhyt_ho_gia_dinh: 4050}}
        targets: [{{period: 2026, bhxh_tu_nguyen: {{total: 1200}}}}]
      xa-2:
        name: Xã 2
        actuals:
          - {{as_of: 2025-12-31, bhxh_tu_nguyen: 1100, bhyt_ho_gia_dinh: 5000}}
          - {{as_of: 2026-04-30, bhxh_tu_nguyen: 1130, bhyt_ho_gia_dinh: 5100}}
        targets: [{{period: 2026, bhxh_tu_nguyen: {{total: 1300}}}}]
campaigns:
  mau-2026:
    name: Tháng vận động 2026
    province: mau
    per_unit: {{bhxh_tu_nguyen: 30, bhyt_ho_gia_dinh: 60}}
    source: an example for this test
"""
AMOUNTS = ("state_support", "province_support", "paid")


def costed(write_yaml: Writer, name: str = "Tỉnh Mẫu") -> str:
    return str(write_yaml(COSTED.format(name=name)))


def report(data: str, tmp_path: Path, *args: str, lang: str = "en") -> str:
    out = tmp_path / f"r-{lang}.html"
    command = ["report", "-p", "mau", "--as-of", "2026-04-30", "--data", data, *args]
    done = bhxh("--lang", lang, *command, "--campaign", "mau-2026", "-o", str(out), env=EPOCH)
    assert done.exit_code == 0, done.stderr
    assert (done.stdout, done.stderr) == ("", "")
    return out.read_text(encoding="utf-8")


def budget(data: str, *args: str) -> dict[str, Any]:
    done = bhxh(
        "budget", "--campaign", "mau-2026", "--period", "2026", "--data", data, *args, "-f", "json"
    )
    assert done.exit_code == 0, done.stderr
    doc: dict[str, Any] = json.loads(done.stdout)
    return doc


def section(page: str) -> str:
    found = re.search(r'<section class="costs">(.*?)</section>', page, re.DOTALL)
    assert found is not None
    return found.group(1)


def table_rows(part: str, kind: str) -> list[list[str]]:
    """The cells of the table of class `kind` (budget or range), row by row, as text."""
    table = re.search(rf'<table class="{kind}">(.*?)</table>', part, re.DOTALL)
    assert table is not None
    body = table.group(1).split("<tbody>")[1]
    rows = re.findall(r"<tr[^>]*>(.*?)</tr>", body, re.DOTALL)
    return [
        [
            html.unescape(re.sub(r"<[^>]+>", "", cell))
            for cell in re.findall(r"<td[^>]*>(.*?)</td>", row)
        ]
        for row in rows
    ]


def amount(shown: str, lang: str) -> int:
    """A whole number as the page writes it: 1,234,567 in English, 1.234.567 in Vietnamese."""
    separator = "." if lang == "vi" else ","
    assert re.fullmatch(rf"\d{{1,3}}(\{separator}\d{{3}})*", shown), shown
    return int(shown.replace(separator, ""))


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_the_page_with_costs_byte_for_byte(write_yaml: Writer, tmp_path: Path, lang: str) -> None:
    page = report(costed(write_yaml), tmp_path, "--by-unit", lang=lang)
    assert_golden(f"report_costs.{lang}.html", page)


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_the_figures_are_those_of_bhxh_budget(
    write_yaml: Writer, tmp_path: Path, lang: str
) -> None:
    data = costed(write_yaml)
    part = section(report(data, tmp_path, lang=lang))
    doc = budget(data)
    *lines, total = table_rows(part, "budget")
    assert len(lines) == len(doc["lines"]) == 3
    for cells, line in zip(lines, doc["lines"], strict=True):
        assert amount(cells[2], lang) == line["participants"]
        assert [amount(cell, lang) for cell in cells[4:]] == [line["total"][k] for k in AMOUNTS]
    assert [amount(cell, lang) for cell in total[4:]] == [doc["total"][k] for k in AMOUNTS]
    categories = table_rows(part, "range")
    assert [[amount(cell, lang) for cell in row[1:]] for row in categories] == [
        [entry[k] for k in AMOUNTS] for entry in doc["range"]
    ]


def test_the_worked_figures_of_the_campaign(write_yaml: Writer, tmp_path: Path) -> None:
    part = section(report(costed(write_yaml), tmp_path))
    voluntary, before_july, from_july, total = table_rows(part, "budget")
    # 60 voluntary participants, 12 months at 330,000: the state 20%, the province 10%
    assert voluntary == [
        "Voluntary",
        "other",
        "60",
        "2026-01–12",
        "47,520,000",
        "23,760,000",
        "166,320,000",
    ]
    # 120 first members' cards: 105,300 a month at 2,340,000, then 113,850 at 2,530,000
    assert before_july[2:] == ["120", "2026-01–06", "0", "0", f"{120 * 6 * 105_300:,}"]
    assert from_july[2:] == ["120", "2026-07–12", "0", "0", f"{120 * 6 * 113_850:,}"]
    assert total[4:] == ["47,520,000", "23,760,000", f"{166_320_000 + 75_816_000 + 81_972_000:,}"]


def test_the_category_assumed_is_named(write_yaml: Writer, tmp_path: Path) -> None:
    data = costed(write_yaml)
    part = section(report(data, tmp_path))
    assert "Assumed: every voluntary participant of category other (no --mix given)" in part
    assert [row[1] for row in table_rows(part, "budget")[:-1]] == ["other"] * 3
    mixed = section(report(data, tmp_path, "--mix", "poor=10%", lang="vi"))
    assert (
        "Giả định cơ cấu người tham gia tự nguyện: hộ nghèo 10% (còn lại là đối tượng khác)."
        in mixed
    )
    assert '<table class="range">' not in mixed  # a mix given: no range of categories
    doc = budget(data, "--mix", "poor=10%")
    shown = [(row[1], amount(row[2], "vi")) for row in table_rows(mixed, "budget")[:-1]]
    assert shown == [(line_category(line, "vi"), line["participants"]) for line in doc["lines"]]


def line_category(line: dict[str, Any], lang: str) -> str:
    names = {"poor": "hộ nghèo", "other": "đối tượng khác"} if lang == "vi" else {}
    return names.get(line["category"], line["category"])


def test_the_rules_not_yet_checked_are_marked(write_yaml: Writer, tmp_path: Path) -> None:
    data = costed(write_yaml)
    part = section(report(data, tmp_path))
    marked = re.findall(r'<li class="unverified">([^<]*)</li>', part)
    assert len(marked) == 3
    assert all(item.endswith("(not yet checked against the gazette).") for item in marked)
    assert (
        '<p class="unverified">Not yet checked against the gazette: state support shares, '
        "household card steps, base salary.</p>"
    ) in part
    assert budget(data)["unverified"] == ["voluntary_support", "household_health", "base_salary"]


def test_text_of_the_data_file_in_the_costs_is_escaped(write_yaml: Writer, tmp_path: Path) -> None:
    page = report(costed(write_yaml, name='"<script>alert(1)</script>"'), tmp_path)
    part = section(page)
    assert "<script" not in page
    assert "<h3>&lt;script&gt;alert(1)&lt;/script&gt; (mau): cost of campaign" in part
    assert "&lt;b&gt;an example&lt;/b&gt; &amp; &#34;not real&#34;" in part
    assert "<b>an example</b>" not in part


def test_the_page_with_costs_loads_nothing(write_yaml: Writer, tmp_path: Path) -> None:
    page = report(costed(write_yaml), tmp_path, "--by-unit")
    for needle in ("<script", "http:", "https:", "//", "@import", "url(", "<link", "<img"):
        assert needle not in page.replace("<!DOCTYPE html>", ""), needle


def test_without_campaign_no_cost_section(write_yaml: Writer, tmp_path: Path) -> None:
    out = tmp_path / "plain.html"
    args = ["report", "-p", "mau", "--data", costed(write_yaml), "-o", str(out)]
    assert bhxh(*args).exit_code == 0
    assert 'class="costs"' not in out.read_text(encoding="utf-8")


@pytest.mark.usefixtures("in_repository")
@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["-p", "can-tho", "--campaign", "hau-giang-2024-05"],
            "--campaign hau-giang-2024-05 is a campaign of hau-giang, and the report is of can-tho",
        ),
        (
            ["-p", "lam-dong", "--campaign", "lam-dong-2023-07"],
            "--campaign lam-dong-2023-07: the period 2023-07-22/2023-07-31 cannot be costed: no "
            "base_salary in force on 2023-07-01: the policy file covers from 2024-07-01",
        ),
        (
            ["-p", "hau-giang", "--campaign", "hau-giang-2024-05"],
            "--campaign: the report of hau-giang has no target period to cost",
        ),
        (
            ["-p", "can-tho", "--campaign", "hau-giang"],
            "no campaign 'hau-giang'",
        ),
        (["-p", "can-tho", "--mix", "poor=10%"], "--mix goes with --campaign"),
        (["-p", "can-tho", "--policy", "p.yaml"], "--policy goes with --campaign"),
    ],
)
def test_what_cannot_be_costed_is_one_message_and_no_page(
    tmp_path: Path, args: list[str], message: str
) -> None:
    out = tmp_path / "r.html"
    done = bhxh("report", *args, "-o", str(out))
    assert done.exit_code == 2
    assert f"bhxh: error: {message}" in done.stderr
    assert "Traceback" not in done.stderr
    assert not out.exists()


def test_a_sub_unit_or_several_periods_are_refused(write_yaml: Writer, tmp_path: Path) -> None:
    data = costed(write_yaml)
    out = tmp_path / "r.html"
    sub = bhxh("report", "-p", "mau/xa-1", "--data", data, "--campaign", "mau-2026", "-o", str(out))
    assert sub.exit_code == 2
    assert "is a campaign of mau, and the report is of mau/xa-1" in sub.stderr
    several = write_yaml(PERIODS, name="two.yaml")
    done = bhxh("report", "-p", "p", "--data", str(several), "--campaign", "c", "-o", str(out))
    assert done.exit_code == 2
    assert "the costs are of one period, and the report of p has 2026, 2026-H1" in done.stderr
    assert "hint: --period 2026" in done.stderr
    assert not out.exists()
    done = bhxh(
        "report",
        "-p",
        "p",
        "--data",
        str(several),
        "--campaign",
        "c",
        "--period",
        "2026-H1",
        "-o",
        str(out),
    )
    assert done.exit_code == 0, done.stderr
    assert "cost of campaign c, period 2026-H1" in out.read_text(encoding="utf-8")


# Two schemes whose default periods differ: the report has two, the costs need one.
PERIODS = """\
version: 1
provinces:
  p:
    name: P
    actuals:
      - {as_of: 2026-04-30, bhxh_tu_nguyen: 100, bhyt_ho_gia_dinh: 900}
    targets:
      - {period: 2026, bhxh_tu_nguyen: {new: 50}}
      - {period: 2026-H1, bhyt_ho_gia_dinh: {total: 1000}}
campaigns:
  c:
    name: C
    province: p
    staff: 3
    per_staff: {bhxh_tu_nguyen: 2}
"""
