"""Drawing a result: the --format choices, and which view draws each result as tables.

Light on purpose: the command line imports this module at start-up to build its options, so it
imports no renderer, no json, no Rich and no core module until something is drawn.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence

    from bhxh_cli.domain.results import Result
    from bhxh_cli.render.table import RenderOptions, TableView

    # A view draws one result as a table, or as several one under the other (quotas, days).
    View = Callable[[Any, RenderOptions], TableView | Sequence[TableView]]


class OutputFormat(StrEnum):
    """A --format choice: a table or markdown for people, JSON or CSV for scripts."""

    TABLE = "table"
    JSON = "json"
    CSV = "csv"
    MARKDOWN = "markdown"


class ProblemFormat(StrEnum):
    """How `validate` writes problems: text for people, JSON, or GitHub annotations."""

    TEXT = "text"
    JSON = "json"
    GITHUB = "github"


# The view of each result type, by the type's qualified name, as "module:function". Names, not
# imports: a view module is imported only when a table or markdown is drawn.
VIEWS: dict[str, str] = {
    "bhxh_cli.coverage.report.CoverageReport": "bhxh_cli.render.coverage:coverage_view",
    "bhxh_cli.coverage.report.CoverageSummary": "bhxh_cli.render.coverage:coverage_summary_view",
    "bhxh_cli.coverage.by_unit.CoverageByUnit": "bhxh_cli.render.coverage:coverage_by_unit_view",
    "bhxh_cli.provinces.ProvinceList": "bhxh_cli.render.coverage:provinces_view",
    "bhxh_cli.progress.report.ProgressReport": "bhxh_cli.render.progress:progress_view",
    "bhxh_cli.progress.report.ProgressSet": "bhxh_cli.render.progress:progress_set_views",
    "bhxh_cli.quota.plan.QuotaPlan": "bhxh_cli.render.quota:quota_views",
    "bhxh_cli.costs.contribution.VoluntaryContribution": "bhxh_cli.render.costs:voluntary_view",
    "bhxh_cli.costs.contribution.HouseholdContribution": "bhxh_cli.render.costs:household_view",
    "bhxh_cli.costs.budget.Budget": "bhxh_cli.render.costs:budget_views",
    "bhxh_cli.registry.listing.RegistryProvinces": (
        "bhxh_cli.render.registry:registry_provinces_view"
    ),
    "bhxh_cli.registry.listing.RegistrySubUnits": (
        "bhxh_cli.render.registry:registry_sub_units_view"
    ),
}


def type_name(cls: type) -> str:
    """A class as VIEWS names it: its module and qualified name."""
    return f"{cls.__module__}.{cls.__qualname__}"


def view_named(entry: str) -> View:
    """The function an entry of VIEWS names, imported now."""
    from importlib import import_module

    module, _, function = entry.partition(":")
    view: View = getattr(import_module(module), function)
    return view


def view_of(result: Result) -> View:
    """The view that draws `result` as tables."""
    return view_named(VIEWS[type_name(type(result))])


def render(result: Result, fmt: OutputFormat, options: RenderOptions) -> str:
    """`result` written in `fmt`: JSON and CSV from the result itself, tables by its view."""
    return "".join(render_pieces(result, fmt, options))


def render_pieces(result: Result, fmt: OutputFormat, options: RenderOptions) -> Iterator[str]:
    """`result` written in `fmt`, in pieces to write as they come: a day-by-day plan in JSON
    or CSV is made line by line, never whole in memory."""
    from bhxh_cli.render.formats import RENDERERS

    return RENDERERS[fmt](result, options)
