"""`bhxh template`: the fill-in workbook, and the round trip template → filled in → import →
progress."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pytest

from tests.conftest import assert_golden, bhxh
from tests.sheets.test_import import TARGETS

# Cờ Đỏ has its own plans for 2024: they fill its plan cells.
PLANNED = TARGETS.replace(
    "      co-do: {name: Cờ Đỏ, population: 50000, labour_force: 30000}\n",
    "      co-do:\n        name: Cờ Đỏ\n        population: 50000\n        labour_force: 30000\n"
    "        targets: [{period: 2024, bhxh_bat_buoc: {total: 3200}, bhyt: {total: 40000}}]\n",
)


@pytest.fixture
def data(tmp_path: Path) -> Path:
    path = tmp_path / "targets.yaml"
    path.write_text(PLANNED, encoding="utf-8")
    return path


def template(data: Path, output: Path) -> list[list[object]]:
    import python_calamine

    run = bhxh("template", "-p", "p", "--period", "2024", "-o", str(output), "--data", str(data))
    assert run.exit_code == 0, run.stderr
    assert run.stdout == f"Wrote {output}: 3 units × bhxh_bat_buoc, bhyt.\n"
    sheet = python_calamine.load_workbook(str(output)).get_sheet_by_name("Sheet1")
    return sheet.to_python(skip_empty_area=False)


def test_sub_units_are_rows_with_their_keys_and_plans(data: Path) -> None:
    rows = template(data, data.parent / "t.xlsx")
    assert rows[2][:4] == ["bhxh-key", "STT", "Đơn vị", "BHXH bắt buộc"]
    assert rows[3][3:6] == ["Kế hoạch giao", "Thực hiện", "Tỷ lệ %"]
    assert [row[:4] for row in rows[4:7]] == [
        ["p/co-do", 1.0, "Cờ Đỏ", 3200.0],
        ["p/long-my", 2.0, "Thị xã Long Mỹ", ""],
        ["p/thoi-lai", 3.0, "Thới Lai", ""],
    ]
    assert rows[4][6] == 40000.0
    assert rows[7][2] == "Tổng cộng"


def test_the_workbook_is_the_same_bytes_for_the_same_data(data: Path) -> None:
    template(data, data.parent / "a.xlsx")
    template(data, data.parent / "b.xlsx")
    assert (data.parent / "a.xlsx").read_bytes() == (data.parent / "b.xlsx").read_bytes()


def test_print_setup_hidden_keys_and_number_validation(data: Path) -> None:
    template(data, data.parent / "t.xlsx")
    with zipfile.ZipFile(data.parent / "t.xlsx") as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml").decode()
        book = archive.read("xl/workbook.xml").decode()
    assert 'orientation="landscape"' in sheet and 'paperSize="9"' in sheet
    assert '<col min="1" max="1" width="20.7109375" hidden="1"' in sheet
    assert sheet.count('<dataValidation type="whole"') == 4
    assert "_xlnm.Print_Titles" in book and "Sheet1!$3:$4" in book


def test_an_existing_file_is_never_overwritten(data: Path) -> None:
    output = data.parent / "t.xlsx"
    output.write_bytes(b"mine")
    run = bhxh("template", "-p", "p", "-o", str(output), "--data", str(data))
    assert run.exit_code == 2
    assert output.read_bytes() == b"mine"


def fill(workbook: Path, figures: dict[str, int]) -> None:
    """Type figures into the input cells, as an office does (the file is not recomputed)."""
    with zipfile.ZipFile(workbook) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    for cell, value in figures.items():
        sheet, found = re.subn(
            rf'<c r="{cell}" s="(\d+)"/>', rf'<c r="{cell}" s="\1"><v>{value}</v></c>', sheet
        )
        assert found == 1, cell
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    with zipfile.ZipFile(workbook, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)


def test_round_trip_template_filled_import_progress(data: Path) -> None:
    workbook = data.parent / "t.xlsx"
    template(data, workbook)
    # columns E and H hold the actuals of bhxh_bat_buoc and bhyt; rows 5-7 the units
    fill(workbook, {"E5": 2882, "H5": 35000, "E6": 1800, "H6": 25000, "E7": 1000, "H7": 18000})
    run = bhxh("import", str(workbook), "-p", "p", "--as-of", "2024-04-30", "--data", str(data))
    assert run.exit_code == 0, run.stderr
    assert run.stdout.splitlines()[0] == (
        "Read 3 units × 2 schemes (bhxh_bat_buoc, bhyt) from Sheet1, rows 5-7."
    )
    progress = bhxh("progress", "-p", "p", "--by-unit", "-f", "json", "--data", str(data))
    report = json.loads(progress.stdout)
    rows = {row["scheme"]: row for row in report["rows"]}
    assert (rows["bhxh_bat_buoc"]["actual"], rows["bhyt"]["actual"]) == (5682, 78000)
    units = {(u["unit"], u["scheme"]): u for u in report["units"]}
    assert units[("p/co-do", "bhxh_bat_buoc")]["actual"] == 2882
    assert units[("p/co-do", "bhxh_bat_buoc")]["plan"] == 3200


def test_a_filled_template_is_read_by_its_keys_not_its_names(data: Path) -> None:
    workbook = data.parent / "t.xlsx"
    template(data, workbook)
    fill(workbook, {"E5": 2882, "H5": 35000})
    with zipfile.ZipFile(workbook) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    strings = parts["xl/sharedStrings.xml"].decode().replace("Cờ Đỏ", "Tên đã đổi")
    parts["xl/sharedStrings.xml"] = strings.encode()
    with zipfile.ZipFile(workbook, "w") as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    run = bhxh("import", str(workbook), "-p", "p", "--as-of", "2024-04-30", "--data", str(data))
    assert run.exit_code == 0, run.stderr
    written = (data.parent / "actuals/p-2024-04-30.yaml").read_text(encoding="utf-8")
    assert (
        "  p/co-do:\n    actuals:\n      - as_of: 2024-04-30\n        bhxh_bat_buoc: 2882\n"
        in written
    )


def test_rows_left_blank_add_nothing(data: Path) -> None:
    workbook = data.parent / "t.xlsx"
    template(data, workbook)
    fill(workbook, {"E6": 1800})
    run = bhxh("import", str(workbook), "-p", "p", "--as-of", "2024-04-30", "--data", str(data))
    assert (
        run.stdout.splitlines()[0]
        == "Read 1 unit × 1 scheme (bhxh_bat_buoc) from Sheet1, rows 6-6."
    )
    written = (data.parent / "actuals/p-2024-04-30.yaml").read_text(encoding="utf-8")
    assert "p/co-do" not in written


def test_the_sheet_is_the_golden_one(data: Path) -> None:
    template(data, data.parent / "t.xlsx")
    with zipfile.ZipFile(data.parent / "t.xlsx") as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml").decode()
    assert_golden("template_sheet1.xml", sheet.replace("><", ">\n<"))
