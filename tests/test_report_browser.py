"""bhxh report as a person sees it: opened in a real headless Chromium with every host name
unresolvable, the only request the file itself, an empty console, the figures in the DOM, an A4
PDF of a known number of pages, and a screenshot.

Needs Debian's `chromium` and `chromium-driver`; skipped, saying how to install them, without."""

from __future__ import annotations

import base64
import json
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bhxh_cli.cli.report import OFFLINE_CHROMIUM
from tests.conftest import ROOT, bhxh
from tests.test_report_cli import EPOCH, province_of
from tests.test_report_costs import AMOUNTS, COSTED, amount, budget

CHROMIUM = Path("/usr/bin/chromium")
DRIVER = Path("/usr/bin/chromedriver")
A4_LANDSCAPE = {"paperWidth": 11.69, "paperHeight": 8.27}  # inches, as @page asks
NETWORK = ("http:", "https:", "ws:", "wss:", "ftp:")  # addresses that leave the machine
SHOTS = Path(os.environ.get("BHXH_SCREENSHOTS", ROOT / ".pytest_cache" / "screenshots"))

pytestmark = pytest.mark.skipif(
    not (CHROMIUM.exists() or shutil.which("chromium")) or not DRIVER.exists(),
    reason="no Chromium: apt-get install chromium chromium-driver",
)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    webdriver = pytest.importorskip("selenium.webdriver")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (
        *OFFLINE_CHROMIUM,
        "--no-sandbox",
        f"--user-data-dir={tmp_path_factory.mktemp('profile')}",
        "--window-size=1280,1100",
    ):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(str(DRIVER)))
    try:
        yield driver
    finally:
        driver.quit()


def opened(browser: Any, page: Path) -> list[str]:
    """Open the page; the addresses of every request made for it. No request of any document
    leaves the machine (the browser's own pages may load their chrome:// resources late)."""
    browser.get_log("performance")  # what came before belongs to another page
    browser.get(page.as_uri())
    events = [json.loads(entry["message"])["message"] for entry in browser.get_log("performance")]
    sent = [e["params"] for e in events if e["method"] == "Network.requestWillBeSent"]
    network = [p["request"]["url"] for p in sent if p["request"]["url"].startswith(NETWORK)]
    assert network == []
    return [p["request"]["url"] for p in sent if p.get("documentURL") == page.as_uri()]


def pdf_pages(browser: Any) -> int:
    printed = browser.execute_cdp_cmd(
        "Page.printToPDF", {**A4_LANDSCAPE, "preferCSSPageSize": True, "printBackground": True}
    )
    data = base64.b64decode(printed["data"])
    assert data.startswith(b"%PDF")
    return len(re.findall(rb"/Type\s*/Page(?!s)", data))


def written(tmp_path: Path, *args: str, lang: str = "en") -> Path:
    out = tmp_path / "report.html"
    done = bhxh("--lang", lang, *args, "-o", str(out), env=EPOCH)
    assert done.exit_code == 0, done.stderr
    return out


def test_can_tho_in_a_browser(browser: Any, tmp_path: Path) -> None:
    page = written(tmp_path, "report", "-p", "can-tho", "--by-unit", "--as-of", "2024-04-30")
    assert opened(browser, page) == [page.as_uri()]
    assert browser.get_log("browser") == []
    by = pytest.importorskip("selenium.webdriver.common.by").By
    figures = [cell.text for cell in browser.find_elements(by.CSS_SELECTOR, "td.figures")]
    assert figures[:4] == [
        "143,013 / 154,408 · 92.62%",
        "18,590 / 28,883 · 64.36%",
        "135,876 / 147,115 · 92.36%",
        "1,065,565 / 1,057,188 · 100.79%",
    ]
    bars = browser.find_elements(by.CSS_SELECTOR, "tr[data-scheme='2'] svg.bar")
    assert bars[0].get_attribute("aria-label") == "18,590 / 28,883 · 64.36%"
    width = browser.execute_script(
        "return document.querySelector(\"tr[data-scheme='2'] svg.bar rect:nth-of-type(2)\")"
        ".getBBox().width"
    )
    assert width == pytest.approx(160 * 18_590 / 28_883, abs=0.01)
    assert pdf_pages(browser) == 1
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert browser.save_screenshot(str(SHOTS / "report-can-tho.png"))


