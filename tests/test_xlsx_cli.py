"""--format xlsx and --format csv --excel end to end: every command's workbook read back, the
files the tool refuses to overwrite, and the terminal it refuses to write a workbook to."""

from __future__ import annotations

import io
import os
import pty
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from tests.conftest import DATA, ROOT, assert_golden, bhxh

EPOCH = {"SOURCE_DATE_EPOCH": "1767225600"}  # 2026-01-01 00:00 UTC

COMMANDS = {
    "coverage_summary": ["coverage"],
    "coverage_unit": ["coverage", "-p", "can-tho"],
    "coverage_by_unit": ["coverage", "-p", "can-tho", "--by-unit"],
    "progress_by_unit": ["progress", "-p", "can-tho", "--by-unit", "--as-of", "2024-04-30"],
    "provinces": ["provinces", "--data", "data/targets.yaml"],  # a relative path in the title
    "quota_days": [
        "quota",
        "-p",
        "hau-giang",
        "--per-unit",
        "bhxhtn=50",
        "--start",
        "10/05/2024",
        "--days",
        "2",
    ],
    "contribution_voluntary": [
        "contribution",
        "voluntary",
        "--category",
        "near-poor",
        "--on",
        "2026-06-01",
    ],
    "contribution_household": ["contribution", "household", "--members", "4", "--on", "2026-07-01"],
    # a campaign's quotas over a year whose base salary changes in July: two household lines
    "budget_campaign": ["budget", "--campaign", "hau-giang-2024-05", "--period", "2026"],
}
BUDGET = ["budget", "-p", "can-tho", "--period", "2026", "--new", "bhxh_tu_nguyen=415"]


def dump(data: bytes) -> str:
    """A workbook as text: per sheet its merged ranges, then each cell with its number format
    and, for a formula, its cached value."""
    formulas = openpyxl.load_workbook(io.BytesIO(data))
    values = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    lines = []
    for sheet in formulas:
        cached = values[sheet.title]
        lines.append(f"## {sheet.title} (frozen {sheet.freeze_panes})")
        lines.append("merged: " + " ".join(sorted(str(r) for r in sheet.merged_cells.ranges)))
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value is None:
                    continue
                shown = repr(cell.value)
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    shown += f" -> {cached[cell.coordinate].value!r}"
                lines.append(f"{cell.coordinate}\t{cell.number_format}\t{shown}")
    return "\n".join(lines) + "\n"


def written(tmp_path: Path, *args: str, lang: str = "en") -> bytes:
    out = tmp_path / f"out-{lang}.xlsx"
    done = bhxh("--lang", lang, *args, "--format", "xlsx", "-o", str(out), env=EPOCH)
    assert done.exit_code == 0, done.stderr
    assert done.stdout == ""
    return out.read_bytes()


@pytest.mark.usefixtures("in_repository")
@pytest.mark.parametrize("lang", ["en", "vi"])
@pytest.mark.parametrize("name", list(COMMANDS))
def test_every_commands_workbook_read_back(tmp_path: Path, name: str, lang: str) -> None:
    assert_golden(f"xlsx_{name}.{lang}.txt", dump(written(tmp_path, *COMMANDS[name], lang=lang)))


def test_coverage_of_can_tho_by_unit_holds_the_exact_figures(tmp_path: Path) -> None:
    sheet = openpyxl.load_workbook(io.BytesIO(written(tmp_path, *COMMANDS["coverage_by_unit"])))
    cells = sheet.active
    own = next(row for row in cells.iter_rows() if row[0].value == "Cần Thơ")
    assert own[1].value == pytest.approx(0.9262)  # compulsory: 92.62% of target
    assert own[1].number_format == "0.00%"
    assert own[2].value == 11_395  # its gap, a number, never text
    assert own[2].data_type == "n"


def test_counts_in_words_are_numbers_with_the_words_as_their_format(tmp_path: Path) -> None:
    book = openpyxl.load_workbook(io.BytesIO(written(tmp_path, "coverage", "-p", "can-tho")))
    health = next(r for r in book.active.iter_rows() if r[0].value == "Health insurance (2024-H1)")
    assert (health[6].value, health[6].number_format) == (-8_377, '#,##0;"+"#,##0" over"')
    (tmp_path / "out-en.xlsx").unlink()
    book = openpyxl.load_workbook(io.BytesIO(written(tmp_path, "coverage", "-p", "vinh-long")))
    social = next(r for r in book.active.iter_rows() if r[0].value == "Social insurance")
    assert (social[2].value, social[2].number_format) == (485_714, '#,##0" labour force"')


def test_the_days_total_is_a_formula_only_where_the_rows_add_up(tmp_path: Path) -> None:
    data = written(tmp_path, "quota", "-p", "hau-giang", "--per-unit", "bhxhtn=50")
    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    total = next(row for row in sheet.iter_rows() if row[0].value == "Total")
    assert str(total[-1].value).startswith("=SUM(")


def test_a_budget_holds_whole_dong_as_numbers(tmp_path: Path) -> None:
    book = openpyxl.load_workbook(io.BytesIO(written(tmp_path, *BUDGET)), data_only=True)
    lines, by_category = book.worksheets
    voluntary = next(r for r in lines.iter_rows() if r[0].value == "Voluntary")
    assert [c.value for c in voluntary[4:]] == [328_680_000, 0, 1_314_720_000]
    assert {(c.data_type, c.number_format) for c in voluntary[4:]} == {("n", "#,##0")}
    assert voluntary[1].value == "other"  # the category assumed, named
    poor = next(r for r in by_category.iter_rows() if r[0].value == "poor")
    assert [c.value for c in poor[1:]] == [821_700_000, 0, 821_700_000]


