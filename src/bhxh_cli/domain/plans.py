"""What a data file plans, as plain frozen dataclasses: targets and their goals, a province's
own top-ups of the state's support, and campaigns with their quotas (`data.py` holds the units
and snapshots they belong to). Loaded by the commands that read plans, never by an import.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Literal

from bhxh_cli.domain.data import SCHEME_KEYS, SchemeCounts, quota_ways
from bhxh_cli.domain.periods import Period
from bhxh_cli.domain.schemes import Scheme
from bhxh_cli.domain.weight import Weight


@dataclass(frozen=True)
class Goal:
    """One scheme's target: a rate of the denominator, a stock total, or a flow of new people."""

    rate: Decimal | None = None
    total: int | None = None
    new: int | None = None

    @property
    def kind(self) -> Literal["rate", "total", "new"]:
        """Which of rate, total or new the goal sets: the file gives exactly one (goal-kind)."""
        if self.rate is not None:
            return "rate"
        return "total" if self.total is not None else "new"


@dataclass(frozen=True)
class Target:
    """Goals for one period; several entries may share a period."""

    period: Period
    name: str | None = None
    source: str | None = None
    note: str | None = None
    bhxh: Goal | None = None
    bhxh_bat_buoc: Goal | None = None
    bhxh_tu_nguyen: Goal | None = None
    bhtn: Goal | None = None
    bhyt: Goal | None = None
    bhyt_ho_gia_dinh: Goal | None = None

    def goals(self) -> dict[Scheme, Goal]:
        """The schemes this target sets a goal for, in scheme order."""
        return {s: g for s, key in SCHEME_KEYS if (g := getattr(self, key)) is not None}


@dataclass(frozen=True)
class SupportTopUp:
    """A province's own support for voluntary participants of one category, on top of the
    state's: a percent of the contribution on the poverty line or an amount of đồng a month,
    in force from `from_` (the file's `from`) to `until`, by the council resolution `source`."""

    category: str
    from_: date
    source: str
    until: date | None = None
    percent: Decimal | None = None
    amount: int | None = None
    note: str | None = None

    def covers(self, day: date) -> bool:
        """Whether the top-up is in force on `day`."""
        return self.from_ <= day and (self.until is None or day <= self.until)


@dataclass(frozen=True, kw_only=True)
class SchemeQuotas(SchemeCounts):
    """People per scheme, e.g. {bhxh_tu_nguyen: 1, bhyt_ho_gia_dinh: 2}."""


@dataclass(frozen=True)
class Campaign:
    """A recruiting campaign: quotas per staff member, per unit or split from a total."""

    name: str
    province: str | None = None
    start: date | None = None
    end: date | None = None
    days: int | None = None
    staff: int | dict[str, int] | None = None
    per_staff: SchemeQuotas | None = None
    per_unit: SchemeQuotas | None = None
    split: SchemeQuotas | None = None
    min: int | None = None
    max: int | None = None
    weight: Weight | None = None
    source: str | None = None
    note: str | None = None

    def ways(self) -> dict[str, dict[Scheme, int]]:
        """The schemes the campaign gives under per_staff, per_unit and split, by way."""
        return quota_ways(self)
