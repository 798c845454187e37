"""The checks an import runs on the loaded set with its new snapshots (`setcheck`) find what
the full validation of the set with the new file in place finds: whether there is an error,
the errors and warnings of the new file at the same line and column, the same messages."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bhxh_cli.datafile import load
from bhxh_cli.datafile.text import refused_character
from bhxh_cli.domain.schemes import Scheme
from bhxh_cli.errors import DataError, Problem
from bhxh_cli.sheets.importer import (
    ImportRequest,
    _checked,
    _printable,
    _validated,
    snapshot_yaml,
)
from bhxh_cli.sheets.rows import ReadRows, UnitRow
from bhxh_cli.sheets.setcheck import problems_with

DAY = date(2025, 3, 31)
SCHEMES = (Scheme.BHXH, Scheme.BHXH_BAT_BUOC, Scheme.BHXH_TU_NGUYEN, Scheme.BHYT)
counts = st.dictionaries(st.sampled_from(SCHEMES), st.integers(0, 120), min_size=1)


@st.composite
def data_sets(draw: st.DrawFn) -> tuple[str, list[UnitRow], date, str]:
    """A province of districts and communes (some groups of people), snapshots of the day
    already in the file where they break nothing, and new figures for some of its units."""
    lines = ["version: 1", "include: [actuals/*.yaml]", "provinces:", "  p:", "    name: P"]
    lines += ["    population: 1000", "    labour_force: 800"]
    old = draw(st.sampled_from([None, 5, 100000]))
    if old is not None:
        lines += ["    actuals:", f"      - {{as_of: {DAY}, bhyt: {old}}}"]
    lines.append("    units:")
    paths = []
    for d in range(draw(st.integers(1, 3))):
        lines += [f"      d{d}:", f"        name: Huyện {d}", "        population: 100"]
        day = draw(st.sampled_from([(), (DAY,), (date(2024, 12, 31), DAY)]))
        if day:  # the day's snapshot, and one of another day before it
            lines.append("        actuals:")
            lines += [f"          - {{as_of: {on}, bhxh: {80 + 10 * (on == DAY)}}}" for on in day]
        communes = draw(st.integers(0, 3))
        if communes:
            lines.append("        units:")
        paths.append(f"p/d{d}")
        for c in range(communes):
            kind = draw(st.sampled_from(["area", "group"]))
            lines.append(f"          c{c}: {{name: Xã {d}-{c}, kind: {kind}, population: 40}}")
            paths.append(f"p/d{d}/c{c}")
    if draw(st.booleans()):  # another province, its figure of the day a warning of its own
        lines += ["  q:", "    name: Q", "    population: 10"]
        lines += ["    actuals:", f"      - {{as_of: {DAY}, bhyt: 50}}"]
    chosen = draw(st.lists(st.sampled_from(paths), unique=True, min_size=1))
    rows = [UnitRow(path, 4 + i, draw(counts), {}) for i, path in enumerate(chosen)]
    as_of = draw(st.sampled_from([DAY, date.today() + timedelta(days=3)]))
    sheet = draw(st.sampled_from(["Sheet1", "Tháng 3\x1b]0;x\x07", "a\u202eb\u2028c\x85"]))
    return "\n".join(lines) + "\n", rows, as_of, sheet


# Each test over drawn data sets writes files in a folder of its own (`tmp_path_factory`).
ON_DATA_SETS = settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _key(found: Problem, output: Path) -> tuple[object, ...]:
    """A problem as both must find it. A value of the loaded set is placed, and named in a
    message, only by the full validation (which reports any error the checks find)."""
    if found.position.file != str(output):
        return (found.severity, found.rule, found.message.key, found.position.file)
    message = found.message if found.severity == "warning" else found.message.key
    return (found.severity, found.rule, message, found.position)


@ON_DATA_SETS
@given(data_sets())
def test_the_checks_of_an_import_find_what_the_full_validation_finds(
    tmp_path_factory: pytest.TempPathFactory, drawn: tuple[str, list[UnitRow], date, str]
) -> None:
    text, rows, as_of, sheet = drawn
    folder = tmp_path_factory.mktemp("set")
    targets = folder / "targets.yaml"
    targets.write_text(text, encoding="utf-8")
    output = folder / "actuals" / "p.yaml"
    dataset = load(str(targets))
    request = ImportRequest(Path("sheet.xlsx"), "p", as_of)
    new_text, entries = snapshot_yaml(request, sheet, ReadRows(units=rows))
    raw = new_text.encode("utf-8")
    quick = problems_with(dataset.data, str(targets), str(output), entries, date.today())
    # the set read back from the cache, as an import reads it: its projection on the day
    projected = load(str(targets), snapshots_of=as_of)
    assert projected.from_cache
    again = problems_with(projected.data, str(targets), str(output), entries, date.today())
    assert [_key(p, output) for p in again if p.position.file == str(output)] == [
        _key(p, output) for p in quick if p.position.file == str(output)
    ]
    try:
        full = _validated(targets, output, raw)
    except DataError as failed:
        assert {_key(p, output) for p in quick if p.severity == "error"} == {
            _key(p, output) for p in failed.problems
        }
    else:
        assert all(p.severity == "warning" for p in quick)
        assert _checked(dataset, output, raw, entries) == full


@ON_DATA_SETS
@given(data_sets())
def test_the_walk_gives_the_units_snapshots_and_counts_the_checks_would_make(
    tmp_path_factory: pytest.TempPathFactory, drawn: tuple[str, list[UnitRow], date, str]
) -> None:
    """What `_adding` hands the checks (`Walked`) is what `CheckContext` makes of the set with
    the new snapshots in place: every unit in `all_units`' order, each of its snapshots with
    its index, and each one's `counts()` (a row's figures in the sheet's order: equal dicts);
    and the set is as it was afterwards."""
    from bhxh_cli.domain.units import all_units
    from bhxh_cli.sheets.setcheck import _adding, by_path

    text, rows, as_of, sheet = drawn
    targets = tmp_path_factory.mktemp("set") / "targets.yaml"
    targets.write_text(text, encoding="utf-8")
    data = load(str(targets), snapshots_of=as_of).data
    before = {ref.path: ref.unit.actuals for ref in all_units(data)}
    request = ImportRequest(Path("s.xlsx"), "p", as_of)
    _, entries = snapshot_yaml(request, sheet, ReadRows(units=rows))
    new = by_path(entries)
    with _adding(data, new) as walked:
        units = list(all_units(data))
        assert [(ref.path, ref.unit) for ref in walked.units] == [
            (ref.path, ref.unit) for ref in units
        ]
        snapshots = [(ref, i, s) for ref in units for i, s in enumerate(ref.unit.actuals)]
        assert [(ref.path, i, s) for ref, i, s in walked.snapshots] == [
            (ref.path, i, s) for ref, i, s in snapshots
        ]
        assert walked.figures == [s.counts() for _, _, s in snapshots]
        for path, entry in new.items():
            assert units[[ref.path for ref in units].index(path)].unit.actuals[-1] is entry.snapshot
    assert {ref.path: ref.unit.actuals for ref in all_units(data)} == before


def test_the_checks_place_each_figure_of_the_new_file(tmp_path: Path) -> None:
    """A figure above its whole and above its denominator, at the line and column of each."""
    targets = tmp_path / "targets.yaml"
    targets.write_text(
        "version: 1\ninclude: [actuals/*.yaml]\nprovinces:\n  p:\n    name: P\n    units:\n"
        "      a: {name: A, population: 10, labour_force: 10}\n",
        encoding="utf-8",
    )
    row = UnitRow("p/a", 4, {Scheme.BHXH: 5, Scheme.BHXH_BAT_BUOC: 7, Scheme.BHYT: 11}, {})
    request = ImportRequest(Path("s.csv"), "p", DAY)
    _, entries = snapshot_yaml(request, "s", ReadRows(units=[row]))
    found = problems_with(load(str(targets)).data, str(targets), "new.yaml", entries, DAY)
    placed = {(p.rule, p.position.line, p.position.col) for p in found}
    # line 5 is `- as_of:`, then bhxh, bhxh_bat_buoc, bhyt, each value after `SCHEME: `
    assert placed == {("part-above-whole", 7, 24), ("above-denominator", 8, 15)}


@given(st.text())
def test_a_source_of_the_new_file_holds_no_character_the_text_check_refuses(name: str) -> None:
    """Why the import's checks leave `text_controls` out: the sources are printable."""
    assert refused_character(_printable(name)) is None
    assert refused_character(_printable(name), note=True) is None


