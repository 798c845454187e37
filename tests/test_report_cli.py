"""bhxh report end to end: the page byte for byte in both languages, its figures against the
core's, what it escapes, what it never loads, and the files it refuses."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import Path

import pytest

from tests.conftest import assert_golden, bhxh

EPOCH = {"SOURCE_DATE_EPOCH": "1767225600"}  # 2026-01-01 00:00 UTC
CENT = Decimal("0.01")
CAN_THO = ["report", "-p", "can-tho", "--by-unit", "--as-of", "2024-04-30"]


def province_of(communes: int, name: str = "Tỉnh Mẫu") -> str:
    """A data file of one province and `communes` communes, each with a plan for 2026 and
    figures on its eve and on 30 April 2026; the province holds their sums."""
    lines, sums = [], {"eve": 0, "now": 0, "plan": 0}
    for n in range(1, communes + 1):
        eve = 1_000 + 37 * n
        now = eve + (n * 7919) % 600
        plan = eve + 900
        sums |= {"eve": sums["eve"] + eve, "now": sums["now"] + now, "plan": sums["plan"] + plan}
        lines += [
            f"      xa-{n}:",
            f"        name: Xã {n}",
            "        actuals:",
            f"          - {{as_of: 2025-12-31, bhxh_tu_nguyen: {eve}}}",
            f"          - {{as_of: 2026-04-30, bhxh_tu_nguyen: {now}}}",
            f"        targets: [{{period: 2026, bhxh_tu_nguyen: {{total: {plan}}}}}]",
        ]
    head = [
        "version: 1",
        "provinces:",
        "  mau:",
        f"    name: {name}",
        "    actuals:",
        f"      - {{as_of: 2025-12-31, bhxh_tu_nguyen: {sums['eve']}}}",
        f"      - {{as_of: 2026-04-30, bhxh_tu_nguyen: {sums['now']}}}",
        f"    targets: [{{period: 2026, bhxh_tu_nguyen: {{total: {sums['plan']}}}}}]",
        "    units:",
    ]
    return "\n".join(head + lines) + "\n"


def page(tmp_path: Path, *args: str, lang: str = "en", name: str = "r.html") -> str:
    out = tmp_path / name
    done = bhxh("--lang", lang, *args, "-o", str(out), env=EPOCH)
    assert done.exit_code == 0, done.stderr
    assert (done.stdout, done.stderr) == ("", "")
    return out.read_text(encoding="utf-8")


@pytest.mark.usefixtures("in_repository")
@pytest.mark.parametrize("lang", ["en", "vi"])
def test_the_page_of_can_tho_byte_for_byte(tmp_path: Path, lang: str) -> None:
    assert_golden(f"report_can_tho.{lang}.html", page(tmp_path, *CAN_THO, lang=lang))


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_the_page_of_a_province_of_100_communes_byte_for_byte(tmp_path: Path, lang: str) -> None:
    data = tmp_path / "mau.yaml"
    data.write_text(province_of(100), encoding="utf-8")
    args = ["report", "-p", "mau", "--by-unit", "--as-of", "2026-04-30", "--data", str(data)]
    assert_golden(f"report_100_communes.{lang}.html", page(tmp_path, *args, lang=lang))


def test_counts_beside_every_percentage(tmp_path: Path) -> None:
    html = page(tmp_path, *CAN_THO, lang="vi")
    assert "18.590 / 28.883 · 64,36%" in html
    figures = re.findall(r'<td class="figures">([^<]*)</td>', html)
    percents = [f for f in figures if "%" in f]
    assert percents
    assert all(re.fullmatch(r"[\d.]+ / [\d.]+ · [\d,]+%", f) for f in percents), percents


def test_the_provinces_rate_comes_from_summed_counts_not_averaged_percentages(
    tmp_path: Path,
) -> None:
    data = tmp_path / "mau.yaml"
    data.write_text(province_of(3), encoding="utf-8")
    html = page(tmp_path, "report", "-p", "mau", "--as-of", "2026-04-30", "--data", str(data))
    actuals = [1_000 + 37 * n + (n * 7919) % 600 for n in (1, 2, 3)]
    plans = [1_000 + 37 * n + 900 for n in (1, 2, 3)]
    rate = Decimal(100 * sum(actuals)) / Decimal(sum(plans))
    averaged = sum(Decimal(100 * a) / Decimal(p) for a, p in zip(actuals, plans, strict=True)) / 3
    assert rate.quantize(CENT, ROUND_HALF_UP) != averaged.quantize(CENT, ROUND_HALF_UP)
    shown = f"{sum(actuals):,} / {sum(plans):,} · {rate.quantize(CENT, ROUND_HALF_UP)}%"
    assert shown in html


def test_sub_units_ranked_laggards_first(tmp_path: Path) -> None:
    data = tmp_path / "mau.yaml"
    data.write_text(province_of(100), encoding="utf-8")
    args = ["report", "-p", "mau", "--by-unit", "--as-of", "2026-04-30", "--data", str(data)]
    html = page(tmp_path, *args)
    units = html.split('<section class="units">')[1]
    percents = [Fraction(p) for p in re.findall(r"· ([\d.]+)%</td>", units)]
    assert len(percents) == 100
    assert percents == sorted(percents)


def test_the_pace_is_shown_while_the_period_is_open(tmp_path: Path) -> None:
    data = tmp_path / "mau.yaml"
    data.write_text(province_of(2), encoding="utf-8")
    html = page(tmp_path, "report", "-p", "mau", "--as-of", "2026-04-30", "--data", str(data))
    row = re.search(r'<tr data-scheme="1">(.*?)</tr>', html, re.DOTALL)
    assert row is not None
    cells = re.findall(r"<td[^>]*>(.*?)</td>", row.group(1))
    assert cells[5] != "—"  # expected by now
    assert cells[7] != "—"  # needed per month
    assert "period ended" not in html


def test_text_from_the_data_file_is_escaped(tmp_path: Path) -> None:
    data = tmp_path / "mau.yaml"
    data.write_text(province_of(2, name='"<script>alert(1)</script>"'), encoding="utf-8")
    html = page(tmp_path, "report", "-p", "mau", "--as-of", "2026-04-30", "--data", str(data))
    assert "<script" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_the_page_loads_nothing(tmp_path: Path) -> None:
    html = page(tmp_path, *CAN_THO)
    for needle in ("<script", "http:", "https:", "//", "@import", "url(", "<link", "<img"):
        assert needle not in html.replace("<!DOCTYPE html>", ""), needle


def test_the_page_prints_on_a4_with_headers_repeated_and_rows_whole(tmp_path: Path) -> None:
    html = page(tmp_path, *CAN_THO)
    assert "@page { size: A4" in html
    assert "thead { display: table-header-group; }" in html
    assert "break-inside: avoid" in html


def test_the_page_must_be_named_html(tmp_path: Path) -> None:
    done = bhxh("report", "-p", "can-tho", "-o", str(tmp_path / "r.pdf"))
    assert done.exit_code == 2
    assert "the report is an HTML page; name it FILE.html" in done.stderr


def test_an_existing_page_is_never_overwritten(tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    out.write_text("mine")
    done = bhxh("report", "-p", "can-tho", "-o", str(out))
    assert done.exit_code == 2
    assert "exists; bhxh never overwrites a file" in done.stderr
    assert out.read_text() == "mine"


def test_pdf_without_chromium_says_so_before_writing_anything(tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    done = bhxh("report", "-p", "can-tho", "-o", str(out), "--pdf", env={"PATH": str(tmp_path)})
    assert done.exit_code == 2
    assert "--pdf: no Chromium found (looked for chromium, chromium-browser" in done.stderr
    assert "hint: apt-get install chromium, or open" in done.stderr
    assert not out.exists()


def test_all_periods_at_once_is_refused(tmp_path: Path) -> None:
    done = bhxh("report", "-p", "can-tho", "--period", "all", "-o", str(tmp_path / "r.html"))
    assert done.exit_code == 2
    assert "one period at a time" in done.stderr


def test_a_rate_target_is_drawn_against_the_people_it_requires(tmp_path: Path) -> None:
    html = page(tmp_path, "report", "-p", "vinh-long")
    assert 'aria-label="170,000 / 194,286 · 87.50%"' in html
    assert '<td class="bad">behind</td>' in html
