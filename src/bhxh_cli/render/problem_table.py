"""`bhxh validate`'s problems as a table: what a workbook of them is made from."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bhxh_cli.i18n import Lang, say, text
from bhxh_cli.render.table import Cell, Column, TableView

if TYPE_CHECKING:
    from bhxh_cli.datafile.validate import ValidationReport

COLUMNS = (
    "col.file",
    "col.line",
    "col.column",
    "col.severity",
    "col.rule",
    "col.message",
    "col.hint",
)


def problems_view(report: ValidationReport, lang: Lang) -> TableView:
    """A row per problem, in the order the text shows them; errors in the bad tone."""
    columns = [
        Column(text(key, lang), numeric=key in ("col.line", "col.column")) for key in COLUMNS
    ]
    rows = [
        [
            Cell(problem.position.file),
            Cell(str(problem.position.line), value=problem.position.line),
            Cell(str(problem.position.col), value=problem.position.col),
            Cell(
                text(problem.severity, lang),
                tone="bad" if problem.severity == "error" else None,
            ),
            Cell(problem.rule),
            Cell(say(problem.message, lang)),
            Cell(say(problem.hint, lang) if problem.hint else ""),
        ]
        for problem in report.problems
    ]
    files = tuple(report_file.file for report_file in report.files)
    return TableView(text("title.problems", lang, files=files), columns, rows)
