"""Checks of the figures: parts and wholes, denominators, sub-units, periods, dates, mergers."""

from __future__ import annotations

import time
from datetime import date, timedelta

import pytest

from bhxh_cli.datafile import load
from bhxh_cli.datafile.parse import examine
from bhxh_cli.errors import DataError
from tests.conftest import DATA, PROVINCE, Writer

TODAY = date(2025, 6, 1)


def found(text: str, today: date = TODAY) -> list[tuple[str, int]]:
    return [(p.rule, p.position.line) for p in examine(text, "t.yaml", today).problems]


def snapshot(**counts: int) -> str:
    lines = [f"        {scheme}: {value}" for scheme, value in counts.items()]
    return PROVINCE + "    actuals:\n      - as_of: 2024-12-31\n" + "\n".join(lines) + "\n"


def test_the_shipped_data_has_no_problem_at_all() -> None:
    text = DATA.read_text(encoding="utf-8")
    assert examine(text, str(DATA), date(2026, 1, 1)).problems == []


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        ({"bhyt": 900, "bhyt_ho_gia_dinh": 901}, [("part-above-whole", 10)]),
        ({"bhxh": 300, "bhxh_tu_nguyen": 301}, [("part-above-whole", 10)]),
        ({"bhxh": 300, "bhxh_bat_buoc": 301}, [("part-above-whole", 10)]),
        ({"bhxh": 300, "bhxh_bat_buoc": 200, "bhxh_tu_nguyen": 100}, []),
        ({"bhxh": 300, "bhxh_bat_buoc": 200, "bhxh_tu_nguyen": 99}, [("bhxh-not-sum", 9)]),
        # a part above the whole is the one message; the sum is not reported again
        ({"bhxh": 300, "bhxh_bat_buoc": 200, "bhxh_tu_nguyen": 301}, [("part-above-whole", 11)]),
        ({"bhxh_bat_buoc": 200, "bhxh_tu_nguyen": 100}, []),
    ],
)
def test_parts_and_wholes_in_one_snapshot(
    counts: dict[str, int], expected: list[tuple[str, int]]
) -> None:
    assert found(snapshot(**counts)) == expected


def test_participants_above_the_denominator_are_a_warning() -> None:
    examined = examine(snapshot(bhyt=1001), "t.yaml", TODAY)
    (problem,) = examined.problems
    assert (problem.rule, problem.severity, problem.position.line) == (
        "above-denominator",
        "warning",
        9,
    )
    assert examined.errors == []


def test_a_snapshots_own_denominator_wins_over_the_units() -> None:
    text = snapshot(bhyt=1001).replace("        bhyt", "        population: 2000\n        bhyt")
    assert found(text) == []


def test_a_derived_bhxh_above_the_labour_force_is_reported_at_its_snapshot() -> None:
    assert found(snapshot(bhxh_bat_buoc=400, bhxh_tu_nguyen=300)) == [("above-denominator", 8)]


def units(parent: int, *children: tuple[str, str, int]) -> str:
    text = PROVINCE + f"    actuals:\n      - {{as_of: 2024-12-31, bhyt: {parent}}}\n    units:\n"
    for slug, kind, value in children:
        text += (
            f"      {slug}:\n        name: {slug}\n        kind: {kind}\n"
            f"        actuals:\n          - {{as_of: 2024-12-31, bhyt: {value}}}\n"
        )
    return text


def test_sub_units_adding_up_to_more_than_their_parent() -> None:
    assert found(units(100, ("a", "area", 60), ("b", "area", 41))) == [("units-above-parent", 8)]


def test_sub_units_adding_up_to_exactly_their_parent_are_fine() -> None:
    assert found(units(100, ("a", "area", 60), ("b", "area", 40))) == []


def test_groups_of_people_are_never_added_to_areas() -> None:
    assert found(units(100, ("a", "area", 60), ("leaders", "group", 90))) == []


