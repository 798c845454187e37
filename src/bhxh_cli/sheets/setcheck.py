"""The data set checked with an import's new file, without reading the set again.

The set was validated when it was loaded (from the cache, usually), and the new file is
written by `importer` from figures already checked: whole numbers within the limits, a real
date, units of the set. What the new snapshots can still break are the checks of the figures
(the same unit, date and scheme twice; parts above their whole; sub-units above their parent;
participants above a denominator; ...). So the new snapshots are added to the loaded units and
every check of `datafile.checks` runs on the result, each new value at its line of the new
file. An error found so is reported by the full validation of the set with the new file in
place (`importer`), which knows the place of every value of every file; the checks here only
keep that full reading (seconds for a national set) off the path of an import that is right.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import TYPE_CHECKING, NamedTuple

from bhxh_cli.datafile.document import Document
from bhxh_cli.domain.data import DataFile, Snapshot, Unit
from bhxh_cli.domain.schemes import SCHEMES
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


class NewEntry(NamedTuple):
    """One unit's new snapshot and the lines of the new file it stands on."""

    row: UnitRow
    snapshot: Snapshot
    line: int  # the line of `- as_of:`; each scheme follows on the next lines, in order


def by_path(entries: list[NewEntry]) -> dict[str, NewEntry]:
    """The new entries by the path of their unit."""
    return {entry.row.path: entry for entry in entries}


def with_snapshots(data: DataFile, new: dict[str, NewEntry], day: date) -> DataFile:
    """The part of `data` the new snapshots can make wrong, with them: each unit that has a
    snapshot on `day` (the new ones appended) and the units above it, each with its snapshots
    of that day only, and no targets or campaigns (which the new snapshots do not touch). A
    sub-unit without figures on the day adds nothing to its parent's sum, so leaving it out
    changes no check."""
    provinces = _pruned(data.provinces, "", new, day)
    return dataclasses.replace(data, provinces=provinces, campaigns={})


def _pruned(
    units: dict[str, Unit], prefix: str, new: dict[str, NewEntry], day: date
) -> dict[str, Unit]:
    """The units that have a snapshot on `day` or a sub-unit kept, each as `with_snapshots`
    keeps it: a call per level of units, not per unit (ten thousand communes in one).

    Each is made as `dataclasses.replace` would, without running `__init__` again: the unit
    was checked when it was read, and the new fields are of its own types. Its fields are a
    `dict.copy` of its own (twice as fast as `dict(...)`), its snapshots a tuple grown one
    by one (most units have none of the day, and one new)."""
    kept = {}
    for slug, unit in units.items():
        path = prefix + slug
        subs = _pruned(unit.units, path + "/", new, day) if unit.units else {}
        own: tuple[Snapshot, ...] = ()
        for snapshot in unit.actuals:  # a loop: a comprehension is a call of its own
            if snapshot.as_of == day:
                own += (snapshot,)
        added = new.get(path)
        if added is not None:
            own += (added.snapshot,)
        elif not own and not subs:
            continue
        fields = unit.__dict__.copy()
        fields["actuals"] = own
        fields["targets"] = ()
        fields["units"] = subs
        copy: Unit = object.__new__(Unit)
        object.__setattr__(copy, "__dict__", fields)
        kept[slug] = copy
    return kept


def problems_with(
    data: DataFile, targets: str, output: str, entries: list[NewEntry], today: date
) -> list[Problem]:
    """Every problem the checks find in `data` with the new entries, those of the new file at
    their lines of it."""
    from bhxh_cli.datafile.checks import CHECKS, CheckContext

    new = by_path(entries)
    merged = with_snapshots(data, new, entries[0].snapshot.as_of)
    document = _with_new_file(targets, data, merged, output, new)
    context = CheckContext(merged, document, today)
    return [
        found for check in CHECKS if check.__name__ not in UNTOUCHED for found in check(context)
    ]


def _with_new_file(
    targets: str, data: DataFile, merged: DataFile, output: str, new: dict[str, NewEntry]
) -> Document:
    """A document of the loaded set that places each new value at its line of the new file,
    found when a problem asks (most imports have none), not set for every value beforehand."""
    found = _WithNewFile(targets, data={"provinces": {slug: {} for slug in data.provinces}})
    found.new_file = (output, merged, new)
    return found


class _WithNewFile(Document):
    """The loaded set's document, each new value at its line of the new file (`_new_place`).
    A class of the module, not one made per import: a class is part of a reference cycle, and
    whatever a class made in a function held (ten thousand units of the day) would wait for
    the cycle collector, a tenth of a second at exit for a national import."""

    new_file: tuple[str, DataFile, dict[str, NewEntry]]  # set by `_with_new_file`

    def position(self, path: KeyPath, *, key: bool = False) -> Position:
        """Where `path` stands: in the new file for a new value, else as the set has it."""
        output, merged, new = self.new_file
        found = _new_place(merged, new, path, key=key)
        if found is None:
            return super().position(path, key=key)
        line, col = found
        return Position(output, line, col)


def _new_place(
    merged: DataFile, new: dict[str, NewEntry], path: KeyPath, *, key: bool
) -> tuple[int, int] | None:
    """The line and column in the new file of `path` (its nearest enclosing value there, as
    `Document.position` finds it), or None for a value that is not in the new file."""
    from bhxh_cli.domain.units import find_path

    if "actuals" not in path or path[0] != "provinces":
        return None
    at = path.index("actuals")
    unit = "/".join(str(step) for step in path[1:at:2])
    entry = new.get(unit)
    ref = find_path(merged, unit) if entry is not None else None
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
