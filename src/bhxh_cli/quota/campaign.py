"""A campaign of the data file as a quota request, and the days of a plan.

A campaign names its units by slug. A name or a code that is no slug of the file, but that the
administrative registry finds as a unit of the file carrying that code ("Thị xã Long Mỹ",
"937"), is taken as that unit, as `--province` takes it (`validate` warns with the slug to
write, rule `campaign-unit-name`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from bhxh_cli.domain.data import DataFile
from bhxh_cli.domain.plans import Campaign
from bhxh_cli.domain.units import UnitRef, all_units, find_path, resolve
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
    campaign = with_slugs(find_campaign(data, campaign_id), registry_names(data, campaign_id))
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


@dataclass(frozen=True)
class RegistryName:
    """A unit a campaign names by what is no slug path of the file (`province`, or a key of
    `staff`), with the units of the file the registry finds for it."""

    campaign: str
    field: str  # "province" or "staff"
    typed: str
    found: tuple[UnitRef, ...]


def registry_names(data: DataFile, campaign_id: str) -> list[RegistryName]:
    """Each unit the campaign names that is no slug of the file, with the units the registry
    finds for it: for the province, any unit of the file whose code is that of a registry unit
    of that name (or that code); for a staff key, such a sub-unit of the province. Nothing is
    loaded when every unit is named by its slug."""
    campaign = data.campaigns[campaign_id]
    if campaign.province is None:
        return []
    named: list[RegistryName] = []
    place = find_path(data, campaign.province)
    if place is None:
        found: tuple[UnitRef, ...] = ()
        if any(ref.unit.code for ref in all_units(data)):  # else the registry has nothing to say
            from bhxh_cli.registry.lookup import resolve_by_registry

            found = tuple(resolve_by_registry(data, campaign.province))
        named.append(RegistryName(campaign_id, "province", campaign.province, found))
        place = found[0] if len(found) == 1 else None
    staff = campaign.staff if isinstance(campaign.staff, dict) else {}
    if place is None:
        return named
    for sub in staff:
        if sub not in place.unit.units:
            found = ()
            if any(unit.code for unit in place.unit.units.values()):
                from bhxh_cli.registry.lookup import children_by_registry

                found = tuple(children_by_registry(place, sub))
            named.append(RegistryName(campaign_id, "staff", sub, found))
    return named


def with_slugs(campaign: Campaign, named: list[RegistryName]) -> Campaign:
    """The campaign with each name the registry finds one unit for replaced by its slug (a
    staff key whose slug the campaign already names stays as written: two counts for one unit
    are the file's fault, never added up)."""
    found = {(n.field, n.typed): n.found[0] for n in named if len(n.found) == 1}
    province = found.get(("province", campaign.province or ""))
    staff = campaign.staff
    if isinstance(staff, dict):
        slugs = [found[("staff", key)].slug if ("staff", key) in found else key for key in staff]
        if len(set(slugs)) == len(slugs):
            staff = dict(zip(slugs, staff.values(), strict=True))
    return replace(campaign, province=province.path if province else campaign.province, staff=staff)


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
