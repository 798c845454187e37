"""The data set checked with an import's new file, without reading the set again.

The set was validated when it was loaded (from the cache, usually), and the new file is
written by `importer` from figures already checked: whole numbers within the limits, a real
date, units of the set. What the new snapshots can still break are the checks of the figures
(the same unit, date and scheme twice; parts above their whole; sub-units above their parent;
participants above a denominator; ...). So every check of `datafile.checks` runs on the
provinces of the new snapshots, each unit with its new snapshot after its own, each new value
at its line of the new file. Those checks read a unit and its sub-units only, never another
province; a snapshot of another day, already checked, adds nothing to their findings. An
error found so is reported by the full validation of the set with the new file in place
(`importer`), which knows the place of every value of every file; the checks here only keep
that full reading (seconds for a national set) off the path of an import that is right.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from itertools import repeat
from operator import attrgetter, itemgetter
from typing import TYPE_CHECKING, NamedTuple, cast

from bhxh_cli.datafile.checks import CheckContext, Walked
from bhxh_cli.datafile.document import Document
from bhxh_cli.domain.data import DataFile, Snapshot, Unit
from bhxh_cli.domain.schemes import BHXH_PARTS, SCHEMES, Scheme
from bhxh_cli.domain.units import UnitRef
from bhxh_cli.errors import Position, Problem
from bhxh_cli.sheets.rows import UnitRow

if TYPE_CHECKING:
    from bhxh_cli.datafile.document import KeyPath

# Checks that read only targets, mergers, campaigns, and units' codes and names, which an
# import never writes (and the loaded set passed them); any other check runs. The text of the
# new file is its sources, each made of the sheet's file and sheet names with every character
# that is not printable replaced (`importer._printable`), and a printable text holds none of
# the characters `text_controls` refuses (a test checks): that check can find nothing new.
UNTOUCHED = frozenset(
    {
        "text_controls",
        "overlapping_targets",
        "unknown_merge_targets",
        "campaign_units",
        "campaign_bounds",
        "registry_codes",
    }
)
# Where the new file puts an entry's values: `      - as_of: DAY` then `        SCHEME: N`.
ENTRY_COL = 9
AS_OF_COL = 16
# The parts whose sum `Snapshot.counts()` gives as bhxh where bhxh is not given.
_PARTS = frozenset(BHXH_PARTS)
_ROW_FIGURES = attrgetter("row.actual")  # a new entry's figures as its row gives them


class NewEntry(NamedTuple):
    """One unit's new snapshot and the lines of the new file it stands on."""

    row: UnitRow
    snapshot: Snapshot
    line: int  # the line of `- as_of:`; each scheme follows on the next lines, in order


def by_path(entries: list[NewEntry]) -> dict[str, NewEntry]:
    """The new entries by the path of their unit."""
    return {entry.row.path: entry for entry in entries}


def problems_with(
    data: DataFile, targets: str, output: str, entries: list[NewEntry], today: date
) -> list[Problem]:
    """Every problem the checks find in `data` with the new entries, those of the new file at
    their lines of it. The checks read the provinces of the new snapshots, each unit with its
    new snapshot after its own (`_adding`); `data` is as it was once they are done."""
    from bhxh_cli.datafile.checks import CHECKS

    new = by_path(entries)
    slugs = dict.fromkeys(map(itemgetter(0), map(str.partition, new, repeat("/"))))
    part = dataclasses.replace(
        data, provinces={slug: data.provinces[slug] for slug in slugs}, campaigns={}
    )
    with _adding(part, new) as walked:
        document = _with_new_file(targets, data, part, output, new)
        context = CheckContext(part, document, today, walked)
        return [
            found for check in CHECKS if check.__name__ not in UNTOUCHED for found in check(context)
        ]


class _Walk(NamedTuple):
    """What `_walk` gathers: the units with their snapshots and counts (`Walked`), and each
    unit's fields given a new snapshot with the snapshots it had."""

    walked: Walked
    changed: list[tuple[dict[str, object], tuple[Snapshot, ...]]]


@contextmanager
def _adding(part: DataFile, new: dict[str, NewEntry]) -> Iterator[Walked]:
    """Each unit of `part` with its new snapshot after its own while the block runs, and its
    own alone after: every unit, as `all_units` walks them, with their snapshots and counts.

    The units are the loaded set's, not copies (ten thousand communes in a province): each
    new snapshot is set in its unit's fields and taken out again whatever happens, as the
    cache sets them when it reads a unit back (`datafile.columns`). A unit holds dicts, so
    none is a key anywhere its fields could move."""
    into = _Walk(Walked([], [], []), [])
    try:
        _walk(part.provinces, "", new, into)
        if len(into.changed) != len(new):  # pragma: no cover - the entries' units are the set's
            raise RuntimeError("a new snapshot's unit is not in the data set")
        yield into.walked
    finally:
        for fields, own in into.changed:
            fields["actuals"] = own


