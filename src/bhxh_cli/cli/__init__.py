"""The command line: parse options, call one core function, hand the result to a renderer."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path as FsPath
from typing import TYPE_CHECKING, Annotated, Any

import typer

from bhxh_cli import __version__
from bhxh_cli.cli.completion import complete_campaigns, complete_units
from bhxh_cli.domain.weight import Weight
from bhxh_cli.i18n import Lang
from bhxh_cli.quota.method import TIE_BREAK
from bhxh_cli.render import OutputFormat, ProblemFormat, render

if TYPE_CHECKING:
    from bhxh_cli.domain.results import Result
    from bhxh_cli.errors import BhxhError, Problem
    from bhxh_cli.render.table import RenderOptions

APP_HELP = """Coverage, plan progress and quotas for Vietnam's social-insurance targets.

Tables follow --lang (vi or en); JSON and CSV are the same in every language.

**Examples**

```
bhxh --lang vi coverage --province vinh-long
bhxh progress -p can-tho --by-unit --period 2024
```
"""

# The panels that group the options in --help.
SELECTION = "Selection"
OUTPUT = "Output"
DATA = "Data"
QUOTAS = "Quotas"
DAYS = "Day by day"
CHECKS = "Checks"

app = typer.Typer(
    name="bhxh",
    help=APP_HELP,
    pretty_exceptions_enable=False,
    rich_markup_mode="markdown",
    context_settings={"help_option_names": ["-h", "--help"]},
)


@dataclass
class Settings:
    lang_option: Lang | None = None
    color_option: bool | None = None

    def lang(self) -> Lang:
        from bhxh_cli.i18n import detect_lang

        return detect_lang(self.lang_option)

    def render_options(self) -> RenderOptions:
        from bhxh_cli.render.table import RenderOptions

        width = shutil.get_terminal_size((100, 24)).columns
        wants_color = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
        color = wants_color if self.color_option is None else self.color_option and wants_color
        return RenderOptions(self.lang(), width, color)


SETTINGS = Settings()

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
        help="table and markdown for people; json and csv for scripts.",
        rich_help_panel=OUTPUT,
    ),
]
AsOfOption = Annotated[
    str | None,
    typer.Option(
        "--as-of",
        help="Use the latest snapshot on or before this date (YYYY-MM-DD).",
        show_default=False,
        rich_help_panel=SELECTION,
    ),
]
PeriodOption = Annotated[
    str | None,
    typer.Option(
        "--period",
        help="Target period: 2025, 2024-H1, 2024-Q2, 2024-05 or "
        "2024-01-01/2024-06-30. Default: the shortest containing the snapshot date.",
        show_default=False,
        rich_help_panel=SELECTION,
    ),
]

ProvinceOption = Annotated[
    str | None,
    typer.Option(
        "--province",
        "-p",
        help="Slug, path (can-tho/thoi-lai) or name, with or without diacritics, any case.",
        show_default=False,
        autocompletion=complete_units,
        rich_help_panel=SELECTION,
    ),
]


MergedOption = Annotated[
    bool,
    typer.Option(
        "--merged",
        help="Add up the provinces merged into this one (itself included) on the same date; "
        "name every one that lacks it instead of summing fewer.",
        rich_help_panel=SELECTION,
    ),
]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"bhxh {__version__}")
        raise typer.Exit


@app.callback(invoke_without_command=True)
def main_options(
    ctx: typer.Context,
    lang: Annotated[
        Lang | None,
        typer.Option(
            "--lang",
            help="Language of tables and messages. Default: $BHXH_LANG, then the locale "
            "(LC_ALL, LC_MESSAGES, LANG).",
            show_default=False,
            rich_help_panel=OUTPUT,
        ),
    ] = None,
    no_color: Annotated[
        bool, typer.Option("--no-color", help="Plain text, no colour.", rich_help_panel=OUTPUT)
    ] = False,
    _version_flag: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
) -> None:
    SETTINGS.lang_option = lang
    SETTINGS.color_option = False if no_color else None
    if ctx.invoked_subcommand is None:  # `bhxh` alone: the help, and success
        typer.echo(ctx.get_help())
        raise typer.Exit


def report_error(err: BhxhError) -> None:
    """One clean message per problem on stderr: FILE:LINE:COL, the line, a caret, a hint."""
    from bhxh_cli.errors import DataError
    from bhxh_cli.render.problems import error_lines

    problems = err.problems if isinstance(err, DataError) else []
    quotes = _quotes(problems[0].position.file, problems) if problems else {}
    for line in error_lines(err, quotes, SETTINGS.lang()):
        typer.echo(line, err=True)


def _quotes(file: str, problems: list[Problem]) -> Mapping[int, str]:
    """The lines the problems point at, read again within the loader's limits; none when the
    file cannot be read as text (it is binary, too large, ...)."""
    from bhxh_cli.datafile.files import read_text
    from bhxh_cli.datafile.validate import quoted_lines
    from bhxh_cli.errors import BhxhError

    try:
        return quoted_lines(read_text(FsPath(file)), problems)
    except BhxhError:
        return {}


@contextmanager
def reporting_errors() -> Iterator[None]:
    """Turn project errors into a message and an exit code; never a traceback."""
    from bhxh_cli.errors import BhxhError

    try:
        yield
    except BhxhError as err:
        report_error(err)
        raise typer.Exit(err.exit_code) from None


def parse_date(value: str | None, option: str) -> date | None:
    from bhxh_cli.errors import UsageError
    from bhxh_cli.messages import Message

    if value is None:
        return None
    from bhxh_cli.domain.periods import in_range

    try:
        day = date.fromisoformat(value)
    except ValueError:
        message = Message("option.bad_date", option=option, value=repr(value))
        raise UsageError(message, hint=Message("hint.iso_date")) from None
    if not in_range(day):
        raise UsageError(Message("date.out_of_range", value=repr(value)))
    return day


def emit(result: Result, fmt: OutputFormat) -> None:
    sys.stdout.write(render(result, fmt, SETTINGS.render_options()))


@app.command()
def coverage(
    *,
    province: ProvinceOption = None,
    as_of: AsOfOption = None,
    period: PeriodOption = None,
    fmt: FormatOption = OutputFormat.TABLE,
    data: DataOption = None,
    merged: MergedOption = False,
) -> None:
    """Coverage rate, target, people required and gap of a province or unit.

    Without --province, one summary row per province.

    **Examples**

    ```
    bhxh coverage --province vinh-long
    bhxh coverage -p "Thới Lai" --as-of 2024-04-30 --format json
    bhxh coverage -p can-tho --merged
    ```
    """
    from bhxh_cli.coverage import all_coverage, unit_coverage
    from bhxh_cli.datafile import load
    from bhxh_cli.domain.units import resolve

    with reporting_errors():
        day = parse_date(as_of, "--as-of")
        dataset = load(data)
        if province is None:
            if period is not None or merged:
                from bhxh_cli.errors import UsageError
                from bhxh_cli.messages import Message

                option = "--period" if period is not None else "--merged"
                raise UsageError(
                    Message("option.needs_province", option=option),
                    hint=Message("option.needs_province.hint"),
                )
            summary = all_coverage(dataset.data, day)
            emit(summary, fmt)
            return
        ref = resolve(dataset.data, province)
        if merged:
            from bhxh_cli.coverage import merged_coverage

            report = merged_coverage(dataset.data, ref, day, period)
        else:
            report = unit_coverage(ref, day, period)
        emit(report, fmt)


@app.command()
def provinces(fmt: FormatOption = OutputFormat.TABLE, data: DataOption = None) -> None:
    """List provinces with their sub-units, snapshot dates and target periods.

    **Examples**

    ```
    bhxh provinces
    bhxh provinces --format json
    ```
    """
    from bhxh_cli.datafile import load
    from bhxh_cli.provinces import list_provinces

    with reporting_errors():
        dataset = load(data)
        listing = list_provinces(dataset.data, dataset.path)
        emit(listing, fmt)


QUOTA_HELP = f"""Quotas per staff member, per unit or split from a total; day by day with dates.

