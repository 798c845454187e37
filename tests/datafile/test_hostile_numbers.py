"""Numbers written to overwhelm: rates with absurd exponents and counts no country has. Each
is refused with its rule at its place, and never costs a hang, a huge output or a traceback;
what the limits allow is computed exactly."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from bhxh_cli.datafile.limits import MAX_COUNT, MAX_RATE_DECIMALS
from tests.conftest import DATA, PROVINCE, ROOT, bhxh, rules_and_lines

Writer = Callable[..., Path]
SHIPPED = DATA.read_text(encoding="utf-8")


# Rates


@pytest.mark.parametrize("rate", ["1e-999999999999999999", "0e-9999999", "95.6000001"])
def test_a_rate_beyond_the_precision_is_refused_at_once(write_yaml: Writer, rate: str) -> None:
    path = write_yaml(SHIPPED.replace("bhyt: {rate: 95.6}", f"bhyt: {{rate: {rate}}}"))
    started = time.perf_counter()
    for args in (("coverage",), ("progress", "-p", "vinh-long")):
        run = bhxh(*args, "--data", str(path))
        assert run.exit_code == 1
        assert "[rate-precision]" in run.stderr
        assert len(run.stdout + run.stderr) < 2000
    assert time.perf_counter() - started < 5


def test_a_rate_with_as_many_decimals_as_allowed_is_read_exactly(write_yaml: Writer) -> None:
    rate = "95." + "1" * MAX_RATE_DECIMALS
    path = write_yaml(SHIPPED.replace("bhyt: {rate: 95.6}", f"bhyt: {{rate: {rate}}}"))
    run = bhxh("coverage", "-p", "vinh-long", "--format", "json", "--data", str(path))
    health = next(row for row in json.loads(run.stdout)["rows"] if row["scheme"] == "bhyt")
    assert health["target"]["value"] == float(rate)
    assert health["required"] == 979_027  # ceil(95.111111 x 1,029,350 / 100 = 979,026.2)


def test_a_rate_written_with_an_exponent_within_the_precision_is_fine(
    write_yaml: Writer,
) -> None:
    path = write_yaml(SHIPPED.replace("bhyt: {rate: 95.6}", "bhyt: {rate: 9.56e1}"))
    assert rules_and_lines(path) == []


# Counts


def test_a_count_above_the_limit_is_refused_at_its_place(write_yaml: Writer) -> None:
    text = PROVINCE.replace("population: 1000", "population: 1")
    text += f"    actuals:\n      - {{as_of: 2024-01-01, bhyt: {10**24}}}\n"
    path = write_yaml(text)
    assert rules_and_lines(path) == [("count-too-large", 8)]
    run = bhxh("coverage", "-p", "p", "--data", str(path))
    assert (run.exit_code, run.stdout) == (1, "")
    assert "[count-too-large]" in run.stderr


def test_the_largest_count_is_accepted_and_one_more_is_not(write_yaml: Writer) -> None:
    text = PROVINCE.replace("population: 1000", "population: {}")
    assert rules_and_lines(write_yaml(text.format(MAX_COUNT))) == []
    assert rules_and_lines(write_yaml(text.format(MAX_COUNT + 1))) == [("count-too-large", 5)]


def test_sums_of_counts_at_the_limit_print_exactly(write_yaml: Writer) -> None:
    units = "".join(
        f"      u{n}: {{name: U{n}, population: {MAX_COUNT}, "
        f"actuals: [{{as_of: 2024-01-01, bhyt: {MAX_COUNT}}}]}}\n"
        for n in range(50)
    )
    target = "    targets: [{period: 2024, bhyt: {rate: 50}}]\n"
    path = write_yaml(
        PROVINCE.replace("    population: 1000\n", "") + target + "    units:\n" + units
    )
    run = bhxh("progress", "-p", "p", "--format", "json", "--data", str(path))
    assert run.exit_code == 0, run.stderr
    (health,) = json.loads(run.stdout)["rows"]
    assert health["actual"] == 50 * MAX_COUNT


def test_the_json_schema_says_the_same_bounds() -> None:
    schema = json.loads((ROOT / "schema" / "targets.schema.json").read_text(encoding="utf-8"))
    population = schema["$defs"]["Unit"]["properties"]["population"]["anyOf"][0]
    assert (population["minimum"], population["maximum"]) == (0, MAX_COUNT)
    days = schema["$defs"]["Campaign"]["properties"]["days"]["anyOf"][0]
    assert (days["minimum"], days["maximum"]) == (1, MAX_COUNT)