def test_a_province_of_100_communes_in_a_browser(browser: Any, tmp_path: Path) -> None:
    data = tmp_path / "mau.yaml"
    data.write_text(province_of(100), encoding="utf-8")
    args = ["report", "-p", "mau", "--by-unit", "--as-of", "2026-04-30", "--data", str(data)]
    page = written(tmp_path, *args, lang="vi")
    assert opened(browser, page) == [page.as_uri()]
    assert browser.get_log("browser") == []
    by = pytest.importorskip("selenium.webdriver.common.by").By
    rows = browser.find_elements(by.CSS_SELECTOR, "section.units tbody tr")
    assert len(rows) == 100
    assert rows[0].find_element(by.CSS_SELECTOR, "td").text == "Xã 1"
    # 100 rows do not fit one page: the PDF runs on, each page with the header again
    pages = pdf_pages(browser)
    assert pages == 4
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert browser.save_screenshot(str(SHOTS / "report-100-communes.png"))


def test_the_page_with_a_campaigns_costs_in_a_browser(browser: Any, tmp_path: Path) -> None:
    data = tmp_path / "mau.yaml"
    data.write_text(COSTED.format(name="Tỉnh Mẫu"), encoding="utf-8")
    args = ["report", "-p", "mau", "--as-of", "2026-04-30", "--data", str(data)]
    page = written(tmp_path, *args, "--by-unit", "--campaign", "mau-2026", lang="vi")
    assert opened(browser, page) == [page.as_uri()]
    assert browser.get_log("browser") == []
    by = pytest.importorskip("selenium.webdriver.common.by").By
    rows = browser.find_elements(by.CSS_SELECTOR, "section.costs table.budget tbody tr")
    cells = [[cell.text for cell in row.find_elements(by.CSS_SELECTOR, "td")] for row in rows]
    doc = budget(str(data))
    assert [[amount(cell, "vi") for cell in row[4:]] for row in cells] == [
        *([line["total"][k] for k in AMOUNTS] for line in doc["lines"]),
        [doc["total"][k] for k in AMOUNTS],
    ]
    flagged = browser.find_elements(by.CSS_SELECTOR, "section.costs .unverified")
    assert len(flagged) == 4  # three rules, and the line naming them
    colour = flagged[-1].value_of_css_property("color")
    assert colour != browser.find_element(
        by.CSS_SELECTOR, "section.costs p.sub"
    ).value_of_css_property("color")
    assert pdf_pages(browser) == 2
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert browser.save_screenshot(str(SHOTS / "report-costs.png"))


def test_pdf_prints_the_page_with_the_installed_chromium(tmp_path: Path) -> None:
    out = tmp_path / "can-tho.html"
    args = ["report", "-p", "can-tho", "--by-unit", "--as-of", "2024-04-30", "-o", str(out)]
    done = bhxh(*args, "--pdf", env=EPOCH)
    assert done.exit_code == 0, done.stderr
    data = out.with_suffix(".pdf").read_bytes()
    assert data.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page(?!s)", data)) == 1
    again = bhxh(*args[:-1], str(tmp_path / "other.html"), "--pdf", env=EPOCH)
    assert again.exit_code == 0
    (tmp_path / "third.pdf").write_bytes(b"mine")
    refused = bhxh(*args[:-1], str(tmp_path / "third.html"), "--pdf", env=EPOCH)
    assert refused.exit_code == 2
    assert "third.pdf exists; bhxh never overwrites a file" in refused.stderr
    assert (tmp_path / "third.pdf").read_bytes() == b"mine"
