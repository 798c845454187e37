"""bhxh progress."""

from __future__ import annotations

from typing import Annotated

import typer

from bhxh_cli.cli.options import (
    SELECTION,
    AsOfOption,
    DataOption,
    DepthOption,
    ExcelOption,
    FormatOption,
    MergedOption,
    OutputOption,
    RequiredProvinceOption,
    period_spelling,
    scheme_option,
)
from bhxh_cli.cli.output import (
    check_period,
    emit,
    optional_count,
    parse_date,
    parse_scheme,
    reporting_errors,
    settings_of,
)
from bhxh_cli.render import OutputFormat


def progress(
    ctx: typer.Context,
    *,
    province: RequiredProvinceOption,
    as_of: AsOfOption = None,
    period: Annotated[
        str | None,
        typer.Option(
            "--period",
            callback=period_spelling,
            help="Target period for every scheme: 2024, 2024-H1, 2024-Q2, 2024-05, "
            "2024-01-01/2024-06-30 (or 01/01/2024-30/06/2024), or all. Default: per scheme, the "
            "shortest of its own target periods containing the snapshot date, else the first to "
            "end after it, else the latest (ties: the shorter, then the one that starts first).",
            show_default=False,
            rich_help_panel=SELECTION,
        ),
    ] = None,
    by_unit: Annotated[
        bool,
        typer.Option(
            "--by-unit",
            help="A row per sub-unit and scheme, ranked within each scheme, laggards first.",
            rich_help_panel=SELECTION,
        ),
    ] = False,
    depth: DepthOption = None,
    scheme: Annotated[
        str | None,
        scheme_option(
            "--scheme",
            "Keep one scheme's rows (an id such as bhxh_tu_nguyen, or an abbreviation such as "
            "bhxhtn, hgd).",
        ),
    ] = None,
    merged: MergedOption = False,
    fmt: FormatOption = OutputFormat.TABLE,
    output: OutputOption = None,
    excel: ExcelOption = False,
    data: DataOption = None,
) -> None:
    """Percentage of plan, expected progress, projection and the pace still needed.

    A scheme is on track within 2 points of its planned change (plan minus baseline for a
    stock, the plan for a flow) of where a steady pace would stand. A period that ended
    before --as-of (default today) is closed: no expected count and no pace needed.

    **Examples**

    ```
    bhxh progress --province can-tho --period 2024
    bhxh progress -p can-tho --by-unit --period 2024 --format json
    bhxh progress -p can-tho --merged --period all
    ```
    """
    from bhxh_cli.datafile import load
    from bhxh_cli.domain.units import resolve
    from bhxh_cli.progress.report import ProgressQuery, unit_progress

    settings = settings_of(ctx)
    with reporting_errors(settings):
        day = parse_date(as_of, "--as-of")
        check_period(period)
        dataset = load(data)
        query = ProgressQuery(
            day,
            period,
            optional_count(depth, "--depth", least=1) or (1 if by_unit else 0),
            merged,
            parse_scheme(scheme, "--scheme") if scheme else None,
        )
        result = unit_progress(dataset.data, resolve(dataset.data, province), query)
        emit(result, fmt, settings, output, excel=excel)
