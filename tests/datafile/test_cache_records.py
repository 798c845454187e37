"""The records of an entry, changed by hand: any shape `encoded` does not write is a miss.

Each test loads a file, rewrites the records of its entry behind the genuine header, and loads
again: the file is parsed again and gives the same data as the first time."""

from __future__ import annotations

import marshal
from collections.abc import Callable
from dataclasses import fields
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from bhxh_cli.datafile import load
from bhxh_cli.datafile.cache import FOLDER
from bhxh_cli.datafile.dataset import examine_set
from bhxh_cli.datafile.records import SCHEMA, MalformedError, decoded, encoded
from bhxh_cli.domain.data import DataFile, Snapshot, Unit
from bhxh_cli.domain.plans import Campaign, Goal, SchemeQuotas, SupportTopUp, Target
from tests.conftest import Writer
from tests.datafile.test_cache import EVERY_FIELD

# Where `encoded` puts each part of a record.
UNITS, SNAPSHOTS, TARGETS, GOALS, PERIODS = 4, 5, 6, 7, 8
SLUGS, CAMPAIGNS = 3, 11
TABLES = (UNITS, SNAPSHOTS, TARGETS, GOALS, 9, CAMPAIGNS, 12)
Records = list[Any]


def unpacked(record: Any) -> Records:
    """A record with its tables' columns unmarshalled, to be changed by hand."""
    return [
        tuple(marshal.loads(column) for column in part) if place in TABLES else part
        for place, part in enumerate(record)
    ]


def packed(records: Records) -> tuple[Any, ...]:
    """The record of changed `records`, each column of a table marshalled again (a part that
    is no longer a table is left as it is)."""
    return tuple(
        tuple(map(marshal.dumps, part)) if place in TABLES and type(part) is tuple else part
        for place, part in enumerate(records)
    )


def column(cls: type, name: str) -> int:
    return [field.name for field in fields(cls)].index(name)


@pytest.fixture
def reload(tmp_path: Path, write_yaml: Writer, monkeypatch: pytest.MonkeyPatch) -> Any:
    """Load EVERY_FIELD, let a change rewrite its entry's records, and load it again."""
    monkeypatch.setenv("BHXH_CACHE_DIR", str(tmp_path / "cache"))
    path = write_yaml(EVERY_FIELD)
    first = load(str(path))

    def again(change: Callable[[Records], object]) -> Any:
        (entry,) = (tmp_path / "cache" / FOLDER).glob("*.entry")
        lines = entry.read_bytes().split(b"\n", 3)
        record, manifest = marshal.loads(lines[3])
        changed = unpacked(record)
        change(changed)
        rewritten = marshal.dumps((packed(changed), manifest))
        entry.write_bytes(b"\n".join([*lines[:3], rewritten]))
        second = load(str(path))
        assert second.data == first.data
        return second

    assert load(str(path)).from_cache
    assert first.data.provinces["p"].units  # sub-units, for the counts below
    return again


def test_the_schema_written_out_is_that_of_the_classes() -> None:
    """`SCHEMA` is written out (reading a projection loads no class of plans): it is each
    class of the records with its fields in field order, as `encoded` writes them."""
    classes = (DataFile, Unit, Snapshot, Target, Goal, SupportTopUp, Campaign, SchemeQuotas)
    assert tuple((cls.__name__, tuple(f.name for f in fields(cls))) for cls in classes) == SCHEMA


def test_the_unchanged_records_are_a_hit(reload: Any) -> None:
    assert reload(lambda _records: None).from_cache


def set_at(place: int, value: Any) -> Callable[[Records], None]:
    return lambda records: records.__setitem__(place, value)


def in_column(place: int, cls: type, name: str, change: Callable[[list[Any]], Any]) -> Any:
    def rewrite(records: Records) -> None:
        table = list(records[place])
        table[column(cls, name)] = change(list(table[column(cls, name)]))
        records[place] = tuple(table)

    return rewrite


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda records: records.pop(), id="a part missing"),
        pytest.param(lambda records: records.append([]), id="a part too many"),
        pytest.param(in_column(SNAPSHOTS, Snapshot, "bhyt", lambda c: c[:-1]), id="short column"),
        pytest.param(in_column(UNITS, Unit, "name", lambda c: [*c, "X"]), id="long column"),
        pytest.param(
            lambda records: records.__setitem__(TARGETS, records[TARGETS][:-1]),
            id="a column missing",
        ),
        pytest.param(
            lambda records: records.__setitem__(GOALS, (*records[GOALS], [None])),
            id="a column too many",
        ),
    ],
)
def test_wrong_lengths_are_a_miss(reload: Any, change: Callable[[Records], None]) -> None:
    assert not reload(change).from_cache


