"""Workbooks the tests write themselves, one sheet as rows of cells in every format the import
reads: .xlsx (xlsxwriter), .xls (xlwt), .ods (a zip and its content.xml, written by hand) and
.csv. A cell is text, a number, or None (empty); `merged` lists ranges (row, col, last row, last
col), counted from 0."""

from __future__ import annotations

import csv
import zipfile
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

Cell = str | int | float | None
Rows = Sequence[Sequence[Cell]]
Merge = tuple[int, int, int, int]


def write_xlsx(path: Path, rows: Rows, merged: Sequence[Merge] = (), sheet: str = "Sheet1") -> Path:
    import xlsxwriter

    workbook = xlsxwriter.Workbook(str(path))
    worksheet = workbook.add_worksheet(sheet)
    for first_row, first_col, last_row, last_col in merged:
        value = rows[first_row][first_col]
        worksheet.merge_range(first_row, first_col, last_row, last_col, value)
    covered = {
        (r, c) for fr, fc, lr, lc in merged for r in range(fr, lr + 1) for c in range(fc, lc + 1)
    }
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is None or (r, c) in covered:
                continue
            if isinstance(value, str) and value.startswith("="):
                worksheet.write_formula(r, c, value)  # never computed: read back as 0
            else:
                worksheet.write(r, c, value)
    workbook.close()
    return path


def write_xls(path: Path, rows: Rows, merged: Sequence[Merge] = (), sheet: str = "Sheet1") -> Path:
    import xlwt

    workbook = xlwt.Workbook(encoding="utf-8")
    worksheet = workbook.add_sheet(sheet)
    covered = {
        (r, c) for fr, fc, lr, lc in merged for r in range(fr, lr + 1) for c in range(fc, lc + 1)
    }
    for first_row, first_col, last_row, last_col in merged:
        value = rows[first_row][first_col]
        worksheet.write_merge(first_row, last_row, first_col, last_col, value)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is not None and (r, c) not in covered:
                worksheet.write(r, c, value)
    workbook.save(str(path))
    return path


_MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
    ' manifest:version="1.2">\n'
    ' <manifest:file-entry manifest:full-path="/"'
    ' manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>\n'
    ' <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>\n'
    "</manifest:manifest>\n"
)
_CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
<office:body><office:spreadsheet><table:table table:name="{sheet}">{rows}</table:table>
</office:spreadsheet></office:body></office:document-content>
"""


def _ods_cell(value: Cell, span: int) -> str:
    spanned = f' table:number-columns-spanned="{span}"' if span > 1 else ""
    if value is None:
        return f"<table:table-cell{spanned}/>"
    if isinstance(value, int | float):
        return (
            f'<table:table-cell office:value-type="float" office:value="{value}"{spanned}>'
            f"<text:p>{value}</text:p></table:table-cell>"
        )
    return (
        f'<table:table-cell office:value-type="string"{spanned}>'
        f"<text:p>{escape(value)}</text:p></table:table-cell>"
    )


def write_ods(path: Path, rows: Rows, merged: Sequence[Merge] = (), sheet: str = "Sheet1") -> Path:
    spans = {(fr, fc): lc - fc + 1 for fr, fc, lr, lc in merged if fr == lr}
    covered = {(fr, c) for fr, fc, lr, lc in merged if fr == lr for c in range(fc + 1, lc + 1)}
    xml_rows = []
    for r, row in enumerate(rows):
        cells = [
            "<table:covered-table-cell/>"
            if (r, c) in covered
            else _ods_cell(v, spans.get((r, c), 1))
            for c, v in enumerate(row)
        ]
        xml_rows.append("<table:table-row>" + "".join(cells) + "</table:table-row>")
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet"
        )
        archive.writestr("META-INF/manifest.xml", _MANIFEST)
        content = _CONTENT.format(sheet=escape(sheet), rows="".join(xml_rows))
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
    return path


def write_csv(path: Path, rows: Rows, merged: Sequence[Merge] = (), sheet: str = "") -> Path:
    del merged, sheet  # a CSV file has one sheet and no merged cells: the group's first cell
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(["" if v is None else v for v in row] for row in rows)
    return path


WRITERS = {".xlsx": write_xlsx, ".xls": write_xls, ".ods": write_ods, ".csv": write_csv}
