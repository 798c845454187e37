"""The workbook writer on tables made by hand: values, formats, headers, totals, laggards, print
set-up and deterministic bytes, read back with openpyxl."""

from __future__ import annotations

import io
from datetime import date, datetime
from decimal import Decimal

import openpyxl
import pytest

from bhxh_cli.render.table import Bar, Cell, Column, RenderOptions, TableView
from bhxh_cli.render.xlsx import laggard_rule, number_format, sheet_name, workbook

CREATED = datetime(2026, 1, 1, 8, 0, 0)


def _view() -> TableView:
    columns = [
        Column("Unit"),
        Column("BHYT rate", numeric=True, group="Health insurance"),
        Column("BHYT gap", numeric=True, group="Health insurance"),
        Column("As of"),
    ]
    rows = [
        [
            Cell("=HYPERLINK(1)"),
            Cell(
                "93.20%",
                value=Decimal("93.20"),
                percent=True,
                bar=Bar(Decimal("93.2"), Decimal(95)),
            ),
            Cell("1,200", value=1200, tone="bad"),
            Cell("2024-04-30", value=date(2024, 4, 30)),
        ],
        [
            Cell("Thới Lai"),
            Cell("96.00%", value=Decimal("96.00"), percent=True, bar=Bar(Decimal(96), Decimal(95))),
            Cell("0", value=0, tone="good"),
            Cell("—"),
        ],
    ]
    total = [Cell("Total", bold=True), Cell(""), Cell("1,200", value=1200, bold=True), Cell("")]
    return TableView("Cần Thơ: coverage", columns, rows, ["Source: Báo Cần Thơ"], total)


def _read(data: bytes, values: bool = False) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(data), data_only=values)


def test_numbers_are_numbers_with_their_formats() -> None:
    sheet = _read(workbook([_view()], RenderOptions("en", created=CREATED))).active
    assert sheet["B4"].value == pytest.approx(0.932)
    assert sheet["B4"].number_format == "0.00%"
    assert sheet["C4"].value == 1200
    assert sheet["C4"].number_format == "#,##0"
    assert sheet["D4"].value == datetime(2024, 4, 30)
    assert sheet["D4"].number_format == "yyyy-mm-dd"
    assert sheet["D5"].value == "—"


def test_dates_follow_the_language_and_numbers_use_excels_own_notation() -> None:
    sheet = _read(workbook([_view()], RenderOptions("vi", created=CREATED))).active
    assert sheet["D4"].number_format == "dd/mm/yyyy"
    assert sheet["C4"].number_format == "#,##0"  # Excel shows 1.200 in a Vietnamese locale


def test_text_that_looks_like_a_formula_stays_text() -> None:
    sheet = _read(workbook([_view()], RenderOptions(created=CREATED))).active
    assert sheet["A4"].value == "=HYPERLINK(1)"
    assert sheet["A4"].data_type == "s"


def test_group_headers_are_merged_above_their_columns() -> None:
    sheet = _read(workbook([_view()], RenderOptions(created=CREATED))).active
    merged = {str(r) for r in sheet.merged_cells.ranges}
    assert merged == {"B2:C2", "A2:A3", "D2:D3"}
    assert sheet["B2"].value == "Health insurance"
    assert sheet["B3"].value == "BHYT rate"


def test_the_total_is_a_formula_with_its_value_cached() -> None:
    data = workbook([_view()], RenderOptions(created=CREATED))
    assert _read(data).active["C6"].value == "=SUM(C4:C5)"
    assert _read(data, values=True).active["C6"].value == 1200


def test_a_total_that_its_rows_do_not_add_up_to_is_its_value_alone() -> None:
    view = _view()
    subtotals = [*view.rows, [Cell("Day"), Cell(""), Cell("5", value=5, bold=True), Cell("")]]
    changed = TableView(view.title, view.columns, subtotals, [], view.total_row)
    assert _read(workbook([changed], RenderOptions(created=CREATED))).active["C7"].value == 1200


def test_laggards_are_red_by_conditional_format() -> None:
    sheet = _read(workbook([_view()], RenderOptions(created=CREATED))).active
    rules = {
        str(cf.sqref): [(r.operator, r.formula) for r in cf.rules]
        for cf in sheet.conditional_formatting
    }
    assert rules == {"B4:B5": [("lessThan", ["0.95"])], "C4:C5": [("greaterThan", ["0"])]}


def test_a_surplus_is_a_gap_below_zero_shown_in_words_and_never_red() -> None:
    from bhxh_cli.render.coverage import gap_cell

    cell = gap_cell(0, 8_377, "vi")
    assert (cell.text, cell.value, cell.number_format) == (
        "vượt 8.377",
        -8_377,
        '#,##0;"vượt "#,##0',
    )
    rule = laggard_rule(cell)
    assert rule == (">", 0)
    assert not cell.value > rule[1]  # the gap column's rule leaves it alone


def test_laggard_rules() -> None:
    assert laggard_rule(Cell("behind", tone="bad")) == ("==", '"behind"')
    assert laggard_rule(Cell('say "x"', tone="bad")) == ("==", '"say ""x"""')
    assert laggard_rule(Cell("ahead", tone="good")) is None
    assert laggard_rule(Cell("12", value=12)) is None


def test_header_frozen_repeated_and_a4_landscape_one_page_wide() -> None:
    sheet = _read(workbook([_view()], RenderOptions(created=CREATED))).active
    assert sheet.freeze_panes == "B4"
    assert sheet.print_title_rows == "$2:$3"
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.page_setup.paperSize == 9
    assert (sheet.page_setup.fitToWidth or 1) == 1  # 1 is the default, left out
    assert sheet.page_setup.fitToHeight == 0
    assert sheet.sheet_properties.pageSetUpPr.fitToPage


def test_notes_under_the_table() -> None:
    sheet = _read(workbook([_view()], RenderOptions(created=CREATED))).active
    assert sheet["A8"].value == "Source: Báo Cần Thơ"


def test_the_same_tables_and_date_give_the_same_bytes() -> None:
    first = workbook([_view()], RenderOptions(created=CREATED))
    assert workbook([_view()], RenderOptions(created=CREATED)) == first
    assert workbook([_view()], RenderOptions(created=datetime(2026, 1, 2))) != first
    assert _read(first).properties.created == CREATED


def test_sheet_names_within_excels_rules() -> None:
    taken: set[str] = set()
    first = sheet_name("Cần Thơ (can-tho/thoi-lai): a very long title indeed", 1, taken)
    assert first == "Cần Thơ (can-tho-thoi-lai)- a v"
    assert len(first) <= 31
    again = sheet_name("CẦN THƠ (can-tho/thoi-lai): a very long title indeed", 2, taken)
    assert again.endswith(" (2)")
    assert len(again) <= 31
    assert sheet_name("[]", 3, taken) == "--"


@pytest.mark.parametrize(
    ("value", "percent", "code"),
    [
        (12, False, "#,##0"),
        (Decimal("1.5"), False, "#,##0.0"),
        (Decimal("49.68"), True, "0.00%"),
        (Decimal(100), True, "0%"),
        (date(2024, 1, 1), False, "yyyy-mm-dd"),
        (None, False, ""),
    ],
)
def test_number_formats(value: int | Decimal | date | None, percent: bool, code: str) -> None:
    assert number_format(value, percent, "yyyy-mm-dd") == code
