"""bhxh coverage and bhxh provinces."""

from __future__ import annotations

from typing import Annotated

import typer

from bhxh_cli.cli.options import (
    SELECTION,
    AsOfOption,
    DataOption,
    DepthOption,
    FormatOption,
    MergedOption,
    PeriodOption,
    ProvinceOption,
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
from bhxh_cli.cli.registry import OnOption
from bhxh_cli.render import OutputFormat


def coverage(
    ctx: typer.Context,
    *,
    province: ProvinceOption = None,
    as_of: AsOfOption = None,
    period: PeriodOption = None,
    fmt: FormatOption = OutputFormat.TABLE,
    data: DataOption = None,
    merged: MergedOption = False,
    by_unit: Annotated[
        bool,
        typer.Option(
            "--by-unit",
            help="A row per sub-unit (and the unit's own total), a column group per scheme.",
            rich_help_panel=SELECTION,
        ),
    ] = False,
    depth: DepthOption = None,
    sort: Annotated[
        str | None,
        scheme_option(
            "--sort",
            "With --by-unit: the scheme whose % of target orders the sub-units, lowest first. "
            "Default: the first scheme with a target.",
        ),
    ] = None,
) -> None:
    """Coverage rate, target, people required and gap of a province or unit.

    Without --province, one summary row per province. Each scheme is measured against its own
    target period (the shortest containing the snapshot date) unless --period names one.

    **Examples**

    ```
    bhxh coverage --province vinh-long
    bhxh coverage -p "Thới Lai" --as-of 2024-04-30 --format json
    bhxh coverage -p can-tho --merged
    bhxh coverage -p can-tho --by-unit --sort bhyt
    ```
    """
    from bhxh_cli.coverage.report import all_coverage, merged_coverage, unit_coverage
    from bhxh_cli.datafile import load
    from bhxh_cli.domain.units import resolve
    from bhxh_cli.errors import UsageError
    from bhxh_cli.messages import Message

    settings = settings_of(ctx)
    with reporting_errors(settings):
        day = parse_date(as_of, "--as-of")
        check_period(period)
        levels = optional_count(depth, "--depth", least=1)
        dataset = load(data)
        if province is None:
            needing = {"--period": period is not None, "--merged": merged}
            needing |= {"--by-unit": by_unit or levels is not None}
            if any(needing.values()):
                option = next(name for name, given in needing.items() if given)
                raise UsageError(
                    Message("option.needs_province", option=option),
                    hint=Message("option.needs_province.hint"),
                )
            emit(all_coverage(dataset.data, day), fmt, settings)
            return
        ref = resolve(dataset.data, province)
        if by_unit or levels is not None:
            from bhxh_cli.coverage.by_unit import coverage_by_unit

            if merged:  # a merged province's members have no sub-units in common
                option = "--by-unit" if by_unit else "--depth"
                raise UsageError(Message("option.not_together", option=option, other="--merged"))

            table = coverage_by_unit(
                ref,
                day,
                period,
                depth=levels or 1,
                sort=parse_scheme(sort, "--sort") if sort else None,
            )
            emit(table, fmt, settings)
            return
        if merged:
            report = merged_coverage(dataset.data, ref, day, period)
        else:
            report = unit_coverage(ref, day, period)
        emit(report, fmt, settings)


def provinces(
    ctx: typer.Context,
    *,
    fmt: FormatOption = OutputFormat.TABLE,
    data: DataOption = None,
    registry: Annotated[
        bool,
        typer.Option(
            "--registry",
            help="The provinces of the administrative registry on --on, with the old provinces "
            "each was formed from; with -p, one province's communes (or districts).",
            rich_help_panel=SELECTION,
        ),
    ] = False,
    on: OnOption = None,
    province: Annotated[
        str | None,
        typer.Option(
            "--province",
            "-p",
            help="With --registry: the province whose communes or districts to list.",
            show_default=False,
            rich_help_panel=SELECTION,
        ),
    ] = None,
) -> None:
    """List provinces with their sub-units, snapshot dates and target periods.

    With --registry, the provinces of the administrative registry instead: the 34 of the map
    in force from 2025-07-01, or the 63 before it.

    **Examples**

    ```
    bhxh provinces
    bhxh provinces --format json
    bhxh provinces --registry --on 2025-07-01
    bhxh provinces --registry --on 2025-06-30 -p hau-giang
    ```
    """
    from bhxh_cli.cli.registry import list_registry, needs_registry
    from bhxh_cli.datafile import load
    from bhxh_cli.provinces import list_provinces

    settings = settings_of(ctx)
    if registry:
        list_registry(settings, province, on, fmt)
        return
    if on is not None or province is not None:
        needs_registry("--on" if on is not None else "--province", settings)
    with reporting_errors(settings):
        dataset = load(data)
        emit(list_provinces(dataset.data, dataset.path), fmt, settings)
