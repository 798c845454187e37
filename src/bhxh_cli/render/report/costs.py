"""The cost section of the report page: a campaign's budget, as `bhxh budget` draws it.

The tables are the budget's own views (render/costs.py): the lines by scheme, category and run
of months with the state's support, the province's and the participants' payments, then, without
a mix, what the same people would cost if all were of one category. Every figure is the core's
(`costs.budget`), written by the tables' formatter in the user's language; the notes say which
category was assumed, and each rule used is cited, the ones not yet checked against the gazette
marked. Filled with Jinja2 (autoescape on), like the page it goes into.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING

from bhxh_cli.costs.amounts import unverified
from bhxh_cli.render.costs import assumption_notes, cited_notes, lines_view, range_view

if TYPE_CHECKING:
    from bhxh_cli.costs.budget import Budget
    from bhxh_cli.render.table import RenderOptions, TableView


@dataclass(frozen=True)
class Rule:
    """A parameter the budget used, cited; `verified` false until checked against the gazette."""

    text: str
    verified: bool


@dataclass(frozen=True)
class CostSection:
    """What the section shows: its tables, the assumptions, the rules and their marks."""

    tables: list[TableView]
    assumptions: list[str]
    rules: list[Rule]
    unverified: str | None  # the parameters not yet checked, named in one line
    rounding: str


def cost_section(budget: Budget, options: RenderOptions) -> CostSection:
    """The section of `budget`, in the options' language."""
    lang = options.lang
    tables = [lines_view(budget, options)]
    if budget.by_category:
        tables.append(range_view(budget, options))
    cited = budget.cited
    notes = cited_notes(cited, lang)  # one per rule, then the unverified ones named, rounding
    rules = [Rule(note, item.verified) for item, note in zip(cited, notes, strict=False)]
    return CostSection(
        tables=tables,
        assumptions=assumption_notes(budget, lang),
        rules=rules,
        unverified=notes[len(cited)] if unverified(cited) else None,
        rounding=notes[-1],
    )


def cost_html(budget: Budget, options: RenderOptions) -> str:
    """The section's HTML, for `report_page(..., costs=...)`: every text escaped."""
    import jinja2  # only for `bhxh report`

    template = resources.files(__package__).joinpath("costs.html.j2").read_text("utf-8")
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    section = cost_section(budget, options)
    return str(env.from_string(template).render(section=section)).strip()
