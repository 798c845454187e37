"""`bhxh import`: the set's warnings about the new file, mapping files, sheets and files that
cannot be read."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from bhxh_cli.errors import UsageError
from bhxh_cli.messages import Message
from bhxh_cli.sheets.grid import _unreadable_as_usage_error
from tests.conftest import bhxh
from tests.sheets.test_import import MERGED, WRITTEN, errors, run_import, sheet
from tests.sheets.workbooks import write_csv, write_xlsx


def test_a_warning_of_the_data_set_about_a_new_figure_is_shown_at_its_line(folder: Path) -> None:
    rows = sheet()
    rows[8][6], rows[8][5], rows[8][7] = 21000, 22000, None  # Thới Lai: 20,000 people
    rows[7][5], rows[7][6] = 22000, 21000
    rows[9][5], rows[9][6] = 92000, 81000
    run = run_import(folder, write_xlsx(folder / "s.xlsx", rows, MERGED))
    assert run.exit_code == 0, run.stderr
    line = next(line for line in run.stderr.splitlines() if "[above-denominator]" in line)
    assert line.startswith(f"{folder / WRITTEN}:19:15: warning [above-denominator]")
    assert "bhyt: 21000" in (folder / WRITTEN).read_text(encoding="utf-8").splitlines()[18]


def test_a_wrong_mapping_file_is_an_error_at_its_line(folder: Path) -> None:
    mapping = folder / "mapping.yaml"
    mapping.write_text("header_end: 4\nname: B\ncolumns:\n  c: bhyt actual\n", encoding="utf-8")
    run = run_import(
        folder, write_xlsx(folder / "s.xlsx", sheet(), MERGED), "--mapping", str(mapping)
    )
    assert run.exit_code == 1
    assert errors(run) == [
        f"{mapping}:4:3: error: columns: 'c' is not a column letter such as B or AA"
    ]


def test_a_csv_file_that_is_not_utf8_is_refused(folder: Path) -> None:
    path = write_csv(folder / "s.csv", sheet())
    path.write_bytes(path.read_bytes().replace("Đơn vị".encode(), b"\xd0\xf5n v\xfb"))
    run = run_import(folder, path)
    assert run.exit_code == 1
    assert errors(run) == ["s.csv: error: the CSV file is not UTF-8 text"]


def test_an_unknown_sheet_names_the_sheets_there_are(folder: Path) -> None:
    workbook = write_xlsx(folder / "s.xlsx", sheet(), MERGED, sheet="Tháng 4")
    run = run_import(folder, workbook, "--sheet", "Sheet1")
    assert run.exit_code == 2
    assert "no sheet 'Sheet1'; the workbook has Tháng 4" in run.stderr
    ok = run_import(folder, workbook, "--sheet", "Tháng 4")
    assert ok.exit_code == 0, ok.stderr
    assert "from Tháng 4, rows 6-9." in ok.stdout


def test_a_file_that_is_not_a_workbook_is_refused(folder: Path) -> None:
    (folder / "s.xlsx").write_bytes(b"PK\x03\x04 not really a workbook")
    run = run_import(folder, folder / "s.xlsx")
    assert run.exit_code == 2
    assert "cannot read" in run.stderr
    (folder / "s.txt").write_text("x")
    assert "not a workbook or CSV file" in run_import(folder, folder / "s.txt").stderr


def test_a_sheet_without_a_header_says_how_to_give_one(folder: Path) -> None:
    run = run_import(folder, write_xlsx(folder / "s.xlsx", [["a", "b"], [1, 2]]))
    assert errors(run) == [
        "Sheet1: error: no header found: no cell names a scheme (BHXH bắt buộc, BHYT, ...)"
    ]


def test_without_hard_links_the_file_is_still_created_never_overwritten(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_links(*_args: object) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    workbook = write_xlsx(folder / "s.xlsx", sheet(), MERGED)
    assert run_import(folder, workbook).exit_code == 0
    assert "exists: it is never overwritten" in run_import(folder, workbook).stderr
    assert [p.name for p in (folder / "actuals").iterdir()] == [WRITTEN.name]


def _loaded_by(folder: Path, start: str, watched: tuple[str, ...]) -> list[str]:
    """Which of `watched` a report that fills the cache loads, then an import into the set it
    read, each a process started by `start` (a statement that runs bhxh, its code in `code`),
    with its exit code: `['yaml'] 0` for instance."""
    workbook = write_xlsx(folder / "s.xlsx", sheet(), MERGED)
    script = (
        f"import sys; sys.argv = ['bhxh', *sys.argv[1:]]; {start}; "
        f"print(sorted(set({watched!r}) & set(sys.modules)), code, file=sys.stderr)"
    )
    env = {"BHXH_DATA": str(folder / "targets.yaml"), "BHXH_CACHE_DIR": str(folder / "cache")}
    env |= {"COLUMNS": "100", "PATH": ""}
    fill = ["coverage", "-p", "p", "--format", "json"]
    args = ["import", str(workbook), "-p", "p", "--as-of", "30/04/2024"]
    found = []
    for argv in (fill, args):
        done = subprocess.run(
            [sys.executable, "-c", script, *argv],
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
        found.append(done.stderr.strip().splitlines()[-1])
    assert (folder / WRITTEN).is_file()
    return found


def test_an_import_into_a_set_in_the_cache_loads_neither_the_parser_nor_pydantic(
    folder: Path,
) -> None:
    """The new figures are checked against the set as the cache holds it: PyYAML and Pydantic
    stay unloaded (they cost an import about 20 ms), and the file is still written."""
    start = "from bhxh_cli.cli import run; code = run()"
    found = _loaded_by(folder, start, ("yaml", "pydantic"))
    assert found == ["['pydantic', 'yaml'] 0", "[] 0"]  # the first run parsed and cached the set


# What an import of a cached set with nothing to warn about does without: the classes of plans
# (`domain.plans`, and the periods and weights they hold), the checks it does not run
# (overlapping targets), json, and the renderer of problems. Each costs an import a
# millisecond or more.
UNNEEDED = (
    "bhxh_cli.domain.plans",
    "bhxh_cli.domain.periods",
    "bhxh_cli.domain.weight",
    "bhxh_cli.datafile.overlaps",
    "json",
    "bhxh_cli.render.problems",
)


def test_an_import_that_finds_nothing_to_say_loads_nothing_it_does_not_use(folder: Path) -> None:
    """Run as `bhxh` runs (its entry point, the direct start): the modules an import needs
    only for plans, for checks it leaves out, or to say a problem stay unloaded."""
    start = "from bhxh_cli.__main__ import _run; code = _run()"
    report, imported = _loaded_by(folder, start, UNNEEDED)
    assert imported == "[] 0"
    assert report.endswith(" 0") and report != "[] 0"  # a report loads what it needs


@pytest.mark.parametrize("damage", ["truncated", "not xml"])
def test_a_workbook_whose_sheet_is_damaged_is_one_message_not_a_traceback(
    folder: Path, damage: str
) -> None:
    """The workbook opens (its list of sheets is sound) and its sheet's own XML is broken:
    calamine finds out only when it reads the sheet."""
    good = write_xlsx(folder / "good.xlsx", sheet(), MERGED)
    with zipfile.ZipFile(good) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    name = next(n for n in parts if n.startswith("xl/worksheets/"))
    parts[name] = parts[name][: len(parts[name]) // 2] if damage == "truncated" else b"<<<"
    damaged = folder / "damaged.xlsx"
    with zipfile.ZipFile(damaged, "w") as target:
        for part, content in parts.items():
            target.writestr(part, content)
    run = run_import(folder, damaged)
    assert run.exit_code == 2
    assert run.stderr.startswith(f"bhxh: error: cannot read {damaged}: ")
    assert "Traceback" not in run.stderr
    assert not (folder / WRITTEN).exists()


def test_the_data_set_and_the_province_are_reported_before_the_sheet(folder: Path) -> None:
    """The sheet is read on a thread while the set loads; what goes wrong is still told in
    the order of reading one by one: the set, the province, then the sheet."""
    missing = folder / "missing.xlsx"
    run = bhxh(
        "import",
        str(missing),
        "-p",
        "nowhere",
        "--as-of",
        "30/04/2024",
        "--data",
        str(folder / "targets.yaml"),
    )
    assert run.exit_code == 2
    assert run.stderr.startswith("bhxh: error: no unit 'nowhere'"), run.stderr
    (folder / "broken.yaml").write_text("version: 1\nprovinces: [\n", encoding="utf-8")
    run = bhxh(
        "import",
        str(missing),
        "-p",
        "p",
        "--as-of",
        "30/04/2024",
        "--data",
        str(folder / "broken.yaml"),
    )
    assert run.exit_code == 1
    assert "broken.yaml:" in run.stderr.splitlines()[0], run.stderr
    run = run_import(folder, missing)
    assert run.exit_code == 2
    assert run.stderr.startswith(f"bhxh: error: {missing}: no such file"), run.stderr


class PanicException(BaseException):
    """What Python sees when calamine's Rust code panics: a BaseException by this name."""


def test_a_panic_of_the_reader_is_the_message_that_the_file_cannot_be_read() -> None:
    with pytest.raises(UsageError) as caught, _unreadable_as_usage_error(Path("s.xlsx")):
        raise PanicException("index out of bounds")
    assert caught.value.message == Message(
        "import.unreadable", path="s.xlsx", reason="index out of bounds"
    )


@pytest.mark.parametrize("stop", [KeyboardInterrupt, SystemExit])
def test_ctrl_c_and_an_exit_go_through_the_reader_s_guard(stop: type[BaseException]) -> None:
    with pytest.raises(stop), _unreadable_as_usage_error(Path("s.xlsx")):
        raise stop
