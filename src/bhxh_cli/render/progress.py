"""Table views of `bhxh progress`, in the user's language."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

from bhxh_cli.domain.arithmetic import percent
from bhxh_cli.i18n import Lang, format_percent, text
from bhxh_cli.progress.measure import ProgressRow, UnitProgress
from bhxh_cli.progress.pace import Status
from bhxh_cli.progress.report import ProgressReport, ProgressSet
from bhxh_cli.render.coverage import (
    NONE,
    count_cell,
    gap_cell,
    percent_cell,
    periods_shown,
    worded_cell,
)
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

if TYPE_CHECKING:
    from bhxh_cli.domain.periods import Period

PLAN = Decimal(100)  # a bar is full when the plan is reached
TONE: dict[Status, Tone | None] = {
    "ahead": "good",
    "on-track": "good",
    "met": "good",
    "behind": "bad",
    "no-baseline": None,
}
FIGURES = (
    "col.actual",
    "col.plan",
    "col.percent_of_plan",
    "col.remaining",
    "col.expected_by_now",
    "col.status",
    "col.projected_at_end",
    "col.needed_per_day",
    "col.needed_per_month",
    "col.change_since_baseline",
    "col.same_date_last_year",
)
# Narrower than FIGURES, beside unit names: the plan follows from actual and remaining.
UNIT_FIGURES = (
    "col.actual",
    "col.percent_of_plan",
    "col.remaining",
    "col.status",
    "col.needed_per_month",
)

UNIT_LABELS = {"col.needed_per_month": "col.per_month"}  # narrower, beside the unit names


def _plan_cell(row: ProgressRow, lang: Lang) -> Cell:
    if row.plan is None:
        return NONE
    if row.plan_kind == "new":
        return worded_cell("target.new", row.plan, lang)
    return count_cell(row.plan, lang)


def _status_cell(row: ProgressRow, lang: Lang) -> Cell:
    if row.status is None:
        return NONE
    return Cell(text(f"status.{row.status}", lang), tone=TONE[row.status])


def _percent_cell(row: ProgressRow, lang: Lang) -> Cell:
    """Bold, toned by status, with a bar of the plan reached when the terminal has room."""
    if row.percent_of_plan is None:
        return NONE
    tone = TONE[row.status] if row.status else None
    bar = Bar(row.percent_of_plan, PLAN)
    return percent_cell(row.percent_of_plan, lang, bold=True, tone=tone, bar=bar)


def cell(row: ProgressRow, key: str, lang: Lang) -> Cell:
    """The cell of one figure (`key` is its column label) of one row."""
    match key:
        case "col.actual":
            return count_cell(row.actual, lang)
        case "col.plan":
            return _plan_cell(row, lang)
        case "col.percent_of_plan":
            return _percent_cell(row, lang)
        case "col.remaining":
            return gap_cell(row.remaining, row.surplus, lang)
        case "col.status":
            return _status_cell(row, lang)
        case "col.period":
            return Cell(row.period)
        case _:
            value: int | None = getattr(row, key.removeprefix("col."))
            return count_cell(value, lang)


def _scheme_label(row: ProgressRow, measure: UnitProgress, lang: Lang, key: str = "scheme") -> str:
    derived = measure.figures is not None and row.scheme in measure.figures.derived
    return text(f"{key}.{row.scheme.value}", lang) + (" *" if derived else "")


def title(report: ProgressReport, lang: Lang) -> str:
    """The report's title: unit, periods and figures' date, and for one period the days elapsed."""
    main, elapsed = report.main, report.elapsed
    values = {"name": main.name, "unit": main.path, "period": periods_shown(report.periods, lang)}
    if report.as_of is None or elapsed is None:
        return text("title.progress_no_snapshot", lang, **values)
    if len(report.periods) > 1:
        return text("title.progress_periods", lang, as_of=report.as_of, **values)
    share = percent(elapsed.days, elapsed.period_days)
    return text(
        "title.progress",
        lang,
        as_of=report.as_of,
        day=elapsed.days,
        days=elapsed.period_days,
        share=format_percent(share, lang) if share is not None else "—",
        **values,
    )


def _baseline_notes(report: ProgressReport, lang: Lang) -> list[str]:
    """Per period used: no baseline, or the baseline a new count is measured from."""
    main = report.main
    notes: list[str] = []
    flows = {row.period for row in main.rows if row.plan_kind == "new"}
    for period, look in main.looks.items():
        if look.now.figures is None or look.now.as_of is None:
            continue
        if look.baseline.figures is None or look.baseline.as_of is None:
            note = text("note.no_baseline", lang, eve=period.start - timedelta(days=1))
        elif period.id in flows:
            note = text("note.baseline", lang, as_of=look.now.as_of, baseline=look.baseline.as_of)
        else:
            continue
        if note not in notes:
            notes.append(note)
    return notes


def _period_notes(report: ProgressReport, lang: Lang) -> list[str]:
    """Periods that had ended by the reference day, and the names of the targets used."""
    looks = report.main.looks
    notes = [
        closed_note(
            p, look.now.as_of if look.now.figures else None, look.closure.uncovered_days, lang
        )
        for p, look in looks.items()
        if look.closure.closed
    ]
    named: dict[Period, list[str]] = {}
    by_id = {p.id: p for p in looks}
    for row in report.main.rows:
        names = named.setdefault(by_id[row.period], [])
        if row.target_name and row.target_name not in names:
            names.append(row.target_name)
    return notes + target_name_notes(named, lang)


def own_notes(report: ProgressReport, lang: Lang) -> list[str]:
    """Where the unit's own figures come from, and the rules they follow."""
    main = report.main
    notes = []
    if any(main.figures and row.scheme in main.figures.derived for row in main.rows):
        notes.append(text("note.derived", lang))
    notes += rollup_notes(main.name, main.now, lang)
    notes += merger_notes(main.path, report.members, main.now, lang)
    notes += _baseline_notes(report, lang)
    notes += denominator_notes(main.name, main.figures, lang)
    notes += _period_notes(report, lang)
    if main.rows:
        notes.append(text("note.pace", lang))
    elif report.period is None:
        notes.append(text("note.no_period", lang))
    else:
        notes.append(text("note.no_target", lang, period=period_text(report.period, lang)))
    notes += source_notes(report.sources or [], lang)
    return notes


