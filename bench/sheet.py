"""Write the import benchmark's inputs: a data set whose targets file is the flat file of
`generate.py` (one province, every commune directly) with `include: [actuals/*.yaml]`, and the
sheet an office would send for it: a title, a merged two-row header, a row per commune
(bhxh_bat_buoc and bhyt, plan, actual and stated rate), and the total row.

Usage: python bench/sheet.py FOLDER [--scale S]  (writes FOLDER/targets.yaml, FOLDER/sheet.xlsx)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import xlsxwriter

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import build, render

SCHEMES = ("bhxh_bat_buoc", "bhyt")
HEADINGS = {"bhxh_bat_buoc": "BHXH bắt buộc", "bhyt": "BHYT"}


def write_sheet(path: Path, communes: list[tuple[str, int, int]]) -> None:
    """One row per (name, labour force, population): plans from the denominators, actuals
    below them, rates as a spreadsheet would print them."""
    workbook = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = workbook.add_worksheet("Sheet1")
    sheet.write(0, 0, "BÁO CÁO KẾT QUẢ THỰC HIỆN BHXH, BHYT THÁNG 3 NĂM 2025")
    sheet.write_row(2, 0, ["STT", "Đơn vị"])
    for group, scheme in enumerate(SCHEMES):  # row by row: constant_memory writes in order
        sheet.merge_range(2, 2 + 3 * group, 2, 4 + 3 * group, HEADINGS[scheme])
    for group in range(len(SCHEMES)):
        sheet.write_row(3, 2 + 3 * group, ["Kế hoạch giao", "Thực hiện", "Tỷ lệ %"])
    totals = [0, 0, 0, 0]
    for index, (name, labour, population) in enumerate(communes):
        row = 4 + index
        plans = (labour * 3 // 10, population * 9 // 10)
        actuals = (labour // 4, population * 8 // 10)
        sheet.write_number(row, 0, index + 1)
        sheet.write_string(row, 1, name)
        for group in range(2):
            col = 2 + 3 * group
            rate = round(actuals[group] * 100 / plans[group], 2)
            sheet.write_row(row, col, [plans[group], actuals[group], rate])
            totals[2 * group] += plans[group]
            totals[2 * group + 1] += actuals[group]
    last = 4 + len(communes)
    sheet.write_string(last, 1, "Tổng cộng")
    for group in range(2):
        sheet.write_row(last, 2 + 3 * group, totals[2 * group : 2 * group + 2])
    workbook.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--scale", type=float, default=1.0)
    args = parser.parse_args()
    (province,) = build("flat", args.scale)
    text = render([province]).replace("version: 1\n", "version: 1\ninclude: [actuals/*.yaml]\n", 1)
    (args.folder / "targets.yaml").write_text(text, encoding="utf-8")
    communes = [(c.name, c.labour_force, c.population) for c in province.children]
    write_sheet(args.folder / "sheet.xlsx", communes)
    print(f"{args.folder}: {len(communes)} communes")


if __name__ == "__main__":
    main()
