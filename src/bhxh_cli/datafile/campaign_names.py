"""A campaign's units: its province and its staff's units must be units of the file.

Campaigns name units by slug. A name or a code that is no slug but that the administrative
registry finds as one unit of the file, carrying that code ("Thị xã Long Mỹ", "937"), is taken
as that unit (as `--province` takes it: `quota.campaign.registry_names`) and warned about with
the slug to write (`campaign-unit-name`): the slug does not depend on the registry shipped, a
name may. One the registry finds twice, or finds nothing for, is an error.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from bhxh_cli.datafile.rules import problem
from bhxh_cli.domain.units import find_path
from bhxh_cli.messages import Message

if TYPE_CHECKING:
    from bhxh_cli.datafile.checks import CheckContext
    from bhxh_cli.domain.plans import Campaign
    from bhxh_cli.errors import Problem
    from bhxh_cli.quota.campaign import RegistryName


def campaign_units(ctx: CheckContext) -> Iterator[Problem]:
    """A campaign's province and its staff's units must be units of the file, by slug or by a
    name the registry finds as one of them."""
    for slug, campaign in ctx.data.campaigns.items():
        if campaign.province is not None:
            yield from _units_of(ctx, slug, campaign)


def _all_slugs(ctx: CheckContext, campaign: Campaign) -> bool:
    place = find_path(ctx.data, campaign.province or "")
    staff = campaign.staff if isinstance(campaign.staff, dict) else {}
    return place is not None and all(sub in place.unit.units for sub in staff)


def _units_of(ctx: CheckContext, slug: str, campaign: Campaign) -> Iterator[Problem]:
    province = campaign.province or ""
    at = ("campaigns", slug)
    named: dict[tuple[str, str], RegistryName] = {}
    if not _all_slugs(ctx, campaign):
        from bhxh_cli.quota.campaign import registry_names

        named = {(n.field, n.typed): n for n in registry_names(ctx.data, slug)}
    place = find_path(ctx.data, province)
    if place is None:
        if ctx.in_document(province) is not None:  # it failed the schema: reported
            return
        through = named[("province", province)]
        yield from _named(ctx, through, (*at, "province"), key=False)
        if len(through.found) != 1:
            return
        place = through.found[0]
    staff = campaign.staff if isinstance(campaign.staff, dict) else {}
    slugs: dict[str, str] = {}
    for sub in staff:
        where = ctx.at((*at, "staff", sub), key=True)
        if sub in place.unit.units:
            own = sub
        elif ctx.in_document(f"{place.path}/{sub}") is not None:
            continue
        else:
            through = named[("staff", sub)]
            yield from _named(ctx, through, (*at, "staff", sub), key=True, province=place.path)
            if len(through.found) != 1:
                continue
            own = through.found[0].slug
        first = slugs.setdefault(own, sub)
        if first != sub:
            message = Message(
                "campaign.staff_twice", campaign=repr(slug), unit=own, first=repr(first)
            )
            yield problem(
                "campaign-unknown-unit", where, message, Message("campaign.staff_twice.hint")
            )


def _named(
    ctx: CheckContext,
    through: RegistryName,
    path: tuple[str, ...],
    *,
    key: bool,
    province: str = "",
) -> Iterator[Problem]:
    """The warning with the slug to write for a name the registry finds once; the error for
    one it finds twice or not at all."""
    where = ctx.at(path, key=key)
    campaign, typed = repr(through.campaign), repr(through.typed)
    if len(through.found) == 1:
        [found] = through.found
        written = found.slug if key else found.path
        message = Message("campaign.registry_name", campaign=campaign, unit=typed, path=found.path)
        hint = Message("campaign.registry_name.hint", field=through.field, slug=written)
        yield problem("campaign-unit-name", where, message, hint)
    elif through.found:
        paths = tuple(ref.path for ref in through.found)
        message = Message("campaign.registry_several", campaign=campaign, unit=typed, paths=paths)
        yield problem("campaign-unknown-unit", where, message, Message("unit.several.hint"))
    elif key:
        message = Message(
            "campaign.unknown_sub_unit", campaign=campaign, province=province, unit=typed
        )
        yield problem("campaign-unknown-unit", where, message, Message("hint.see_provinces"))
    else:
        message = Message("campaign.unknown_unit", campaign=campaign, unit=typed)
        yield problem(
            "campaign-unknown-unit", where, message, Message("campaign.unknown_unit.hint")
        )
