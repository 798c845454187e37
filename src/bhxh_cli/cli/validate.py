"""bhxh validate and bhxh schema."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from bhxh_cli.cli.options import CHECKS, OUTPUT, DataOption, OutputOption
from bhxh_cli.cli.output import reporting_errors, settings_of
from bhxh_cli.render import ProblemFormat

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from bhxh_cli.cli.output import Settings
    from bhxh_cli.datafile.validate import ValidationReport
    from bhxh_cli.i18n import Lang


def validate(
    ctx: typer.Context,
    files: Annotated[
        list[str] | None,
        typer.Argument(
            help="Data files to check. Default: the file other commands would use.",
            show_default=False,
        ),
    ] = None,
    fmt: Annotated[
        ProblemFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="text for people, json for scripts, github for annotations, xlsx (with -o "
            "FILE) for a workbook. "
            "Default: github under GitHub Actions, else text.",
            show_default=False,
            rich_help_panel=OUTPUT,
        ),
    ] = None,
    *,
    strict: Annotated[
        bool, typer.Option("--strict", help="Warnings fail too.", rich_help_panel=CHECKS)
    ] = False,
    data: DataOption = None,
    output: OutputOption = None,
) -> None:
    """Check data files: every problem of every file, with its line and rule.

    Exit 0: no errors (warnings allowed). Exit 1: errors, or warnings under --strict.
    Exit 2: a usage error, or a file that does not exist or cannot be examined.

    **Examples**

    ```
    bhxh validate data/*.yaml
    bhxh validate --strict --format json data/targets.yaml
    ```
    """
    from bhxh_cli.datafile import locate
    from bhxh_cli.datafile.validate import validate_files
    from bhxh_cli.errors import UsageError
    from bhxh_cli.messages import Message
    from bhxh_cli.render.problems import RENDERERS, default_format, summary

    settings = settings_of(ctx)
    with reporting_errors(settings):
        if files and data:
            raise UsageError(Message("option.files_or_data"))
        paths = [Path(name) for name in files] if files else [locate(data)]
        report = validate_files(paths, date.today())
    lang = settings.lang()
    chosen = fmt or default_format(os.environ)
    with reporting_errors(settings):
        write_problems(report, chosen, settings, output, RENDERERS)
    typer.echo(summary(report, lang, strict=strict), err=True)
    raise typer.Exit(1 if report.failed(strict=strict) else 0)


def write_problems(
    report: ValidationReport,
    chosen: ProblemFormat,
    settings: Settings,
    output: str | None,
    renderers: Mapping[ProblemFormat, Callable[[ValidationReport, Lang], str]],
) -> None:
    """The problems on stdout or in a new file: a workbook to a file or a pipe only."""
    from bhxh_cli.cli import streams
    from bhxh_cli.cli.output import check_output, write_new_file
    from bhxh_cli.render import OutputFormat

    lang = settings.lang()
    if chosen is ProblemFormat.XLSX:
        from bhxh_cli.render.problem_table import problems_view
        from bhxh_cli.render.xlsx import workbook

        check_output(OutputFormat.XLSX, output, excel=False)
        options = settings.render_options(to_file=True)
        data = workbook([problems_view(report, lang)], options)
        if output is None:
            streams.write_bytes(data)
            return
    else:
        drawn = renderers[chosen](report, lang)
        if chosen is not ProblemFormat.JSON:  # a path given may hold an escape; JSON escapes it
            drawn = streams.visible_text(drawn)
        if output is None:
            streams.write(drawn, utf8=chosen is not ProblemFormat.TEXT)
            return
        data = drawn.encode("utf-8")
    write_new_file(output, data)


def schema() -> None:
    """Print the JSON Schema of the data file, for editors and other tools.

    **Examples**

    ```
    bhxh schema > schema/targets.schema.json
    bhxh schema | diff - schema/targets.schema.json
    ```
    """
    from bhxh_cli.cli import streams
    from bhxh_cli.datafile.json_schema import schema_text

    streams.write(schema_text(), utf8=True)
