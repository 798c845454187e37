"""Table views of a quota plan: quotas per unit and scheme, then the plan day by day."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from itertools import groupby
from typing import TypeVar

from bhxh_cli.domain.schemes import Scheme
from bhxh_cli.i18n import Lang, shown, text
from bhxh_cli.quota.plan import Allocation, QuotaBasis, QuotaPlan
from bhxh_cli.quota.schedule import DayQuota
from bhxh_cli.render.coverage import count_cell
from bhxh_cli.render.table import Cell, Column, RenderOptions, TableView

Item = TypeVar("Item")
Key = TypeVar("Key")


def quota_views(plan: QuotaPlan, options: RenderOptions) -> list[TableView]:
    """The quotas, then the days if any; the rule of the split under the last table."""
    views = [allocation_view(plan, options)]
    if plan.schedule:
        views.append(schedule_view(plan, options))
    if not plan.rounded:  # every share was whole: no remainder to break a tie of
        return views
    last = views[-1]
    method = text("quota.method", options.lang, tie_break=text("quota.tie_break", options.lang))
    return [*views[:-1], replace(last, notes=[*last.notes, method])]


def allocation_view(plan: QuotaPlan, options: RenderOptions) -> TableView:
    """The quotas: a row per unit with its staff and a column per scheme; the totals last."""
    lang = options.lang
    staff = plan.staff()
    columns = [Column(text("col.unit", lang)), Column(text("col.name", lang))]
    columns += [Column(text("col.staff", lang), numeric=True)] if staff is not None else []
    rows = []
    for unit, group in _grouped(plan.allocations, lambda a: a.unit):
        row = [Cell(_short(unit, plan.place), bold=True), _name_cell(group[0], lang)]
        row += [count_cell(_staff(group), lang)] if staff is not None else []
        rows.append(row + _quota_cells(plan, group, lang))
    total = [Cell(text("quota.total", lang), bold=True), Cell("")]
    total += [count_cell(staff, lang, bold=True)] if staff is not None else []
    total += [count_cell(n, lang, bold=True) for n in plan.totals().values()]
    notes = [_basis_note(basis, lang) for basis in plan.bases]
    notes += [text("note.source", lang, source=source) for source in plan.sources]
    return TableView(_title(plan, lang), columns + _scheme_columns(plan, lang), rows, notes, total)


def schedule_view(plan: QuotaPlan, options: RenderOptions) -> TableView:
    """A row per day and unit, its name beside its slug, and each day's total across units."""
    lang = options.lang
    by_unit = len({a.unit for a in plan.allocations}) > 1
    columns = [Column(text("col.date", lang))]
    columns += [Column(text("col.unit", lang)), Column(text("col.name", lang))] if by_unit else []
    day_totals = {day: list(group) for day, group in _grouped(plan.day_totals(), lambda d: d.day)}
    rows = []
    for (day, unit), group in _grouped(plan.schedule, lambda d: (d.day, d.unit)):
        row = [Cell(shown(day, lang))]
        row += (
            [Cell(_short(unit, plan.place), bold=True), Cell(group[0].name or "")]
            if by_unit
            else []
        )
        rows.append(row + _quota_cells(plan, group, lang))
        if by_unit and unit == plan.schedule[-1].unit:  # the day's last unit
            label = [Cell(""), Cell(text("quota.day_total", lang), bold=True), Cell("")]
            cells = _quota_cells(plan, day_totals[day], lang)
            rows.append(label + [replace(cell, bold=True) for cell in cells])
    total = [Cell(text("quota.total", lang), bold=True)] + ([Cell("")] * 2 if by_unit else [])
    total += [count_cell(n, lang, bold=True) for n in plan.totals().values()]
    days = plan.days
    title = text("title.quota_days", lang, start=days[0], end=days[-1], days=len(days))
    columns += _scheme_columns(plan, lang)
    notes = [text("quota.days", lang)]
    if plan.skipped:
        notes.append(text("quota.skipped", lang, days=tuple(plan.skipped)))
    return TableView(title, columns, rows, notes, total)


def _grouped(items: Iterable[Item], key: Callable[[Item], Key]) -> list[tuple[Key, list[Item]]]:
    """Runs of neighbouring items with the same key, in order."""
    return [(k, list(group)) for k, group in groupby(items, key)]


def _scheme_columns(plan: QuotaPlan, lang: Lang) -> list[Column]:
    return [Column(text(f"scheme.{s.value}", lang), numeric=True) for s in plan.totals()]


def _quota_cells(
    plan: QuotaPlan, group: list[Allocation] | list[DayQuota], lang: Lang
) -> list[Cell]:
    quotas: dict[Scheme, int] = {item.scheme: item.quota for item in group}
    return [count_cell(quotas.get(scheme), lang) for scheme in plan.totals()]


def _short(unit: str | None, place: str | None) -> str:
    """A sub-unit by its path below the province the plan is about."""
    if unit is None:
        return "—"
    if place and unit.startswith(place + "/"):
        return unit[len(place) + 1 :]
    return unit


def _name_cell(allocation: Allocation, lang: Lang) -> Cell:
    return Cell(allocation.name or text("quota.all_staff", lang))


def _staff(group: list[Allocation]) -> int | None:
    return next((a.staff for a in group if a.staff is not None), None)


def _title(plan: QuotaPlan, lang: Lang) -> str:
    if plan.campaign:
        name = plan.name or plan.campaign
        return text("title.quota_campaign", lang, name=name, campaign=plan.campaign)
    if plan.place:
        return text("title.quota", lang, name=plan.place_name or plan.place, unit=plan.place)
    return text("title.quota_everyone", lang)


def _basis_note(basis: QuotaBasis, lang: Lang) -> str:
    scheme = text(f"scheme.{basis.scheme.value}", lang)
    amount = basis.amount
    if basis.split is None:
        key = "quota.per_staff" if basis.way == "per-staff" else "quota.per_unit"
        return text(key, lang, scheme=scheme, amount=amount)
    bounds = ""
    if basis.split.minimum:
        bounds += text("quota.minimum", lang, minimum=basis.split.minimum)
    if basis.split.maximum is not None:
        bounds += text("quota.maximum", lang, maximum=basis.split.maximum)
    weight = text(f"quota.weight.{basis.split.weight.value}", lang)
    return text("quota.split", lang, scheme=scheme, amount=amount, weight=weight, bounds=bounds)
