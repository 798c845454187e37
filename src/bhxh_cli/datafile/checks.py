"""Checks of the figures: what a file can get wrong even when every value has the right type.

Each check reads a `CheckContext` and yields problems; `CHECKS` lists them all and
`run_checks` runs them. A part of the format that brings its own rules (such as campaigns)
adds its rules to `rules.RULES` and its check functions to `CHECKS`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

from bhxh_cli.datafile.document import Document, KeyPath
from bhxh_cli.datafile.rules import problem
from bhxh_cli.datafile.twice import snapshots_twice
from bhxh_cli.domain.data import DataFile, Snapshot, Unit
from bhxh_cli.domain.schemes import DENOMINATOR, Denominator, Scheme
from bhxh_cli.domain.units import UnitRef, all_units, find_path
from bhxh_cli.errors import Position, Problem
from bhxh_cli.messages import Message, did_you_mean

if TYPE_CHECKING:
    from bhxh_cli.quota.apportion import Bound

# (part, whole): a part of a scheme's participants can never outnumber the whole.
PART_OF: tuple[tuple[Scheme, Scheme], ...] = (
    (Scheme.BHXH_BAT_BUOC, Scheme.BHXH),
    (Scheme.BHXH_TU_NGUYEN, Scheme.BHXH),
    (Scheme.BHYT_HO_GIA_DINH, Scheme.BHYT),
)


class Walked(NamedTuple):
    """The file's units as a caller walked them (`all_units`' order), with every snapshot of
    theirs and its counts, as `CheckContext.units`, `snapshots` and `figures` hold them."""

    units: list[UnitRef]
    snapshots: list[tuple[UnitRef, int, Snapshot]]
    figures: list[dict[Scheme, int]]


@dataclass(frozen=True)
class CheckContext:
    """A file that passed the schema (or its provinces that did), the document it was read
    from (for positions), and the day taken as today."""

    data: DataFile
    document: Document
    today: date
    walked: Walked | None = None  # where the caller walked the units already

    @cached_property
    def units(self) -> list[UnitRef]:
        """Every unit of the file (`all_units`), walked once for all the checks."""
        return list(all_units(self.data)) if self.walked is None else self.walked.units

    @cached_property
    def snapshots(self) -> list[tuple[UnitRef, int, Snapshot]]:
        """Every snapshot of the file with its unit and its index there, made once for all
        the checks that read them; its place (`snapshot_path`) is made for a problem only."""
        if self.walked is not None:
            return self.walked.snapshots
        return [
            (ref, index, snapshot)
            for ref in self.units
            for index, snapshot in enumerate(ref.unit.actuals)
        ]

    @cached_property
    def figures(self) -> list[dict[Scheme, int]]:
        """Each snapshot's `counts()`, in the order of `snapshots`, made once for the checks
        that read them (above the denominator, and a sub-unit's again for its parent's sum),
        in one pass rather than a look-up per snapshot. Not to be changed. A caller's
        (`walked`) may hold a snapshot's counts in another order of schemes: what the checks
        find does not depend on it, only the order in which they find it."""
        if self.walked is not None:
            return self.walked.figures
        return [snapshot.counts() for _, _, snapshot in self.snapshots]

    def counts(self, snapshot: Snapshot) -> dict[Scheme, int]:
        """The `figures` of a snapshot of the file."""
        return self._figures_by_id[id(snapshot)]

    @cached_property
    def _figures_by_id(self) -> dict[int, dict[Scheme, int]]:
        """Each snapshot's `figures` by its id: the snapshots live as long as `data`."""
        pairs = zip(self.snapshots, self.figures, strict=True)
        return {id(snapshot): counts for (_, _, snapshot), counts in pairs}

    def at(self, path: KeyPath, *, key: bool = False) -> Position:
        """Where `path` stands in the document (its key, with `key`), for a problem."""
        return self.document.position(path, key=key)

    def in_document(self, unit: str) -> Any:
        """The document's mapping of the unit at a slug path such as can-tho/thoi-lai, or
        None: a unit may be in the document and not in `data`, having failed the schema."""
        node: Any = self.document.data
        for step in document_path(unit):
            node = node.get(step) if isinstance(node, dict) else None
        return node if isinstance(node, dict) else None

    def intact(self, unit: str, found: Unit) -> bool:
        """Whether every sub-unit the document gives the unit passed the schema."""
        written = self.in_document(unit)
        subs = written.get("units") if written is not None else None
        return len(subs) == len(found.units) if isinstance(subs, dict) else not found.units

    @property
    def province_slugs(self) -> frozenset[str]:
        """Every province key in the file, including those that failed the schema."""
        raw: Any = self.document.data
        provinces = raw.get("provinces") if isinstance(raw, dict) else None
        return frozenset(provinces) if isinstance(provinces, dict) else frozenset()


