"""Table views of each result, in the user's language."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from bhxh_cli.coverage.report import CoverageReport, CoverageRow, CoverageSummary
from bhxh_cli.i18n import Lang, catalogue, format_percent, shown, text
from bhxh_cli.render.notes import (
    closed_note,
    denominator_notes,
    merger_notes,
    period_text,
    rollup_notes,
    source_notes,
    target_name_notes,
)
from bhxh_cli.render.table import Bar, Cell, Column, RenderOptions, TableView, Tone

if TYPE_CHECKING:  # annotations only
    from bhxh_cli.coverage.by_unit import CoverageByUnit
    from bhxh_cli.domain.periods import Period
    from bhxh_cli.domain.schemes import Scheme
    from bhxh_cli.provinces import ProvinceEntry, ProvinceList

NONE = Cell("—")
COUNT_FORMAT = "#,##0"


def _literal(words: str) -> str:
    """Words inside a number format, quoted (a quote itself cannot be)."""
    return f'"{words.replace(chr(34), "")}"' if words else ""


def worded_cell(
    key: str, value: int | Decimal, lang: Lang, *, negative: bool = False, tone: Tone | None = None
) -> Cell:
    """A count inside the words of a catalogue entry (`+{value} over`): the text, and for a
    workbook the count with those words as its number format. `negative` stores it below zero
    (a surplus is a gap under zero), shown without its sign."""
    before, _, after = catalogue(lang)[key].partition("{value}")
    worded = f"{_literal(before)}{COUNT_FORMAT}{_literal(after)}"
    return Cell(
        text(key, lang, value=value),
        tone=tone,
        value=-value if negative else value,
        number_format=f"{COUNT_FORMAT};{worded}" if negative else worded,
    )


def count_cell(
    value: int | Decimal | None, lang: Lang, *, bold: bool = False, tone: Tone | None = None
) -> Cell:
    """A number alone in a cell, grouped the way the language writes it."""
    if value is None:
        return NONE
    return Cell(shown(value, lang), bold=bold, tone=tone, value=value)


def percent_cell(
    value: Decimal | None,
    lang: Lang,
    *,
    bold: bool = False,
    tone: Tone | None = None,
    bar: Bar | None = None,
) -> Cell:
    """A percentage alone in a cell: `text` cannot tell a percentage from another number."""
    if value is None:
        return NONE
    return Cell(
        format_percent(value, lang), bold=bold, tone=tone, bar=bar, value=value, percent=True
    )


def _target_cell(row: CoverageRow, lang: Lang) -> Cell:
    if row.target is None:
        return NONE
    if row.target.kind == "rate":
        return percent_cell(Decimal(row.target.value), lang)
    if row.target.kind == "new":
        return worded_cell("target.new", row.target.value, lang)
    return count_cell(row.target.value, lang)


def date_cell(day: date | None, lang: Lang) -> Cell:
    """A date alone in a cell, as the language writes it."""
    return NONE if day is None else Cell(shown(day, lang), value=day)


def gap_cell(gap: int | None, surplus: int | None, lang: Lang) -> Cell:
    """People still missing, or `+N over` when the target is passed."""
    if gap is None or surplus is None:
        return NONE
    if surplus > 0:
        return worded_cell("gap.surplus", surplus, lang, negative=True, tone="good")
    return count_cell(gap, lang, bold=True, tone="bad" if gap else "good")


def _coverage_cell(row: CoverageRow, lang: Lang) -> Cell:
    if row.coverage_rate is None:
        return NONE
    goal = Decimal(row.target.value) if row.target and row.target.kind == "rate" else None
    tone: Tone | None = None
    if goal is not None and row.gap is not None:
        # the exact count decides, never the rounded rate: 95.5996% shows as 95.60% one short
        tone = "good" if row.gap == 0 else "bad"
    bar = Bar(row.coverage_rate, goal)
    return percent_cell(row.coverage_rate, lang, bold=True, tone=tone, bar=bar)


def _denominator_cell(row: CoverageRow, lang: Lang) -> Cell:
    label = text(f"denominator.{row.denominator.value}", lang)
    if row.denominator_value is None:
        return Cell(label)
    value = row.denominator_value
    worded = COUNT_FORMAT + _literal(f" {label}")
    return Cell(f"{shown(value, lang)} {label}", value=value, number_format=worded)


def periods_shown(periods: list[Period], lang: Lang) -> str:
    """The periods a report uses, as its title names them (in words in Vietnamese)."""
    return ", ".join(period_text(period, lang) for period in periods) or "—"


def coverage_row_notes(report: CoverageReport, lang: Lang) -> list[str]:
    """Periods that had ended, denominators kept against their sub-units' sum, target names."""
    notes: list[str] = []
    closed: dict[Period, CoverageRow] = {}
    named: dict[Period, list[str]] = {}
    for row in report.rows:
        period = row.when.period
        if period is None:
            continue
        if row.when.closure.closed:
            closed.setdefault(period, row)
        if row.when.target_name and row.when.target_name not in named.setdefault(period, []):
            named[period].append(row.when.target_name)
    for period, row in closed.items():
        notes.append(closed_note(period, row.when.as_of, row.when.closure.uncovered_days, lang))
    if report.found is not None:
        notes += denominator_notes(report.name, report.found.figures, lang)
    return notes + target_name_notes(named, lang)