@given(st.text())
def test_a_source_is_quoted_as_json_quotes_it(name: str) -> None:
    """The new file's sources are quoted by hand (`json` is not loaded for it): as
    `json.dumps` quotes the same printable text, keeping non-ASCII, and YAML reads it back."""
    import json

    import yaml

    from bhxh_cli.sheets.importer import _double_quoted

    text = _printable(name)
    assert _double_quoted(text) == json.dumps(text, ensure_ascii=False)
    assert yaml.safe_load(f"source: {_double_quoted(text)}") == {"source": text}


@given(
    st.lists(
        st.dictionaries(st.sampled_from(list(Scheme)), st.integers(0, 10**9), min_size=1),
        min_size=1,
        max_size=20,
    )
)
def test_the_new_snapshots_are_those_their_class_makes(figures: list[dict[Scheme, int]]) -> None:
    """The import makes its snapshots a column at a time (`_snapshots`), as the cache does:
    they are the snapshots `Snapshot(...)` makes of the same figures, field for field."""
    from bhxh_cli.domain.data import Snapshot
    from bhxh_cli.sheets.importer import _snapshots

    units = [UnitRow(f"p/u{n}", n + 4, actual, {}) for n, actual in enumerate(figures)]
    made = _snapshots(DAY, "s.xlsx, Sheet1 row ", units)
    expected = [
        Snapshot(
            as_of=DAY,
            source=f"s.xlsx, Sheet1 row {unit.row + 1}",
            **{scheme.value: count for scheme, count in unit.actual.items()},
        )
        for unit in units
    ]
    assert [vars(snapshot) for snapshot in made] == [vars(snapshot) for snapshot in expected]