def renamed_field(records: Records) -> None:
    schema = [list(entry) for entry in records[0]]
    names = list(schema[1][1])  # the units'
    names[names.index("labour_force")] = "labor_force"
    schema[1][1] = tuple(names)
    records[0] = tuple(tuple(entry) for entry in schema)


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(renamed_field, id="a field renamed"),
        pytest.param(
            set_at(0, tuple((name, names[::-1]) for name, names in SCHEMA)), id="fields reordered"
        ),
        pytest.param(set_at(0, SCHEMA[:-1]), id="a class missing"),
        pytest.param(set_at(0, "bhxh validated file, records 2"), id="no schema"),
    ],
)
def test_a_field_list_that_differs_is_a_miss(
    reload: Any, change: Callable[[Records], None]
) -> None:
    assert not reload(change).from_cache


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(set_at(1, "1"), id="version as text"),
        pytest.param(set_at(UNITS, {"name": ["P"]}), id="a table as a dict"),
        pytest.param(in_column(UNITS, Unit, "name", tuple), id="a column as a tuple"),
        pytest.param(
            in_column(SNAPSHOTS, Snapshot, "as_of", lambda c: ["2024-06-30"] * len(c)),
            id="a day as text",
        ),
        pytest.param(
            in_column(SNAPSHOTS, Snapshot, "as_of", lambda c: [None] * len(c)),
            id="a required day missing",
        ),
        pytest.param(
            in_column(SNAPSHOTS, Snapshot, "as_of", lambda c: [10**9] * len(c)),
            id="a day no calendar has",
        ),
        pytest.param(
            in_column(GOALS, Goal, "rate", lambda c: [95.125 if r else r for r in c]),
            id="a rate as a float",
        ),
        pytest.param(
            in_column(GOALS, Goal, "rate", lambda c: ["high" if r else r for r in c]),
            id="a rate not a number",
        ),
        pytest.param(
            in_column(UNITS, Unit, "kind", lambda c: ["city"] * len(c)), id="an unknown kind"
        ),
        pytest.param(
            in_column(CAMPAIGNS, Campaign, "weight", lambda c: ["votes"] * len(c)),
            id="an unknown weight",
        ),
        pytest.param(
            in_column(CAMPAIGNS, Campaign, "staff", lambda c: ["2"] * len(c)), id="staff as text"
        ),
        pytest.param(
            in_column(CAMPAIGNS, Campaign, "staff", lambda c: [{"a": "2"}] * len(c)),
            id="staff of a unit as text",
        ),
        pytest.param(
            in_column(TARGETS, Target, "bhyt", lambda c: [-1] * len(c)),
            id="a goal index before the table",
        ),
        pytest.param(
            in_column(TARGETS, Target, "bhyt", lambda c: [99] * len(c)),
            id="a goal index past the table",
        ),
        pytest.param(
            in_column(TARGETS, Target, "period", lambda c: [None] * len(c)), id="a period missing"
        ),
        pytest.param(set_at(PERIODS, [[0, 1, "x"]]), id="a period as a list"),
        pytest.param(set_at(PERIODS, [(738000, 738001, 2024)]), id="a period id as a number"),
        pytest.param(
            in_column(UNITS, Unit, "actuals", lambda c: [-1, *c[1:-1], c[-1] + 1]),
            id="a negative count",
        ),
        pytest.param(
            in_column(UNITS, Unit, "targets", lambda c: [c[0] + 1, *c[1:]]),
            id="more targets than the table",
        ),
        pytest.param(
            in_column(UNITS, Unit, "actuals", lambda c: [str(n) for n in c]), id="a count as text"
        ),
        pytest.param(set_at(SLUGS, ["p", "p", "a", "b"]), id="a slug twice"),
        pytest.param(set_at(SLUGS, ["p", "q", "a", 2]), id="a slug as a number"),
        pytest.param(set_at(2, 9), id="more provinces than units"),
        pytest.param(
            in_column(UNITS, Unit, "population", lambda c: [str(n) for n in c]),
            id="a number as text",
        ),
        pytest.param(
            in_column(SNAPSHOTS, Snapshot, "bhyt", lambda c: [True] * len(c)),
            id="a count as a bool",
        ),
        pytest.param(
            in_column(GOALS, Goal, "total", lambda c: [2.5] * len(c)), id="a total as a float"
        ),
        pytest.param(in_column(UNITS, Unit, "name", lambda c: [None] * len(c)), id="no name"),
        pytest.param(
            in_column(UNITS, Unit, "note", lambda c: [compile("1", "planted", "eval")] * len(c)),
            id="a code object as a note",
        ),
    ],
)
def test_wrong_types_and_values_are_a_miss(reload: Any, change: Callable[[Records], None]) -> None:
    assert not reload(change).from_cache