def _walk(units: dict[str, Unit], prefix: str, new: dict[str, NewEntry], into: _Walk) -> None:
    """A level of units in file order, each followed by its sub-units (`_adding`): a level
    without sub-units, the communes of a province, is walked a column at a time, and where
    every unit of it has a new snapshot and had none of its own (an import of a day the set
    has no figures of), their snapshots are the new ones, at index 0."""
    walked, changed = into
    paths = [prefix + slug for slug in units]
    children = list(units.values())
    entries = list(map(new.get, paths))
    alone = True  # every unit of the level has a new snapshot and no other
    for unit, entry in zip(children, entries, strict=True):
        fields = unit.__dict__
        own = fields["actuals"]
        if entry is None or own:
            alone = False
        if entry is not None:
            changed.append((fields, own))
            fields["actuals"] = (*own, entry.snapshot)
    if not any(unit.units for unit in children):
        refs = list(map(UnitRef, paths, children))
        walked.units.extend(refs)
        if alone:
            every = cast("list[NewEntry]", entries)
            walked.snapshots.extend(zip(refs, repeat(0), map(attrgetter("snapshot"), every)))
            figures = list(map(_ROW_FIGURES, every))
            if any(map(_PARTS.issubset, figures)):  # bhxh may be the sum of its parts
                figures = list(map(_counts, every))
            walked.figures.extend(figures)
        else:
            for ref, entry in zip(refs, entries, strict=True):
                _snapshots_of(ref, entry, walked)
        return
    for path, unit, entry in zip(paths, children, entries, strict=True):
        ref = UnitRef(path, unit)
        walked.units.append(ref)
        _snapshots_of(ref, entry, walked)
        if unit.units:
            _walk(unit.units, path + "/", new, into)


def _snapshots_of(ref: UnitRef, entry: NewEntry | None, walked: Walked) -> None:
    """A unit's snapshots and their counts, its new one's (its last) from its row."""
    last = len(ref.unit.actuals) - 1
    for index, snapshot in enumerate(ref.unit.actuals):
        walked.snapshots.append((ref, index, snapshot))
        counts = _counts(entry) if entry is not None and index == last else snapshot.counts()
        walked.figures.append(counts)


def _counts(entry: NewEntry) -> dict[Scheme, int]:
    """The new snapshot's `counts()`: its row's figures, which it was made of (the same
    schemes and numbers, in the sheet's order of columns), unless bhxh is the sum of its
    parts; no dict is made again for each of ten thousand communes."""
    actual = entry.row.actual
    if Scheme.BHXH in actual or not _PARTS.issubset(actual):
        return actual
    return entry.snapshot.counts()


def _with_new_file(
    targets: str, data: DataFile, part: DataFile, output: str, new: dict[str, NewEntry]
) -> Document:
    """A document of the loaded set that places each new value at its line of the new file,
    found when a problem asks (most imports have none), not set for every value beforehand."""
    found = _WithNewFile(targets, data={"provinces": {slug: {} for slug in data.provinces}})
    found.new_file = (output, part, new)
    return found


class _WithNewFile(Document):
    """The loaded set's document, each new value at its line of the new file (`_new_place`).
    A class of the module, not one made per import: a class is part of a reference cycle, and
    whatever a class made in a function held (ten thousand units of the day) would wait for
    the cycle collector, a tenth of a second at exit for a national import."""

    new_file: tuple[str, DataFile, dict[str, NewEntry]]  # set by `_with_new_file`

    def position(self, path: KeyPath, *, key: bool = False) -> Position:
        """Where `path` stands: in the new file for a new value, else as the set has it."""
        output, part, new = self.new_file
        found = _new_place(part, new, path, key=key)
        if found is None:
            return super().position(path, key=key)
        line, col = found
        return Position(output, line, col)


def _new_place(
    part: DataFile, new: dict[str, NewEntry], path: KeyPath, *, key: bool
) -> tuple[int, int] | None:
    """The line and column in the new file of `path` (its nearest enclosing value there, as
    `Document.position` finds it), or None for a value that is not in the new file."""
    from bhxh_cli.domain.units import find_path

    if "actuals" not in path or path[0] != "provinces":
        return None
    at = path.index("actuals")
    unit = "/".join(str(step) for step in path[1:at:2])
    entry = new.get(unit)
    ref = find_path(part, unit) if entry is not None else None
    rest = path[at + 2 :]
    if entry is None or ref is None or path[at + 1 : at + 2] != (len(ref.unit.actuals) - 1,):
        return None
    if key:  # the new file marks values only: a key is placed at what encloses it
        if not rest:
            return None
        rest = rest[:-1]
    given = [scheme.value for scheme in SCHEMES if scheme in entry.row.actual]
    if rest == ("as_of",):
        return entry.line, AS_OF_COL
    if len(rest) == 1 and rest[0] in given:
        name = str(rest[0])
        return entry.line + given.index(name) + 1, ENTRY_COL + len(name) + 2
    return entry.line, ENTRY_COL