@given(
    st.lists(counts, min_size=1, max_size=12),
    st.text(min_size=1, max_size=8),
    st.text(st.sampled_from("%{}s d'\"\\é:#"), min_size=1, max_size=8),
)
def test_the_new_file_gives_each_unit_its_figures_its_source_and_its_line(
    figures: list[dict[Scheme, int]], sheet: str, name: str
) -> None:
    """Read back as YAML, the new file is each unit's figures in scheme order and its row's
    source, each snapshot at the line its entry says; runs of units that give the same
    schemes and those that do not, and names with what a template would take for its own."""
    import yaml

    rows = [UnitRow(f"p/u{n}", n + 4, actual, {}) for n, actual in enumerate(figures)]
    request = ImportRequest(Path(f"{name}.xlsx"), "p", DAY)
    text, entries = snapshot_yaml(request, sheet, ReadRows(units=rows))
    units = yaml.safe_load(text)["units"]
    assert list(units) == [row.path for row in rows]
    lines = text.splitlines()
    source = f"{_printable(name)}.xlsx, {_printable(sheet)} row "
    for row, entry in zip(rows, entries, strict=True):
        (written,) = units[row.path]["actuals"]
        expected = {s.value: row.actual[s] for s in Scheme if s in row.actual}
        assert written == {"as_of": DAY, **expected, "source": f"{source}{row.row + 1}"}
        assert list(written)[1:-1] == list(expected)  # in scheme order
        assert lines[entry.line - 1] == f"      - as_of: {DAY}"
        assert entry.row is row
