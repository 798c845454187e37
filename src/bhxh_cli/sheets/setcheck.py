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

from bhxh_cli.domain.data import DataFile, Snapshot, Unit
from bhxh_cli.domain.schemes import SCHEMES
from bhxh_cli.errors import Problem
from bhxh_cli.sheets.rows import UnitRow

# Checks that read only targets, mergers and campaigns, which an import never writes (and
# which the part of the set checked here does not hold); any other check runs.
UNTOUCHED = frozenset(
    {"overlapping_targets", "unknown_merge_targets", "campaign_units", "campaign_bounds"}
)
# Where the new file puts an entry's values: `      - as_of: DAY` then `        SCHEME: N`.
ENTRY_COL = 9
AS_OF_COL = 16


@dataclasses.dataclass(frozen=True)
class NewEntry:
    """One unit's new snapshot and the lines of the new file it stands on."""

    row: UnitRow
    snapshot: Snapshot
    line: int  # the line of `- as_of:`; each scheme follows on the next lines, in order


def with_snapshots(data: DataFile, entries: list[NewEntry], day: date) -> DataFile:
    """The part of `data` the new snapshots can make wrong, with them: each unit that has a
    snapshot on `day` (the new ones appended) and the units above it, each with its snapshots
    of that day only, and no targets or campaigns (which the new snapshots do not touch). A
    sub-unit without figures on the day adds nothing to its parent's sum, so leaving it out
    changes no check."""
    new = {entry.row.path: entry.snapshot for entry in entries}
    provinces = {}
    for slug, unit in data.provinces.items():
        kept = _pruned(unit, slug, new, day)
        if kept is not None:
            provinces[slug] = kept
    return dataclasses.replace(data, provinces=provinces, campaigns={})


def _pruned(unit: Unit, path: str, new: dict[str, Snapshot], day: date) -> Unit | None:
    units = {}
    for slug, child in unit.units.items():
        kept = _pruned(child, f"{path}/{slug}", new, day)
        if kept is not None:
            units[slug] = kept
    own = tuple(snapshot for snapshot in unit.actuals if snapshot.as_of == day)
    if path in new:
        own = (*own, new[path])
    if not own and not units:
        return None
    return dataclasses.replace(unit, actuals=own, targets=(), units=units)


def problems_with(
    data: DataFile, targets: str, output: str, entries: list[NewEntry], today: date
) -> list[Problem]:
    """Every problem the checks find in `data` with the new entries, those of the new file at
    their lines of it."""
    from bhxh_cli.datafile.checks import CHECKS, CheckContext, document_path
    from bhxh_cli.datafile.yamlread import Document

    merged = with_snapshots(data, entries, entries[0].snapshot.as_of)
    document = Document(targets, data={"provinces": {slug: {} for slug in data.provinces}})
    for entry in entries:
        unit = merged.provinces[entry.row.path.split("/")[0]]
        for step in entry.row.path.split("/")[1:]:
            unit = unit.units[step]
        path = (*document_path(entry.row.path), "actuals", len(unit.actuals) - 1)
        marks = {path: (entry.line, ENTRY_COL), (*path, "as_of"): (entry.line, AS_OF_COL)}
        given = [s for s in SCHEMES if s in entry.row.actual]
        for offset, scheme in enumerate(given, start=1):
            marks[(*path, scheme.value)] = (entry.line + offset, ENTRY_COL + len(scheme.value) + 2)
        for where, mark in marks.items():
            document.value_marks[where] = mark
            document.mark_files[where] = output
    context = CheckContext(merged, document, today)
    return [
        found for check in CHECKS if check.__name__ not in UNTOUCHED for found in check(context)
    ]
