"""A table as people read it: labels and formatted cells, independent of the output format."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Literal

from bhxh_cli.i18n import Lang

Tone = Literal["good", "bad"]


@dataclass(frozen=True)
class Column:
    """A column of a table: its label, whether it holds numbers (aligned right), and the group
    its label belongs under (a scheme's columns side by side; a workbook merges the group's
    header above them)."""

    label: str
    numeric: bool = False
    group: str | None = None


@dataclass(frozen=True)
class Bar:
    """A percentage drawn on a scale of 0 to 100, its target (in percent too) marked on it."""

    value: Decimal
    target: Decimal | None


@dataclass(frozen=True)
class Cell:
    """A cell as people read it: its text, bold or not, a good or bad tone, maybe a bar; and
    the exact value the text writes (a count, a percentage or a date), for a workbook to store
    as a number, and the number format that shows it in words when the text has more than the
    number (`+8,377 over`)."""

    text: str
    bold: bool = False
    tone: Tone | None = None
    bar: Bar | None = None
    value: int | Decimal | date | None = None
    percent: bool = False
    number_format: str | None = None


@dataclass(frozen=True)
class TableView:
    """A table: its title, columns and rows of cells, the notes under it and a total row."""

    title: str
    columns: list[Column]
    rows: list[list[Cell]]
    notes: list[str] = field(default_factory=list)
    total_row: list[Cell] | None = None


@dataclass(frozen=True)
class RenderOptions:
    """How to draw: language, terminal width, whether colour is wanted, and the time a file
    written says it was made (None: now)."""

    lang: Lang = "en"
    width: int = 100
    color: bool = False
    created: datetime | None = None
