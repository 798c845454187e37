"""`bhxh validate` finds every problem in one run: a problem hides only the checks that depend
on the value it is about, campaign problems are at the key that is wrong, and each hint fits
its case."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.conftest import PROVINCE, rules_and_lines, validate_problems

Writer = Callable[..., Path]

HEAD = PROVINCE + "    units: {a: {name: A}, b: {name: B}}\ncampaigns:\n"
# A campaign naming a unit that is not in the file, on line 11.
UNKNOWN = "  lost:\n    name: L\n    province: nowhere\n    per_unit: {bhyt: 1}\n"


def test_a_schema_error_in_a_province_hides_no_campaign_check(write_yaml: Writer) -> None:
    path = write_yaml(HEAD.replace("population: 1000", "population: -1") + UNKNOWN)
    assert rules_and_lines(path) == [("negative", 5), ("campaign-unknown-unit", 11)]


def test_an_error_in_one_campaign_hides_no_unknown_unit_in_another(write_yaml: Writer) -> None:
    broken = "  broken:\n    name: B\n    province: p\n    per_unit: {bhyt: 1}\n    days: 2\n"
    path = write_yaml(HEAD + UNKNOWN + broken)
    assert rules_and_lines(path) == [("campaign-unknown-unit", 11), ("campaign-dates", 17)]


def test_an_error_in_a_campaign_hides_no_unknown_unit_of_its_own(write_yaml: Writer) -> None:
    path = write_yaml(HEAD + UNKNOWN + "    start: 2024-05-02\n    end: 2024-05-01\n")
    assert rules_and_lines(path) == [("campaign-unknown-unit", 11), ("campaign-dates", 14)]


def test_bounds_of_a_campaign_that_failed_are_not_checked_twice(write_yaml: Writer) -> None:
    split = "  s:\n    name: S\n    province: p\n    split: {bhyt: 9}\n    min: 5\n    max: 1\n"
    assert rules_and_lines(write_yaml(HEAD + split)) == [("campaign-quota", 13)]


def test_a_sub_unit_that_failed_the_schema_is_not_called_unknown(write_yaml: Writer) -> None:
    text = HEAD.replace("{a: {name: A}, b: {name: B}}", "{a: {name: A}, b: {name: B, kind: x}}")
    staff = "  c:\n    name: C\n    province: p\n    staff: {b: 2}\n    per_staff: {bhyt: 1}\n"
    split = "  s:\n    name: S\n    province: p\n    split: {bhyt: 9}\n    max: 5\n"
    # b is not counted out of p's sub-units, so the split of 9 over at most 5 each is feasible
    assert rules_and_lines(write_yaml(text + staff + split)) == [("wrong-type", 7)]


def test_a_part_above_the_whole_in_health_hides_no_bhxh_sum(write_yaml: Writer) -> None:
    snapshot = "    actuals:\n      - as_of: 2024-12-31\n        bhyt: 900\n"
    snapshot += "        bhyt_ho_gia_dinh: 901\n        bhxh: 300\n"
    snapshot += "        bhxh_bat_buoc: 200\n        bhxh_tu_nguyen: 99\n"
    text = HEAD.replace("campaigns:\n", "") + snapshot
    assert rules_and_lines(write_yaml(text)) == [("part-above-whole", 11), ("bhxh-not-sum", 12)]


# Hints that fit their case


def hint_of(path: Path) -> object:
    (problem,) = validate_problems(path)
    return problem["hint"]


def test_an_infeasible_minimum_is_not_fixed_by_raising_the_maximum(write_yaml: Writer) -> None:
    split = "  s:\n    name: S\n    province: p\n    split: {bhyt: 9}\n    min: 5\n"
    assert hint_of(write_yaml(HEAD + split)) == "lower min or raise the total"
    split = "  s:\n    name: S\n    province: p\n    split: {bhyt: 9}\n    max: 4\n"
    assert hint_of(write_yaml(HEAD + split)) == "raise max or lower the total"


def test_thousands_written_with_a_comma_are_named_so(write_yaml: Writer) -> None:
    text = HEAD.replace("population: 1000", "population: 980,000")
    path = write_yaml(text.replace("campaigns:\n", ""))
    assert hint_of(path) == (
        "',' groups thousands in English numbers, and YAML reads 980,000 as text; write 980000"
    )


def test_a_decimal_comma_in_a_flow_mapping_says_to_write_a_point(write_yaml: Writer) -> None:
    target = "    targets:\n      - {period: 2025, bhyt: {rate: 95,8}}\n"
    path = write_yaml(HEAD.replace("campaigns:\n", "") + target)
    (problem,) = validate_problems(path)
    assert (problem["rule"], problem["line"], problem["message"]) == (
        "unknown-key",
        9,
        "unknown key '8'",
    )
    assert problem["hint"] == (
        "in {...} a comma separates entries, so YAML read rate: 95 and a key '8'; write 95.8"
    )


def test_thousands_in_a_flow_mapping_say_to_write_the_digits(write_yaml: Writer) -> None:
    snapshot = "    actuals:\n      - {as_of: 2024-12-31, bhyt: 1,065,565}\n"
    problems = validate_problems(write_yaml(HEAD.replace("campaigns:\n", "") + snapshot))
    assert [p["message"] for p in problems] == ["unknown key '065'", "unknown key '565'"]
    assert {p["hint"] for p in problems} == {
        "in {...} a comma separates entries, so YAML read bhyt: 1 and a key '065'; write 1065565",
        "in {...} a comma separates entries, so YAML read bhyt: 1 and a key '565'; write 1065565",
    }


def test_every_inconsistency_of_one_campaign_is_reported_each_at_its_key(
    write_yaml: Writer,
) -> None:
    """Its dates twice wrong and a scheme given two ways: three problems, not the first."""
    campaign = "  c:\n    name: C\n    province: p\n    end: 2024-01-01\n    days: 3\n"
    campaign += "    per_unit: {bhyt: 1}\n    split: {bhyt: 9}\n"
    assert rules_and_lines(write_yaml(HEAD + campaign)) == [
        ("campaign-dates", 12),  # end without a start
        ("campaign-dates", 13),  # days beside end
        ("campaign-quota", 15),  # bhyt per unit and split
    ]
