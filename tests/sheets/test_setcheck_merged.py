"""What the checks of an import read (`setcheck`): the provinces of the new snapshots, every
unit in the order `all_units` walks them, each with its own snapshots and its new one after
them, as `dataclasses.replace` would make it; and the loaded set as it was once they are
done, though no unit is copied (ten thousand communes in a province)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from tempfile import TemporaryDirectory

import pytest
from hypothesis import given, settings

from bhxh_cli.datafile import load
from bhxh_cli.datafile.checks import CHECKS, CheckContext
from bhxh_cli.domain.data import DataFile
from bhxh_cli.domain.schemes import Scheme
from bhxh_cli.domain.units import all_units
from bhxh_cli.errors import Problem
from bhxh_cli.sheets import setcheck
from bhxh_cli.sheets.importer import ImportRequest, snapshot_yaml
from bhxh_cli.sheets.rows import ReadRows, UnitRow
from bhxh_cli.sheets.setcheck import problems_with
from tests.sheets.test_setcheck import data_sets


def _checked_with(data: DataFile, rows: list[UnitRow], as_of: date, sheet: str) -> list[str]:
    """The paths of the units the checks read, each checked against the loaded unit's own
    snapshots (taken before) and its new one."""
    before = {ref.path: ref.unit.actuals for ref in all_units(data)}
    request = ImportRequest(Path("s.xlsx"), "p", as_of)
    _, entries = snapshot_yaml(request, sheet, ReadRows(units=rows))
    new = {entry.row.path: entry.snapshot for entry in entries}
    seen: list[str] = []

    def spy(context: CheckContext) -> list[Problem]:
        assert [ref.path for ref in context.units] == [ref.path for ref in all_units(context.data)]
        assert set(context.data.provinces) == {"p"}  # the province of the new snapshots only
        for ref in context.units:
            expected = (*before[ref.path], *([new[ref.path]] if ref.path in new else []))
            assert ref.unit.actuals == expected
            assert all(a is b for a, b in zip(ref.unit.actuals, expected, strict=True))
            seen.append(ref.path)
        return []

    checks = list(CHECKS)
    CHECKS[:] = [spy]
    try:
        problems_with(data, "targets.yaml", "new.yaml", entries, as_of)
    finally:
        CHECKS[:] = checks
    return seen


@settings(max_examples=60, deadline=None)
@given(data_sets())
def test_the_checks_read_each_unit_with_its_new_snapshot(
    drawn: tuple[str, list[UnitRow], date, str],
) -> None:
    text, rows, as_of, sheet = drawn
    with TemporaryDirectory() as folder:
        data = _loaded(Path(folder) / "targets.yaml", text)
    before = repr(data)
    own = {ref.path: ref.unit.actuals for ref in all_units(data)}
    seen = _checked_with(data, rows, as_of, sheet)
    assert seen == [ref.path for ref in all_units(data) if ref.path.split("/")[0] == "p"]
    assert repr(data) == before  # the loaded set is as it was
    assert {ref.path: ref.unit.actuals for ref in all_units(data)} == own


def test_the_loaded_set_is_as_it_was_when_a_check_fails(tmp_path: Path) -> None:
    targets = tmp_path / "targets.yaml"
    targets.write_text(
        "version: 1\nprovinces:\n  p:\n    name: P\n    units:\n      a: {name: A}\n",
        encoding="utf-8",
    )
    data = load(str(targets)).data
    before = repr(data)
    row = UnitRow("p/a", 4, {Scheme.BHYT: 5}, {})
    _, entries = snapshot_yaml(
        ImportRequest(Path("s.xlsx"), "p", date(2025, 3, 31)), "s", ReadRows(units=[row])
    )

    def failing(context: CheckContext) -> list[Problem]:
        assert context.units[1].unit.actuals  # the new snapshot is there while checks run
        raise OSError("a check that fails")

    checks = list(CHECKS)
    CHECKS[:] = [failing]
    try:
        with pytest.raises(OSError, match="a check that fails"):
            problems_with(data, str(targets), "new.yaml", entries, date(2025, 3, 31))
    finally:
        CHECKS[:] = checks
    assert repr(data) == before


def _loaded(targets: Path, text: str) -> DataFile:
    """The drawn set (a snapshot of another day before some of the day's), with targets."""
    goal = "    targets:\n      - {period: 2025, bhyt: {rate: 0.9}}\n"
    targets.write_text(text.replace("    name: P\n", "    name: P\n" + goal, 1), encoding="utf-8")
    return load(str(targets)).data


def test_untouched_checks_are_checks() -> None:
    """Every check the import leaves out is one of `CHECKS`, by name."""
    assert {check.__name__ for check in CHECKS} >= setcheck.UNTOUCHED
