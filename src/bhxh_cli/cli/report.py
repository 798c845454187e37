"""bhxh report: a unit's progress as one HTML page for a meeting, and as PDF with --pdf."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from bhxh_cli.cli.completion import complete_campaigns
from bhxh_cli.cli.costs import MixOption, PolicyOption
from bhxh_cli.cli.options import (
    COSTS,
    OUTPUT,
    SELECTION,
    AsOfOption,
    DataOption,
    PeriodOption,
    RequiredProvinceOption,
)
from bhxh_cli.cli.output import check_period, parse_date, reporting_errors, settings_of

if TYPE_CHECKING:
    from pathlib import Path

    from bhxh_cli.domain.data import DataFile
    from bhxh_cli.progress.report import ProgressReport
    from bhxh_cli.render.table import RenderOptions

# The names Chromium is installed under, in the order they are looked for on PATH.
CHROMIUMS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
PRINT_SECONDS = 120


def report(
    ctx: typer.Context,
    *,
    province: RequiredProvinceOption,
    output: Annotated[
        str,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE.html",
            help="The page to write: a new file; an existing one is never overwritten.",
            show_default=False,
            rich_help_panel=OUTPUT,
        ),
    ],
    period: PeriodOption = None,
    as_of: AsOfOption = None,
    by_unit: Annotated[
        bool,
        typer.Option(
            "--by-unit",
            help="Add the sub-units, per scheme, laggards first.",
            rich_help_panel=SELECTION,
        ),
    ] = False,
    pdf: Annotated[
        bool,
        typer.Option(
            "--pdf",
            help="Also print the page to FILE.pdf with an installed Chromium.",
            rich_help_panel=OUTPUT,
        ),
    ] = False,
    campaign: Annotated[
        str | None,
        typer.Option(
            "--campaign",
            metavar="ID",
            help="Add what a campaign of the data file costs over the report's period: its "
            "quotas as new participants, as `bhxh budget --campaign` counts them. Default: no "
            "costs.",
            show_default=False,
            autocompletion=complete_campaigns,
            rich_help_panel=COSTS,
        ),
    ] = None,
    mix: MixOption = None,
    data: DataOption = None,
    policy: PolicyOption = None,
) -> None:
    """One page for a leaders' meeting: each scheme against its plan, with the counts beside
    every percentage, the pace, the figures before, the sub-units and the sources.

    The page needs nothing else: no script, no font or image from the network; it prints on
    A4 from any browser. The date it was made is today, or $SOURCE_DATE_EPOCH.

    **Examples**

    ```
    bhxh report -p can-tho --by-unit -o can-tho.html
    bhxh --lang vi report -p can-tho --period 2024 -o bao-cao.html --pdf
    ```
    """
    from pathlib import Path

    from bhxh_cli.cli.output import write_new_file
    from bhxh_cli.datafile import load
    from bhxh_cli.domain.units import resolve
    from bhxh_cli.errors import UsageError
    from bhxh_cli.messages import Message
    from bhxh_cli.progress.report import ProgressQuery, ProgressReport, unit_progress
    from bhxh_cli.render.report import report_page

    settings = settings_of(ctx)
    with reporting_errors(settings):
        day = parse_date(as_of, "--as-of")
        check_period(period)
        if Path(output).suffix.lower() not in (".html", ".htm"):
            raise UsageError(Message("report.needs_html", path=output))
        chromium = find_chromium(output) if pdf else None
        for option, given in (("--mix", mix), ("--policy", policy)):
            if given is not None and campaign is None:
                raise UsageError(Message("report.needs_campaign", option=option))
        dataset = load(data)
        query = ProgressQuery(day, period, 1 if by_unit else 0)
        result = unit_progress(dataset.data, resolve(dataset.data, province), query)
        if not isinstance(result, ProgressReport):
            raise UsageError(Message("report.one_period"))
        options = settings.render_options(to_file=True)
        costs = ""
        if campaign is not None:
            costs = campaign_costs(
                dataset.data, result, campaign, mix=mix, policy_file=policy, options=options
            )
        page = report_page(result, options, costs=costs)
        write_new_file(output, page.encode("utf-8"))
        if chromium is not None:
            print_pdf(chromium, Path(output))


def campaign_costs(
    data: DataFile,
    report: ProgressReport,
    campaign: str,
    *,
    mix: str | None,
    policy_file: str | None,
    options: RenderOptions,
) -> str:
    """The cost section of a campaign of the report's province, over the report's one period:
    the budget `bhxh budget --campaign` makes, drawn for the page."""
    from bhxh_cli.cli.costs_request import budget_request, campaign_counts, parse_mix
    from bhxh_cli.costs.budget import cost
    from bhxh_cli.costs.policy import load_policy
    from bhxh_cli.errors import UsageError
    from bhxh_cli.messages import Message
    from bhxh_cli.render.report.costs import cost_html

    shares = parse_mix(mix) if mix is not None else None
    unit = report.main.path
    new, province = campaign_counts(data, campaign)
    if province is not None and province != unit:
        raise UsageError(
            Message("report.campaign_elsewhere", campaign=campaign, province=province, unit=unit),
            hint=Message("report.campaign_elsewhere.hint", province=province),
        )
    periods = tuple(period.id for period in report.periods)
    if not periods:
        raise UsageError(Message("report.campaign_no_period", unit=unit))
    if len(periods) > 1:
        raise UsageError(
            Message("report.campaign_periods", unit=unit, periods=periods),
            hint=Message("hint.option", option=f"--period {periods[0]}"),
        )
    period = report.periods[0]
    request = budget_request(data, unit, period, new, "--campaign", campaign=campaign, mix=shares)
    policy = load_policy(policy_file)
    try:
        budget = cost(policy, request)
    except UsageError as err:  # a month the policy file does not cover
        raise UsageError(
            Message("report.cannot_cost", campaign=campaign, period=period.id, why=err.message),
            hint=err.hint,
        ) from None
    return cost_html(budget, options)


def find_chromium(page: str) -> str:
    """The Chromium on PATH; a usage error that says how to get one when there is none."""
    import shutil

    from bhxh_cli.errors import UsageError
    from bhxh_cli.messages import Message

    for name in CHROMIUMS:
        found = shutil.which(name)
        if found:
            return found
    raise UsageError(
        Message("report.no_chromium", names=CHROMIUMS),
        hint=Message("report.no_chromium.hint", path=page),
    )


# Chromium headless with no network of its own: no background requests, every host name
# unresolvable, so a page that asked for anything outside itself would show it.
OFFLINE_CHROMIUM = (
    "--headless",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--host-resolver-rules=MAP * ~NOTFOUND",
)


def print_pdf(chromium: str, page: Path) -> None:
    """`page` printed to a new PDF beside it by Chromium headless, offline: every host name
    unresolvable, a profile of its own, thrown away after."""
    import os
    import subprocess
    import tempfile

    from bhxh_cli.errors import BhxhError, UsageError
    from bhxh_cli.messages import Message

    target = page.with_suffix(".pdf")
    if target.exists():
        raise UsageError(
            Message("output.exists", path=str(target)), hint=Message("output.exists.hint")
        )
    with tempfile.TemporaryDirectory(prefix="bhxh-chromium-") as profile:
        command = [
            chromium,
            *OFFLINE_CHROMIUM,
            f"--user-data-dir={profile}",
            "--no-pdf-header-footer",
            f"--print-to-pdf={target}",
            page.resolve().as_uri(),
        ]
        if hasattr(os, "geteuid") and os.geteuid() == 0:  # Chromium refuses its sandbox to root
            command.insert(1, "--no-sandbox")
        try:
            done = subprocess.run(command, capture_output=True, timeout=PRINT_SECONDS, check=False)
            reason = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
            failed = done.returncode != 0 or not target.exists()
        except (OSError, subprocess.TimeoutExpired) as err:
            reason, failed = [str(err)], True
    if failed:
        target.unlink(missing_ok=True)
        raise BhxhError(Message("report.pdf_failed", path=str(page), reason=reason[0]))
