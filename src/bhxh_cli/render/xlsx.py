"""A result's tables as an Excel workbook: one sheet per table, the numbers stored as numbers.

Built from the same TableView as the table, markdown and CSV, so every command has it. Counts,
percentages and dates are the cells' exact values with a number format: `#,##0` and `0.00%`
are stored in Excel's own notation, which Excel shows with the separators of the reader's locale
(`1.065.565` and `49,68%` in a Vietnamese Excel, `1,065,565` and `49.68%` in an English one);
dates follow --lang (`dd/mm/yyyy` or `yyyy-mm-dd`). The header is frozen and repeated on every
printed page, A4 landscape, one page wide. A total row under numbers that add up to it is a
`SUM` formula with its value cached, so a reader without recalculation sees it too. Laggards
are red by conditional format: below the target of their bar, or a gap above zero. A count
written inside words (`+8,377 over`, `12,000 population`) keeps the words as its number format,
so the cell is still the number; a surplus is stored as a gap below zero, shown without a sign.

The bytes depend on the tables and the creation time alone (xlsxwriter dates every member of
the archive 1980-01-01), so two runs with the same `created` give the same file.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from bhxh_cli.render.table import Cell, RenderOptions, TableView
from bhxh_cli.sheets.problems import column_letters

if TYPE_CHECKING:
    from collections.abc import Sequence

COUNT = "#,##0"
DATE = {"en": "yyyy-mm-dd", "vi": "dd/mm/yyyy"}
RED = {"font_color": "#9C0006", "bg_color": "#FFC7CE"}
SHEET_NAME_MAX = 31
FORBIDDEN_IN_SHEET_NAME = str.maketrans(dict.fromkeys("[]:*?/\\", "-"))
WIDEST = 48  # characters: a longer name wraps rather than widening its column


def workbook(views: Sequence[TableView], options: RenderOptions) -> bytes:
    """The tables as the bytes of an .xlsx file, one sheet each, in order."""
    import xlsxwriter  # only when a workbook is asked for

    out = io.BytesIO()
    book = xlsxwriter.Workbook(
        out,
        {
            "in_memory": True,
            "strings_to_numbers": False,
            "strings_to_formulas": False,
            "strings_to_urls": False,
        },
    )
    created = options.created or datetime.now().replace(microsecond=0)
    book.set_properties({"title": views[0].title if views else "", "created": created})
    styles = Styles(book, options)
    names: set[str] = set()
    for number, view in enumerate(views, start=1):
        sheet = book.add_worksheet(sheet_name(view.title, number, names))
        Sheet(sheet, view, styles).write()
    book.close()
    return out.getvalue()


def sheet_name(title: str, number: int, taken: set[str]) -> str:
    """A sheet's name from its table's title: within Excel's 31 characters, without the ones
    Excel refuses, and unlike the names already taken (compared as Excel does, ignoring case)."""
    base = title.translate(FORBIDDEN_IN_SHEET_NAME).strip("' ") or str(number)
    name = base[:SHEET_NAME_MAX].rstrip()
    while name.lower() in taken:
        suffix = f" ({number})"
        name = base[: SHEET_NAME_MAX - len(suffix)].rstrip() + suffix
        number += 1
    taken.add(name.lower())
    return name


class Styles:
    """The workbook's cell formats, made once each: a format per kind of value and weight."""

    def __init__(self, book: Any, options: RenderOptions) -> None:
        self.book = book
        self.date_code = DATE[options.lang]
        self.made: dict[tuple[str, bool], Any] = {}
        self.title = book.add_format({"bold": True, "font_size": 13})
        header = {"bold": True, "text_wrap": True, "valign": "top", "bg_color": "#D9E1F2"}
        self.header = book.add_format({**header, "border": 1})
        self.group = book.add_format({**header, "border": 1, "align": "center"})
        self.laggard = book.add_format(RED)
        self.note = book.add_format({"italic": True, "font_color": "#595959"})

    def of(self, cell: Cell) -> Any:
        """The format of a cell: its number format (its own, when it has words) and weight."""
        code = cell.number_format or number_format(cell.value, cell.percent, self.date_code)
        return self._made(code, cell.bold)

    def _made(self, code: str, bold: bool) -> Any:
        key = (code, bold)
        if key not in self.made:
            spec: dict[str, Any] = {"bold": bold}
            if code:
                spec["num_format"] = code
            self.made[key] = self.book.add_format(spec)
        return self.made[key]


def number_format(value: int | Decimal | date | None, percent: bool, date_code: str) -> str:
    """The number format of a value: a date, a percentage or a count with its own places."""
    if value is None:
        return ""
    if isinstance(value, date):
        return date_code
    places = _places(value)
    decimals = "." + "0" * places if places else ""
    return f"0{decimals}%" if percent else COUNT + decimals


