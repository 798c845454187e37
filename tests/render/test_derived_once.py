"""Derived values of a result are computed once, whatever the format and however many rows.

A table that asked the plan for its totals on every row was quadratic in the number of units
(5.6 s at 5,300 communes against 0.33 s for JSON); these tests count the computations.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import bhxh_cli.progress.report
import bhxh_cli.quota.plan
from tests.conftest import bhxh

Writer = Callable[..., Path]
UNITS = 60
FORMATS = ("table", "json", "csv", "markdown")


def many_units(write_yaml: Writer) -> Path:
    lines = ["version: 1", "provinces:", "  p:", "    name: P", "    units:"]
    lines += [
        f"      u{i}: {{name: U{i}, population: {100 + i}, "
        f"actuals: [{{as_of: 2024-06-30, bhyt: {50 + i}}}], "
        f"targets: [{{period: 2024, bhyt: {{total: 90}}}}]}}"
        for i in range(UNITS)
    ]
    return write_yaml("\n".join(lines) + "\n")


def counted(monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> list[int]:
    """Replace module.name by a wrapper that counts its calls; the count is calls[0]."""
    calls = [0]
    original = getattr(module, name)

    def wrapper(*args: Any) -> Any:
        calls[0] += 1
        return original(*args)

    monkeypatch.setattr(module, name, wrapper)
    return calls


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_quota_plan_sums_its_totals_once(
    write_yaml: Writer, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    data = str(many_units(write_yaml))
    staff = [arg for i in range(UNITS) for arg in ("--staff", f"u{i}={i + 1}")]
    calls = counted(monkeypatch, bhxh_cli.quota.plan, "scheme_totals")
    args = ["quota", "--data", data, "-p", "p", *staff, "--per-staff", "bhyt=2"]
    args += ["--split", "bhxh_tu_nguyen=6000", "--start", "2024-05-01", "--days", "3"]
    run = bhxh(*args, "-f", fmt)
    assert run.exit_code == 0, run.stderr
    assert calls[0] <= 1


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_progress_report_orders_its_units_once(
    write_yaml: Writer, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    data = str(many_units(write_yaml))
    calls = counted(monkeypatch, bhxh_cli.progress.report, "ranked")
    run = bhxh("progress", "--data", data, "-p", "p", "--by-unit", "-f", fmt)
    assert run.exit_code == 0, run.stderr
    assert f"U{UNITS - 1}" in run.stdout
    assert calls[0] == 1
