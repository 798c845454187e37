"""The sheet of `bhxh import` read from the run's first line (`sheets/workbook.py`): what the
command line is guessed to ask, and that only a reading of what the command asks is used."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.main import get_command

from bhxh_cli.cli import app
from bhxh_cli.sheets import workbook
from bhxh_cli.sheets.workbook import FLAGS, HELP, VALUED, guess, prefetch, reading
from tests.sheets.test_import import MERGED, WRITTEN, sheet
from tests.sheets.workbooks import write_xlsx

ROWS = [["Đơn vị", "BHYT"], ["Xã A", 1]]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["import", "s.xlsx", "-p", "p", "--as-of", "2025-03-31"], ("s.xlsx", None)),
        (["import", "-p", "p", "s.xlsx", "--sheet", "T2"], ("s.xlsx", "T2")),
        (["import", "--sheet=T2", "s.xlsx", "--sheet", "T3"], ("s.xlsx", "T3")),
        (["--lang", "vi", "--no-color", "import", "s.xlsx", "-pp"], ("s.xlsx", None)),
        (["--lang=en", "import", "--data", "d.yaml", "-o", "o.yaml", "s.ods"], ("s.ods", None)),
        (["import", "--replace", "--show-mapping", "s.xlsx", "--sheet", "-x"], ("s.xlsx", "-x")),
        (["import", "--sheet", ""], None),  # no file
        (["import", "s.xlsx", "t.xlsx"], None),  # two files: the command's error
        (["import", "s.xlsx", "--help"], None),
        (["import", "-h", "s.xlsx"], None),
        (["import", "--", "s.xlsx"], None),
        (["import", "s.xlsx", "--unknown", "x"], None),
        (["import", "s.xlsx", "-z"], None),
        (["coverage", "s.xlsx"], None),
        (["--version", "import", "s.xlsx"], None),
        (["template", "-p", "p", "-o", "s.xlsx"], None),
        ([], None),
    ],
)
def test_the_sheet_is_guessed_as_the_command_reads_it(
    args: list[str], expected: tuple[str, str | None] | None
) -> None:
    found = guess(args)
    assert (None if found is None else (str(found[0]), found[1])) == expected


def test_the_options_guessed_are_the_commands_own() -> None:
    command = get_command(app).commands["import"]  # type: ignore[attr-defined]
    options = [p for p in command.params if p.param_type_name == "option"]
    arguments = [p for p in command.params if p.param_type_name == "argument"]
    assert [p.name for p in arguments] == ["sheet_file"]  # the one file `guess` takes
    valued = {name for p in options if not p.is_flag for name in p.opts}
    flags = {name for p in options if p.is_flag for name in p.opts}
    # --lang and --no-color are the run's, read wherever they are typed (cli/group.py)
    assert valued | {"--lang"} == VALUED
    assert flags | {"--no-color"} == FLAGS
    assert not (VALUED | FLAGS) & HELP


@pytest.fixture
def small(tmp_path: Path) -> Path:
    path = tmp_path / "s.xlsx"
    write_xlsx(path, ROWS)
    return path


def test_the_reading_started_first_is_taken_when_it_reads_what_the_command_asks(
    small: Path,
) -> None:
    prefetch(["import", str(small), "-p", "p"])
    early = workbook._STARTED[0]
    taken = reading(small, None)
    assert taken is early
    assert taken.cells().rows == ROWS
    assert not workbook._STARTED


@pytest.mark.parametrize("asked", [("other.xlsx", None), ("s.xlsx", "Sheet2")])
def test_a_reading_of_something_else_is_not_taken(
    small: Path, asked: tuple[str, str | None]
) -> None:
    prefetch(["import", str(small)])
    early = workbook._STARTED[0]
    path = small.with_name(asked[0])
    write_xlsx(path, ROWS)
    taken = reading(path, asked[1])
    assert taken is not None
    assert taken is not early
    assert not workbook._STARTED


@pytest.mark.parametrize("name", ["s.csv", "missing.xlsx", "folder.xlsx"])
def test_only_a_regular_workbook_file_is_read_before_it_is_checked(
    tmp_path: Path, name: str
) -> None:
    path = tmp_path / name
    if name == "s.csv":
        path.write_text("a,b\n", encoding="utf-8")
    elif name == "folder.xlsx":
        path.mkdir()
    prefetch(["import", str(path)])
    assert not workbook._STARTED
    assert reading(path, None) is None


def test_a_file_above_the_limit_is_not_read_before_it_is_checked(
    small: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(workbook, "MAX_SHEET_BYTES", small.stat().st_size - 1)
    prefetch(["import", str(small)])
    assert not workbook._STARTED


# Runs `bhxh` as its entry point does, and tells each reading of a workbook: on which thread,
# and whether the app was imported yet when it began.
TRACED = """
import sys, threading
from bhxh_cli.__main__ import main
seen = []
def trace(frame, event, arg):
    if event == "call" and frame.f_code.co_name == "read_cells":
        seen.append((threading.current_thread().name, "bhxh_cli.cli" in sys.modules))
threading.settrace(trace)
sys.argv = ["bhxh", *sys.argv[1:]]
try:
    main()
finally:
    print(seen, file=sys.stderr)
"""


def test_the_entry_point_reads_the_sheet_once_before_the_app_is_imported(
    folder: Path,
) -> None:
    path = write_xlsx(folder / "s.xlsx", sheet(), MERGED)
    args = ["import", str(path), "-p", "p", "--as-of", "30/04/2024"]
    done = subprocess.run(
        [sys.executable, "-c", TRACED, *args, "--data", str(folder / "targets.yaml")],
        capture_output=True,
        text=True,
        env={
            "BHXH_CACHE_DIR": str(folder / "cache"),
            "PATH": "",
            "PYTHONPATH": os.environ.get("PYTHONPATH", ""),
        },
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip().splitlines()[-1] == "[('bhxh-sheet', False)]"
    assert (folder / WRITTEN).is_file()