COVERAGE_COLUMNS = (
    "col.scheme",
    "col.participants",
    "col.denominator",
    "col.coverage_rate",
    "col.target",
    "col.required",
    "col.gap",
    "col.percent_of_target",
)


def coverage_view(report: CoverageReport, options: RenderOptions) -> TableView:
    """A line per scheme; with several periods in use, each scheme names its own."""
    lang = options.lang
    several = len(report.periods) > 1
    columns = [Column(text(key, lang), numeric=key != "col.scheme") for key in COVERAGE_COLUMNS]
    rows = [
        [
            Cell(
                text(f"scheme.{row.scheme.value}", lang)
                + (" *" if row.derived else "")
                + (f" ({row.when.period.id})" if several and row.when.period else "")
            ),
            count_cell(row.participants, lang),
            _denominator_cell(row, lang),
            _coverage_cell(row, lang),
            _target_cell(row, lang),
            count_cell(row.required, lang),
            gap_cell(row.gap, row.surplus, lang),
            percent_cell(row.percent_of_target, lang),
        ]
        for row in report.rows
    ]
    names = {"name": report.name, "unit": report.unit}
    period = periods_shown(report.periods, lang)
    title = (
        text("title.coverage", lang, **names, as_of=report.as_of, period=period)
        if report.as_of
        else text("title.coverage_no_snapshot", lang, **names, period=period)
    )
    notes = []
    if any(row.derived for row in report.rows):
        notes.append(text("note.derived", lang))
    if any(row.target and row.target.kind == "new" for row in report.rows):
        notes.append(text("note.flow", lang))
    if report.found is not None and report.merger is None:
        notes += rollup_notes(report.name, report.found, lang)
    if report.merger is not None:
        notes += merger_notes(report.unit, report.members, report.merger, lang)
    notes += coverage_row_notes(report, lang)
    notes.append(text("note.rounding", lang))
    notes += source_notes(report.sources, lang)
    return TableView(title, columns, rows, notes)


def coverage_summary_view(summary: CoverageSummary, options: RenderOptions) -> TableView:
    """The table of all provinces: BHYT and BHXH rates, schemes behind, lowest percent of target."""
    lang = options.lang
    keys = (
        "col.province",
        "col.as_of",
        "col.period",
        "scheme.bhyt",
        "scheme.bhxh",
        "col.behind",
        "col.lowest_percent",
    )
    columns = [Column(text(key, lang), numeric=i >= 3) for i, key in enumerate(keys)]
    rows = []
    for report in summary.reports:
        by_scheme = {row.scheme.value: row for row in report.rows}
        percents = [r.percent_of_target for r in report.rows if r.percent_of_target is not None]
        behind = sum(1 for r in report.rows if r.gap)
        rows.append(
            [
                Cell(report.name, bold=True),
                date_cell(report.as_of, lang),
                Cell(periods_shown(report.periods, lang)) if report.periods else NONE,
                percent_cell(
                    by_scheme["bhyt"].coverage_rate if "bhyt" in by_scheme else None, lang
                ),
                percent_cell(
                    by_scheme["bhxh"].coverage_rate if "bhxh" in by_scheme else None, lang
                ),
                count_cell(behind, lang, tone="bad" if behind else None) if percents else NONE,
                percent_cell(min(percents) if percents else None, lang, bold=True),
            ]
        )
    return TableView(
        text("title.coverage_summary", lang), columns, rows, [text("note.rounding", lang)]
    )


def _iso_date(value: str, lang: Lang) -> str:
    return shown(date.fromisoformat(value), lang)


def _merged_cell(entry: ProvinceEntry, lang: Lang) -> Cell:
    if entry.merged_into is None:
        return NONE
    on = f" ({_iso_date(entry.merged_on, lang)})" if entry.merged_on else ""
    return Cell(entry.merged_into + on)


