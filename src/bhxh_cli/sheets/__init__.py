"""Figures in from the offices' spreadsheets, and the sheet to fill: `bhxh import` and
`bhxh template`.

`grid` reads a sheet's cells (`workbook` reads workbooks with python-calamine, imported there
only, from the run's first line when it can; the standard library reads CSV); `layout` finds
the header by its labels and `mapping` writes it down or reads it back; `rows` reads the rows
against the layout (`runs` those that name units exactly, column by column; `numbers` for counts
and rates, `units` and `folded` to match names to the data file's units, `legacy` to refuse
TCVN3 and VNI text); `setcheck` checks the new figures against the set; `importer` writes
the snapshot as a new file of the data set; `template` writes the fill-in workbook (xlsxwriter,
imported there only). Nothing here prints: `cli/sheets.py` does.
"""