def progress_view(report: ProgressReport, options: RenderOptions) -> TableView:
    """A column per scheme, a line per figure: reads like the analysts' own sheets."""
    if report.subs is not None:
        return by_unit_view(report, options)
    lang, rows = options.lang, report.main.rows
    columns = [Column(text("col.scheme", lang))]
    columns += [Column(_scheme_label(row, report.main, lang), numeric=True) for row in rows]
    keys = (("col.period",) if len(report.periods) > 1 else ()) + FIGURES
    lines = [
        [Cell(text(key, lang), bold=key == "col.percent_of_plan")]
        + [cell(row, key, lang) for row in rows]
        for key in keys
    ]
    return TableView(title(report, lang), columns, lines if rows else [], own_notes(report, lang))


def _sub_notes(report: ProgressReport, lang: Lang) -> list[str]:
    subs = report.subs or []
    period = periods_shown(report.periods, lang)
    notes = []
    idle = [sub.name for sub in subs if not sub.has_target]
    if idle:
        notes.append(text("note.units_without_target", lang, period=period, units=tuple(idle)))
    blank = [s.name for s in subs if s.has_target and s.figures is None and not s.now.missing]
    if blank and report.as_of:
        day = report.as_of
        notes.append(text("note.units_without_figures", lang, as_of=day, units=tuple(blank)))
    for sub in subs:
        if sub.has_target:
            notes += rollup_notes(sub.name, sub.now, lang)
    return notes


def by_unit_view(report: ProgressReport, options: RenderOptions) -> TableView:
    """Sub-units' rows laggards first, then the unit's own rows in bold."""
    lang = options.lang
    deep = report.depth >= 2
    columns = [Column(text("col.unit", lang))]
    columns += [Column(text("col.parent", lang))] if deep else []
    columns += [Column(text("col.scheme", lang))]
    columns += [
        Column(text(UNIT_LABELS.get(key, key), lang), numeric=key != "col.status")
        for key in UNIT_FIGURES
    ]
    subs = {sub.path: sub for sub in report.subs or []}
    listed = [(subs[r.unit], r.row, False) for r in report.units or []]
    listed += [(report.main, row, True) for row in report.main.rows]
    names = {sub.path: sub.name for sub in report.subs or []} | {report.main.path: report.main.name}
    rows = [
        [Cell(measure.name, bold=own)]
        + ([_parent_cell(measure.path, own, names)] if deep else [])
        + [Cell(_scheme_label(row, measure, lang, "scheme_short"))]
        + [cell(row, key, lang) for key in UNIT_FIGURES]
        for measure, row, own in listed
    ]
    notes = _sub_notes(report, lang) + own_notes(report, lang)
    return TableView(title(report, lang), columns, rows, notes)


def _parent_cell(path: str, own: bool, names: dict[str, str]) -> Cell:
    """The row's parent, by name: the hierarchy a flat ranking would hide."""
    if own or "/" not in path:
        return NONE
    return Cell(names.get(path.rsplit("/", 1)[0], path.rsplit("/", 1)[0]))


def progress_set_views(result: ProgressSet, options: RenderOptions) -> list[TableView]:
    """One table per period, with `--period all`."""
    return [progress_view(report, options) for report in result.reports]