def provinces_view(listing: ProvinceList, options: RenderOptions) -> TableView:
    """The `provinces` table: each province's units, snapshot dates, periods and merger."""
    lang = options.lang
    keys = ("col.slug", "col.name", "col.units", "col.snapshots", "col.periods", "col.merged_into")
    columns = [Column(text(key, lang), numeric=key == "col.units") for key in keys]
    rows = [
        [
            Cell(entry.slug, bold=True),
            Cell(entry.name),
            count_cell(len(entry.units), lang),
            Cell(shown(tuple(map(date.fromisoformat, entry.snapshots)), lang) or "—"),
            Cell(shown(tuple(entry.periods), lang) or "—"),
            _merged_cell(entry, lang),
        ]
        for entry in listing.entries
    ]
    return TableView(text("title.provinces", lang, path=listing.path), columns, rows)


UNIT_FIGURES = ("col.coverage_rate", "col.percent_of_target", "col.gap")
# Narrower labels: a table of several schemes has three columns for each.
SHORT_FIGURES = {
    "col.coverage_rate": "col.short_rate",
    "col.percent_of_target": "col.short_percent",
    "col.gap": "col.short_gap",
}


def _unit_cells(row: CoverageRow | None, lang: Lang) -> dict[str, Cell]:
    if row is None:
        return dict.fromkeys(UNIT_FIGURES, NONE)
    return {
        "col.coverage_rate": _coverage_cell(row, lang),
        "col.percent_of_target": percent_cell(row.percent_of_target, lang, bold=True),
        "col.gap": gap_cell(row.gap, row.surplus, lang),
    }


def _shown_figures(table: CoverageByUnit, scheme: Scheme) -> list[str]:
    """The figures of a scheme some line has: a column of dashes only widens the table."""
    rows = [line.row(scheme) for line in table.lines]
    has = {
        "col.coverage_rate": any(row and row.coverage_rate is not None for row in rows),
        "col.percent_of_target": True,
        "col.gap": any(row and row.gap is not None for row in rows),
    }
    return [key for key in UNIT_FIGURES if has[key]]


def coverage_by_unit_view(table: CoverageByUnit, options: RenderOptions) -> TableView:
    """A line per sub-unit, laggards first by the sort scheme, then the unit's own in bold; per
    scheme with a target its coverage, percent of target and gap (a figure no line has is left
    out)."""
    lang = options.lang
    deep = table.depth >= 2
    shown = {scheme: _shown_figures(table, scheme) for scheme in table.schemes}
    columns = [Column(text("col.unit", lang))]
    columns += [Column(text("col.parent", lang))] if deep else []
    columns += [
        Column(
            text(
                "col.unit_scheme",
                lang,
                scheme=text(f"scheme_abbr.{scheme.value}", lang),
                figure=text(SHORT_FIGURES[key], lang),
            ),
            numeric=True,
            group=text(f"scheme.{scheme.value}", lang),
        )
        for scheme, keys in shown.items()
        for key in keys
    ]
    names = {line.report.unit: line.report.name for line in table.lines}
    rows = []
    for line in table.lines:
        cells = [Cell(line.report.name, bold=line.parent is None)]
        if deep:
            cells.append(Cell(names.get(line.parent, line.parent)) if line.parent else NONE)
        for scheme, keys in shown.items():
            found = _unit_cells(line.row(scheme), lang)
            cells += [found[key] for key in keys]
        rows.append(cells)
    return TableView(_by_unit_title(table, lang), columns, rows, _by_unit_notes(table, lang))


def _by_unit_title(table: CoverageByUnit, lang: Lang) -> str:
    main = table.main
    names = {"name": main.name, "unit": main.unit, "period": periods_shown(main.periods, lang)}
    if main.as_of:
        return text("title.coverage", lang, **names, as_of=main.as_of)
    return text("title.coverage_no_snapshot", lang, **names)


def _by_unit_notes(table: CoverageByUnit, lang: Lang) -> list[str]:
    main = table.main
    notes = []
    if table.sort is not None:
        sort = text(f"scheme_short.{table.sort.value}", lang)
        notes.append(text("note.sorted_by", lang, scheme=sort))
    if main.found is not None:
        notes += rollup_notes(main.name, main.found, lang)
    notes += coverage_row_notes(main, lang)
    notes.append(text("note.rounding", lang))
    notes += source_notes(main.sources, lang)
    return notes
