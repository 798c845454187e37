"""Figures in from the offices' spreadsheets, and the sheet to fill: `bhxh import` and
`bhxh template`.

`grid` reads a sheet's cells (python-calamine for workbooks, imported there only; the standard
library for CSV); `layout` finds the header by its labels and `mapping` writes it down or reads
it back; `rows` reads the rows against the layout (`numbers` for counts and rates, `units` to
match names to the data file's units, `legacy` to refuse TCVN3 and VNI text); `importer` writes
the snapshot as a new file of the data set; `template` writes the fill-in workbook (xlsxwriter,
imported there only). Nothing here prints: `cli/sheets.py` does.
"""