def test_a_unit_among_its_own_sub_units_is_a_miss(reload: Any) -> None:
    # Breadth first: p and q, then p's a and b. Give a the two places from a on: a itself.
    order = ["p", "q", "a", "b"]

    def own_child(records: Records) -> None:
        assert records[SLUGS] == order
        in_column(UNITS, Unit, "units", lambda _counts: [0, 0, 2, 0])(records)

    assert not reload(own_child).from_cache


def test_the_old_format_of_dicts_is_a_miss(reload: Any) -> None:
    def as_dicts(records: Records) -> None:
        records[:] = [{"version": 1, "provinces": {}, "campaigns": {}}]

    assert not reload(as_dicts).from_cache


def test_read_back_shares_days_periods_and_rates(write_yaml: Writer) -> None:
    text = EVERY_FIELD.replace("bhxh_tu_nguyen: {new: 7}", "bhyt: {rate: 95.125}")
    path = write_yaml(text)
    examined, _ = examine_set(path, path.read_bytes(), date(2026, 1, 1))
    assert examined.data is not None
    data = decoded(marshal.loads(marshal.dumps(encoded(examined.data))))
    assert data == examined.data
    province = data.provinces["p"]
    first, second = province.targets
    assert province.actuals[0].as_of is province.units["a"].actuals[0].as_of
    assert first.period.start is second.period.start  # 2024-01-01, in both periods
    assert first.bhyt is not None and second.bhyt is not None
    assert first.bhyt.rate is second.bhyt.rate
    assert type(province.units) is dict and type(province.actuals) is tuple
    assert [type(vars(target)) for target in province.targets] == [dict, dict]


def out_of_table(records: Records) -> None:
    in_column(TARGETS, Target, "bhyt", lambda c: [7] * len(c))(records)


def not_a_number(records: Records) -> None:
    in_column(GOALS, Goal, "rate", lambda c: ["high" if r else r for r in c])(records)


@pytest.mark.parametrize("change", [out_of_table, not_a_number, set_at(UNITS, 3)])
def test_decoding_a_malformed_record_raises_malformed_error(
    write_yaml: Writer, change: Callable[[Records], None]
) -> None:
    path = write_yaml(EVERY_FIELD)
    examined, _ = examine_set(path, path.read_bytes(), date(2026, 1, 1))
    assert examined.data is not None
    records = unpacked(marshal.loads(marshal.dumps(encoded(examined.data))))
    change(records)
    with pytest.raises(MalformedError):
        decoded(packed(records))


@pytest.mark.parametrize("column", [b"", b"\xff\x00", marshal.dumps((1, 2))])
def test_a_column_that_is_no_marshalled_list_is_malformed(
    write_yaml: Writer, column: bytes
) -> None:
    path = write_yaml(EVERY_FIELD)
    examined, _ = examine_set(path, path.read_bytes(), date(2026, 1, 1))
    assert examined.data is not None
    records = list(encoded(examined.data))
    records[UNITS] = (column, *records[UNITS][1:])
    with pytest.raises(MalformedError):
        decoded(tuple(records))
