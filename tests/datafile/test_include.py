"""Data sets of several files: `include:`, additions by unit path, and one check of the whole."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bhxh_cli.datafile import dataset, load
from tests.conftest import bhxh

# The rules this file has a case for (tests/datafile/test_validate.py counts them as covered).
INCLUDE_RULES = {
    "include-missing",
    "include-cycle",
    "include-limit",
    "declared-twice",
    "include-unknown-unit",
    "include-redefines",
}

MAIN = """\
version: 1
include: [actuals/*.yaml]
provinces:
  p:
    name: P
    population: 1000
    labour_force: 600
    targets:
      - period: 2024
        bhyt: {total: 900}
    units:
      a: {name: Xã A, population: 600}
      b: {name: Xã B, population: 400}
"""

ACTUALS = """\
units:
  p:
    actuals:
      - as_of: 2024-06-30
        bhyt: {total}
  p/a:
    actuals:
      - as_of: 2024-06-30
        bhyt: {a}
"""


def write(folder: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder / "targets.yaml"


def problems(main: Path, *more: Path) -> list[tuple[str, str, int]]:
    run = bhxh("validate", "--format", "json", str(main), *map(str, more))
    return [
        (Path(p["file"]).name, p["rule"], p["line"]) for p in json.loads(run.stdout)["problems"]
    ]


def test_an_included_file_adds_snapshots_to_units_declared_elsewhere(tmp_path: Path) -> None:
    main = write(tmp_path, {"targets.yaml": MAIN, "actuals/p-2024-06.yaml": ACTUALS})
    (tmp_path / "actuals/p-2024-06.yaml").write_text(ACTUALS.format(total=810, a=500))
    run = bhxh("progress", "-p", "p", "-f", "json", "--data", str(main))
    assert run.exit_code == 0, run.stderr
    (row,) = json.loads(run.stdout)["rows"]
    assert (row["actual"], row["plan"]) == (810, 900)
    run = bhxh("coverage", "-p", "p/a", "-f", "json", "--data", str(main))
    assert json.loads(run.stdout)["rows"][0]["participants"] == 500


def test_a_glob_that_matches_nothing_is_a_set_before_its_first_import(tmp_path: Path) -> None:
    main = write(tmp_path, {"targets.yaml": MAIN})
    assert problems(main) == []


def test_a_literal_path_that_does_not_exist_is_an_error_at_its_entry(tmp_path: Path) -> None:
    main = write(tmp_path, {"targets.yaml": MAIN.replace("actuals/*.yaml", "actuals/p.yaml")})
    assert problems(main) == [("targets.yaml", "include-missing", 2)]


def test_the_same_unit_date_and_scheme_in_two_files_names_both_places(tmp_path: Path) -> None:
    twice = MAIN.replace(
        "    units:\n", "    actuals:\n      - as_of: 2024-06-30\n        bhyt: 800\n    units:\n"
    )
    main = write(
        tmp_path, {"targets.yaml": twice, "actuals/x.yaml": ACTUALS.format(total=810, a=1)}
    )
    run = bhxh("validate", "--format", "json", str(main))
    (found,) = json.loads(run.stdout)["problems"]
    assert (Path(found["file"]).name, found["rule"], found["line"]) == (
        "x.yaml",
        "snapshot-twice",
        5,
    )
    assert f"{main}:13:15" in found["message"]
    assert run.exit_code == 1


def test_an_error_in_an_included_file_is_reported_there_with_its_line(tmp_path: Path) -> None:
    bad = ACTUALS.format(total="1.600.000", a=1)
    main = write(tmp_path, {"targets.yaml": MAIN, "actuals/x.yaml": bad})
    run = bhxh("coverage", "-p", "p", "--data", str(main))
    assert run.exit_code == 1
    assert f"{tmp_path / 'actuals/x.yaml'}:5:15: error [not-whole-number]" in run.stderr
    assert "        bhyt: 1.600.000" in run.stderr  # the included file's own line, quoted


def test_a_province_is_declared_once_in_a_set(tmp_path: Path) -> None:
    other = "provinces:\n  q: {name: Q}\n  p: {name: P again}\n"
    main = write(tmp_path, {"targets.yaml": MAIN, "actuals/x.yaml": other})
    run = bhxh("validate", "--format", "json", str(main))
    (found,) = json.loads(run.stdout)["problems"]
    assert (found["rule"], found["line"], found["message"]) == (
        "declared-twice",
        3,
        f"'p' is already declared at {main}:4:3",
    )


def test_an_included_file_may_declare_a_province_of_its_own(tmp_path: Path) -> None:
    other = "provinces:\n  q:\n    name: Q\n    actuals:\n      - {as_of: 2024-06-30, bhyt: 7}\n"
    main = write(tmp_path, {"targets.yaml": MAIN, "actuals/x.yaml": other})
    run = bhxh("coverage", "-p", "q", "-f", "json", "--data", str(main))
    assert json.loads(run.stdout)["rows"][0]["participants"] == 7


def test_additions_name_a_declared_unit_and_never_redefine_it(tmp_path: Path) -> None:
    other = "units:\n  p/ax:\n    actuals: []\n  p/a:\n    name: Other\n    actuals: []\n"
    main = write(tmp_path, {"targets.yaml": MAIN, "actuals/x.yaml": other})
    assert problems(main) == [
        ("x.yaml", "include-unknown-unit", 2),
        ("x.yaml", "include-redefines", 5),
    ]
    run = bhxh("validate", str(main))
    assert "did you mean 'p/a'?" in run.stdout


def test_an_unknown_key_at_the_top_of_an_included_file(tmp_path: Path) -> None:
    main = write(tmp_path, {"targets.yaml": MAIN, "actuals/x.yaml": "unit:\n  p: {}\n"})
    assert problems(main) == [("x.yaml", "unknown-key", 1)]


def test_an_include_cycle_is_an_error_and_a_glob_passes_over_its_own_file(tmp_path: Path) -> None:
    main = write(
        tmp_path,
        {
            "targets.yaml": MAIN.replace("[actuals/*.yaml]", "['*.yaml', actuals/b.yaml]"),
            "actuals/b.yaml": "include: [../targets.yaml]\n",
        },
    )
    assert problems(main) == [("b.yaml", "include-cycle", 1)]


def test_nothing_an_included_file_holds_can_run_code(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    planted = f"units: !!python/object/apply:os.system ['touch {marker}']\n"
    main = write(tmp_path, {"targets.yaml": MAIN, "actuals/x.yaml": planted})
    assert problems(main) == [("x.yaml", "yaml-tag", 1)]
    assert not marker.exists()


def test_a_set_of_too_many_files_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dataset, "MAX_SET_FILES", 3)
    files = {f"actuals/{n}.yaml": "units: {}\n" for n in range(5)}
    main = write(tmp_path, {"targets.yaml": MAIN, **files})
    assert problems(main) == [("targets.yaml", "include-limit", 2)]


def test_the_cache_covers_every_file_of_the_set(tmp_path: Path) -> None:
    main = write(tmp_path, {"targets.yaml": MAIN, "actuals/x.yaml": ACTUALS.format(total=1, a=1)})
    assert not load(str(main)).from_cache
    assert load(str(main)).from_cache
    (tmp_path / "actuals/x.yaml").write_text(ACTUALS.format(total=2, a=1))
    changed = load(str(main))
    assert not changed.from_cache
    assert changed.data.provinces["p"].actuals[0].bhyt == 2
    assert load(str(main)).from_cache
    (tmp_path / "actuals/y.yaml").write_text("units: {}\n")  # a new file the glob matches
    assert not load(str(main)).from_cache
    (tmp_path / "actuals/y.yaml").unlink()
    assert not load(str(main)).from_cache


def test_validate_checks_a_set_once_when_its_files_are_given_too(tmp_path: Path) -> None:
    main = write(tmp_path, {"targets.yaml": MAIN, "actuals/x.yaml": ACTUALS.format(total=1, a=1)})
    run = bhxh("validate", "--format", "json", str(tmp_path / "actuals/x.yaml"), str(main))
    assert json.loads(run.stdout) == {"files": 2, "errors": 0, "warnings": 0, "problems": []}


def test_a_repeated_data_option_is_a_usage_error(tmp_path: Path) -> None:
    main = write(tmp_path, {"targets.yaml": MAIN})
    run = bhxh("coverage", "--data", str(main), "--data", str(main))
    assert run.exit_code == 2
    assert "--data is given more than once" in run.stderr


def test_a_loop_of_links_named_by_an_include_is_an_error_not_a_crash(tmp_path: Path) -> None:
    main = write(tmp_path, {"targets.yaml": MAIN.replace("actuals/*.yaml", "loop.yaml")})
    (tmp_path / "loop.yaml").symlink_to(tmp_path / "loop.yaml")
    assert problems(main) == [("targets.yaml", "include-missing", 2)]
