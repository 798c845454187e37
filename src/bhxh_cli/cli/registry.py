"""bhxh init, and what `bhxh provinces --registry` lists: the administrative registry."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Annotated

import typer

from bhxh_cli.cli.options import SELECTION
from bhxh_cli.cli.output import Settings, emit, parse_date, reporting_errors, settings_of
from bhxh_cli.render import OutputFormat

OnOption = Annotated[
    str | None,
    typer.Option(
        "--on",
        help="The day whose map is used: 63 provinces and their districts before 2025-07-01, "
        "34 and their communes from then (DD/MM/YYYY or YYYY-MM-DD). Default: today.",
        show_default=False,
        rich_help_panel=SELECTION,
    ),
]


class InitLevel(StrEnum):
    """What `bhxh init` lists under the province: communes (from 2025-07-01) or districts."""

    COMMUNES = "communes"
    DISTRICTS = "districts"


def init(
    ctx: typer.Context,
    province: Annotated[
        str,
        typer.Argument(
            help="The province: slug, name (with or without diacritics) or code.",
            show_default=False,
        ),
    ],
    on: OnOption = None,
    level: Annotated[
        InitLevel | None,
        typer.Option(
            "--level",
            help="What to list under the province: communes (the map from 2025-07-01) or "
            "districts (before). Default: what the map of --on is made of.",
            show_default=False,
            rich_help_panel=SELECTION,
        ),
    ] = None,
) -> None:
    """Write a starting data file for a province on stdout: every unit with its code.

    The province with every district or commune of the map in force on --on, a commented
    example snapshot and target, and the old provinces a new one was formed from, merged into
    it on 2025-07-01. The file validates clean as written.

    **Examples**

    ```
    bhxh init can-tho > can-tho.yaml
    bhxh init hau-giang --on 2025-06-30 > hau-giang.yaml
    ```
    """
    from bhxh_cli.cli import streams
    from bhxh_cli.registry.starter import starter
    from bhxh_cli.render.starter import starter_yaml

    settings = settings_of(ctx)
    with reporting_errors(settings):
        day = parse_date(on, "--on") or date.today()
        start = starter(province, day, level.value if level else None)
    streams.write(starter_yaml(start, settings.lang()), utf8=True)


def list_registry(
    settings: Settings, province: str | None, on: str | None, fmt: OutputFormat
) -> None:
    """`bhxh provinces --registry`: the provinces of the map of --on, or one's sub-units."""
    from bhxh_cli.registry.listing import registry_provinces, registry_sub_units
    from bhxh_cli.registry.model import load_registry
    from bhxh_cli.registry.starter import chosen_province

    with reporting_errors(settings):
        day = parse_date(on, "--on") or date.today()
        registry = load_registry()
        if province is None:
            emit(registry_provinces(registry, day), fmt, settings)
            return
        chosen = chosen_province(province, day, registry)
        emit(registry_sub_units(registry, chosen, day), fmt, settings)


def needs_registry(option: str, settings: Settings) -> None:
    """--on and -p of `bhxh provinces` are for the registry's listing only."""
    from bhxh_cli.errors import UsageError
    from bhxh_cli.messages import Message

    with reporting_errors(settings):
        raise UsageError(Message("registry.needs_registry", option=option))