Check = Callable[[CheckContext], Iterable[Problem]]

# The schemes whose coverage is a share of the population; the others', of the labour force.
_OF_POPULATION = frozenset(s for s, which in DENOMINATOR.items() if which == Denominator.POPULATION)

DENOMINATOR_WORD = {
    Denominator.POPULATION: Message("denominator.population"),
    Denominator.LABOUR_FORCE: Message("denominator.labour_force"),
}


def unit_path(ref: UnitRef) -> KeyPath:
    """Where the unit stands in the document: `document_path` of its slug path."""
    return document_path(ref.path)


def snapshot_path(ref: UnitRef, index: int) -> KeyPath:
    """Where the unit's snapshot at `index` stands in the document."""
    return (*unit_path(ref), "actuals", index)


@lru_cache(maxsize=1 << 16)  # every check asks for the place of every unit
def document_path(unit: str) -> KeyPath:
    """Where a unit stands in the document: can-tho/thoi-lai at provinces.can-tho.units.thoi-lai."""
    province, *subs = unit.split("/")
    return ("provinces", province, *[step for sub in subs for step in ("units", sub)])


def parts_above_whole(ctx: CheckContext) -> Iterator[Problem]:
    """A part above its whole; and bhxh that is not compulsory plus voluntary, unless a part
    of bhxh is above it (that is the one message then; the health family hides nothing)."""
    for ref, index, snapshot in ctx.snapshots:
        if snapshot.bhxh is None and (snapshot.bhyt is None or snapshot.bhyt_ho_gia_dinh is None):
            continue  # no whole beside a part of it: most snapshots, passed over unread
        path = snapshot_path(ref, index)
        counts = snapshot.given()
        found = False
        for part, whole in PART_OF:
            if part in counts and whole in counts and counts[part] > counts[whole]:
                found = found or whole == Scheme.BHXH
                message = Message(
                    "check.part_above_whole",
                    part=part.value,
                    count=counts[part],
                    whole=whole.value,
                    whole_count=counts[whole],
                )
                hint = Message("check.part_above_whole.hint", part=part.value, whole=whole.value)
                yield problem("part-above-whole", ctx.at((*path, part.value)), message, hint)
        if not found:
            yield from _bhxh_sum(ctx, path, counts)


def _bhxh_sum(ctx: CheckContext, path: KeyPath, counts: dict[Scheme, int]) -> Iterator[Problem]:
    whole = Scheme.BHXH
    parts = [counts.get(Scheme.BHXH_BAT_BUOC), counts.get(Scheme.BHXH_TU_NGUYEN)]
    if whole not in counts or None in parts:
        return
    compulsory, voluntary = (value or 0 for value in parts)
    if counts[whole] != compulsory + voluntary:
        message = Message(
            "check.bhxh_not_sum",
            bhxh=counts[whole],
            compulsory=compulsory,
            voluntary=voluntary,
            total=compulsory + voluntary,
        )
        hint = Message("check.bhxh_not_sum.hint")
        yield problem("bhxh-not-sum", ctx.at((*path, whole.value)), message, hint)


