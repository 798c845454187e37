"""The command line as users meet it: output formats, names, exit codes, error messages."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from bhxh_cli import __version__
from tests.conftest import ROOT, Writer, bhxh


def test_demo_table_shows_the_article_figures() -> None:
    out = bhxh("coverage", "-p", "vinh-long").stdout
    for figure in ("95.40%", "984,059", "2,059", "35.00%", "194,286", "24,286"):
        assert figure in out


@pytest.mark.parametrize("query", ["vinh-long", "Vĩnh Long", "VINH LONG", "vinh long", "Vĩnh Long"])
def test_province_by_slug_or_name_any_case_nfc_or_nfd(query: str) -> None:
    doc = json.loads(bhxh("coverage", "-p", query, "-f", "json").stdout)
    assert doc["unit"] == "vinh-long"


@pytest.mark.parametrize("query", ["can-tho/thoi-lai", "Cần Thơ/Thới Lai", "thoi lai"])
def test_sub_unit_by_path_or_unique_name(query: str) -> None:
    doc = json.loads(bhxh("coverage", "-p", query, "-f", "json").stdout)
    assert doc["unit"] == "can-tho/thoi-lai"


def test_unknown_province_exits_2_with_the_closest_slugs() -> None:
    run = bhxh("coverage", "-p", "vinh-lon")
    assert run.exit_code == 2
    assert run.stdout == ""
    assert "no unit 'vinh-lon'" in run.stderr
    assert "vinh-long" in run.stderr
    assert "Traceback" not in run.stderr


def test_bad_option_value_exits_2() -> None:
    assert bhxh("coverage", "-p", "vinh-long", "-f", "xml").exit_code == 2
    assert bhxh("coverage", "-p", "vinh-long", "--as-of", "31/13/2024").exit_code == 2
    assert bhxh("coverage", "-p", "vinh-long", "--period", "2030").exit_code == 2


def test_invalid_data_file_exits_1_with_file_line_col(write_yaml: Writer) -> None:
    path = write_yaml("version: 1\nprovinces:\n  x:\n    name: X\n    population: 982.000\n")
    run = bhxh("coverage", "--data", str(path))
    assert run.exit_code == 1
    assert run.stdout == ""
    assert f"{path}:5:17: error [not-whole-number]" in run.stderr
    assert "    population: 982.000" in run.stderr
    assert "thousands" in run.stderr
    assert "Traceback" not in run.stderr


def test_missing_data_file_exits_2(tmp_path: Path) -> None:
    run = bhxh("coverage", "--data", str(tmp_path / "none.yaml"))
    assert run.exit_code == 2
    assert "no such file" in run.stderr


def test_as_of_picks_the_latest_snapshot_on_or_before_the_date() -> None:
    run = bhxh("coverage", "-p", "vinh-long", "--as-of", "2024-06-30")
    assert run.exit_code == 2
    assert "no snapshot on or before 2024-06-30" in run.stderr
    doc = json.loads(
        bhxh("coverage", "-p", "vinh-long", "--as-of", "2025-06-30", "-f", "json").stdout
    )
    assert doc["as_of"] == "2024-12-31"


def test_json_without_province_is_a_list_of_reports() -> None:
    doc = json.loads(bhxh("coverage", "-f", "json").stdout)
    assert isinstance(doc, list)
    assert [d["unit"] for d in doc][:2] == ["vinh-long", "ben-tre"]


def test_csv_is_tidy_with_plain_numbers() -> None:
    rows = list(
        csv.DictReader(io.StringIO(bhxh("coverage", "-p", "vinh-long", "-f", "csv").stdout))
    )
    health = next(r for r in rows if r["scheme"] == "bhyt")
    assert health["participants"] == "982000"
    assert health["required"] == "984059"
    assert health["coverage_rate"] == "95.4"
    assert health["target_kind"] == "rate"
    assert health["gap"] == "2059"


def test_markdown_table() -> None:
    out = bhxh("coverage", "-p", "vinh-long", "-f", "markdown").stdout
    assert out.startswith("### Vĩnh Long (vinh-long)")
    assert "| Health insurance | 982,000 | 1,029,350 population | **95.40%** |" in out


def test_vietnamese_numbers_and_labels() -> None:
    out = bhxh("--lang", "vi", "coverage", "-p", "vinh-long", "-f", "markdown").stdout
    assert "| BHYT | 982.000 | 1.029.350 dân số | **95,40%** | 95,6% | 984.059 | **2.059** |" in out


def test_version_and_bare_command() -> None:
    assert bhxh("--version").stdout.strip() == f"bhxh {__version__}"
    bare = bhxh()
    assert bare.exit_code == 0
    assert "coverage" in bare.stdout
    assert "provinces" in bare.stdout


def test_python_dash_m_runs_the_same_program() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bhxh_cli", "--version"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0
    assert done.stdout.strip() == f"bhxh {__version__}"


def test_package_copy_of_the_data_is_the_shipped_file() -> None:
    packaged = ROOT / "src" / "bhxh_cli" / "data" / "targets.yaml"
    assert packaged.read_bytes() == (ROOT / "data" / "targets.yaml").read_bytes()


def test_an_exact_slug_path_is_found_without_comparing_names() -> None:
    from bhxh_cli.datafile import load
    from bhxh_cli.domain.units import find_path, resolve

    data = load(str(ROOT / "data" / "targets.yaml")).data
    found = find_path(data, "can-tho/thoi-lai")
    assert found is not None
    assert found.unit.name == "Thới Lai"
    assert find_path(data, "can-tho/nowhere") is None
    assert resolve(data, "can-tho/thoi-lai") == found


def test_dates_outside_1900_to_2999_are_refused_not_overflowed(write_yaml: Writer) -> None:
    run = bhxh("quota", "--staff", "10", "--per-staff", "bhyt=1", "--start", "9999-12-30")
    assert run.exit_code == 2
    assert "outside 1900-01-01 to 2999-12-31" in run.stderr
    path = write_yaml(
        "version: 1\nprovinces:\n  e:\n    name: E\n    targets:\n"
        "      - {period: {start: 0001-01-01, end: 2024-12-31}, bhyt: {total: 5}}\n"
    )
    run = bhxh("progress", "-p", "e", "--data", str(path))
    assert run.exit_code == 1
    assert "[bad-date]" in run.stderr
    assert "Traceback" not in run.stderr
