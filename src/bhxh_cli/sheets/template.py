"""`bhxh template`: the fill-in workbook an office types its figures into, and that
`bhxh import` reads back by its hidden key column, without matching names.

One row per sub-unit of the province (names as people read them; unit paths in the hidden
column A, headed `bhxh-key`), one column group per scheme ("Kế hoạch giao / Thực hiện / Tỷ lệ
%"), the plans filled in where the data file has a total for the period, whole numbers >= 0
only in the input cells, and a total row. Rates and totals are formulas whose stored value is
empty: a spreadsheet computes them when the file is opened, and until then the import has
nothing stated to check them against. Printed on A4 landscape, the header repeated on every
page. The same data give the same bytes (xlsxwriter with a fixed creation date).
"""

from __future__ import annotations

import io
from datetime import date, datetime
from pathlib import Path
from typing import Any

from bhxh_cli.domain.periods import Period
from bhxh_cli.domain.schemes import Scheme
from bhxh_cli.domain.units import UnitRef
from bhxh_cli.errors import UsageError
from bhxh_cli.messages import Message
from bhxh_cli.sheets.layout import KEY_LABEL
from bhxh_cli.sheets.problems import at_cell

# The schemes' names as offices write them over their column groups.
SCHEME_HEADINGS: dict[Scheme, str] = {
    Scheme.BHXH: "BHXH",
    Scheme.BHXH_BAT_BUOC: "BHXH bắt buộc",
    Scheme.BHXH_TU_NGUYEN: "BHXH tự nguyện",
    Scheme.BHTN: "BHTN",
    Scheme.BHYT: "BHYT",
    Scheme.BHYT_HO_GIA_DINH: "BHYT hộ gia đình",
}
DEFAULT_SCHEMES = (Scheme.BHXH_BAT_BUOC, Scheme.BHXH_TU_NGUYEN, Scheme.BHTN, Scheme.BHYT)
ROLE_HEADINGS = ("Kế hoạch giao", "Thực hiện", "Tỷ lệ %")
CREATED = datetime(2025, 1, 1)  # fixed, so that the same data give the same bytes
HEADER_ROWS = 4  # title, blank, scheme groups, roles
SHEET = "Sheet1"


def plans(province: UnitRef, period: str | None) -> tuple[dict[Scheme, Period], list[UnitRef]]:
    """The period of each scheme's plans, and the area sub-units that are the rows."""
    from bhxh_cli.domain.selection import periods_by_scheme

    rows = [child for child in province.children() if child.unit.kind == "area"]
    units = [province.unit, *(ref.unit for ref in rows)]
    return periods_by_scheme(province.path, units, period, date.today()), rows


def _plan(ref: UnitRef, scheme: Scheme, period: Period | None) -> int | None:
    from bhxh_cli.domain.selection import targets_for

    found = targets_for(ref.unit, period).get(scheme)
    return found[0].total if found is not None else None


def workbook_bytes(province: UnitRef, period: str | None) -> tuple[bytes, int, tuple[Scheme, ...]]:
    """The template's bytes, its number of rows of units, and its schemes."""
    import xlsxwriter

    periods, rows = plans(province, period)
    schemes = tuple(periods) or DEFAULT_SCHEMES
    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, {"in_memory": True})
    workbook.set_properties({"created": CREATED, "title": f"bhxh template {province.path}"})
    sheet = workbook.add_worksheet(SHEET)
    styles = _styles(workbook)
    _header(sheet, styles, province, schemes, periods)
    first = HEADER_ROWS
    for index, ref in enumerate(rows):
        row = first + index
        sheet.write_string(row, 0, ref.path)
        sheet.write_number(row, 1, index + 1, styles["cell"])
        sheet.write_string(row, 2, ref.unit.name, styles["cell"])
        for group, scheme in enumerate(schemes):
            col = 3 + 3 * group
            plan = _plan(ref, scheme, periods.get(scheme))
            if plan is None:
                sheet.write_blank(row, col, None, styles["input"])
            else:
                sheet.write_number(row, col, plan, styles["count"])
            sheet.write_blank(row, col + 1, None, styles["input"])
            rate = f"=IF(AND(ISNUMBER({_a1(row, col + 1)}),N({_a1(row, col)})>0),"
            rate += f'{_a1(row, col + 1)}/{_a1(row, col)},"")'
            sheet.write_formula(row, col + 2, rate, styles["rate"], "")
    last = first + len(rows) - 1
    _totals(sheet, styles, (first, last), schemes)
    _validation(sheet, (first, last), schemes)
    _print_setup(sheet, last + 1, 3 + 3 * len(schemes) - 1)
    workbook.close()
    return buffer.getvalue(), len(rows), schemes