Three ways, one per scheme: --per-staff SCHEME=N with --staff (the whole office, or UNIT=N for
each unit's staff); --per-unit SCHEME=N for every district-level (area) sub-unit of --province;
--split SCHEME=TOTAL over those sub-units in proportion to --weight, each within --min/--max.
A split is largest remainder (Hamilton) on exact shares, units out of bounds pinned at the bound
and the rest shared again. Ties: {TIE_BREAK}.

--start with --end (both days included) or --days adds a day-by-day plan; each quota is split
equally over the days, earlier days first on ties. CAMPAIGN runs a campaign of the data file.

**Examples**

```
bhxh quota --staff 184 --per-staff bhxh_tu_nguyen=1 --per-staff bhyt_ho_gia_dinh=2
bhxh quota -p hau-giang --per-unit bhxh_tu_nguyen=50
bhxh quota -p can-tho --split bhxh_tu_nguyen=415 --weight equal --min 5
bhxh quota lam-dong-2023-07 --start 2023-07-22 --days 5 --format csv
```
"""


def _scheme_counts(flag: str, help_text: str, metavar: str = "SCHEME=N") -> Any:
    return typer.Option(
        flag,
        metavar=metavar,
        help=help_text + " Repeat.",
        show_default=False,
        rich_help_panel=QUOTAS,
    )


@app.command(help=QUOTA_HELP)
def quota(
    campaign: Annotated[
        str | None,
        typer.Argument(
            metavar="CAMPAIGN",
            help="A campaign id of the data file (its campaigns: key).",
            show_default=False,
            autocompletion=complete_campaigns,
        ),
    ] = None,
    *,
    province: ProvinceOption = None,
    staff: Annotated[
        list[str] | None,
        typer.Option(
            "--staff",
            metavar="N|UNIT=N",
            help="Staff recruiting: N for the whole office, or UNIT=N for each unit (repeat).",
            show_default=False,
            rich_help_panel=QUOTAS,
        ),
    ] = None,
    per_staff: Annotated[
        list[str] | None, _scheme_counts("--per-staff", "People each staff member recruits.")
    ] = None,
    per_unit: Annotated[
        list[str] | None, _scheme_counts("--per-unit", "People each area sub-unit recruits.")
    ] = None,
    split: Annotated[
        list[str] | None,
        _scheme_counts("--split", "A total to split over the area sub-units.", "SCHEME=TOTAL"),
    ] = None,
    minimum: Annotated[
        int | None,
        typer.Option(
            "--min",
            min=0,
            help="--split: at least this many each.",
            show_default=False,
            rich_help_panel=QUOTAS,
        ),
    ] = None,
    maximum: Annotated[
        int | None,
        typer.Option(
            "--max",
            min=0,
            help="--split: at most this many each.",
            show_default=False,
            rich_help_panel=QUOTAS,
        ),
    ] = None,
    weight: Annotated[
        Weight | None,
        typer.Option(
            "--weight",
            metavar="WEIGHT",
            help="--split in proportion to population (the default), labour_force, equal "
            "(the same for each), or gap (people still needed for the current target).",
            show_default=False,
            rich_help_panel=QUOTAS,
        ),
    ] = None,
    start: Annotated[
        str | None,
        typer.Option(
            "--start",
            help="First day of the plan (YYYY-MM-DD).",
            show_default=False,
            rich_help_panel=DAYS,
        ),
    ] = None,
    end: Annotated[
        str | None,
        typer.Option(
            "--end",
            help="Last day of the plan, included.",
            show_default=False,
            rich_help_panel=DAYS,
        ),
    ] = None,
    days: Annotated[
        int | None,
        typer.Option(
            "--days",
            min=1,
            help="Number of days, from --start.",
            show_default=False,
            rich_help_panel=DAYS,
        ),
    ] = None,
    fmt: FormatOption = OutputFormat.TABLE,
    data: DataOption = None,
) -> None:
    from bhxh_cli.datafile import load
    from bhxh_cli.quota.campaign import DayOptions, QuotaOptions, build_request
    from bhxh_cli.quota.plan import plan_quotas

    with reporting_errors():
        options = QuotaOptions(
            province=province,
            staff=tuple(staff or ()),
            per_staff=tuple(per_staff or ()),
            per_unit=tuple(per_unit or ()),
            split=tuple(split or ()),
            minimum=minimum,
            maximum=maximum,
            weight=weight,
        )
        day_options = DayOptions(parse_date(start, "--start"), parse_date(end, "--end"), days)
        dataset = load(data)
        plan = plan_quotas(
            dataset.data, build_request(dataset.data, campaign, options, day_options)
        )
        emit(plan, fmt)


# --- bhxh progress -----------------------------------------------------------------------------


@app.command()
def progress(
    *,
    province: ProvinceOption,
    as_of: AsOfOption = None,
    period: Annotated[
        str | None,
        typer.Option(
            "--period",
            help="Target period: 2024, 2024-H1, 2024-Q2, 2024-05, 2024-01-01/2024-06-30, or all. "
            "Default: the shortest containing the snapshot date.",
            show_default=False,
            rich_help_panel=SELECTION,
        ),
    ] = None,
    by_unit: Annotated[
        bool,
        typer.Option(
            "--by-unit",
            help="A row per sub-unit and scheme, laggards first.",
            rich_help_panel=SELECTION,
        ),
    ] = False,
    depth: Annotated[
        int | None,
        typer.Option(
            "--depth",
            min=1,
            help="How many levels of sub-units to list (default 1); implies --by-unit.",
            show_default=False,
            rich_help_panel=SELECTION,
        ),
    ] = None,
    merged: MergedOption = False,
    fmt: FormatOption = OutputFormat.TABLE,
    data: DataOption = None,
) -> None:
    """Percentage of plan, expected progress, projection and the pace still needed.

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

    with reporting_errors():
        day = parse_date(as_of, "--as-of")
        dataset = load(data)
        query = ProgressQuery(day, period, depth or (1 if by_unit else 0), merged)
        result = unit_progress(dataset.data, resolve(dataset.data, province or ""), query)
        emit(result, fmt)


@app.command()
def validate(
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
            help="text for people, json for scripts, github for annotations. "
            "Default: github under GitHub Actions, else text.",
            show_default=False,
            rich_help_panel=OUTPUT,
        ),
    ] = None,
    strict: Annotated[
        bool, typer.Option("--strict", help="Warnings fail too.", rich_help_panel=CHECKS)
    ] = False,
    data: DataOption = None,
) -> None:
    """Check data files: every problem of every file, with its line and rule.

    Exit 0: no errors (warnings allowed). Exit 1: errors, or warnings under --strict.
    Exit 2: a usage error, or a file that does not exist.

    **Examples**

    ```
    bhxh validate data/*.yaml
    bhxh validate --strict --format json data/targets.yaml
    ```
    """
    from bhxh_cli.datafile import locate
    from bhxh_cli.datafile.validate import validate_files
    from bhxh_cli.render.problems import RENDERERS, default_format, summary

    with reporting_errors():
        if files and data:
            from bhxh_cli.errors import UsageError
            from bhxh_cli.messages import Message

            raise UsageError(Message("option.files_or_data"))
        paths = [FsPath(name) for name in files] if files else [locate(data)]
        report = validate_files(paths, date.today())
    lang = SETTINGS.lang()
    sys.stdout.write(RENDERERS[fmt or default_format(os.environ)](report, lang))
    typer.echo(summary(report, lang), err=True)
    raise typer.Exit(1 if report.failed(strict=strict) else 0)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the data file, for editors and other tools.

    **Examples**

    ```
    bhxh schema > schema/targets.schema.json
    bhxh schema | diff - schema/targets.schema.json
    ```
    """
    from bhxh_cli.datafile.json_schema import schema_text

    sys.stdout.write(schema_text())


def main() -> None:
    app(prog_name="bhxh")
