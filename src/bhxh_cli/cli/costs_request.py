"""The cost options as typed, checked and made a request: kept apart from cli/costs.py so that
start-up loads none of it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from typing import TYPE_CHECKING, cast

from bhxh_cli.cli.output import check_period, optional_count, parse_count, parse_date
from bhxh_cli.cli.quota_request import parse_pairs, parse_schemes
from bhxh_cli.costs.budget import COSTED, Budget, BudgetRequest, cost
from bhxh_cli.costs.contribution import (
    HouseholdContribution,
    VoluntaryContribution,
    household_contribution,
    voluntary_contribution,
)
from bhxh_cli.costs.policy import load_policy
from bhxh_cli.costs.policy_model import CATEGORIES, Category
from bhxh_cli.datafile.limits import MAX_RATE_DECIMALS
from bhxh_cli.domain.schemes import Scheme
from bhxh_cli.errors import UsageError
from bhxh_cli.messages import Message

if TYPE_CHECKING:
    from bhxh_cli.domain.data import DataFile
    from bhxh_cli.domain.periods import Period


def contribution_result(
    kind: str,
    *,
    income: str | None,
    category: str,
    members: str | None,
    on: str | None,
    policy_file: str | None,
) -> VoluntaryContribution | HouseholdContribution:
    """The contribution the options ask for, at the rules of --on (default today)."""
    day = parse_date(on, "--on") or date.today()
    if kind == "household":
        if income is not None or category != "other":
            raise UsageError(Message("costs.household_options"))
        count = parse_count(members, "--members", least=1) if members is not None else None
        if count is None:
            raise UsageError(
                Message("costs.needs_members"), hint=Message("hint.option", option="--members K")
            )
        return household_contribution(load_policy(policy_file), day, count)
    if members is not None:
        raise UsageError(Message("costs.voluntary_options"))
    chosen = optional_count(income, "--income")
    return voluntary_contribution(load_policy(policy_file), day, cast(Category, category), chosen)


@dataclass(frozen=True)
class BudgetOptions:
    """The budget options as typed."""

    province: str | None
    period: str
    new: tuple[str, ...]
    campaign: str | None
    mix: str | None
    months: str | None
    household_size: str | None


def budget_result(options: BudgetOptions, data_file: str | None, policy_file: str | None) -> Budget:
    """The budget of the options: new participants typed, or a campaign's quotas."""
    from bhxh_cli.datafile import load
    from bhxh_cli.domain.periods import parse_period

    check_period(options.period)
    try:
        period = parse_period(options.period)
    except ValueError:
        raise UsageError(Message("period.bad_option", value=repr(options.period))) from None
    months = optional_count(options.months, "--months", least=1)
    size = optional_count(options.household_size, "--household-size", least=1) or 1
    mix = parse_mix(options.mix) if options.mix is not None else None
    policy = load_policy(policy_file)
    data = load(data_file).data
    if options.campaign is not None and options.new:
        raise UsageError(Message("costs.new_or_campaign"))
    province = options.province
    if options.campaign is not None:
        new, campaign_province = campaign_counts(data, options.campaign)
        if province is not None and campaign_province is not None:
            same_province(data, province, options.campaign, campaign_province)
        province = province or campaign_province
        if province is None:
            raise UsageError(Message("costs.needs_province", campaign=options.campaign))
    elif options.new:
        new = parse_schemes(options.new, "--new")
    else:
        raise UsageError(
            Message("costs.nothing"), hint=Message("hint.option", option="--new SCHEME=N")
        )
    if province is None:
        raise UsageError(
            Message("costs.needs_province_option"),
            hint=Message("hint.option", option="--province P"),
        )
    option = "--campaign" if options.campaign else "--new"
    request = budget_request(
        data,
        province,
        period,
        new,
        option,
        campaign=options.campaign,
        mix=mix,
        months=months,
        household_size=size,
    )
    return cost(policy, request)


def budget_request(
    data: DataFile,
    province: str,
    period: Period,
    new: dict[Scheme, int],
    option: str,
    *,
    campaign: str | None = None,
    mix: dict[Category, Fraction] | None = None,
    months: int | None = None,
    household_size: int = 1,
) -> BudgetRequest:
    """What to cost for `province` (a slug, path or name) over `period`: the new participants
    of schemes with a cost rule, the province's own top-ups from the data file."""
    from bhxh_cli.domain.units import resolve

    for scheme in new:
        if scheme not in COSTED:
            raise UsageError(
                Message("costs.not_costed", option=option, scheme=scheme.value),
                hint=Message("costs.not_costed.hint"),
            )
    if mix is not None and not new.get(Scheme.BHXH_TU_NGUYEN):
        raise UsageError(Message("costs.mix_without_voluntary"))
    place = resolve(data, province)
    top = data.provinces[place.path.split("/")[0]]
    return BudgetRequest(
        place=place.path,
        place_name=place.unit.name,
        period=period,
        new=new,
        top_ups=top.support,
        mix=mix,
        months=months,
        household_size=household_size,
        campaign=campaign,
    )


def campaign_counts(data: DataFile, campaign: str) -> tuple[dict[Scheme, int], str | None]:
    """The total quota of each scheme of a campaign, and the province it names."""
    from bhxh_cli.quota.campaign import campaign_request
    from bhxh_cli.quota.plan import plan_quotas

    request = campaign_request(data, campaign)
    return plan_quotas(data, request).totals(), request.province


def parse_mix(typed: str) -> dict[Category, Fraction]:
    """--mix poor=10%,near-poor=20%: the percent of the voluntary participants per category."""
    parts = tuple(part for part in typed.split(",") if part.strip())
    if not parts:
        raise UsageError(
            Message("costs.bad_mix", value=repr(typed)), hint=Message("costs.bad_mix.hint")
        )
    mix: dict[Category, Fraction] = {}
    for name, share in parse_pairs(parts, "--mix", read_percent).items():
        if name not in CATEGORIES:
            raise UsageError(
                Message("costs.unknown_category", name=repr(name)),
                hint=Message("costs.categories.hint"),
            )
        mix[name] = share
    return mix


def read_percent(value: str, option: str) -> Fraction:
    """A percent in ASCII digits, `10%`, `12.5` or `12.5%`, from 0 to 100, as written."""
    typed = value.strip().removesuffix("%")
    digits = typed.replace(".", "", 1)
    whole, _, decimals = typed.partition(".")
    if not (typed.isascii() and digits.isdigit() and whole and len(decimals) <= MAX_RATE_DECIMALS):
        raise UsageError(
            Message("costs.bad_percent", option=option, value=repr(value)),
            hint=Message("costs.bad_mix.hint"),
        )
    try:
        share = Fraction(Decimal(typed))
    except InvalidOperation:  # pragma: no cover - the digits were checked
        raise UsageError(Message("costs.bad_percent", option=option, value=repr(value))) from None
    if share > 100:
        raise UsageError(
            Message("costs.bad_percent", option=option, value=repr(value)),
            hint=Message("costs.bad_mix.hint"),
        )
    return share


def same_province(data: DataFile, typed: str, campaign: str, campaign_province: str) -> None:
    """--province with --campaign must be the campaign's own province: its quotas and its
    province's top-ups are costed together, never under another province's name."""
    from bhxh_cli.domain.units import resolve

    if resolve(data, typed).path != resolve(data, campaign_province).path:
        message = Message(
            "costs.other_province", province=typed, campaign=campaign, own=campaign_province
        )
        raise UsageError(message, hint=Message("costs.other_province.hint"))
