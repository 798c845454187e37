"""bhxh contribution and bhxh budget."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from bhxh_cli.cli.completion import complete_campaigns
from bhxh_cli.cli.options import (
    COSTS,
    DATA,
    SELECTION,
    DataOption,
    ExcelOption,
    FormatOption,
    OutputOption,
    ProvinceOption,
    period_spelling,
)
from bhxh_cli.cli.output import emit, reporting_errors, settings_of
from bhxh_cli.render import OutputFormat


class Kind(StrEnum):
    """What `bhxh contribution` prices: a voluntary participant or a household's cards."""

    VOLUNTARY = "voluntary"
    HOUSEHOLD = "household"


class CategoryChoice(StrEnum):
    """The categories of state support for voluntary participants."""

    POOR = "poor"
    NEAR_POOR = "near-poor"
    ETHNIC_MINORITY = "ethnic-minority"
    OTHER = "other"


PolicyOption = Annotated[
    str | None,
    typer.Option(
        "--policy",
        metavar="FILE",
        help="Policy file of dated parameters. Default: $BHXH_POLICY, then the copy shipped "
        "with bhxh.",
        show_default=False,
        rich_help_panel=DATA,
    ),
]

MixOption = Annotated[
    str | None,
    typer.Option(
        "--mix",
        metavar="MIX",
        help="Voluntary participants by category, e.g. poor=10%,near-poor=20%; the rest "
        "other. Default: everyone other, with the range of the categories.",
        show_default=False,
        rich_help_panel=COSTS,
    ),
]


def contribution(
    ctx: typer.Context,
    kind: Annotated[
        Kind, typer.Argument(help="voluntary (social insurance) or household (health cards).")
    ],
    *,
    income: Annotated[
        str | None,
        typer.Option(
            "--income",
            metavar="N",
            help="voluntary: the monthly income chosen, in đồng. Default: the lowest, the "
            "rural poverty line.",
            show_default=False,
            rich_help_panel=COSTS,
        ),
    ] = None,
    category: Annotated[
        CategoryChoice,
        typer.Option(
            "--category",
            help="voluntary: who the state supports, and how much.",
            rich_help_panel=COSTS,
        ),
    ] = CategoryChoice.OTHER,
    members: Annotated[
        str | None,
        typer.Option(
            "--members",
            metavar="K",
            help="household: members with a card.",
            show_default=False,
            rich_help_panel=COSTS,
        ),
    ] = None,
    on: Annotated[
        str | None,
        typer.Option(
            "--on",
            metavar="DATE",
            help="The day whose rules apply (DD/MM/YYYY or YYYY-MM-DD). Default: today.",
            show_default=False,
            rich_help_panel=SELECTION,
        ),
    ] = None,
    fmt: FormatOption = OutputFormat.TABLE,
    output: OutputOption = None,
    excel: ExcelOption = False,
    policy: PolicyOption = None,
) -> None:
    """A voluntary participant's or a household's contribution, the state's support and what
    they pay, a month and a year, with the rules and their sources.

    **Examples**

    ```
    bhxh contribution voluntary --income 1500000 --category near-poor --on 2026-06-01
    bhxh contribution household --members 4 --on 2026-06-01
    ```
    """
    from bhxh_cli.cli.costs_request import contribution_result

    settings = settings_of(ctx)
    with reporting_errors(settings):
        result = contribution_result(
            kind.value,
            income=income,
            category=category.value,
            members=members,
            on=on,
            policy_file=policy,
        )
        emit(result, fmt, settings, output, excel=excel)


def budget(
    ctx: typer.Context,
    *,
    province: ProvinceOption = None,
    period: Annotated[
        str,
        typer.Option(
            "--period",
            help="The period: 2026, 2026-H2, 2026-Q3, 2026-07 or 2026-07-01/2026-12-31.",
            callback=period_spelling,
            rich_help_panel=SELECTION,
        ),
    ],
    new: Annotated[
        list[str] | None,
        typer.Option(
            "--new",
            metavar="SCHEME=N",
            help="New participants of a scheme (bhxh_tu_nguyen, bhyt_ho_gia_dinh). Repeat.",
            show_default=False,
            rich_help_panel=COSTS,
        ),
    ] = None,
    campaign: Annotated[
        str | None,
        typer.Option(
            "--campaign",
            metavar="ID",
            help="The quotas of a campaign of the data file, as the new participants.",
            show_default=False,
            autocompletion=complete_campaigns,
            rich_help_panel=COSTS,
        ),
    ] = None,
    mix: MixOption = None,
    months: Annotated[
        str | None,
        typer.Option(
            "--months",
            metavar="M",
            help="Months each contributes: the period's last M. Default: all its months.",
            show_default=False,
            rich_help_panel=COSTS,
        ),
    ] = None,
    household_size: Annotated[
        str | None,
        typer.Option(
            "--household-size",
            metavar="K",
            help="Members of each household buying cards (default 1: each the first member).",
            show_default=False,
            rich_help_panel=COSTS,
        ),
    ] = None,
    fmt: FormatOption = OutputFormat.TABLE,
    output: OutputOption = None,
    excel: ExcelOption = False,
    data: DataOption = None,
    policy: PolicyOption = None,
) -> None:
    """The support budget of new participants over a period: the state's, the province's and
    the participants' own payments, by category, month by month where a parameter changes.

    **Examples**

    ```
    bhxh budget -p can-tho --period 2026 --new bhxh_tu_nguyen=415
    bhxh budget -p can-tho --period 2026 --new bhxh_tu_nguyen=415 --mix poor=10%,near-poor=20%
    bhxh budget -p hau-giang --period 2026-H2 --new bhyt_ho_gia_dinh=800 --household-size 4
    ```
    """
    from bhxh_cli.cli.costs_request import BudgetOptions, budget_result

    settings = settings_of(ctx)
    with reporting_errors(settings):
        options = BudgetOptions(
            province, period, tuple(new or ()), campaign, mix, months, household_size
        )
        emit(budget_result(options, data, policy), fmt, settings, output, excel=excel)
