"""Table views of costs: a voluntary participant's or a household's amounts, and a budget.

Every view names the category it assumed, cites the rule of each parameter it used with its
source, and marks those not yet checked against the gazette.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

from bhxh_cli.costs.amounts import Cited, unverified
from bhxh_cli.costs.budget import Amounts, Budget, BudgetLine
from bhxh_cli.costs.contribution import YEAR_MONTHS, HouseholdContribution, VoluntaryContribution
from bhxh_cli.costs.policy_model import CATEGORIES
from bhxh_cli.i18n import Lang, format_percent, shown, text
from bhxh_cli.render.coverage import count_cell
from bhxh_cli.render.notes import period_text
from bhxh_cli.render.table import Cell, Column, RenderOptions, TableView


def voluntary_view(result: VoluntaryContribution, options: RenderOptions) -> TableView:
    """The month and the year of a voluntary participant: contribution, support, own part."""
    lang = options.lang
    month = result.month
    columns = [
        Column(text("col.amount", lang)),
        Column(text("col.monthly", lang), numeric=True),
        Column(text("col.yearly", lang), numeric=True),
    ]
    names = ["row.contribution", "row.state_support", "row.province_support", "row.paid"]
    rows = [
        [
            Cell(text(name, lang), bold=name == "row.paid"),
            *_month_year(amount, lang, name == "row.paid"),
        ]
        for name, amount in zip(names, month.amounts(), strict=True)
        if name != "row.province_support" or month.top_ups
    ]
    title = text(
        "title.contribution_voluntary",
        lang,
        day=month.day,
        income=month.income,
        category=text(f"category.{month.category}", lang),
    )
    notes = [_voluntary_rule(result, lang)]
    notes += [text("note.top_up", lang, source=t.source) for t in month.top_ups]
    notes += _year_notes(result.changes(), month.day, lang)
    return TableView(title, columns, rows, notes + cited_notes(result.cited, lang))


def _month_year(amount: int, lang: Lang, bold: bool) -> list[Cell]:
    return [count_cell(amount, lang, bold=bold), count_cell(amount * YEAR_MONTHS, lang, bold=bold)]


def _voluntary_rule(result: VoluntaryContribution, lang: Lang) -> str:
    entries: dict[str, Any] = {c.parameter: c.entry for c in result.cited}
    rate = format_percent(entries["voluntary_rate"].percent, lang)
    support = entries["voluntary_support"]
    share = getattr(support.percent, result.month.category.replace("-", "_"))
    cap = text("note.support_cap", lang, months=support.months_cap) if support.months_cap else ""
    return text(
        "note.voluntary_rule",
        lang,
        rate=rate,
        lowest=result.lowest,
        highest=result.highest,
        times=entries["income_ceiling"].times,
        base=entries["base_salary"].amount,
        share=format_percent(share, lang),
        line=entries["poverty_line"].amount,
        category=text(f"category.{result.month.category}", lang),
        cap=cap,
    )


def _year_notes(changes: list[tuple[str, date]], day: date, lang: Lang) -> list[str]:
    notes = [text("note.year", lang, months=YEAR_MONTHS, day=day)]
    notes += [
        text("note.change", lang, parameter=text(f"parameter.{name}", lang), until=until)
        for name, until in changes
    ]
    return notes


def household_view(result: HouseholdContribution, options: RenderOptions) -> TableView:
    """A household's cards member by member, a month and a year; the household's total last."""
    lang = options.lang
    month = result.month
    columns = [
        Column(text("col.member", lang)),
        Column(text("col.cards", lang), numeric=True),
        Column(text("col.monthly_each", lang), numeric=True),
        Column(text("col.monthly", lang), numeric=True),
        Column(text("col.yearly", lang), numeric=True),
    ]
    rows = []
    for card in month.cards:
        key = "member.rest" if card.count > 1 or card.rank > 4 else "member.rank"
        rows.append(
            [
                Cell(text(key, lang, rank=card.rank)),
                count_cell(card.count, lang),
                count_cell(card.amount, lang),
                *_month_year(card.amount * card.count, lang, False),
            ]
        )
    total = [
        Cell(text("row.household", lang), bold=True),
        count_cell(month.members, lang, bold=True),
        Cell(""),
        *_month_year(month.total, lang, True),
    ]
    title = text("title.contribution_household", lang, day=month.day, members=month.members)
    entries: dict[str, Any] = {c.parameter: c.entry for c in result.cited}
    rule = entries["household_health"]
    steps = tuple(format_percent(step, lang) for step in rule.steps)
    notes = [
        text(
            "note.household_rule",
            lang,
            first=format_percent(rule.first_percent, lang),
            base=entries["base_salary"].amount,
            steps=steps,
        ),
        *_year_notes(result.changes(), month.day, lang),
    ]
    return TableView(title, columns, rows, notes + cited_notes(result.cited, lang), total)


def budget_views(budget: Budget, options: RenderOptions) -> list[TableView]:
    """The lines of the budget; without a mix, then what each category would cost."""
    lang = options.lang
    views = [lines_view(budget, options)]
    if budget.by_category:
        views.append(range_view(budget, options))
    last = views[-1]
    return [*views[:-1], replace(last, notes=[*last.notes, *cited_notes(budget.cited, lang)])]


def lines_view(budget: Budget, options: RenderOptions) -> TableView:
    """A line per scheme, category and run of months with the same amounts; the total last."""
    lang = options.lang
    request = budget.request
    columns = [
        Column(text("col.scheme", lang)),
        Column(text("col.category", lang)),
        Column(text("col.people", lang), numeric=True),
        Column(text("col.months", lang)),
        *_amount_columns(lang),
    ]
    rows = [
        [
            Cell(text(f"scheme_short.{line.scheme.value}", lang)),
            Cell(text(f"category.{line.category}", lang)),
            count_cell(line.participants, lang),
            Cell(_months(line, lang)),
            *_amount_cells(line.total, lang),
        ]
        for line in budget.lines
    ]
    total = [
        Cell(text("quota.total", lang), bold=True),
        Cell(""),
        Cell(""),
        Cell(""),
        *_amount_cells(budget.total, lang, bold=True),
    ]
    period = period_text(request.period, lang)
    if request.campaign:
        title = text(
            "title.budget_campaign",
            lang,
            name=request.place_name,
            unit=request.place,
            campaign=request.campaign,
            period=period,
        )
    else:
        title = text(
            "title.budget", lang, name=request.place_name, unit=request.place, period=period
        )
    return TableView(title, columns, rows, assumption_notes(budget, lang), total)


def range_view(budget: Budget, options: RenderOptions) -> TableView:
    """Everyone of one category, from the cheapest for the state to the dearest."""
    lang = options.lang
    count = sum(budget.categories.values())
    columns = [Column(text("col.category", lang)), *_amount_columns(lang)]
    rows = [
        [Cell(text(f"category.{category}", lang)), *_amount_cells(amounts, lang)]
        for category, amounts in budget.by_category.items()
    ]
    return TableView(text("title.budget_range", lang, count=count), columns, rows)


def _amount_columns(lang: Lang) -> list[Column]:
    keys = ("col.state", "col.province_support", "col.paid")
    return [Column(text(key, lang), numeric=True) for key in keys]


def _amount_cells(amounts: Amounts, lang: Lang, *, bold: bool = False) -> list[Cell]:
    values = (amounts.state, amounts.province, amounts.paid)  # they add up to the contribution
    return [count_cell(value, lang, bold=bold) for value in values]


def _month(day: date, lang: Lang) -> str:
    return text("month", lang, year=str(day.year), month=f"{day.month:02d}")


def _months(line: BudgetLine, lang: Lang) -> str:
    if line.first == line.last:
        return _month(line.first, lang)
    if line.first.year == line.last.year:
        first, last = (f"{day.month:02d}" for day in (line.first, line.last))
        return text("months.span_year", lang, year=str(line.first.year), first=first, last=last)
    return text("months.span", lang, first=_month(line.first, lang), last=_month(line.last, lang))


def assumption_notes(budget: Budget, lang: Lang) -> list[str]:
    """What the budget assumed: the categories, the months, the households; each line's
    amounts for one voluntary participant."""
    request = budget.request
    notes = []
    if budget.categories:
        if request.mix is None:
            notes.append(text("note.assumed_other", lang))
        else:
            mix = tuple(
                text(
                    "value.share",
                    lang,
                    category=text(f"category.{c}", lang),
                    percent=format_percent(Decimal(p.numerator) / Decimal(p.denominator), lang),
                )
                for c, p in request.mix.items()
            )
            notes.append(text("note.assumed_mix", lang, mix=mix))
    notes.append(
        text(
            "note.assumed_months",
            lang,
            months=len(budget.months),
            all=budget.assumptions()["months_in_period"],
        )
    )
    if any(line.scheme.value == "bhyt_ho_gia_dinh" for line in budget.lines):
        notes.append(text("note.assumed_household", lang, size=request.household_size))
    for line in budget.lines:
        if line.scheme.value == "bhxh_tu_nguyen":
            each = line.each
            notes.append(
                text(
                    "note.line_each",
                    lang,
                    scheme=text(f"scheme_short.{line.scheme.value}", lang),
                    category=text(f"category.{line.category}", lang),
                    months=_months(line, lang),
                    contribution=each.contribution,
                    state=each.state,
                    province=each.province,
                    paid=each.paid,
                )
            )
    counted = {category for category, people in budget.categories.items() if people}
    notes += [
        text("note.top_up", lang, source=t.source)
        for t in request.top_ups
        if t.category in counted and any(t.covers(m) for m in budget.months)
    ]
    return notes


def cited_notes(cited: Sequence[Cited], lang: Lang) -> list[str]:
    """Each parameter used, its value, its dates and source; the unverified ones named."""
    notes = []
    for item in cited:
        key = "note.cited" if item.verified else "note.cited_unverified"
        entry: Any = item.entry
        span = (
            text("policy.span", lang, start=entry.from_, end=entry.until)
            if entry.until
            else text("policy.span_open", lang, start=entry.from_)
        )
        note = text(
            key,
            lang,
            parameter=text(f"parameter.{item.parameter}", lang),
            value=_value(item, lang),
            span=span,
            source=entry.source,
        )
        notes.append(note[:1].upper() + note[1:])
    missing = unverified(cited)
    if missing:
        names = tuple(text(f"parameter.{name}", lang) for name in missing)
        notes.append(text("note.unverified", lang, parameters=names))
    notes.append(text("note.rounding_costs", lang))
    return notes


def _value(item: Cited, lang: Lang) -> str:
    entry: Any = item.entry
    match item.parameter:
        case "voluntary_rate":
            return format_percent(entry.percent, lang)
        case "income_ceiling":
            return text("value.times", lang, times=entry.times)
        case "voluntary_support":
            return ", ".join(
                text(
                    "value.share",
                    lang,
                    category=text(f"category.{c}", lang),
                    percent=format_percent(getattr(entry.percent, c.replace("-", "_")), lang),
                )
                for c in CATEGORIES
            )
        case "household_health":
            steps = (entry.first_percent, *entry.steps)
            return shown(tuple(format_percent(step, lang) for step in steps), lang)
        case _:
            return shown(entry.amount, lang)