def _places(value: int | Decimal) -> int:
    if isinstance(value, int):
        return 0
    exponent = value.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def stored(cell: Cell) -> float | int | datetime | None:
    """The value a cell keeps in the workbook: a percentage as the fraction Excel formats."""
    value = cell.value
    if value is None:
        return None
    if isinstance(value, date):
        return datetime.combine(value, datetime.min.time())
    if cell.percent:
        return float(Decimal(value) / 100)
    return value if isinstance(value, int) else float(value)


@dataclass
class Sheet:
    """One table written on one worksheet: title, headers, rows, total, notes."""

    sheet: Any
    view: TableView
    styles: Styles

    def write(self) -> None:
        """Everything, then the page set-up and the laggards' formats."""
        self.sheet.write_string(0, 0, self.view.title, self.styles.title)
        first = self._headers(1)
        for offset, row in enumerate(self.view.rows):
            self._row(first + offset, row)
        after = first + len(self.view.rows)
        if self.view.total_row:
            self._total(after, first)
            after += 1
        for offset, note in enumerate(self.view.notes, start=1):
            self.sheet.write_string(after + offset, 0, note, self.styles.note)
        self._laggards(first)
        self._layout(first)

    def _headers(self, top: int) -> int:
        """The column labels under their merged group headers; the first row of data."""
        columns, header = self.view.columns, self.styles.header
        if not any(column.group for column in columns):
            for col, column in enumerate(columns):
                self.sheet.write_string(top, col, column.label, self.styles.header)
            return top + 1
        col = 0
        while col < len(columns):
            group = columns[col].group
            end = col
            while group and end + 1 < len(columns) and columns[end + 1].group == group:
                end += 1
            if group is None:
                self.sheet.merge_range(top, col, top + 1, col, columns[col].label, header)
            elif end > col:
                self.sheet.merge_range(top, col, top, end, group, self.styles.group)
            else:
                self.sheet.write_string(top, col, group, self.styles.group)
            if group is not None:
                for index in range(col, end + 1):
                    self.sheet.write_string(top + 1, index, columns[index].label, header)
            col = end + 1
        return top + 2

    def _row(self, at: int, row: list[Cell]) -> None:
        for col, cell in enumerate(row):
            value = stored(cell)
            if value is None:
                self.sheet.write_string(at, col, cell.text, self.styles.of(cell))
            elif isinstance(value, datetime):
                self.sheet.write_datetime(at, col, value, self.styles.of(cell))
            else:
                self.sheet.write_number(at, col, value, self.styles.of(cell))

    def _total(self, at: int, first: int) -> None:
        """The total row: a SUM over the column where its rows add up to the total exactly (a
        column that also holds subtotals, as a day's total, keeps the value alone)."""
        total = self.view.total_row or []
        self._row(at, total)
        if at == first:
            return
        for col, cell in enumerate(total):
            if not isinstance(cell.value, int) or cell.percent:
                continue
            values = [row[col].value for row in self.view.rows if col < len(row)]
            if sum(v for v in values if isinstance(v, int)) != cell.value:
                continue
            letter = column_letters(col)
            formula = f"=SUM({letter}{first + 1}:{letter}{at})"
            self.sheet.write_formula(at, col, formula, self.styles.of(cell), cell.value)

    def _laggards(self, first: int) -> None:
        """Red by conditional format, one rule per run of rows that share it in a column."""
        for col in range(len(self.view.columns)):
            rules = [laggard_rule(row[col]) if col < len(row) else None for row in self.view.rows]
            start = 0
            while start < len(rules):
                end = start
                while end + 1 < len(rules) and rules[end + 1] == rules[start]:
                    end += 1
                rule = rules[start]
                if rule is not None:
                    criteria, value = rule
                    self.sheet.conditional_format(
                        first + start,
                        col,
                        first + end,
                        col,
                        {
                            "type": "cell",
                            "criteria": criteria,
                            "value": value,
                            "format": self.styles.laggard,
                        },
                    )
                start = end + 1

    def _layout(self, first: int) -> None:
        sheet = self.sheet
        sheet.freeze_panes(first, 1)
        sheet.repeat_rows(1, first - 1)
        sheet.set_landscape()
        sheet.set_paper(9)  # A4
        sheet.fit_to_pages(1, 0)
        sheet.set_margins(left=0.5, right=0.5, top=0.6, bottom=0.6)
        for col, column in enumerate(self.view.columns):
            texts = [row[col].text for row in self.view.rows if col < len(row)]
            longest = max((len(t) for t in texts), default=0)
            label = max(len(word) for word in column.label.split() or [""])
            sheet.set_column(col, col, min(WIDEST, max(longest, label, 6) + 2))


def laggard_rule(cell: Cell) -> tuple[str, float | str] | None:
    """The rule that paints a cell red: below its bar's target; a count that is bad above zero
    (a gap, a number of schemes behind); a text such as a status that says so."""
    if cell.bar is not None and cell.bar.target is not None and cell.value is not None:
        return ("<", float(cell.bar.target / 100))
    if cell.tone is None:
        return None
    if isinstance(cell.value, int):
        return (">", 0)
    if cell.tone == "bad" and cell.value is None:
        return ("==", '"' + cell.text.replace('"', '""') + '"')
    return None
