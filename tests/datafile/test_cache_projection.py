"""The projection of a cached file on one day (`load(..., snapshots_of=day)`, what an import
reads): every unit, with its snapshots of that day only, and no targets, top-ups or campaigns.
Each is compared with the whole file as read, cut down by hand."""

from __future__ import annotations

import dataclasses
import marshal
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from bhxh_cli.datafile import load
from bhxh_cli.datafile.cache import FOLDER
from bhxh_cli.datafile.columns import names
from bhxh_cli.domain.data import DataFile, Snapshot, Unit
from bhxh_cli.domain.plans import Target
from bhxh_cli.domain.units import all_units
from tests.conftest import Writer
from tests.datafile.test_cache import EVERY_FIELD
from tests.datafile.test_cache_records import SNAPSHOTS, TARGETS, UNITS

SHIPPED = Path(__file__).parents[2] / "src" / "bhxh_cli" / "data" / "targets.yaml"

# The day's snapshots in the first unit, the last, one with two that day and one between with
# none, at every depth.
DAYS = """\
version: 1
provinces:
  p:
    name: P
    population: 1000
    actuals:
      - {as_of: 2025-03-31, bhyt: 900}
      - {as_of: 2024-12-31, bhyt: 800}
    targets:
      - {period: 2025, bhyt: {rate: 95}}
    units:
      a:
        name: A
        actuals: [{as_of: 2024-12-31, bhyt: 10}]
        units:
          a1: {name: A1, actuals: [{as_of: 2025-03-31, bhyt: 5}, {as_of: 2025-03-31, bhtn: 1}]}
          a2: {name: A2}
      b: {name: B, actuals: [{as_of: 2024-12-31, bhyt: 20}, {as_of: 2025-03-31, bhyt: 30}]}
  q:
    name: Q
    units:
      c: {name: C, actuals: [{as_of: 2025-03-31, bhyt: 7, source: "sheet row 9"}]}
"""


def cut(unit: Unit, day: date) -> Unit:
    """The unit as the projection on `day` should give it."""
    return dataclasses.replace(
        unit,
        actuals=tuple(snapshot for snapshot in unit.actuals if snapshot.as_of == day),
        targets=(),
        support=(),
        units={slug: cut(sub, day) for slug, sub in unit.units.items()},
    )


def projected(data: DataFile, day: date) -> DataFile:
    provinces = {slug: cut(unit, day) for slug, unit in data.provinces.items()}
    return dataclasses.replace(data, provinces=provinces, campaigns={})


def days_of(data: DataFile) -> set[date]:
    return {snapshot.as_of for ref in all_units(data) for snapshot in ref.unit.actuals}


