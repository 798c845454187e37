"""The figures of the report page, as the template shows them: texts already written in the
user's language, and each bar's geometry computed from the same exact counts.

Every rate on the page is the core's own (`percent_of_plan`, from summed counts, never an
average of percentages), written by `i18n.format_percent`; every count by `i18n.format_number`,
so the page says what `bhxh progress` says. A bar's length is the actual over the plan, exact,
then written to two decimals of a pixel; the tick is the count expected by now.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from itertools import groupby
from typing import TYPE_CHECKING

from bhxh_cli.i18n import Lang, format_number, format_percent, text

if TYPE_CHECKING:
    from bhxh_cli.progress.measure import ProgressRow
    from bhxh_cli.progress.report import ProgressReport

BAR_WIDTH = 160  # pixels of a bar at 100% of its plan
BAR_HEIGHT = 14
PIXEL = Decimal("0.01")


@dataclass(frozen=True)
class Bar:
    """A bar of the actual against its plan: lengths in pixels, its tone, the text it draws."""

    width: int
    height: int
    filled: str  # the actual's length, at most the width: a plan passed fills the bar
    tick: str | None  # where the count expected by now stands
    tone: str  # good, bad or plain
    label: str  # "18.590 / 37.419 · 49,68%", also the bar's accessible name


@dataclass(frozen=True)
class Line:
    """One scheme's line (or one sub-unit's): its figures as texts, and its bar."""

    name: str
    figures: str
    bar: Bar | None
    status: str
    tone: str
    remaining: str
    expected: str
    projected: str
    per_month: str
    baseline: str
    year_before: str
    closed: bool


@dataclass(frozen=True)
class UnitTable:
    """The sub-units of one scheme, laggards first."""

    title: str
    lines: list[Line]


TONES = {"ahead": "good", "on-track": "good", "met": "good", "behind": "bad"}


def pixels(part: int, whole: int) -> str:
    """`part / whole` of a bar's width, exact, then half up to a hundredth of a pixel."""
    length = Fraction(min(max(part, 0), whole), whole) * BAR_WIDTH
    exact = Decimal(length.numerator) / Decimal(length.denominator)
    return str(exact.quantize(PIXEL, rounding=ROUND_HALF_UP))


def count(value: int | None, lang: Lang) -> str:
    """A count as the tables write it, or a dash."""
    return "—" if value is None else format_number(value, lang)


def of_plan(row: ProgressRow, lang: Lang) -> str:
    """`actual / plan · percent`: the counts beside the percentage, always."""
    if row.actual is None or row.plan is None or row.percent_of_plan is None:
        return text("report.no_plan", lang) if row.plan is None else count(row.actual, lang)
    return text(
        "report.of_plan",
        lang,
        actual=format_number(row.actual, lang),
        plan=format_number(row.plan, lang),
        percent=format_percent(row.percent_of_plan, lang),
    )


def bar(row: ProgressRow, lang: Lang) -> Bar | None:
    """The bar of a row with an actual and a plan above zero; none otherwise."""
    if row.actual is None or not row.plan:
        return None
    tick = pixels(row.expected_by_now, row.plan) if row.expected_by_now is not None else None
    tone = TONES.get(row.status or "", "plain")
    return Bar(BAR_WIDTH, BAR_HEIGHT, pixels(row.actual, row.plan), tick, tone, of_plan(row, lang))


def line(name: str, row: ProgressRow, lang: Lang) -> Line:
    """A row of the progress core, written for the page."""
    if row.surplus:
        remaining = text("gap.surplus", lang, value=row.surplus)
    else:
        remaining = count(row.remaining, lang)
    return Line(
        name=name,
        figures=of_plan(row, lang),
        bar=bar(row, lang),
        status=text(f"status.{row.status}", lang) if row.status else "—",
        tone=TONES.get(row.status or "", "plain"),
        remaining=remaining,
        expected=count(row.expected_by_now, lang),
        projected=count(row.projected_at_end, lang),
        per_month=count(row.needed_per_month, lang),
        baseline=count(row.baseline, lang),
        year_before=count(row.same_date_last_year, lang),
        closed=row.period_closed,
    )


def scheme_lines(report: ProgressReport, lang: Lang) -> list[Line]:
    """The unit's own line per scheme, in the order of the report."""
    return [line(text(f"scheme.{row.scheme.value}", lang), row, lang) for row in report.main.rows]


def unit_tables(report: ProgressReport, lang: Lang) -> list[UnitTable]:
    """Per scheme, the sub-units ranked as `progress --by-unit` ranks them: lowest % first."""
    tables = []
    for scheme, rows in groupby(report.units or [], key=lambda unit: unit.row.scheme):
        title = text("report.units_of", lang, scheme=text(f"scheme.{scheme.value}", lang))
        tables.append(UnitTable(title, [line(unit.name, unit.row, lang) for unit in rows]))
    return tables