def test_sub_units_are_compared_only_on_the_same_date() -> None:
    text = units(100, ("a", "area", 60), ("b", "area", 41)).replace(
        "{as_of: 2024-12-31, bhyt: 41}", "{as_of: 2024-06-30, bhyt: 41}"
    )
    assert found(text) == []


def targets(*periods: str, scheme: str = "bhyt") -> str:
    entries = "".join(f"      - period: {p}\n        {scheme}: {{total: 900}}\n" for p in periods)
    return PROVINCE + "    targets:\n" + entries


def test_a_phase_inside_its_year_is_normal() -> None:
    assert found(targets("2024", "2024-H1", "2024-Q1", "2024-02")) == []


def test_identical_periods_warn_at_the_second() -> None:
    assert found(targets("2024", "2024-01-01/2024-12-31")) == [("overlapping-targets", 11)]


def test_partly_overlapping_periods_warn() -> None:
    assert found(targets("2024-H1", "{start: 2024-06-01, end: 2024-07-31}")) == [
        ("overlapping-targets", 11)
    ]


def test_overlap_is_reported_at_the_later_target_in_the_file() -> None:
    assert found(targets("{start: 2024-06-01, end: 2024-07-31}", "2024-H1")) == [
        ("overlapping-targets", 11)
    ]


def test_different_schemes_may_share_a_period() -> None:
    text = targets("2024") + "      - period: 2024\n        bhxh: {rate: 40}\n"
    assert found(text) == []


def test_many_nested_targets_are_checked_quickly() -> None:
    first, last = date(2000, 1, 1), date(2010, 12, 31)
    years = [f"{first + timedelta(i)}/{last - timedelta(i)}" for i in range(2000)]
    started = time.perf_counter()
    assert found(targets(*years)) == []
    assert time.perf_counter() - started < 10


def test_a_snapshot_dated_after_today_is_a_warning() -> None:
    text = snapshot(bhyt=10).replace("2024-12-31", "2025-06-02")
    assert found(text) == [("future-snapshot", 8)]
    assert found(text, today=date(2025, 6, 2)) == []


MERGED = """\
version: 1
provinces:
  can-tho: {name: Cần Thơ}
  hau-giang: {name: Hậu Giang, merged_into: can-th, merged_on: 2025-07-01}
"""


def test_merged_into_an_unknown_province() -> None:
    (problem,) = examine(MERGED, "t.yaml", TODAY).problems
    assert (problem.rule, problem.position.line, problem.position.col) == (
        "unknown-merge-target",
        4,
        45,
    )
    assert str(problem.hint) == "did you mean 'can-tho'?"


def test_merged_into_a_province_that_fails_the_schema_is_still_known() -> None:
    text = MERGED.replace("merged_into: can-th,", "merged_into: can-tho,").replace(
        "{name: Cần Thơ}", "{name: Cần Thơ, populaton: 1}"
    )
    assert found(text) == [("unknown-key", 3)]


def test_a_schema_error_in_one_province_does_not_hide_figures_of_another() -> None:
    text = snapshot(bhyt=900, bhyt_ho_gia_dinh=901) + "  q:\n    name: Q\n    populaton: 1\n"
    assert found(text) == [("part-above-whole", 10), ("unknown-key", 13)]


def test_load_refuses_errors_of_the_figures_but_not_warnings(write_yaml: Writer) -> None:
    assert load(str(write_yaml(snapshot(bhyt=1001)))).data.provinces["p"].name == "P"
    with pytest.raises(DataError) as caught:
        load(str(write_yaml(snapshot(bhyt=900, bhyt_ho_gia_dinh=901))))
    assert [p.rule for p in caught.value.problems] == ["part-above-whole"]


def test_a_period_written_in_fullwidth_digits_is_refused_not_read_as_2024(
    write_yaml: Writer,
) -> None:
    text = PROVINCE + '    targets:\n      - period: "２０２４"\n        bhyt: {rate: 90}\n'
    with pytest.raises(DataError) as caught:
        load(str(write_yaml(text)))
    assert [(p.rule, p.position.line) for p in caught.value.problems] == [("bad-period", 8)]
