"""`coverage --by-unit`: the units x schemes table, in every format."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PROVINCE as SMALL_PROVINCE
from tests.conftest import Writer, bhxh

PROVINCE = (
    SMALL_PROVINCE
    + """\
    actuals: [{as_of: 2024-06-30, bhyt: 900, bhxh_tu_nguyen: 60}]
    targets: [{period: 2024, name: NQ 1, bhyt: {rate: 95}, bhxh_tu_nguyen: {total: 100}}]
    units:
      a:
        name: A
        population: 500
        actuals: [{as_of: 2024-06-30, bhyt: 480, bhxh_tu_nguyen: 20}]
        targets: [{period: 2024, bhyt: {rate: 95}, bhxh_tu_nguyen: {total: 50}}]
        units:
          a1:
            name: A One
            population: 200
            actuals: [{as_of: 2024-06-30, bhyt: 150}]
            targets: [{period: 2024, bhyt: {rate: 95}}]
      b:
        name: B
        population: 500
        actuals: [{as_of: 2024-06-30, bhyt: 420, bhxh_tu_nguyen: 40}]
        targets: [{period: 2024, bhyt: {rate: 95}, bhxh_tu_nguyen: {total: 50}}]
"""
)


@pytest.fixture
def province(write_yaml: Writer) -> Path:
    return write_yaml(PROVINCE)


def doc(path: Path, *args: str) -> Any:
    run = bhxh("coverage", "--data", str(path), "-p", "p", "--by-unit", *args, "-f", "json")
    assert run.exit_code == 0, run.stderr
    return json.loads(run.stdout)


def order(document: dict[str, Any], scheme: str) -> list[tuple[str, Any]]:
    return [(u["unit"], u["percent_of_target"]) for u in document["units"] if u["scheme"] == scheme]


def test_rows_are_laggards_first_by_the_first_scheme_with_a_target(province: Path) -> None:
    got = doc(province)
    assert got["sort"] == "bhxh_tu_nguyen"
    # B 40 of 50 = 80%, A 20 of 50 = 40%: A first; the province's own total last
    assert order(got, "bhxh_tu_nguyen") == [("p/a", 40), ("p/b", 80), ("p", 60)]


def test_sort_names_the_scheme_that_orders_the_rows(province: Path) -> None:
    got = doc(province, "--sort", "bhyt")
    # B 420 of 475 = 88.42%, A 480 of 475 = 101.05%
    assert order(got, "bhyt") == [("p/b", 88.42), ("p/a", 101.05), ("p", 94.74)]


def test_records_are_tidy_one_per_unit_and_scheme_with_parent(province: Path) -> None:
    got = doc(province, "--depth", "2")
    keys = {(u["unit"], u["scheme"]) for u in got["units"]}
    assert len(keys) == len(got["units"])
    parents = {u["unit"]: u["parent"] for u in got["units"]}
    assert parents == {"p/a": "p", "p/a/a1": "p/a", "p/b": "p", "p": None}
    health = next(u for u in got["units"] if (u["unit"], u["scheme"]) == ("p/a/a1", "bhyt"))
    assert (health["coverage_rate"], health["required"], health["gap"]) == (75, 190, 40)
    assert (health["period"], health["denominator_source"]) == ("2024", "unit")


def test_csv_has_the_same_records_flat(province: Path) -> None:
    args = ("coverage", "--data", str(province), "-p", "p", "--by-unit", "-f", "csv")
    records = list(csv.DictReader(io.StringIO(bhxh(*args).stdout)))
    assert list(records[0])[:4] == ["unit", "name", "parent", "scheme"]
    assert {"target_kind", "target_value", "period_closed"} <= set(records[0])
    assert records[-1]["unit"] == "p"
    assert records[-1]["parent"] == ""


def test_table_shows_parents_at_depth_2_and_the_sort(province: Path) -> None:
    args = ("coverage", "--data", str(province), "-p", "p", "--depth", "2")
    out = bhxh(*args, env={"COLUMNS": "160"}).stdout
    a_one = next(line for line in out.splitlines() if "A One" in line)
    assert a_one.split()[:3] == ["A", "One", "A"]  # its parent
    assert "75.00%" in a_one
    assert "Sub-units by % of target of Voluntary, lowest first." in out
    vietnamese = bhxh("--lang", "vi", *args, env={"COLUMNS": "160"}).stdout
    assert "thấp nhất trước" in vietnamese


def test_markdown_draws_the_same_table(province: Path) -> None:
    args = ("coverage", "--data", str(province), "-p", "p", "--by-unit", "-f", "markdown")
    out = bhxh(*args).stdout
    assert out.startswith("### P (p): coverage as of 2024-06-30, target period 2024")
    assert "| **P** |" in out


def test_by_unit_needs_a_province() -> None:
    run = bhxh("coverage", "--by-unit")
    assert run.exit_code == 2
    assert "--by-unit" in run.stderr


def test_by_unit_and_merged_do_not_go_together() -> None:
    run = bhxh("coverage", "-p", "can-tho", "--by-unit", "--merged")
    assert run.exit_code == 2
    assert "--by-unit and --merged cannot be used together" in run.stderr
