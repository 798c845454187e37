"""bhxh import and bhxh template: figures in from the offices' sheets, and the sheet to fill."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from bhxh_cli.cli.options import OUTPUT, SELECTION, DataOption, RequiredProvinceOption
from bhxh_cli.cli.output import reporting_errors, settings_of
from bhxh_cli.cli.streams import visible_text


def import_sheet(
    ctx: typer.Context,
    sheet_file: Annotated[
        Path, typer.Argument(metavar="SHEET", help="A workbook (.xlsx, .xls, .ods) or a .csv file.")
    ],
    *,
    province: RequiredProvinceOption,
    as_of: Annotated[
        str,
        typer.Option(
            "--as-of",
            help="The date of the figures (DD/MM/YYYY or YYYY-MM-DD).",
            show_default=False,
            rich_help_panel=SELECTION,
        ),
    ],
    sheet: Annotated[
        str | None,
        typer.Option("--sheet", help="The sheet to read. Default: the first.", show_default=False),
    ] = None,
    mapping: Annotated[
        Path | None,
        typer.Option(
            "--mapping",
            help="A mapping file (YAML) that fixes which column holds what; see --show-mapping.",
            show_default=False,
        ),
    ] = None,
    show_mapping: Annotated[
        bool,
        typer.Option(
            "--show-mapping",
            help="Print the mapping recognised from the sheet's header, and write nothing.",
            rich_help_panel=OUTPUT,
        ),
    ] = False,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="The file to write. Default: actuals/P-DATE.yaml beside the targets file.",
            show_default=False,
            rich_help_panel=OUTPUT,
        ),
    ] = None,
    replace: Annotated[
        bool,
        typer.Option(
            "--replace",
            help="Replace the output file if an earlier `bhxh import` wrote it.",
            rich_help_panel=OUTPUT,
        ),
    ] = False,
    data: DataOption = None,
) -> None:
    """Read a sheet's figures and write them as a new file of the data set.

    The header is found by its labels (a scheme over "Kế hoạch / Thực hiện / Tỷ lệ %"); units
    are matched by name, or by the key column of a `bhxh template`. Stated rates and totals
    are checked; the whole data set is validated with the new file before it is written.
    Nothing is written when anything is wrong: each problem is shown at its cell.

    **Examples**

    ```
    bhxh import bao-cao-t4.xlsx --province can-tho --as-of 30/04/2024
    bhxh import bao-cao-t4.xlsx -p can-tho --as-of 2024-04-30 --show-mapping > mapping.yaml
    bhxh import bao-cao-t5.xlsx -p can-tho --as-of 2024-05-31 --mapping mapping.yaml
    ```
    """
    from bhxh_cli.cli.importing import run_import

    code = run_import(
        settings_of(ctx),
        sheet_file,
        province,
        as_of,
        sheet=sheet,
        mapping=mapping,
        show_mapping=show_mapping,
        output=output,
        replace=replace,
        data=data,
    )
    if code:
        raise typer.Exit(code)


def template(
    ctx: typer.Context,
    *,
    province: RequiredProvinceOption,
    period: Annotated[
        str | None,
        typer.Option(
            "--period",
            help="The target period whose plans fill the plan columns (2024, 2024-H1, ...). "
            "Default: per scheme, as `bhxh progress` chooses.",
            show_default=False,
            rich_help_panel=SELECTION,
        ),
    ] = None,
    output: Annotated[
        Path,
        typer.Option(
            "--output",
            "-o",
            help="The workbook to write (.xlsx).",
            show_default=False,
            rich_help_panel=OUTPUT,
        ),
    ],
    data: DataOption = None,
) -> None:
    """Write a fill-in workbook: the province's sub-units as rows, a column group per scheme.

    The plans are filled in where the data file has them; the office types the figures in
    and `bhxh import` reads the workbook back by its hidden key column.

    **Examples**

    ```
    bhxh template --province can-tho --period 2024 -o can-tho-2024.xlsx
    ```
    """
    from bhxh_cli.sheets.template import write_template

    settings = settings_of(ctx)
    with reporting_errors(settings):
        written = write_template(province, period, output, data)
    from bhxh_cli.i18n import say

    typer.echo(visible_text(say(written, settings.lang())))
