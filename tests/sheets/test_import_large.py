"""The import of a large sheet (2,000 communes) writes exactly the file its rows give, and
reports exactly the warnings the full validation of the set with that file finds."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from bhxh_cli.datafile.dataset import examine_set
from bhxh_cli.sheets.importer import ImportRequest, import_sheet
from tests.sheets.workbooks import Cell, write_xlsx

COMMUNES = 2000
ROLES = ["Kế hoạch giao", "Thực hiện", "Tỷ lệ %"]


def _figures(index: int) -> tuple[int, int]:
    """A commune's compulsory and health figures; every 97th above its population of 500."""
    return 100 + index % 50, 501 if index % 97 == 0 else 300 + index % 150


def _write_set(folder: Path) -> Path:
    lines = ["version: 1", "include: [actuals/*.yaml]", "provinces:", "  p:", "    name: Tỉnh P"]
    lines.append("    units:")
    for index in range(COMMUNES):
        lines.append(f"      x{index}: {{name: Xã Số {index}, population: 500, labour_force: 400}}")
    targets = folder / "targets.yaml"
    targets.write_text("\n".join(lines) + "\n", encoding="utf-8")
    rows: list[list[Cell]] = [
        ["STT", "Đơn vị", "BHXH bắt buộc", None, None, "BHYT", None, None],
        [None, None, *ROLES, *ROLES],
    ]
    sums = [0, 0, 0, 0]
    for index in range(COMMUNES):
        compulsory, health = _figures(index)
        plans = (200, 600)
        rates = [round(compulsory * 100 / plans[0], 2), round(health * 100 / plans[1], 2)]
        name = f"Xã Số {index}" if index % 3 else f"xa so {index}"  # some folded
        rows.append([index + 1, name, plans[0], compulsory, rates[0], plans[1], health, rates[1]])
        for at, value in enumerate((plans[0], compulsory, plans[1], health)):
            sums[at] += value
    rows.append([None, "Tổng cộng", sums[0], sums[1], None, sums[2], sums[3], None])
    write_xlsx(folder / "sheet.xlsx", rows, [(0, 2, 0, 4), (0, 5, 0, 7)])
    return targets


def _expected(day: date) -> str:
    lines = [
        "# Written by `bhxh import` from sheet.xlsx, sheet Sheet1; "
        "`bhxh import --replace` may write it again.",
        "units:",
    ]
    for index in range(COMMUNES):
        compulsory, health = _figures(index)
        source = json.dumps(f"sheet.xlsx, Sheet1 row {index + 3}", ensure_ascii=False)
        lines += [f"  p/x{index}:", "    actuals:", f"      - as_of: {day.isoformat()}"]
        lines += [f"        bhxh_bat_buoc: {compulsory}", f"        bhyt: {health}"]
        lines.append(f"        source: {source}")
    return "\n".join(lines) + "\n"


def test_a_large_sheet_gives_its_file_and_the_warnings_of_the_full_validation(
    tmp_path: Path,
) -> None:
    targets = _write_set(tmp_path)
    day = date(2025, 3, 31)
    request = ImportRequest(tmp_path / "sheet.xlsx", "p", day, data=str(targets))
    imported = import_sheet(request)
    assert imported.output == tmp_path / "actuals" / "p-2025-03-31.yaml"
    assert imported.output.read_text(encoding="utf-8") == _expected(day)
    examined, gathered = examine_set(targets, targets.read_bytes(), date.today())
    assert not examined.errors
    assert len(gathered.members) == imported.files == 2
    full = [p for p in examined.problems if p.position.file == str(imported.output)]
    assert list(imported.set_warnings) == full
    assert len(full) == len(range(0, COMMUNES, 97))  # above the population, each at its line
