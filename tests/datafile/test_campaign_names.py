"""A campaign naming its units by a name (in slug form) or a code the registry finds in the file:
taken as that unit by `bhxh quota`, and a warning with the slug to write in `bhxh validate`; a
name the registry finds twice, or two names of one unit, is an error."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import Writer, bhxh, validate_problems
from tests.registry.test_codes import validating_loads_the_registry

CAMPAIGN = """\
campaigns:
  rally:
    name: Ra quân
    province: {province}
    staff:
{staff}
    per_staff: {{bhyt_ho_gia_dinh: 2}}
"""


def hau_giang(write_yaml: Writer, province: str, **staff: int) -> Path:
    """Hậu Giang on the map of 2025-06-30 as `bhxh init` writes it (codes on every district),
    with a campaign whose staff are given by these keys."""
    text = bhxh("init", "hau-giang", "--on", "2025-06-30").stdout
    lines = "\n".join(f'      "{key}": {count}' for key, count in staff.items())
    return write_yaml(text + CAMPAIGN.format(province=province, staff=lines))


def found(path: Path) -> list[tuple[object, ...]]:
    return [(p["rule"], p["line"], p["severity"], p["hint"]) for p in validate_problems(path)]


def test_a_code_or_a_folded_full_name_is_taken_and_warned_with_its_slug(
    write_yaml: Writer,
) -> None:
    path = hau_giang(write_yaml, '"93"', **{"vi-thanh": 3, "tx-long-my": 2, "936": 4})
    line = path.read_text(encoding="utf-8").splitlines().index('    province: "93"') + 1
    assert found(path) == [
        ("campaign-unit-name", line, "warning", "write its slug: province: hau-giang"),
        ("campaign-unit-name", line + 3, "warning", "write its slug: staff: thi-xa-long-my"),
        ("campaign-unit-name", line + 4, "warning", "write its slug: staff: huyen-long-my"),
    ]
    [problem] = [p for p in validate_problems(path) if p["line"] == line + 3]
    assert problem["message"] == (
        "campaign 'rally' names 'tx-long-my', which the registry finds as hau-giang/thi-xa-long-my"
    )
    run = bhxh("quota", "rally", "--format", "json", "--data", str(path))
    assert run.exit_code == 0, run.stderr
    quotas = {row["unit"]: row["quota"] for row in json.loads(run.stdout)["allocations"]}
    assert quotas == {
        "hau-giang/vi-thanh": 6,
        "hau-giang/thi-xa-long-my": 4,
        "hau-giang/huyen-long-my": 8,
    }


def test_a_name_the_registry_finds_twice_is_an_error_naming_both(write_yaml: Writer) -> None:
    path = hau_giang(write_yaml, "hau-giang", **{"long-my": 3})
    [problem] = validate_problems(path)
    assert (problem["rule"], problem["severity"]) == ("campaign-unknown-unit", "error")
    assert problem["message"] == (
        "campaign 'rally': 'long-my' names several units through the registry: "
        "hau-giang/huyen-long-my, hau-giang/thi-xa-long-my"
    )
    assert bhxh("quota", "rally", "--data", str(path)).exit_code == 1


def test_two_names_of_one_unit_are_an_error_never_added_up(write_yaml: Writer) -> None:
    path = hau_giang(write_yaml, "hau-giang", **{"thi-xa-long-my": 3, "937": 2})
    rules = [(p["rule"], p["severity"], p["message"]) for p in validate_problems(path)]
    assert rules == [
        ("campaign-unit-name", "warning", rules[0][2]),
        (
            "campaign-unknown-unit",
            "error",
            "campaign 'rally' gives the staff of thi-xa-long-my twice (first as 'thi-xa-long-my')",
        ),
    ]
    assert bhxh("quota", "rally", "--data", str(path)).exit_code == 1


def test_a_name_the_registry_does_not_know_is_the_unknown_unit_it_was(write_yaml: Writer) -> None:
    path = hau_giang(write_yaml, "hau-giang", **{"nga-nam": 3})
    assert [(p["rule"], p["message"]) for p in validate_problems(path)] == [
        ("campaign-unknown-unit", "campaign 'rally': hau-giang has no sub-unit 'nga-nam'")
    ]
    path = hau_giang(write_yaml, "hau-giang-x", **{"vi-thanh": 3})
    assert [p["message"] for p in validate_problems(path)] == [
        "campaign 'rally' names no unit 'hau-giang-x'"
    ]


def test_a_file_without_codes_never_loads_the_registry(write_yaml: Writer) -> None:
    text = """\
version: 1
provinces:
  hau-giang:
    name: Hậu Giang
    units:
      vi-thanh: {name: Vị Thanh}
      thi-xa-long-my: {name: Thị xã Long Mỹ}
"""
    path = write_yaml(text + CAMPAIGN.format(province="hau-giang", staff='      "937": 2'))
    assert not validating_loads_the_registry(path)
    assert [p["rule"] for p in validate_problems(path)] == ["campaign-unknown-unit"]