def _a1(row: int, col: int) -> str:
    return at_cell(SHEET, row, col).split("!")[1]


def _styles(workbook: Any) -> dict[str, Any]:
    border = {"border": 1, "font_name": "Times New Roman", "font_size": 12}
    return {
        "title": workbook.add_format(
            {"bold": True, "font_size": 14, "font_name": "Times New Roman"}
        ),
        "head": workbook.add_format(
            {**border, "bold": True, "align": "center", "valign": "vcenter", "text_wrap": True}
        ),
        "cell": workbook.add_format(border),
        "count": workbook.add_format({**border, "num_format": "#,##0"}),
        "input": workbook.add_format(
            {**border, "num_format": "#,##0", "bg_color": "#FFF2CC", "locked": False}
        ),
        "rate": workbook.add_format({**border, "num_format": "0.00%"}),
        "total": workbook.add_format({**border, "bold": True, "num_format": "#,##0"}),
    }


def _header(
    sheet: Any,
    styles: dict[str, Any],
    province: UnitRef,
    schemes: tuple[Scheme, ...],
    periods: dict[Scheme, Period],
) -> None:
    named = sorted({p.id for p in periods.values()})
    title = f"{province.unit.name}: số liệu thực hiện"
    if named:
        title += f" (kế hoạch {', '.join(named)})"
    sheet.write_string(0, 1, title, styles["title"])
    sheet.write_string(2, 0, KEY_LABEL)
    sheet.merge_range(2, 1, 3, 1, "STT", styles["head"])
    sheet.merge_range(2, 2, 3, 2, "Đơn vị", styles["head"])
    for group, scheme in enumerate(schemes):
        col = 3 + 3 * group
        sheet.merge_range(2, col, 2, col + 2, SCHEME_HEADINGS[scheme], styles["head"])
        for offset, heading in enumerate(ROLE_HEADINGS):
            sheet.write_string(3, col + offset, heading, styles["head"])
    sheet.set_column(0, 0, 20, None, {"hidden": True})
    sheet.set_column(1, 1, 5)
    sheet.set_column(2, 2, 28)
    sheet.set_column(3, 2 + 3 * len(schemes), 13)


def _totals(
    sheet: Any, styles: dict[str, Any], rows: tuple[int, int], schemes: tuple[Scheme, ...]
) -> None:
    first, last = rows
    total_row = last + 1
    sheet.write_string(total_row, 2, "Tổng cộng", styles["head"])
    for group in range(len(schemes)):
        for col in (3 + 3 * group, 4 + 3 * group):
            formula = f"=SUM({_a1(first, col)}:{_a1(last, col)})" if last >= first else "=0"
            sheet.write_formula(total_row, col, formula, styles["total"], "")


def _validation(sheet: Any, rows: tuple[int, int], schemes: tuple[Scheme, ...]) -> None:
    first, last = rows
    if last < first:
        return
    for group in range(len(schemes)):
        for col in (3 + 3 * group, 4 + 3 * group):
            sheet.data_validation(
                first,
                col,
                last,
                col,
                {
                    "validate": "integer",
                    "criteria": "between",
                    "minimum": 0,
                    "maximum": 1_000_000_000,
                    "error_title": "Số người",
                    "error_message": "Nhập số người nguyên, không âm (ví dụ 17543).",
                },
            )


def _print_setup(sheet: Any, last_row: int, last_col: int) -> None:
    sheet.set_landscape()
    sheet.set_paper(9)  # A4
    sheet.repeat_rows(2, HEADER_ROWS - 1)
    sheet.fit_to_pages(1, 0)
    sheet.print_area(0, 1, last_row, last_col)
    sheet.freeze_panes(HEADER_ROWS, 3)


def write_template(query: str, period: str | None, output: Path, data: str | None) -> Message:
    """Write the template of the province `query` names to `output`, a new file."""
    from bhxh_cli.datafile import load
    from bhxh_cli.domain.units import resolve
    from bhxh_cli.sheets.importer import write_new

    if output.suffix.lower() != ".xlsx":
        raise UsageError(Message("template.suffix", path=str(output)))
    if output.exists():
        raise UsageError(Message("import.exists", path=str(output)))
    dataset = load(data)
    province = resolve(dataset.data, query)
    raw, units, schemes = workbook_bytes(province, period)
    write_new(output, raw, replace=False)
    names = tuple(s.value for s in schemes)
    return Message("template.wrote", path=str(output), units=units, schemes=names)
