"""Units' `code:` in the data file: checked against the registry of the unit's period, and a
way for a typed name to find its unit through the registry."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bhxh_cli.datafile.parse import examine
from bhxh_cli.domain.units import resolve
from bhxh_cli.errors import UsageError
from tests.conftest import Writer, bhxh, rules_and_lines, validate_problems

TODAY = date(2026, 12, 1)

OLD_HAU_GIANG = """\
version: 1
provinces:
  hau-giang:
    name: Hậu Giang
    code: "93"
    units:
      long-my-town: {name: Long My town, code: "937"}
      huyen-long-my: {name: Huyện Long Mỹ, code: "936"}
"""


def problems(text: str) -> list[tuple[str, int, str, str | None]]:
    found = examine(text, "t.yaml", TODAY).problems
    return [(p.rule, p.position.line, str(p.message), p.hint and str(p.hint)) for p in found]


def test_codes_that_name_the_unit_on_its_period_map_are_clean() -> None:
    assert problems(OLD_HAU_GIANG.replace("Long My town", "Thị xã Long Mỹ")) == []


def test_a_code_naming_another_unit_warns_with_the_registry_name_in_the_hint() -> None:
    [(rule, line, message, hint)] = problems(OLD_HAU_GIANG)
    assert (rule, line) == ("registry-code", 7)
    assert (
        message == "code '937' is Thị xã Long Mỹ in the map before 2025-07-01, not 'Long My town'"
    )
    assert hint == "the registry names it Thị xã Long Mỹ: correct the name or the code"


def test_an_unknown_code_warns() -> None:
    text = OLD_HAU_GIANG.replace('"937"', '"999"').replace("Long My town", "Thị xã Long Mỹ")
    [(rule, line, message, hint)] = problems(text)
    assert (rule, line) == ("registry-code", 7)
    assert message == "code '999' is no district of the map before 2025-07-01"
    assert hint == "see `bhxh provinces --registry --on 2025-06-30`"


def test_a_sub_unit_code_of_another_province_warns() -> None:
    text = OLD_HAU_GIANG.replace("Long My town", "Thị xã Long Mỹ").replace(
        '{name: Huyện Long Mỹ, code: "936"}', '{name: Ninh Kiều, code: "916"}'
    )
    [(rule, line, message, hint)] = problems(text)
    assert (rule, line) == ("registry-code", 8)
    assert message == "code '916' is Quận Ninh Kiều of Thành phố Cần Thơ, not of this province"
    assert hint == "a sub-unit's code is one of its own province's units"


def test_a_merged_province_is_read_on_the_map_of_the_day_before_it_merged() -> None:
    """15 was Yên Bái until 30 June 2025 and is Lào Cai since."""
    text = """\
version: 1
provinces:
  lao-cai: {name: Lào Cai, code: "15"}
  yen-bai: {name: Yên Bái, code: "15", merged_into: lao-cai, merged_on: 2025-07-01}
"""
    assert problems(text) == []
    swapped = text.replace("Yên Bái, code", "Yen Bai town, code")
    [(rule, line, message, _)] = problems(swapped)
    assert (rule, line) == ("registry-code", 4)
    assert "is Tỉnh Yên Bái in the map before 2025-07-01" in message


def test_a_code_must_be_digits_in_quotes(write_yaml: Writer) -> None:
    path = write_yaml(OLD_HAU_GIANG.replace('code: "93"', "code: 93"))
    assert ("bad-code", 5) in rules_and_lines(path)
    [found] = [p for p in validate_problems(path) if p["rule"] == "bad-code"]
    assert found["hint"] == 'write it in quotes, e.g. code: "01"'


def validating_loads_the_registry(path: Path) -> bool:
    """Whether validating the file (in a fresh interpreter) imports the registry."""
    import subprocess
    import sys

    script = (
        "import sys; from datetime import date; from pathlib import Path;"
        "from bhxh_cli.datafile.validate import validate_files;"
        f"validate_files([Path({str(path)!r})], date(2026, 12, 1));"
        "print('bhxh_cli.registry.model' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return out.stdout.strip() == "True"


def test_a_file_without_codes_never_loads_the_registry(write_yaml: Writer) -> None:
    path = write_yaml(OLD_HAU_GIANG.replace('code: "93"\n', "").replace(', code: "937"', ""))
    assert not validating_loads_the_registry(path)


def _data(text: str):  # type: ignore[no-untyped-def]
    examined = examine(text, "t.yaml", TODAY)
    assert examined.data is not None
    return examined.data


@pytest.mark.parametrize("typed", ["Thị xã Long Mỹ", "TX Long My", "937"])
def test_a_typed_name_finds_the_unit_with_that_code_through_the_registry(typed: str) -> None:
    assert resolve(_data(OLD_HAU_GIANG), typed).path == "hau-giang/long-my-town"


def test_a_name_neither_the_file_nor_the_registry_knows_is_still_an_error() -> None:
    with pytest.raises(UsageError):
        resolve(_data(OLD_HAU_GIANG), "Vị Thanh")


def test_coverage_province_resolves_through_the_registry(write_yaml: Writer) -> None:
    text = OLD_HAU_GIANG.replace(
        '{name: Long My town, code: "937"}',
        '{name: Long My town, code: "937", actuals: [{as_of: 2025-06-30, bhyt: 5}]}',
    )
    run = bhxh(
        "coverage", "-p", "Thị xã Long Mỹ", "--format", "json", "--data", str(write_yaml(text))
    )
    assert run.exit_code == 0, run.stderr
    assert '"unit": "hau-giang/long-my-town"' in run.stdout