@pytest.mark.parametrize("text", [DAYS, EVERY_FIELD, SHIPPED.read_text(encoding="utf-8")])
def test_the_projection_on_a_day_is_the_file_cut_to_that_day(
    text: str, write_yaml: Writer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BHXH_CACHE_DIR", str(tmp_path / "cache"))
    path = str(write_yaml(text))
    whole = load(path).data
    days = days_of(whole)
    assert days  # the files hold snapshots to keep
    for day in [*sorted(days), date(1999, 1, 1)]:
        read = load(path, snapshots_of=day)
        assert read.from_cache
        assert read.data == projected(whole, day)
    assert load(path).data == whole  # the entry still gives the whole file


def test_a_projection_holds_the_snapshots_in_the_file_order(
    write_yaml: Writer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BHXH_CACHE_DIR", str(tmp_path / "cache"))
    path = str(write_yaml(DAYS))
    load(path)
    data = load(path, snapshots_of=date(2025, 3, 31)).data
    a1 = data.provinces["p"].units["a"].units["a1"]
    assert [snapshot.given() for snapshot in a1.actuals] == [
        {"bhyt": 5},
        {"bhtn": 1},
    ]
    assert data.provinces["p"].units["a"].actuals == ()
    assert data.provinces["q"].units["c"].actuals[0].source == "sheet row 9"
    assert data.provinces["p"].targets == ()


@pytest.fixture
def cached(write_yaml: Writer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    """DAYS loaded into a cache of its own: its path, the whole file, and a function that
    rewrites one column of the entry's records (table, field, change of its values)."""
    monkeypatch.setenv("BHXH_CACHE_DIR", str(tmp_path / "cache"))
    path = str(write_yaml(DAYS))
    whole = load(path).data

    def rewrite(table: int, field: int, change: Callable[[Any], Any]) -> None:
        (entry,) = (tmp_path / "cache" / FOLDER).glob("*.entry")
        lines = entry.read_bytes().split(b"\n", 3)
        record, manifest = marshal.loads(lines[3])
        changed = list(record)
        columns = list(changed[table])
        columns[field] = change(marshal.loads(columns[field]))
        changed[table] = tuple(columns)
        entry.write_bytes(b"\n".join([*lines[:3], marshal.dumps((tuple(changed), manifest))]))

    return path, whole, rewrite


def test_a_damaged_snapshot_table_is_a_miss_that_reads_the_whole_file(cached: Any) -> None:
    path, whole, rewrite = cached
    days = names(Snapshot).index("as_of")
    rewrite(SNAPSHOTS, days, lambda column: marshal.dumps(column[:-1]))  # a day short
    read = load(path, snapshots_of=date(2025, 3, 31))
    assert not read.from_cache
    assert read.data == whole  # parsed again: the whole file, which an import may check too


def test_damage_to_a_table_the_projection_does_not_read_cannot_change_it(cached: Any) -> None:
    """The projection reads and checks only its own tables: the targets' table damaged, it
    is still the file cut to the day, while the full read of the same entry is a miss."""
    path, whole, rewrite = cached
    rewrite(TARGETS, names(Target).index("period"), lambda _column: b"\xff")  # no marshal
    day = date(2025, 3, 31)
    read = load(path, snapshots_of=day)
    assert read.from_cache
    assert read.data == projected(whole, day)
    assert not load(path).from_cache  # the full read sees the damage, and parses again


def test_a_damaged_count_of_targets_is_a_miss_for_the_projection_too(cached: Any) -> None:
    """The units' counts of targets are read by the projection (to be whole numbers, none
    negative), though the targets themselves are not."""
    path, _, rewrite = cached
    rewrite(UNITS, names(Unit).index("targets"), lambda c: marshal.dumps([-1, *c[1:]]))
    assert not load(path, snapshots_of=date(2025, 3, 31)).from_cache


# In a process of its own, where no unit was made before: how many of the units and snapshots
# read from the cache (a whole file, or a projection) hold their fields in the keys their
# class shares (a dict of its own is as large as its copy), and how many there are.
SHARED = """
import sys
from datetime import date
from bhxh_cli.datafile import load
from bhxh_cli.domain.units import all_units
day = date.fromisoformat(sys.argv[2]) if sys.argv[2] != "whole" else None
units = [ref.unit for ref in all_units(load(sys.argv[1], snapshots_of=day).data)]
made = units + [s for unit in units for s in unit.actuals]
print(sum(sys.getsizeof(vars(o)) < sys.getsizeof(dict(vars(o))) for o in made), len(made))
"""


@pytest.mark.skipif(
    sys.version_info[:2] != (3, 11), reason="measures CPython 3.11's dicts of shared keys"
)
@pytest.mark.parametrize("read", ["whole", "2024-12-31"])
def test_what_the_cache_reads_back_shares_its_class_keys(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, read: str
) -> None:
    """Units and snapshots read back hold their fields in the keys their class shares, as
    those their class makes do: units made before their class's filler each held a dict of
    their own, 400 bytes more for each of ten thousand communes."""
    import subprocess

    path = tmp_path / "targets.yaml"
    commune = (
        "      c{n}: {{name: Xã {n}, population: 100, actuals: [{{as_of: 2024-12-31, bhyt: 9}}]}}\n"
    )
    communes = "".join(commune.format(n=n) for n in range(300))
    path.write_text(f"version: 1\nprovinces:\n  p:\n    name: P\n    units:\n{communes}", "utf-8")
    monkeypatch.setenv("BHXH_CACHE_DIR", str(tmp_path / "cache"))
    load(str(path))  # into the cache
    argv = [sys.executable, "-c", SHARED, str(path), read]
    shared, made = map(
        int, subprocess.run(argv, capture_output=True, text=True, check=True).stdout.split()
    )
    assert (shared, made) == (601, 601)
