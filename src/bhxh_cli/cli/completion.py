"""Shell completion of province slugs, unit paths and campaign ids from the data file.

Completion must never fail loudly: a broken or missing data file simply completes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:
    from bhxh_cli.domain.data import DataFile


def _data_option(ctx: typer.Context | None) -> str | None:
    value = ctx.params.get("data") if ctx is not None else None
    return value if isinstance(value, str) else None


def _matching(candidates: Iterable[str], incomplete: str) -> list[str]:
    return [c for c in candidates if c.startswith(incomplete)]


def _data(ctx: typer.Context | None) -> DataFile | None:
    """The data file the command line names, or None when it cannot be read."""
    from bhxh_cli.datafile import load
    from bhxh_cli.errors import BhxhError

    try:
        return load(_data_option(ctx)).data
    except BhxhError:
        return None


def complete_units(ctx: typer.Context, incomplete: str) -> list[str]:
    """Province slugs and unit paths (can-tho/thoi-lai) that start with what was typed."""
    from bhxh_cli.domain.units import all_units

    data = _data(ctx)
    return _matching((ref.path for ref in all_units(data)), incomplete) if data else []


def complete_campaigns(ctx: typer.Context, incomplete: str) -> list[str]:
    """Campaign ids of the data file that start with what was typed."""
    data = _data(ctx)
    return _matching(data.campaigns, incomplete) if data else []
