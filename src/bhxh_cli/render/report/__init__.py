"""The one-page report for a leaders' meeting: a unit's progress as an HTML page.

One file that needs nothing else: the style inline, the charts as inline SVG drawn from the exact
figures, no JavaScript, no external address, no web font, and print CSS for A4. Jinja2 fills the
template shipped beside this module (`page.html.j2`), with autoescape on, so a name or a source
from the data file is shown as text and never read as markup. Jinja2 is imported only here, by
`bhxh report`.
"""

from __future__ import annotations

from datetime import date
from importlib import resources
from typing import TYPE_CHECKING

from bhxh_cli.i18n import shown, text
from bhxh_cli.render.report.figures import scheme_lines, unit_tables

if TYPE_CHECKING:
    from bhxh_cli.progress.report import ProgressReport
    from bhxh_cli.render.table import RenderOptions

# Column labels, from the catalogues the tables use where the figure is the same.
LABELS = {
    "scheme": "col.scheme",
    "unit": "col.unit",
    "remaining": "col.remaining",
    "status": "col.status",
    "expected": "col.expected_by_now",
    "projected": "col.projected_at_end",
    "per_month": "col.needed_per_month",
    "year_before": "col.same_date_last_year",
    "bar": "report.col.bar",
    "figures": "report.col.figures",
    "baseline": "report.col.baseline",
    "schemes": "report.schemes",
    "units": "report.units",
    "costs": "report.costs",
    "notes": "report.notes",
    "closed": "report.period_closed",
}


def report_page(report: ProgressReport, options: RenderOptions, costs: str = "") -> str:
    """The page of `report` in the options' language, dated by `options.created` (or today).

    `costs` is the HTML of a contribution-costs section, placed after the schemes when given."""
    import jinja2  # only for `bhxh report`
    from markupsafe import Markup

    from bhxh_cli.render.progress import progress_view

    lang = options.lang
    template = resources.files(__package__).joinpath("page.html.j2").read_text("utf-8")
    env = jinja2.Environment(
        autoescape=True, keep_trailing_newline=True, undefined=jinja2.StrictUndefined
    )
    day = options.created.date() if options.created else date.today()
    page = env.from_string(template).render(
        lang=lang,
        title=title(report, options),
        subtitle=subtitle(report, options),
        t={name: text(key, lang) for name, key in LABELS.items()},
        schemes=scheme_lines(report, lang),
        units=unit_tables(report, lang),
        costs=Markup(costs),
        notes=progress_view(report, options).notes,
        generated=text("report.generated", lang, day=day),
    )
    return str(page)


def title(report: ProgressReport, options: RenderOptions) -> str:
    """The unit and the cut-off date of its figures."""
    name = report.main.name
    if report.as_of is None:
        return text("report.title_no_snapshot", options.lang, name=name)
    return text("report.title", options.lang, name=name, as_of=report.as_of)


def subtitle(report: ProgressReport, options: RenderOptions) -> str:
    """The periods of the plan and the names of the targets."""
    from bhxh_cli.render.notes import period_text

    lang = options.lang
    periods = ", ".join(period_text(period, lang) for period in report.periods) or "—"
    names = tuple(dict.fromkeys(row.target_name for row in report.main.rows if row.target_name))
    as_of = shown(report.as_of, lang) if report.as_of else "—"
    line = text("report.subtitle", lang, period=periods, as_of=as_of)
    return f"{line} · {shown(names, lang)}" if names else line
