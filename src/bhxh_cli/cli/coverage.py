"""bhxh coverage and bhxh provinces."""

from __future__ import annotations

import typer

from bhxh_cli.cli.options import (
    AsOfOption,
    DataOption,
    FormatOption,
    MergedOption,
    PeriodOption,
    ProvinceOption,
)
from bhxh_cli.cli.output import emit, parse_date, reporting_errors, settings_of
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
    from bhxh_cli.coverage import all_coverage, merged_coverage, unit_coverage
    from bhxh_cli.datafile import load
    from bhxh_cli.domain.units import resolve
    from bhxh_cli.errors import UsageError
    from bhxh_cli.messages import Message

    settings = settings_of(ctx)
    with reporting_errors(settings):
        day = parse_date(as_of, "--as-of")
        dataset = load(data)
        if province is None:
            if period is not None or merged:
                option = "--period" if period is not None else "--merged"
                raise UsageError(
                    Message("option.needs_province", option=option),
                    hint=Message("option.needs_province.hint"),
                )
            emit(all_coverage(dataset.data, day), fmt, settings)
            return
        ref = resolve(dataset.data, province)
        if merged:
            report = merged_coverage(dataset.data, ref, day, period)
        else:
            report = unit_coverage(ref, day, period)
        emit(report, fmt, settings)


def provinces(
    ctx: typer.Context, fmt: FormatOption = OutputFormat.TABLE, data: DataOption = None
) -> None:
    """List provinces with their sub-units, snapshot dates and target periods.

    **Examples**

    ```
    bhxh provinces
    bhxh provinces --format json
    ```
    """
    from bhxh_cli.datafile import load
    from bhxh_cli.provinces import list_provinces

    settings = settings_of(ctx)
    with reporting_errors(settings):
        dataset = load(data)
        emit(list_provinces(dataset.data, dataset.path), fmt, settings)
