"""`bhxh import` with a data file whose units carry codes: names the folding does not settle
are looked up in the registry among the province's units and find the unit with that code
(Thị xã and Huyện Long Mỹ of Hậu Giang), a name the registry finds twice is an error listing
both with their codes, and a column of codes matches rows by code."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from bhxh_cli.sheets.units import UnmatchedError, code_text
from tests.conftest import Run, bhxh
from tests.sheets.test_import import TARGETS, errors
from tests.sheets.workbooks import Cell, write_csv, write_xlsx

WRITTEN = Path("actuals/hau-giang-2025-06-30.yaml")


def hau_giang(folder: Path, *, bare_long_my: bool = False) -> Path:
    """Hậu Giang on the map of 2025-06-30 as `bhxh init` writes it (every district with its
    code), in a set that includes `actuals/*.yaml`; with `bare_long_my`, both Long Mỹ named
    alike, as an office's file may."""
    text = bhxh("init", "hau-giang", "--on", "2025-06-30").stdout
    text = text.replace("version: 1\n", "version: 1\ninclude: [actuals/*.yaml]\n", 1)
    if bare_long_my:
        text = text.replace("name: Huyện Long Mỹ", "name: Long Mỹ")
        text = text.replace("name: Thị xã Long Mỹ", "name: Long Mỹ")
    path = folder / "targets.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def sheet(*rows: list[Cell], header: tuple[str, ...] = ("Đơn vị", "BHYT")) -> list[list[Cell]]:
    return [[*header], *rows]


def run_import(targets: Path, workbook: Path, *more: str) -> Run:
    return bhxh(
        "import", str(workbook), "-p", "hau-giang", "--as-of", "2025-06-30",
        "--data", str(targets), *more,
    )  # fmt: skip


def written(folder: Path) -> dict[str, int]:
    """Each unit path of the written snapshot with its bhyt figure."""
    units = yaml.safe_load((folder / WRITTEN).read_text(encoding="utf-8"))["units"]
    return {path: added["actuals"][0]["bhyt"] for path, added in units.items()}


def test_the_type_tells_the_town_from_the_district_through_the_registry(tmp_path: Path) -> None:
    targets = hau_giang(tmp_path, bare_long_my=True)
    rows = sheet(["Thị xã\u00a0Long  Mỹ", 17], ["H. Long Mỹ", 16])
    run = run_import(targets, write_xlsx(tmp_path / "s.xlsx", rows))
    assert run.exit_code == 0, run.stderr
    assert written(tmp_path) == {"hau-giang/thi-xa-long-my": 17, "hau-giang/huyen-long-my": 16}


def test_the_town_is_never_taken_for_the_district_the_file_has(tmp_path: Path) -> None:
    targets = hau_giang(tmp_path)
    text = targets.read_text(encoding="utf-8")
    town = 'thi-xa-long-my: {name: Thị xã Long Mỹ, code: "937"}'
    targets.write_text(text.replace(town, "nga-nam: {name: Ngã Năm}"), "utf-8")
    run = run_import(targets, write_xlsx(tmp_path / "s.xlsx", sheet(["TX. Long Mỹ", 5])))
    assert errors(run) == [
        "Sheet1!A2: error: 'TX. Long Mỹ' is Thị xã Long Mỹ (code 937) on the map of 2025-06-30; "
        "no unit of hau-giang has that code"
    ]
    assert not (tmp_path / WRITTEN).exists()


def test_a_name_the_registry_finds_twice_is_an_error_listing_both_with_codes(
    tmp_path: Path,
) -> None:
    for bare in (False, True):
        targets = hau_giang(tmp_path, bare_long_my=bare)
        rows = sheet(["Vị Thanh", 1], ["Long Mỹ", 2])
        run = run_import(targets, write_csv(tmp_path / "s.csv", rows))
        assert run.exit_code == 1
        assert errors(run) == [
            "s!A3: error: 'Long Mỹ' names several units in the registry: "
            "Huyện Long Mỹ (code 936), Thị xã Long Mỹ (code 937)"
        ]
        assert "  hint: write the type (Thị xã, Huyện, TX., H., ...) or add a column of codes" in (
            run.stderr
        )
        assert not (tmp_path / WRITTEN).exists()


