"""The options several commands share, and the panels that group options in --help."""

from __future__ import annotations

from typing import Annotated

import typer

from bhxh_cli.cli.completion import complete_units
from bhxh_cli.render import OutputFormat

# The panels that group the options in --help.
SELECTION = "Selection"
OUTPUT = "Output"
DATA = "Data"
QUOTAS = "Quotas"
DAYS = "Day by day"
CHECKS = "Checks"
COSTS = "Costs"

DataOption = Annotated[
    str | None,
    typer.Option(
        "--data",
        help="Targets file. Default: $BHXH_DATA, ./data/targets.yaml, "
        "then the copy shipped with bhxh.",
        show_default=False,
        rich_help_panel=DATA,
    ),
]
FormatOption = Annotated[
    OutputFormat,
    typer.Option(
        "--format",
        "-f",
        help="table and markdown for people; json and csv for scripts; xlsx, an Excel "
        "workbook, with -o FILE.",
        rich_help_panel=OUTPUT,
    ),
]
OutputOption = Annotated[
    str | None,
    typer.Option(
        "--output",
        "-o",
        metavar="FILE",
        help="Write to this new file instead of stdout; an existing file is never overwritten.",
        show_default=False,
        rich_help_panel=OUTPUT,
    ),
]
ExcelOption = Annotated[
    bool,
    typer.Option(
        "--excel",
        help="With --format csv: begin with a byte order mark, so that Excel reads the "
        "Vietnamese letters right.",
        rich_help_panel=OUTPUT,
    ),
]
AsOfOption = Annotated[
    str | None,
    typer.Option(
        "--as-of",
        help="Use the latest snapshot on or before this date (DD/MM/YYYY or YYYY-MM-DD).",
        show_default=False,
        rich_help_panel=SELECTION,
    ),
]


def period_spelling(typed: str | None) -> str | None:
    """A range typed day first, `01/01/2024-30/06/2024`, as the period it spells
    (`2024-01-01/2024-06-30`); anything else as typed, for the period reader to judge."""
    if typed is None or "-" not in typed or typed.count("/") != 4:
        return typed
    from bhxh_cli.domain.days import BadDayError, read_day

    first, _, last = typed.partition("-")
    try:
        return f"{read_day(first).isoformat()}/{read_day(last).isoformat()}"
    except BadDayError:
        return typed


PeriodOption = Annotated[
    str | None,
    typer.Option(
        "--period",
        help="Target period for every scheme: 2025, 2024-H1, 2024-Q2, 2024-05, "
        "2024-01-01/2024-06-30 or 01/01/2024-30/06/2024. Default: per scheme, the shortest of "
        "its own target periods containing the snapshot date, else the first to end after it, "
        "else the latest (ties: the shorter, then the one that starts first).",
        show_default=False,
        callback=period_spelling,
        rich_help_panel=SELECTION,
    ),
]

_PROVINCE = typer.Option(
    "--province",
    "-p",
    help="Slug, path (can-tho/thoi-lai) or name, with or without diacritics, any case.",
    show_default=False,
    autocompletion=complete_units,
    rich_help_panel=SELECTION,
)
ProvinceOption = Annotated[str | None, _PROVINCE]
RequiredProvinceOption = Annotated[str, _PROVINCE]

MergedOption = Annotated[
    bool,
    typer.Option(
        "--merged",
        help="Add up the provinces merged into this one (itself included) on the same date; "
        "name every one that lacks it instead of summing fewer.",
        rich_help_panel=SELECTION,
    ),
]

# coverage --by-unit and progress --by-unit: how deep the sub-units go.
DepthOption = Annotated[
    str | None,
    typer.Option(
        "--depth",
        metavar="N",
        help="How many levels of sub-units to list (default 1); implies --by-unit.",
        show_default=False,
        rich_help_panel=SELECTION,
    ),
]


def scheme_option(flag: str, help_text: str) -> object:
    """An option naming one scheme, by id or office abbreviation (read by `parse_scheme`)."""
    return typer.Option(
        flag, metavar="SCHEME", help=help_text, show_default=False, rich_help_panel=SELECTION
    )
