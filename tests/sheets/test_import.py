"""`bhxh import`: a sheet in every format gives the right snapshot, or the right error at the
right cell, and nothing is written when anything is wrong."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from tests.conftest import Run, bhxh
from tests.sheets.workbooks import WRITERS, Cell, write_xlsx

TARGETS = """\
version: 1
include: [actuals/*.yaml]
provinces:
  p:
    name: Tỉnh P
    population: 100000
    labour_force: 60000
    targets:
      - period: 2024
        bhxh_bat_buoc: {total: 6400}
        bhyt: {total: 90000}
    units:
      co-do: {name: Cờ Đỏ, population: 50000, labour_force: 30000}
      long-my: {name: Thị xã Long Mỹ, population: 30000, labour_force: 20000}
      thoi-lai: {name: Thới Lai, population: 20000, labour_force: 10000}
"""

TITLE = "BÁO CÁO KẾT QUẢ THỰC HIỆN BHXH, BHYT THÁNG 4 NĂM 2024"
ROLES = ["Kế hoạch giao", "Thực hiện", "Tỷ lệ %"]


def sheet() -> list[list[Cell]]:
    """The sheet an office keeps: a title, a merged header, group rows, a total row."""
    return [
        [TITLE, None, None, None, None, None, None, None],
        [None] * 8,
        ["STT", "Đơn vị", "BHXH bắt buộc", None, None, "BHYT", None, None],
        [None, None, *ROLES, *ROLES],
        ["I", "Khu vực phía Bắc", 5200, 4682, None, 70000, 60000, None],
        [1, "Huyện Cờ Đỏ", 3200, 2882, 90.06, 40000, 35000, 87.5],
        [2, "TX. Long Mỹ", 2000, 1800, 90, 30000, 25000, 83.33],
        ["II", "Khu vực phía Nam", 1200, 1000, None, 20000, 18000, None],
        [3, "Xã\u00a0Thới  Lai", 1200, 1000, "83,33", 20000, 18000, "90%"],
        [None, "Tổng cộng", 6400, 5682, 88.78, 90000, 78000, 86.67],
    ]


MERGED = [(0, 0, 0, 7), (2, 2, 2, 4), (2, 5, 2, 7)]
SNAPSHOT = {
    "p/co-do": {"bhxh_bat_buoc": 2882, "bhyt": 35000},
    "p/long-my": {"bhxh_bat_buoc": 1800, "bhyt": 25000},
    "p/thoi-lai": {"bhxh_bat_buoc": 1000, "bhyt": 18000},
}
WRITTEN = Path("actuals/p-2024-04-30.yaml")


def run_import(folder: Path, workbook: Path, *more: str) -> Run:
    data = str(folder / "targets.yaml")
    return bhxh("import", str(workbook), "-p", "p", "--as-of", "30/04/2024", "--data", data, *more)


def snapshot(folder: Path) -> dict[str, dict[str, int]]:
    written = yaml.safe_load((folder / WRITTEN).read_text(encoding="utf-8"))
    found = {}
    for unit, added in written["units"].items():
        (entry,) = added["actuals"]
        assert str(entry.pop("as_of")) == "2024-04-30"
        entry.pop("source")
        found[unit] = entry
    return found


def errors(run: Run) -> list[str]:
    """The cell and message of each error line."""
    return [line.removeprefix("bhxh: ") for line in run.stderr.splitlines() if ": error: " in line]


@pytest.mark.parametrize("suffix", sorted(WRITERS))
def test_each_format_gives_the_snapshot(folder: Path, suffix: str) -> None:
    workbook = WRITERS[suffix](folder / f"bao-cao{suffix}", sheet(), MERGED)
    run = run_import(folder, workbook)
    assert run.exit_code == 0, run.stderr
    assert snapshot(folder) == SNAPSHOT
    name = "bao-cao" if suffix == ".csv" else "Sheet1"
    assert run.stdout.splitlines() == [
        f"Read 3 units × 2 schemes (bhxh_bat_buoc, bhyt) from {name}, rows 6-9.",
        "Checked 6 stated rates and 12 totals; the data set (2 files) validates with it.",
        f"Wrote {folder / WRITTEN}.",
    ]
    progress = bhxh("progress", "-p", "p", "-f", "json", "--data", str(folder / "targets.yaml"))
    rows = {row["scheme"]: row for row in json.loads(progress.stdout)["rows"]}
    assert (rows["bhxh_bat_buoc"]["actual"], rows["bhyt"]["actual"]) == (5682, 78000)


def test_vietnamese_number_text_reads_with_dots_between_thousands(folder: Path) -> None:
    rows = sheet()
    rows[5][3], rows[5][6], rows[9][6] = "2.882", "35.000", "78.000"
    run = run_import(folder, write_xlsx(folder / "s.xlsx", rows, MERGED))
    assert run.exit_code == 0, run.stderr
    assert snapshot(folder) == SNAPSHOT


@pytest.mark.parametrize(
    ("cell", "value", "expected"),
    [
        ("D6", 2882.5, "Sheet1!D6: error: 2882.5 is not a whole number of people"),
        ("D6", "2,882", "Sheet1!D6: error: '2,882' is not a whole number of people"),
        ("G7", "25 nghìn", "Sheet1!G7: error: '25 nghìn' is not a whole number of people"),
        (
            "E6",
            53.55,
            "Sheet1!E6: error: the stated rate 53.55 is not 2,882 / 3,200 = 90.06% "
            "of bhxh_bat_buoc",
        ),
        ("B6", "Huyện Cờ Đông", "Sheet1!B6: error: 'Huyện Cờ Đông' is not a unit of p"),
        ("C10", 6500, "Sheet1!C10: error: the row says 6,500; its 3 units add up to 6,400"),
        ("G5", 61000, "Sheet1!G5: error: the row says 61,000; its 2 units add up to 60,000"),
        (
            "B9",
            "Huyện Cờ Đỏ",
            "Sheet1!B9: error: p/co-do is in the sheet twice (first at Sheet1!B6)",
        ),
    ],
)
def test_a_wrong_cell_is_an_error_at_that_cell(
    folder: Path, cell: str, value: Cell, expected: str
) -> None:
    rows = sheet()
    rows[int(cell[1:]) - 1][ord(cell[0]) - ord("A")] = value
    run = run_import(folder, write_xlsx(folder / "s.xlsx", rows, MERGED))
    assert run.exit_code == 1
    assert expected in errors(run)
    assert not (folder / WRITTEN).exists()


def test_an_unmatched_name_lists_the_closest_units(folder: Path) -> None:
    rows = sheet()
    rows[5][1] = "Huyện Cờ Đông"
    run = run_import(folder, write_xlsx(folder / "s.xlsx", rows, MERGED))
    assert "  hint: the closest units: 'Cờ Đỏ'" in run.stderr.splitlines()


def test_every_problem_of_a_sheet_is_shown_at_once(folder: Path) -> None:
    rows = sheet()
    rows[5][3], rows[6][1] = "x", "Nowhere"
    run = run_import(folder, write_xlsx(folder / "s.xlsx", rows, MERGED))
    cells = [line.split(":")[0] for line in errors(run)]
    assert cells[:2] == ["Sheet1!D6", "Sheet1!B7"]


def test_a_total_of_zero_from_a_formula_never_computed_is_a_warning(folder: Path) -> None:
    rows = sheet()
    rows[9][3] = "=SUM(D6:D9)"
    run = run_import(folder, write_xlsx(folder / "s.xlsx", rows, MERGED))
    assert run.exit_code == 0, run.stderr
    assert (
        "bhxh: Sheet1!D10: warning: the row says 0; its units add up to 5,682 "
        "(a formula never computed?)"
    ) in run.stderr.splitlines()
    assert snapshot(folder) == SNAPSHOT


def test_text_in_an_old_encoding_is_refused_with_a_hint(folder: Path) -> None:
    rows = sheet()
    rows[5][1] = "HuyÖn Cê §á"  # Huyện Cờ Đỏ typed with a TCVN3 font
    run = run_import(folder, write_xlsx(folder / "s.xlsx", rows, MERGED))
    assert errors(run) == ["Sheet1!B6: error: text in the old TCVN3 encoding: 'HuyÖn Cê §á'"]
    assert "convert the file from TCVN3 to Unicode" in run.stderr
    rows = sheet()
    rows[2][2] = "BHXH b¾t buéc"
    run = run_import(folder, write_xlsx(folder / "s.xlsx", rows, MERGED))
    assert errors(run) == ["Sheet1!C3: error: text in the old TCVN3 encoding: 'BHXH b¾t buéc'"]
    rows[2][2] = "BHXH baét buoäc"  # VNI
    run = run_import(folder, write_xlsx(folder / "s.xlsx", rows, MERGED))
    assert errors(run) == ["Sheet1!C3: error: text in the old VNI encoding: 'BHXH baét buoäc'"]


def test_the_mapping_is_shown_and_fixes_a_header_it_cannot_read(folder: Path) -> None:
    workbook = write_xlsx(folder / "s.xlsx", sheet(), MERGED)
    shown = run_import(folder, workbook, "--show-mapping")
    assert shown.stdout == (
        "# bhxh import mapping: columns by letter, rows as the sheet numbers them\n"
        "header_end: 4\nname: B\norder: A\ncolumns:\n"
        "  C: bhxh_bat_buoc plan\n  D: bhxh_bat_buoc actual\n  E: bhxh_bat_buoc rate\n"
        "  F: bhyt plan\n  G: bhyt actual\n  H: bhyt rate\n"
    )
    assert not (folder / WRITTEN).exists()
    mapping = folder / "mapping.yaml"
    mapping.write_text(shown.stdout, encoding="utf-8")
    rows = sheet()
    rows[2][2], rows[2][5] = "Compulsory", "Health"
    unreadable = write_xlsx(folder / "t.xlsx", rows, MERGED)
    assert "no header found" in run_import(folder, unreadable).stderr
    run = run_import(folder, unreadable, "--mapping", str(mapping))
    assert run.exit_code == 0, run.stderr
    assert snapshot(folder) == SNAPSHOT


def test_an_existing_file_is_never_overwritten(folder: Path) -> None:
    workbook = write_xlsx(folder / "s.xlsx", sheet(), MERGED)
    assert run_import(folder, workbook).exit_code == 0
    before = (folder / WRITTEN).read_bytes()
    again = run_import(folder, workbook)
    assert again.exit_code == 2
    assert "exists: it is never overwritten" in again.stderr
    replaced = run_import(folder, workbook, "--replace")
    assert replaced.exit_code == 0, replaced.stderr
    assert replaced.stdout.splitlines()[-1] == f"Replaced {folder / WRITTEN}."
    assert (folder / WRITTEN).read_bytes() == before
    (folder / WRITTEN).write_text("units: {}\n")  # typed by hand: not this command's
    refused = run_import(folder, workbook, "--replace")
    assert refused.exit_code == 2
    assert "was not written by `bhxh import`" in refused.stderr
    assert sorted(p.name for p in (folder / "actuals").iterdir()) == [WRITTEN.name]


def test_a_file_the_data_set_would_not_read_is_not_written(folder: Path) -> None:
    (folder / "targets.yaml").write_text(TARGETS.replace("include: [actuals/*.yaml]\n", ""))
    run = run_import(folder, write_xlsx(folder / "s.xlsx", sheet(), MERGED))
    assert run.exit_code == 2
    assert "would not be read with" in run.stderr
    assert not (folder / "actuals").exists()


def test_a_snapshot_the_data_set_already_has_is_an_error_and_nothing_is_written(
    folder: Path,
) -> None:
    text = TARGETS.replace(
        "      co-do: {name: Cờ Đỏ,",
        "      co-do: {actuals: [{as_of: 2024-04-30, bhyt: 1}], name: Cờ Đỏ,",
    )
    (folder / "targets.yaml").write_text(text, encoding="utf-8")
    run = run_import(folder, write_xlsx(folder / "s.xlsx", sheet(), MERGED))
    assert run.exit_code == 1
    assert f"{folder / WRITTEN}:7:15: error [snapshot-twice]" in run.stderr
    assert not (folder / WRITTEN).exists()


def test_subtotal_rows_check_the_units_since_the_last_one(folder: Path) -> None:
    rows = sheet()
    del rows[7]  # no group rows: a subtotal after each part instead
    del rows[4]
    rows.insert(6, [None, "Cộng khu vực phía Bắc", 5200, 4682, None, 70000, 60000, None])
    rows.insert(8, [None, "Cộng", 1200, 1000, None, 20000, 18001, None])
    run = run_import(folder, write_xlsx(folder / "s.xlsx", rows, MERGED))
    assert errors(run) == ["Sheet1!G9: error: the row says 18,001; its 1 units add up to 18,000"]
    rows[8][6] = 18000
    run = run_import(folder, write_xlsx(folder / "s.xlsx", rows, MERGED))
    assert run.exit_code == 0, run.stderr
    assert snapshot(folder) == SNAPSHOT


def test_a_unit_whose_name_looks_like_a_group_or_a_sum_is_a_unit(folder: Path) -> None:
    text = TARGETS.replace("thoi-lai: {name: Thới Lai,", "cong-hoa: {name: Cộng Hòa,")
    (folder / "targets.yaml").write_text(text, encoding="utf-8")
    rows = sheet()
    rows[5][1], rows[8][1] = "X. Cờ Đỏ", "Cộng Hòa"  # X. is Xã; Cộng Hòa a commune
    run = run_import(folder, write_xlsx(folder / "s.xlsx", rows, MERGED))
    assert run.exit_code == 0, run.stderr
    assert sorted(snapshot(folder)) == ["p/co-do", "p/cong-hoa", "p/long-my"]
