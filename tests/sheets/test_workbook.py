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


# Runs `bhxh` as its entry point does, and tells each reading of a workbook, on any thread:
# which thread, and whether the app was imported yet when it began.
TRACED = """
import sys, threading
from bhxh_cli.__main__ import main
seen = []
def trace(frame, event, arg):
    if event == "call" and frame.f_code.co_name == "read_cells":
        seen.append((threading.current_thread().name, "bhxh_cli.cli" in sys.modules))
threading.settrace(trace)
sys.settrace(trace)
sys.argv = ["bhxh", *sys.argv[1:]]
try:
    main()
finally:
    sys.settrace(None)
    print(seen, file=sys.stderr)
"""


@pytest.mark.parametrize("more", [[], ["--show-mapping"]])
def test_the_entry_point_reads_the_sheet_once_before_the_app_is_imported(
    folder: Path, more: list[str]
) -> None:
    path = write_xlsx(folder / "s.xlsx", sheet(), MERGED)
    args = ["import", str(path), "-p", "p", "--as-of", "30/04/2024", *more]
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
    assert (folder / WRITTEN).is_file() == (not more)


def test_a_reading_of_something_else_is_over_before_another_begins(tmp_path: Path) -> None:
    """No two sheets are held at once: a reading the command does not take is waited for and
    dropped before the command's own begins (the first sheet takes long enough to read that
    it is still being read when the command asks for the other)."""
    import threading
    import time

    big = write_xlsx(tmp_path / "big.xlsx", [[f"Xã {n}", *range(n, n + 12)] for n in range(8000)])
    other = write_xlsx(tmp_path / "other.xlsx", ROWS)
    events: list[tuple[str, str, float]] = []

    def trace(frame: object, event: str, _arg: object) -> object:
        """Each call of `read_cells` and its return (traced by its own frame's tracer)."""
        code = getattr(frame, "f_code", None)
        if code is None or code.co_name != "read_cells":
            return None
        if event in ("call", "return"):
            path = str(getattr(frame, "f_locals", {}).get("path"))
            events.append((event, Path(path).name, time.perf_counter()))
        return trace

    threading.settrace(trace)  # type: ignore[arg-type]
    try:
        prefetch(["import", str(big)])
        taken = reading(other, None)
        assert taken is not None
        assert taken.cells().rows == ROWS
    finally:
        threading.settrace(None)  # type: ignore[arg-type]
    order = [(event, name) for event, name, _ in sorted(events, key=lambda e: e[2])]
    assert order == [
        ("call", "big.xlsx"),
        ("return", "big.xlsx"),
        ("call", "other.xlsx"),
        ("return", "other.xlsx"),
    ]


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_a_sheet_over_the_cell_limit_is_refused_before_its_values_are_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    from bhxh_cli.errors import UsageError
    from bhxh_cli.messages import Message
    from bhxh_cli.sheets.grid import read_grid
    from tests.sheets.workbooks import write_csv

    rows = [["Đơn vị", "BHYT"], *[[f"Xã {n}", n] for n in range(5)]]
    path = tmp_path / f"s.{kind}"
    write_xlsx(path, rows) if kind == "xlsx" else write_csv(path, rows)
    monkeypatch.setattr(workbook, "MAX_CELLS", 11)
    with pytest.raises(UsageError) as caught:
        read_grid(path, None)
    sheet = "Sheet1" if kind == "xlsx" else "s.csv"
    assert caught.value.message == Message("import.too_many_cells", sheet=sheet, limit=11)
    if kind == "xlsx":
        cells = workbook.read_cells(path, None)
        assert (cells.size, cells.rows) == ((6, 2), None)  # sized, never made into values
    monkeypatch.setattr(workbook, "MAX_CELLS", 12)  # the sheet's 6 rows of 2 cells exactly
    assert len(read_grid(path, None).rows) == len(rows)
