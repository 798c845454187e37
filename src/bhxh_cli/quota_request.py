"""Turning command-line options or a campaign of the data file into a quota request."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, replace
from datetime import date, timedelta

from bhxh_cli.domain import Campaign, DataFile
from bhxh_cli.errors import QuotaError, UsageError
from bhxh_cli.quota import QuotaRequest, SplitRule
from bhxh_cli.quota_rules import Weight
from bhxh_cli.schemes import Scheme
from bhxh_cli.units import resolve

MAX_DAYS = 3660  # ten years of days: a plan longer than that is a typing mistake


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

    def given(self) -> bool:
        return self != QuotaOptions()


@dataclass(frozen=True)
class DayOptions:
    """--start with --end (both included) or --days."""

    start: date | None = None
    end: date | None = None
    days: int | None = None

    def given(self) -> bool:
        return self != DayOptions()


def build_request(
    data: DataFile, campaign: str | None, options: QuotaOptions, days: DayOptions
) -> QuotaRequest:
    """A campaign's request (its days replaced by any given), or one made of the options."""
    if campaign is None:
        request = options_request(options)
    elif options.given():
        raise UsageError(
            f"campaign {campaign} carries its own quotas",
            hint="only --start, --end and --days may change a campaign's plan",
        )
    else:
        request = campaign_request(data, campaign)
    if days.given():
        request = replace(request, days=plan_days(days.start, days.end, days.days))
    return request


def options_request(options: QuotaOptions) -> QuotaRequest:
    ways = {
        "--per-staff": parse_schemes(options.per_staff, "--per-staff"),
        "--per-unit": parse_schemes(options.per_unit, "--per-unit"),
        "--split": parse_schemes(options.split, "--split"),
    }
    _check_ways(ways)
    _check_bounds(options, has_split=bool(ways["--split"]))
    if ways["--per-staff"] and not options.staff:
        raise UsageError("--per-staff needs the number of staff", hint="--staff N")
    if options.staff and not ways["--per-staff"]:
        raise UsageError("--staff counts who recruits --per-staff", hint="--per-staff SCHEME=N")
    return QuotaRequest(
        province=options.province,
        staff=parse_staff(options.staff),
        per_staff=ways["--per-staff"],
        per_unit=ways["--per-unit"],
        split=ways["--split"],
        rule=SplitRule(options.weight or Weight.POPULATION, options.minimum or 0, options.maximum),
    )


def _check_ways(ways: dict[str, dict[Scheme, int]]) -> None:
    if not any(ways.values()):
        raise UsageError(
            "nothing to make quotas of",
            hint="give --per-staff, --per-unit or --split SCHEME=N, or a campaign id",
        )
    for scheme in Scheme:
        used = [option for option, given in ways.items() if scheme in given]
        if len(used) > 1:
            raise UsageError(f"{scheme.value} is given twice: {' and '.join(used)}")


def _check_bounds(options: QuotaOptions, *, has_split: bool) -> None:
    low, high = options.minimum, options.maximum
    if not has_split and (low, high, options.weight) != (None, None, None):
        raise UsageError("--min, --max and --weight apply to --split only")
    if low is not None and high is not None and low > high:
        raise UsageError(f"--min {low} is above --max {high}")


def parse_schemes(values: tuple[str, ...], option: str) -> dict[Scheme, int]:
    """SCHEME=N pairs, e.g. bhxh_tu_nguyen=1, each scheme once."""
    counts = parse_pairs(values, option)
    unknown = [name for name in counts if name not in {s.value for s in Scheme}]
    if unknown:
        close = difflib.get_close_matches(unknown[0], [s.value for s in Scheme], n=1)
        raise UsageError(
            f"{option}: unknown scheme {unknown[0]!r}",
            hint=f"did you mean {close[0]}?" if close else "schemes: " + ", ".join(Scheme),
        )
    return {Scheme(name): count for name, count in counts.items()}


def parse_pairs(values: tuple[str, ...], option: str) -> dict[str, int]:
    pairs: dict[str, int] = {}
    for value in values:
        name, sep, count = value.partition("=")
        if not sep or not name.strip() or not count.strip().isdigit():
            raise UsageError(f"{option}: bad value {value!r}", hint=f"write {option} NAME=N")
        if name.strip() in pairs:
            raise UsageError(f"{option}: {name.strip()} is given twice")
        pairs[name.strip()] = int(count)
    return pairs


def parse_staff(values: tuple[str, ...]) -> int | dict[str, int] | None:
    """--staff 184 (the whole office) or --staff UNIT=N repeated (each unit's staff)."""
    if not values:
        return None
    if len(values) == 1 and values[0].strip().isdigit():
        return int(values[0])
    return parse_pairs(values, "--staff")


def plan_days(start: date | None, end: date | None, days: int | None) -> tuple[date, ...]:
    """The days of a plan, both ends included."""
    if start is None:
        raise UsageError("a day-by-day plan needs its first day", hint="--start YYYY-MM-DD")
    if end is not None and days is not None:
        raise UsageError("give --end or --days, not both")
    if end is None and days is None:
        raise UsageError("a day-by-day plan needs --end or --days")
    count = days if days is not None else ((end or start) - start).days + 1
    if count < 1:
        raise UsageError(f"the plan ends ({end}) before it starts ({start})")
    if count > MAX_DAYS:
        raise UsageError(f"a plan of {count} days is longer than {MAX_DAYS}")
    return tuple(start + timedelta(days=offset) for offset in range(count))


def campaign_request(data: DataFile, campaign_id: str) -> QuotaRequest:
    campaign = find_campaign(data, campaign_id)
    _check_units(data, campaign_id, campaign)
    ways = campaign.ways()
    has_days = campaign.start is not None and (campaign.end or campaign.days) is not None
    return QuotaRequest(
        province=campaign.province,
        staff=campaign.staff,
        per_staff=ways["per_staff"],
        per_unit=ways["per_unit"],
        split=ways["split"],
        rule=SplitRule(campaign.weight or Weight.POPULATION, campaign.min or 0, campaign.max),
        days=plan_days(campaign.start, campaign.end, campaign.days) if has_days else (),
        campaign=campaign_id,
        name=campaign.name,
        source=campaign.source,
    )


def _check_units(data: DataFile, campaign_id: str, campaign: Campaign) -> None:
    """A campaign naming a unit the file does not have is a fault of the data file."""
    prefix = f"{campaign.province}/" if campaign.province else ""
    named = [campaign.province] if campaign.province else []
    named += [prefix + unit for unit in campaign.staff] if isinstance(campaign.staff, dict) else []
    for path in named:
        try:
            resolve(data, path)
        except UsageError as err:
            raise QuotaError(
                f"campaign {campaign_id}: {err.message}", hint="fix the campaign in the data file"
            ) from None


def find_campaign(data: DataFile, campaign_id: str) -> Campaign:
    if campaign_id in data.campaigns:
        return data.campaigns[campaign_id]
    known = list(data.campaigns)
    close = difflib.get_close_matches(campaign_id, known, n=3, cutoff=0.5)
    listed = ", ".join(close or known) or "none in the data file"
    raise UsageError(f"no campaign {campaign_id!r}", hint=f"campaigns: {listed}")
