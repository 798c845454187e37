"""A campaign of the data file as a quota request, and the days of a plan."""

from __future__ import annotations

from datetime import date, timedelta

from bhxh_cli.domain.data import Campaign, DataFile
from bhxh_cli.domain.units import resolve
from bhxh_cli.domain.weight import Weight
from bhxh_cli.errors import QuotaError, UsageError
from bhxh_cli.messages import Message, close_matches
from bhxh_cli.quota.plan import QuotaRequest, SplitOptions

MAX_DAYS = 3660  # ten years of days: a plan longer than that is a typing mistake


def plan_days(start: date, end: date | None, days: int | None) -> tuple[date, ...]:
    """The days of a plan from `start` to `end`, both included, or `days` days from `start`:
    one of the two."""
    if end is not None:
        if end < start:
            raise UsageError(Message("plan.order", end=end, start=start))
        days = (end - start).days + 1
    if days is None:
        raise ValueError("a plan has an end or a number of days")
    if days > MAX_DAYS:
        raise UsageError(Message("plan.too_long", days=days, limit=MAX_DAYS))
    return tuple(start + timedelta(days=offset) for offset in range(days))


def campaign_request(data: DataFile, campaign_id: str) -> QuotaRequest:
    """The quota request a campaign of the file makes; it must name units of the file."""
    campaign = find_campaign(data, campaign_id)
    _check_units(data, campaign_id, campaign)
    ways = campaign.ways()
    return QuotaRequest(
        province=campaign.province,
        staff=campaign.staff,
        per_staff=ways["per_staff"],
        per_unit=ways["per_unit"],
        split=ways["split"],
        split_options=SplitOptions(
            campaign.weight or Weight.POPULATION, campaign.min or 0, campaign.max
        ),
        days=_campaign_days(campaign),
        campaign=campaign_id,
        name=campaign.name,
        source=campaign.source,
    )


def _campaign_days(campaign: Campaign) -> tuple[date, ...]:
    """A campaign's days, when it gives its start and its end or number of days."""
    if campaign.start is None or (campaign.end is None and campaign.days is None):
        return ()
    return plan_days(campaign.start, campaign.end, campaign.days)


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
                Message("quota.campaign_unit", campaign=campaign_id, detail=err.message),
                hint=Message("quota.campaign_unit.hint"),
            ) from None


def find_campaign(data: DataFile, campaign_id: str) -> Campaign:
    """The campaign of this id; a usage error with the closest ids when there is none."""
    if campaign_id in data.campaigns:
        return data.campaigns[campaign_id]
    known = list(data.campaigns)
    close = close_matches(campaign_id, known, most=3, cutoff=0.5)
    listed = tuple(close or known) or Message("quota.campaigns_none")
    raise UsageError(
        Message("quota.no_campaign", campaign=repr(campaign_id)),
        hint=Message("quota.campaigns.hint", campaigns=listed),
    )