def test_a_contribution_holds_the_month_and_the_year_as_numbers(tmp_path: Path) -> None:
    data = written(tmp_path, *COMMANDS["contribution_voluntary"], lang="vi")
    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    support = next(r for r in sheet.iter_rows() if r[0].value == "Nhà nước hỗ trợ")
    assert [(c.value, c.number_format) for c in support[1:]] == [
        (132_000, "#,##0"),
        (1_584_000, "#,##0"),
    ]


@pytest.mark.parametrize(
    "args",
    [BUDGET, ["contribution", "household", "--members", "2", "--on", "2026-06-01"]],
    ids=["budget", "contribution"],
)
def test_costs_as_csv_for_excel_and_to_a_file(tmp_path: Path, args: list[str]) -> None:
    out = tmp_path / "costs.csv"
    assert bhxh(*args, "-f", "csv", "--excel", "-o", str(out)).exit_code == 0
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.count(b"\xef\xbb\xbf") == 1
    assert b",other," in data
    again = bhxh(*args, "-f", "json", "-o", str(out))
    assert again.exit_code == 2
    assert "exists; bhxh never overwrites a file" in again.stderr
    assert out.read_bytes() == data


def test_two_runs_give_the_same_bytes(tmp_path: Path) -> None:
    first = written(tmp_path, *COMMANDS["progress_by_unit"], lang="vi")
    (tmp_path / "out-vi.xlsx").unlink()
    assert written(tmp_path, *COMMANDS["progress_by_unit"], lang="vi") == first


def test_validate_writes_its_problems_as_a_workbook(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("version: 1\nprovinces:\n  p:\n    name: P\n    population: x\n")
    out = tmp_path / "problems.xlsx"
    done = bhxh("validate", str(bad), "--format", "xlsx", "-o", str(out), env=EPOCH)
    assert done.exit_code == 1
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert rows[1] == ("File", "Line", "Column", "Severity", "Rule", "Message", "Hint")
    assert rows[2][:5] == (str(bad), 5, 17, "error", "wrong-type")


def test_an_existing_file_is_never_overwritten(tmp_path: Path) -> None:
    out = tmp_path / "mine.xlsx"
    out.write_bytes(b"a leader's own sheet")
    done = bhxh("coverage", "--format", "xlsx", "-o", str(out))
    assert done.exit_code == 2
    assert f"{out} exists; bhxh never overwrites a file" in done.stderr
    assert "hint: give another name" in done.stderr
    assert out.read_bytes() == b"a leader's own sheet"


def test_a_folder_that_does_not_exist_is_one_message(tmp_path: Path) -> None:
    out = tmp_path / "nowhere" / "c.xlsx"
    done = bhxh("coverage", "--format", "xlsx", "-o", str(out))
    assert done.exit_code == 3
    assert f"bhxh: {out}: No such file or directory" in done.stderr


def test_other_formats_go_to_a_file_too(tmp_path: Path) -> None:
    out = tmp_path / "c.json"
    assert bhxh("coverage", "-p", "can-tho", "--format", "json", "-o", str(out)).exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("{")


def test_a_workbook_to_a_pipe_is_its_bytes() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bhxh_cli", "provinces", "--format", "xlsx", "--data", str(DATA)],
        capture_output=True,
        check=False,
        cwd=ROOT,
    )
    assert done.returncode == 0
    assert done.stdout.startswith(b"PK\x03\x04")
    assert openpyxl.load_workbook(io.BytesIO(done.stdout)).active["A1"].value.startswith("Prov")


def test_a_workbook_to_a_terminal_is_a_usage_error_that_says_to_give_o() -> None:
    main, secondary = pty.openpty()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "bhxh_cli", "provinces", "--format", "xlsx"],
            stdout=secondary,
            stderr=subprocess.PIPE,
            check=False,
            cwd=ROOT,
            env={**os.environ, "BHXH_LANG": "en", "BHXH_DATA": str(DATA)},
        )
    finally:
        os.close(secondary)
        os.close(main)
    assert done.returncode == 2
    message = done.stderr.decode()
    assert "--format xlsx writes a workbook, which a terminal cannot show" in message
    assert "hint: give -o FILE.xlsx" in message


def test_csv_for_excel_starts_with_a_bom_and_keeps_plain_numbers() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bhxh_cli", "coverage", "-p", "can-tho", "-f", "csv", "--excel"],
        capture_output=True,
        check=False,
        cwd=ROOT,
        env={**os.environ, "BHXH_LANG": "vi", "BHXH_DATA": str(DATA)},
    )
    assert done.stdout.startswith(b"\xef\xbb\xbfunit,name,as_of,")
    text = done.stdout.decode("utf-8-sig")
    assert ",2024-04-30," in text
    assert "1065565" in text
    assert "Cần Thơ" in text


def test_csv_for_excel_in_a_file_has_the_bom_once(tmp_path: Path) -> None:
    out = tmp_path / "c.csv"
    assert bhxh("coverage", "-f", "csv", "--excel", "-o", str(out)).exit_code == 0
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.count(b"\xef\xbb\xbf") == 1


def test_excel_goes_with_csv_only() -> None:
    done = bhxh("coverage", "-f", "json", "--excel")
    assert done.exit_code == 2
    assert "--excel goes with --format csv, not json" in done.stderr