def above_denominator(ctx: CheckContext) -> Iterator[Problem]:
    """A warning only: people insured here may live or work elsewhere."""
    for (ref, index, snapshot), counts in zip(ctx.snapshots, ctx.figures, strict=True):
        # Each denominator once per snapshot, as `Unit.denominator` finds it (the snapshot's
        # own first), not a call per figure: read for every figure of a national set.
        labour, population = snapshot.labour_force, snapshot.population
        if labour is None:
            labour = ref.unit.labour_force
        if population is None:
            population = ref.unit.population
        if labour is None and population is None:
            continue
        for scheme, count in counts.items():
            denominator = population if scheme in _OF_POPULATION else labour
            if denominator is not None and count > denominator:
                message = Message(
                    "check.above_denominator",
                    scheme=scheme.value,
                    count=count,
                    denominator=DENOMINATOR_WORD[DENOMINATOR[scheme]],
                    value=denominator,
                )
                hint = Message("check.above_denominator.hint")
                where = ctx.at((*snapshot_path(ref, index), scheme.value))
                yield problem("above-denominator", where, message, hint)


def _by_date(unit: Unit) -> dict[date, tuple[int, Snapshot]]:
    """Each date's snapshot with its index; the file's last one wins, as in every command."""
    return {snapshot.as_of: (index, snapshot) for index, snapshot in enumerate(unit.actuals)}


def units_above_parent(ctx: CheckContext) -> Iterator[Problem]:
    """Sub-units of kind area (never groups of people) against their parent, date by date."""
    for ref in ctx.units:
        subs = ref.unit.units
        if not subs or not ref.unit.actuals:  # nothing to add up, or nothing to add up to
            continue
        areas = [_by_date(sub) for sub in subs.values() if sub.kind == "area"]
        for day, (index, snapshot) in _by_date(ref.unit).items():
            counts = [ctx.counts(a[day][1]) for a in areas if day in a]
            for scheme, count in ctx.counts(snapshot).items():
                total = sum(found.get(scheme, 0) for found in counts)
                if total > count:
                    path = (*snapshot_path(ref, index), scheme.value)
                    yield _sum_problem(ctx.at(path), ref.path, scheme, (day, total, count))


def _sum_problem(
    where: Position, unit: str, scheme: Scheme, found: tuple[date, int, int]
) -> Problem:
    day, total, count = found
    message = Message(
        "check.units_above_parent",
        scheme=scheme.value,
        total=total,
        day=day,
        count=count,
        unit=unit,
    )
    hint = Message("check.units_above_parent.hint")
    return problem("units-above-parent", where, message, hint)


def future_snapshots(ctx: CheckContext) -> Iterator[Problem]:
    """A snapshot may not be dated after the day taken as today."""
    for ref, index, snapshot in ctx.snapshots:
        if snapshot.as_of > ctx.today:
            path = snapshot_path(ref, index)
            message = Message("check.future", day=snapshot.as_of)
            hint = Message("check.future.hint")
            yield problem("future-snapshot", ctx.at((*path, "as_of")), message, hint)


def unknown_merge_targets(ctx: CheckContext) -> Iterator[Problem]:
    """A unit's `merged_into` must be a province key of the file (the closest is suggested)."""
    known = ctx.province_slugs
    for ref in ctx.units:
        target = ref.unit.merged_into
        if target is not None and target not in known:
            hint = did_you_mean(target, sorted(known)) or Message("check.unknown_merge.hint")
            where = ctx.at((*unit_path(ref), "merged_into"))
            message = Message("check.unknown_merge", slug=repr(target))
            yield problem("unknown-merge-target", where, message, hint)


def _find(ctx: CheckContext, path: str) -> Unit | None:
    """The unit at a slug path such as can-tho/thoi-lai, or None."""
    found = find_path(ctx.data, path)
    return found.unit if found is not None else None


def campaign_units(ctx: CheckContext) -> Iterable[Problem]:
    """A campaign's province and its staff's units must be units of the file: by slug, or by a
    name the registry finds as one of them (`campaign_names.py`)."""
    from bhxh_cli.datafile.campaign_names import campaign_units as check

    return check(ctx)