def test_a_type_the_registry_does_not_give_leaves_the_folding_to_decide(tmp_path: Path) -> None:
    """Ngã Bảy has been a thành phố since 2020; a sheet still calling it a thị xã names it."""
    targets = hau_giang(tmp_path)
    rows = sheet(["TX. Ngã Bảy", 4], ["TP. Vị Thanh", 3], ["Vị Thủy", 2])
    run = run_import(targets, write_xlsx(tmp_path / "s.xlsx", rows))
    assert run.exit_code == 0, run.stderr
    assert list(written(tmp_path).items()) == [
        ("hau-giang/nga-bay", 4), ("hau-giang/vi-thanh", 3), ("hau-giang/vi-thuy", 2)
    ]  # fmt: skip


@pytest.mark.parametrize("label", ["Mã ĐVHC", "Mã", "mã đơn vị", "MA DVHC"])
def test_a_column_of_codes_matches_rows_by_code(tmp_path: Path, label: str) -> None:
    targets = hau_giang(tmp_path, bare_long_my=True)
    rows = sheet(
        [937, "Long Mỹ", 7],
        ["936", "Long Mỹ", 6],
        ["00930", "Vị Thanh", 5],
        [931.0, None, 4],
        header=(label, "Đơn vị", "BHYT"),
    )
    run = run_import(targets, write_xlsx(tmp_path / "s.xlsx", rows))
    assert run.exit_code == 0, run.stderr
    assert written(tmp_path) == {
        "hau-giang/thi-xa-long-my": 7,
        "hau-giang/huyen-long-my": 6,
        "hau-giang/vi-thanh": 5,
        "hau-giang/nga-bay": 4,
    }
    shown = run_import(targets, tmp_path / "s.xlsx", "--show-mapping")
    assert {"name: B", "code: A"} <= set(shown.stdout.splitlines())


def test_a_code_no_unit_has_or_a_name_of_another_unit_is_an_error_at_the_code(
    tmp_path: Path,
) -> None:
    targets = hau_giang(tmp_path)
    rows = sheet(
        [999, "Vị Thanh", 1],
        [931, "Vị Thanh", 2],
        ["9x3", "Châu Thành", 3],
        header=("Mã ĐVHC", "Đơn vị", "BHYT"),
    )
    run = run_import(targets, write_xlsx(tmp_path / "s.xlsx", rows))
    assert errors(run) == [
        "Sheet1!A2: error: code '999' is no unit's code in hau-giang",
        "Sheet1!A3: error: code '931' is hau-giang/nga-bay, but the row names 'Vị Thanh'",
        "Sheet1!A4: error: '9x3' is not a code: a code is digits",
    ]
    assert "  hint: that name is hau-giang/vi-thanh: a row shifted against its codes?" in (
        run.stderr.splitlines()
    )
    assert not (tmp_path / WRITTEN).exists()


def test_a_mapping_file_gives_the_column_of_codes(tmp_path: Path) -> None:
    targets = hau_giang(tmp_path, bare_long_my=True)
    mapping = tmp_path / "mapping.yaml"
    mapping.write_text("header_end: 1\ncode: C\nname: A\ncolumns:\n  B: bhyt actual\n", "utf-8")
    rows = sheet(["Long Mỹ", 9, "937"], header=("Tên", "Y tế", "Số"))
    run = run_import(targets, write_csv(tmp_path / "s.csv", rows), "--mapping", str(mapping))
    assert run.exit_code == 0, run.stderr
    assert written(tmp_path) == {"hau-giang/thi-xa-long-my": 9}


