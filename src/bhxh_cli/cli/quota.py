"""bhxh quota."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from bhxh_cli.cli.completion import complete_campaigns
from bhxh_cli.cli.options import (
    DAYS,
    QUOTAS,
    DataOption,
    ExcelOption,
    FormatOption,
    OutputOption,
    ProvinceOption,
)
from bhxh_cli.cli.output import (
    emit,
    optional_count,
    parse_date,
    reporting_errors,
    settings_of,
)
from bhxh_cli.domain.weight import Weight
from bhxh_cli.i18n import text
from bhxh_cli.render import OutputFormat

QUOTA_HELP = f"""Quotas per staff member, per unit or split from a total; day by day with dates.

Three ways, one per scheme: --per-staff SCHEME=N with --staff (the whole office, or UNIT=N for
each unit's staff); --per-unit SCHEME=N for every district-level (area) sub-unit of --province;
--split SCHEME=TOTAL over those sub-units in proportion to --weight, each within --min/--max.
A split is largest remainder (Hamilton) on exact shares, units out of bounds pinned at the bound
and the rest shared again. Ties: {text("quota.tie_break", "en")}.

--start with --end (both days included) or --days adds a day-by-day plan; each quota is split
equally over the days, earlier days first on ties; --skip-weekdays and --holidays leave out the
days without campaigning. CAMPAIGN runs a campaign of the data file.

**Examples**

```
bhxh quota --staff 184 --per-staff bhxh_tu_nguyen=1 --per-staff bhyt_ho_gia_dinh=2
bhxh quota -p hau-giang --per-unit bhxh_tu_nguyen=50
bhxh quota -p can-tho --split bhxh_tu_nguyen=415 --weight equal --min 5
bhxh quota lam-dong-2023-07 --start 2023-07-22 --days 5 --format csv
bhxh quota hau-giang-2024-05 --start 10/5/2024 --days 3 --skip-weekdays sun
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


def quota(
    ctx: typer.Context,
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
        str | None,
        typer.Option(
            "--min",
            metavar="N",
            help="--split: at least this many each.",
            show_default=False,
            rich_help_panel=QUOTAS,
        ),
    ] = None,
    maximum: Annotated[
        str | None,
        typer.Option(
            "--max",
            metavar="N",
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
            help="First day of the plan (DD/MM/YYYY or YYYY-MM-DD).",
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
        str | None,
        typer.Option(
            "--days",
            metavar="N",
            help="Number of days, from --start.",
            show_default=False,
            rich_help_panel=DAYS,
        ),
    ] = None,
    skip_weekdays: Annotated[
        str | None,
        typer.Option(
            "--skip-weekdays",
            metavar="DAYS",
            help="Weekdays without campaigning, comma-separated: mon,...,sun (or t2,...,cn).",
            show_default=False,
            rich_help_panel=DAYS,
        ),
    ] = None,
    holidays: Annotated[
        str | None,
        typer.Option(
            "--holidays",
            metavar="FILE",
            help="A file of days off, one date a line (DD/MM/YYYY or YYYY-MM-DD).",
            show_default=False,
            rich_help_panel=DAYS,
        ),
    ] = None,
    fmt: FormatOption = OutputFormat.TABLE,
    output: OutputOption = None,
    excel: ExcelOption = False,
    data: DataOption = None,
) -> None:
    from bhxh_cli.cli.quota_request import DayOptions, QuotaOptions, build_request, days_off
    from bhxh_cli.datafile import load
    from bhxh_cli.quota.plan import plan_limit, plan_quotas

    settings = settings_of(ctx)
    with reporting_errors(settings):
        options = QuotaOptions(
            province=province,
            staff=tuple(staff or ()),
            per_staff=tuple(per_staff or ()),
            per_unit=tuple(per_unit or ()),
            split=tuple(split or ()),
            minimum=optional_count(minimum, "--min"),
            maximum=optional_count(maximum, "--max"),
            weight=weight,
        )
        off = days_off(skip_weekdays, holidays)
        day_options = DayOptions(
            parse_date(start, "--start"),
            parse_date(end, "--end"),
            optional_count(days, "--days", least=1),
            off,
        )
        dataset = load(data)
        request = build_request(dataset.data, campaign, options, day_options)
        plan = plan_quotas(dataset.data, request, plan_limit(fmt.value))
        emit(plan, fmt, settings, output, excel=excel)
