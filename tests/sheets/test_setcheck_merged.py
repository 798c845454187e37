"""The part of the set an import's checks read (`with_snapshots`) is what `dataclasses.replace`
makes of it, unit by unit, though made without it (ten thousand units of an import)."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path
from tempfile import TemporaryDirectory

from hypothesis import given, settings

from bhxh_cli.datafile import load
from bhxh_cli.domain.data import DataFile, Snapshot, Unit
from bhxh_cli.sheets.importer import ImportRequest, snapshot_yaml
from bhxh_cli.sheets.rows import ReadRows, UnitRow
from bhxh_cli.sheets.setcheck import by_path, with_snapshots
from tests.sheets.test_setcheck import data_sets


def _replaced(unit: Unit, path: str, new: dict[str, Snapshot], day: date) -> Unit | None:
    """The unit as `with_snapshots` promises it: its snapshots of the day and the new one,
    the sub-units so kept, no targets; None when it would hold nothing."""
    units = {}
    for slug, child in unit.units.items():
        kept = _replaced(child, f"{path}/{slug}", new, day)
        if kept is not None:
            units[slug] = kept
    own = tuple(s for s in unit.actuals if s.as_of == day) + tuple(
        new[path] for _ in range(path in new)
    )
    if not own and not units:
        return None
    return dataclasses.replace(unit, actuals=own, targets=(), units=units)


@settings(max_examples=60, deadline=None)
@given(data_sets())
def test_the_units_an_import_checks_are_those_replace_makes(
    drawn: tuple[str, list[UnitRow], date, str],
) -> None:
    text, rows, as_of, sheet = drawn
    with TemporaryDirectory() as folder:
        data = _loaded(Path(folder) / "targets.yaml", text)
    before = repr(data)
    request = ImportRequest(Path("s.xlsx"), "p", as_of)
    _, entries = snapshot_yaml(request, sheet, ReadRows(units=rows))
    merged = with_snapshots(data, by_path(entries), as_of)
    new = {entry.row.path: entry.snapshot for entry in entries}
    expected = {}
    for slug, unit in data.provinces.items():
        kept = _replaced(unit, slug, new, as_of)
        if kept is not None:
            expected[slug] = kept
    # field for field, and every unit in its place (a dict's order counts in its repr only)
    assert repr(merged) == repr(dataclasses.replace(data, provinces=expected, campaigns={}))
    assert repr(data) == before  # the loaded set is left as it was


def _loaded(targets: Path, text: str) -> DataFile:
    """The drawn set (a snapshot of another day before some of the day's), with targets."""
    goal = "    targets:\n      - {period: 2025, bhyt: {rate: 0.9}}\n"
    targets.write_text(text.replace("    name: P\n", "    name: P\n" + goal, 1), encoding="utf-8")
    return load(str(targets)).data
