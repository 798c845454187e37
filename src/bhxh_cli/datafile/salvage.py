"""What of a file that fails the schema can still be checked, and where a campaign is wrong.

When the whole file fails the schema, each province and each campaign is validated on its own,
with each value that fails left out, so that the checks of the figures and of the campaigns
still run on the rest (the schema problems are already reported). A campaign's own checks
(`model.Campaign`) fail the campaign as a whole; `campaign_key` names the key such a failure is
about, so that it is reported there and only that key is left out.
"""

from __future__ import annotations

import copy
from typing import Any

from pydantic import BaseModel, ValidationError

from bhxh_cli.datafile import model
from bhxh_cli.datafile.document import KeyPath
from bhxh_cli.domain.data import DataFile, Unit, from_validated
from bhxh_cli.domain.plans import Campaign
from bhxh_cli.messages import Message

# Keys an entry cannot stand without; a bad one takes its enclosing key with it.
_REQUIRED = frozenset({"name", "as_of", "period"})
# The inside of a target's goal: a bad one takes the whole goal with it.
_GOAL = frozenset({"rate", "total", "new"})
_SALVAGE_ROUNDS = 8

# A campaign's own checks, by message, and the keys each is about. The problem is reported at
# the first the campaign has, and all it has are left out to check the rest.
_CAMPAIGN_KEYS: dict[str, tuple[str, ...]] = {
    "campaign.needs_start": ("end", "days"),
    "campaign.end_or_days": ("days",),
    "campaign.days_zero": ("days",),
    "campaign.order": ("end",),
    "request.needs_staff": ("per_staff",),
    "request.needs_per_staff": ("staff",),
    "request.needs_province": ("per_unit", "split"),
    "request.split_only": ("min", "max", "weight"),
    "request.min_above_max": ("min", "max"),
}


def campaign_keys(message: Message, campaign: Any) -> list[KeyPath]:
    """The keys of a campaign's mapping that a problem of a campaign's own check is about;
    none for the campaign as a whole (no quota at all)."""
    if message.key == "request.scheme_twice":  # the second way of giving the scheme
        values = dict(message.values)
        return [(str(values["second"]), str(values["scheme"]))]
    written = campaign if isinstance(campaign, dict) else {}
    return [(key,) for key in _CAMPAIGN_KEYS.get(message.key, ()) if key in written]


def salvaged_file(raw: Any) -> DataFile | None:
    """The provinces and campaigns that pass the schema on their own, once mended."""
    if not isinstance(raw, dict) or not isinstance(raw.get("provinces"), dict):
        return None
    provinces = {slug: _salvaged(model.Unit, unit) for slug, unit in raw["provinces"].items()}
    written = raw.get("campaigns")
    campaigns = written if isinstance(written, dict) else {}
    kept = {slug: _salvaged(model.Campaign, campaign) for slug, campaign in campaigns.items()}
    return DataFile(
        version=1,
        provinces={slug: unit for slug, unit in provinces.items() if isinstance(unit, Unit)},
        campaigns={slug: c for slug, c in kept.items() if isinstance(c, Campaign)},
    )


def _salvaged(schema: type[BaseModel], entry: Any) -> object:
    """An entry with each value that fails the schema left out. List items are never removed,
    as the checks place their problems by index; an entry that cannot be mended this way is
    left out whole (None)."""
    pruned = copy.deepcopy(entry)
    for _ in range(_SALVAGE_ROUNDS):
        try:
            return from_validated(schema.model_validate(pruned))
        except ValidationError as exc:
            wrong = [loc for error in exc.errors() for loc in _locs(error, pruned)]
            if not wrong or not all(_prune(pruned, loc) for loc in wrong):
                return None
    return None


def _locs(error: Any, entry: Any) -> list[KeyPath]:
    loc = tuple(error["loc"])
    own = (error.get("ctx") or {}).get("message")
    if not loc and isinstance(own, Message):  # a campaign's own check
        return campaign_keys(own, entry)
    return [loc]


def _prune(node: Any, loc: KeyPath) -> bool:
    """Delete the deepest mapping key on `loc` that may go; False when none may."""
    steps: list[tuple[dict[str, Any], str]] = []
    for part in loc:
        if isinstance(node, dict) and part in node:
            steps.append((node, str(part)))
        _, node = step(node, part)
    for container, key in reversed(steps):
        if key not in _REQUIRED and key not in _GOAL:
            del container[key]
            return True
    return False


def step(node: Any, part: str | int) -> tuple[bool, Any]:
    """Go one step down the document, if `part` names something there."""
    if isinstance(node, dict) and part in node:
        return True, node[part]
    if isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
        return True, node[part]
    return False, node
