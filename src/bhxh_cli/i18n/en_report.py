"""The English texts of files written for people: workbooks, -o FILE, and `bhxh report`.

A section of en.py kept in a file of its own; vi_report.py has the same keys in the same order.
"""

REPORT_TEXTS: dict[str, str] = {
    # --- output files ----------------------------------------------------------------------------
    "output.terminal": "--format xlsx writes a workbook, which a terminal cannot show",
    "output.terminal.hint": "give -o FILE.xlsx, or send it to a pipe",
    "output.empty": "-o is empty",
    "output.exists": "{path} exists; bhxh never overwrites a file",
    "output.exists.hint": "give another name, or move the file away first",
    "output.excel_needs_csv": "--excel goes with --format csv, not {format}",
    # --- validate as a workbook -----------------------------------------------------------------
    "col.file": "File",
    "col.line": "Line",
    "col.column": "Column",
    "col.severity": "Severity",
    "col.rule": "Rule",
    "col.message": "Message",
    "col.hint": "Hint",
    "title.problems": "Problems in {files}",
    # --- bhxh report -----------------------------------------------------------------------------
    "report.needs_html": "-o {path}: the report is an HTML page; name it FILE.html",
    "report.one_period": "the report shows one period at a time, not all",
    "report.no_chromium": "--pdf: no Chromium found (looked for {names})",
    "report.no_chromium.hint": "apt-get install chromium, or open {path} in a browser and print "
    "it to PDF",
    "report.pdf_failed": "--pdf: Chromium could not print {path}: {reason}",
    "report.title": "{name}: results as of {as_of}",
    "report.title_no_snapshot": "{name}: no figures yet",
    "report.subtitle": "Plan {period} · figures of {as_of}",
    "report.generated": "Generated on {day} by bhxh",
    "report.schemes": "Against the plan",
    "report.units": "Sub-units, laggards first",
    "report.units_of": "{scheme}: sub-units, lowest % of plan first",
    "report.costs": "Contribution costs",
    "report.notes": "Notes and sources",
    "report.of_plan": "{actual} / {plan} · {percent}",
    "report.no_plan": "no plan",
    "report.period_closed": "period ended",
    "report.col.figures": "Actual / plan · % of plan",
    "report.col.bar": "Chart",
    "report.col.baseline": "At the period's start",
    # --- bhxh report --campaign: the cost section -----------------------------------------------
    "report.needs_campaign": "{option} goes with --campaign: the report has costs only for a "
    "campaign",
    "report.campaign_elsewhere": "--campaign {campaign} is a campaign of {province}, and the "
    "report is of {unit}",
    "report.campaign_elsewhere.hint": "give -p {province}, or a campaign of the report's province",
    "report.campaign_periods": "--campaign: the costs are of one period, and the report of {unit} "
    "has {periods}",
    "report.campaign_no_period": "--campaign: the report of {unit} has no target period to cost",
    "report.cannot_cost": "--campaign {campaign}: the period {period} cannot be costed: {why}",
}
