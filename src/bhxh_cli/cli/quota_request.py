"""The quota options as typed (SCHEME=N, UNIT=N or N strings), checked and made a request.

Kept apart from cli/quota.py, which only declares the options: the quota command imports this
module when it runs, so that start-up loads none of it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TypeVar

from bhxh_cli.cli.output import parse_count, parse_scheme
from bhxh_cli.domain.data import DataFile
from bhxh_cli.domain.schemes import Scheme
from bhxh_cli.domain.weight import Weight
from bhxh_cli.errors import UsageError
from bhxh_cli.messages import Message
from bhxh_cli.quota.campaign import campaign_request, plan_days
from bhxh_cli.quota.days import DaysOff, campaign_days
from bhxh_cli.quota.invariants import Asked, Invariant, Spelling, broken_invariant
from bhxh_cli.quota.plan import QuotaRequest, SplitOptions

Value = TypeVar("Value")


@dataclass(frozen=True)
class QuotaOptions:
    """The quota options as typed: SCHEME=N, UNIT=N or N strings, and the split's bounds."""

    province: str | None = None
    staff: tuple[str, ...] = ()
    per_staff: tuple[str, ...] = ()
    per_unit: tuple[str, ...] = ()
    split: tuple[str, ...] = ()
    minimum: int | None = None
    maximum: int | None = None
    weight: Weight | None = None

    def any_given(self) -> bool:
        return self != QuotaOptions()


@dataclass(frozen=True)
class DayOptions:
    """--start with --end (both included) or --days."""

    start: date | None = None
    end: date | None = None
    days: int | None = None
    off: DaysOff = field(default_factory=DaysOff)  # --skip-weekdays and --holidays

    def any_given(self) -> bool:
        return (self.start, self.end, self.days) != (None, None, None)


def build_request(
    data: DataFile, campaign: str | None, options: QuotaOptions, days: DayOptions
) -> QuotaRequest:
    """A campaign's request (its days replaced by any given), or one made of the options."""
    if campaign is None:
        request = options_request(options)
    elif options.any_given():
        raise UsageError(
            Message("quota.campaign_own", campaign=campaign),
            hint=Message("quota.campaign_own.hint"),
        )
    else:
        request = campaign_request(data, campaign)
    if days.any_given():
        # A campaign's own first day stands when only --end or --days is given.
        start = days.start or (request.days[0] if request.days else None)
        if start is None and campaign is not None:
            start = data.campaigns[campaign].start
        request = replace(request, days=option_days(start, days))
    if days.off != DaysOff():
        if not request.days:
            raise UsageError(
                Message("plan.off_needs_days"), hint=Message("plan.off_needs_days.hint")
            )
        kept, skipped = campaign_days(request.days, days.off)
        request = replace(request, days=kept, skipped=skipped)
    return request


def option_days(start: date | None, days: DayOptions) -> tuple[date, ...]:
    """The days of a plan from `start` and --end or --days."""
    if start is None:
        hint = Message("hint.option", option="--start YYYY-MM-DD")
        raise UsageError(Message("plan.needs_start"), hint=hint)
    if days.end is not None and days.days is not None:
        raise UsageError(Message("plan.end_or_days"))
    if days.end is None and days.days is None:
        raise UsageError(Message("plan.needs_end"))
    return plan_days(start, days.end, days.days)


# The fields of a request, as options: a campaign's key as a flag (min: --min, per_staff:
# --per-staff).
OPTIONS = Spelling.of(lambda key: "--" + key.replace("_", "-"))

# What to type to mend a broken invariant, where one option does it.
HINTS: dict[Invariant, Message] = {
    "no_quota": Message("quota.no_quota.hint"),
    "needs_staff": Message("hint.option", option="--staff N"),
    "needs_per_staff": Message("hint.option", option="--per-staff SCHEME=N"),
    "needs_province": Message("hint.option", option="--province P"),
}


def options_request(options: QuotaOptions) -> QuotaRequest:
    """The request the quota options make, once they keep the invariants of every request."""
    per_staff = parse_schemes(options.per_staff, OPTIONS.per_staff)
    per_unit = parse_schemes(options.per_unit, OPTIONS.per_unit)
    split = parse_schemes(options.split, OPTIONS.split)
    asked = Asked(
        per_staff,
        per_unit,
        split,
        staff=bool(options.staff),
        province=bool(options.province),
        min=options.minimum,
        max=options.maximum,
        weight=options.weight is not None,
    )
    broken = broken_invariant(asked, OPTIONS)
    if broken:
        raise UsageError(broken.message, hint=HINTS.get(broken.invariant))
    return QuotaRequest(
        province=options.province,
        staff=parse_staff(options.staff),
        per_staff=per_staff,
        per_unit=per_unit,
        split=split,
        split_options=SplitOptions(
            options.weight or Weight.POPULATION, options.minimum or 0, options.maximum
        ),
    )


def parse_schemes(values: tuple[str, ...], option: str) -> dict[Scheme, int]:
    """SCHEME=N pairs, e.g. bhxh_tu_nguyen=1 or bhxhtn=1, each scheme once."""
    counts: dict[Scheme, int] = {}
    pairs: dict[str, int] = parse_pairs(values, option)
    for name, count in pairs.items():
        scheme = parse_scheme(name, option)
        if scheme in counts:
            raise UsageError(Message("option.twice", option=option, name=scheme.value))
        counts[scheme] = count
    return counts


def parse_pairs(
    values: tuple[str, ...],
    option: str,
    read: Callable[[str, str], Value] = parse_count,  # type: ignore[assignment]
) -> dict[str, Value]:
    """NAME=N pairs, each name once; N read by `read` (a count unless told)."""
    pairs: dict[str, Value] = {}
    for value in values:
        name, sep, count = value.partition("=")
        if not sep or not name.strip() or not count.strip():
            raise UsageError(
                Message("option.bad_pair", option=option, value=repr(value)),
                hint=Message("option.bad_pair.hint", option=option),
            )
        if name.strip() in pairs:
            raise UsageError(Message("option.twice", option=option, name=name.strip()))
        pairs[name.strip()] = read(count, f"{option} {name.strip()}")
    return pairs


def parse_staff(values: tuple[str, ...]) -> int | dict[str, int] | None:
    """--staff 184 (the whole office) or --staff UNIT=N repeated (each unit's staff)."""
    if not values:
        return None
    if len(values) == 1 and "=" not in values[0]:
        return parse_count(values[0], "--staff")
    return parse_pairs(values, "--staff")


def days_off(skip_weekdays: str | None, holidays: str | None) -> DaysOff:
    """--skip-weekdays sun and --holidays FILE as the days a plan leaves out."""
    from pathlib import Path

    from bhxh_cli.datafile.files import read_text
    from bhxh_cli.quota.days import read_holidays, read_weekdays

    weekdays = read_weekdays(skip_weekdays) if skip_weekdays is not None else frozenset()
    listed = read_holidays(read_text(Path(holidays)), holidays) if holidays else frozenset()
    return DaysOff(weekdays, listed)