def campaign_bounds(ctx: CheckContext) -> Iterator[Problem]:
    """A split's minimums may not add up to more than its total, nor its maximums to less:
    the split itself decides (apportion), with an equal weight for each area sub-unit."""
    from bhxh_cli.quota.apportion import Claim, crossed_bound  # for files with campaigns only

    for slug, campaign in ctx.data.campaigns.items():
        if campaign.province is None or campaign.split is None:
            continue
        place = _find(ctx, campaign.province)
        if place is None or not ctx.intact(campaign.province, place):
            continue  # no such unit, or some of its sub-units failed the schema
        areas = sum(1 for unit in place.units.values() if unit.kind == "area")
        if not areas:  # nothing to split over: a fault of the province, not of the bounds
            continue
        claims = [Claim(1, campaign.min or 0, campaign.max)] * areas
        for scheme, total in campaign.split.given().items():
            crossed = crossed_bound(total, claims)
            if crossed:
                where = ctx.at(("campaigns", slug, "split", scheme.value))
                detail, hint = _bounds_message(*crossed, areas, total)
                text = Message(
                    "campaign.infeasible", campaign=repr(slug), scheme=scheme.value, detail=detail
                )
                yield problem("campaign-infeasible", where, text, hint)


def _bounds_message(bound: Bound, limit: int, areas: int, total: int) -> tuple[Message, Message]:
    """What the bounds of every area sub-unit add up to, against the total, and the hint
    that fits: a minimum is not fixed by raising the maximum."""
    each = limit // areas  # every sub-unit has the same bound
    if bound == "minimum":
        message = Message("campaign.min_total", minimum=each, units=areas, sum=limit, total=total)
        return message, Message("campaign.min_total.hint")
    message = Message("campaign.max_total", maximum=each, units=areas, sum=limit, total=total)
    return message, Message("campaign.max_total.hint")


def overlapping_targets(ctx: CheckContext) -> Iterator[Problem]:
    """Targets of one scheme must nest or keep apart (`overlaps.py`, loaded when needed: an
    import checks no target)."""
    from bhxh_cli.datafile.overlaps import overlapping_targets as check

    return check(ctx)


def text_controls(ctx: CheckContext) -> Iterator[Problem]:
    """Names, sources and notes without control characters or bidi controls (`text.py`,
    loaded when needed: an import writes no text this could refuse)."""
    from bhxh_cli.datafile.text import code_point, refused_character

    for path, entry in _with_text(ctx):
        for name in ("name", "source", "note"):
            value = getattr(entry, name, None)
            found = refused_character(value, note=name == "note") if value else None
            if found is not None:
                message = Message("text.control", field=name, char=code_point(found))
                hint = Message("text.control.hint")
                yield problem("control-character", ctx.at((*path, name)), message, hint)


def _with_text(ctx: CheckContext) -> Iterator[tuple[KeyPath, object]]:
    """Every entry of the file that may hold a name, a source or a note, at its place."""
    for ref in ctx.units:
        base = unit_path(ref)
        yield base, ref.unit
        for name, items in (("actuals", ref.unit.actuals), ("targets", ref.unit.targets)):
            for index, item in enumerate(items):
                yield (*base, name, index), item
    for slug, campaign in ctx.data.campaigns.items():
        yield ("campaigns", slug), campaign


def registry_codes(ctx: CheckContext) -> Iterable[Problem]:
    """Units' codes against the administrative registry (`codes.py`, loaded when needed)."""
    from bhxh_cli.datafile.codes import registry_codes as check

    return check(ctx)


CHECKS: list[Check] = [
    text_controls,
    parts_above_whole,
    above_denominator,
    units_above_parent,
    overlapping_targets,
    future_snapshots,
    snapshots_twice,
    unknown_merge_targets,
    registry_codes,
    campaign_units,
    campaign_bounds,
]


def run_checks(ctx: CheckContext) -> list[Problem]:
    """Every problem every check of `CHECKS` finds, check by check."""
    return [found for check in CHECKS for found in check(ctx)]