def test_a_file_without_codes_never_loads_the_registry(tmp_path: Path) -> None:
    (tmp_path / "targets.yaml").write_text(TARGETS, encoding="utf-8")
    workbook = write_csv(tmp_path / "s.csv", sheet(["TX. Long Mỹ", 5], ["Xã Thới Lai", 4]))
    script = (
        "import sys; from bhxh_cli.cli import run; sys.argv = ['bhxh', *sys.argv[1:]];"
        "code = run(); print('bhxh_cli.registry.model' in sys.modules, code, file=sys.stderr)"
    )
    args = ["import", str(workbook), "-p", "p", "--as-of", "2024-04-30"]
    env = {"BHXH_DATA": str(tmp_path / "targets.yaml"), "COLUMNS": "100", "PATH": ""}
    done = subprocess.run(
        [sys.executable, "-c", script, *args], capture_output=True, text=True, env=env, check=False
    )
    assert done.stderr.strip().splitlines()[-1] == "False 0", done.stderr


def test_names_are_read_on_the_map_of_the_import_date(tmp_path: Path) -> None:
    """Cần Thơ's file lists the communes of 1 July 2025; a sheet of 30 June 2025 lists the old
    districts, and its Quận Ninh Kiều is no commune of the file, not Phường Ninh Kiều."""
    text = bhxh("init", "can-tho").stdout
    targets = tmp_path / "targets.yaml"
    targets.write_text(text.replace("version: 1\n", "version: 1\ninclude: [actuals/*.yaml]\n"))
    workbook = write_csv(tmp_path / "s.csv", sheet(["Q. Ninh Kiều", 5]))
    run = bhxh(
        "import", str(workbook), "-p", "can-tho", "--as-of", "2025-06-30", "--data", str(targets)
    )
    assert errors(run) == [
        "s!A2: error: 'Q. Ninh Kiều' is Quận Ninh Kiều (code 916) on the map of 2025-06-30; "
        "no unit of can-tho has that code"
    ]
    workbook = write_csv(tmp_path / "s.csv", sheet(["Ninh Kiều", 5]))
    run = bhxh(
        "import", str(workbook), "-p", "can-tho", "--as-of", "2025-07-31", "--data", str(targets)
    )
    assert run.exit_code == 0, run.stderr
    assert "can-tho/ninh-kieu:" in (tmp_path / "actuals/can-tho-2025-07-31.yaml").read_text()


def test_a_name_that_starts_like_a_prefix_is_found_behind_one(tmp_path: Path) -> None:
    """ "Phương Bình" starts like "Phường": "X. Phương Bình" is that commune, codes or none."""
    targets = tmp_path / "targets.yaml"
    text = TARGETS.replace("Thới Lai, population", "Phương Bình, population")
    targets.write_text(text, encoding="utf-8")
    workbook = write_csv(tmp_path / "s.csv", sheet(["X. Phương Bình", 5], ["H. Cờ Đỏ", 4]))
    run = bhxh("import", str(workbook), "-p", "p", "--as-of", "2024-04-30", "--data", str(targets))
    assert run.exit_code == 0, run.stderr
    written = (tmp_path / "actuals/p-2024-04-30.yaml").read_text(encoding="utf-8")
    assert "p/thoi-lai:" in written
    assert "p/co-do:" in written


@pytest.mark.parametrize(("cell", "code"), [(937, "937"), (937.0, "937"), (" 0937 ", "0937")])
def test_a_code_cell_a_sheet_stores_as_a_number_or_text(cell: object, code: str) -> None:
    assert code_text(cell) == code


@pytest.mark.parametrize("cell", [937.5, -937.0, float("inf"), float("nan"), True, "9x3", "９３７"])
def test_a_code_cell_that_is_not_a_whole_number_of_digits_is_refused(cell: object) -> None:
    with pytest.raises(UnmatchedError):
        code_text(cell)
