"""A workbook's cells as python-calamine reads them, on a thread of its own, from the run's
first line on when the run is `bhxh import`.

calamine parses a workbook without holding the interpreter's lock: about 0.06 s for a sheet of
10,000 rows, which is what Python takes to import Typer and bhxh's modules before any command
runs. So `bhxh_cli.__main__` calls `prefetch` first: if the command line is an import of a
workbook (`guess`), its sheet starts reading at once, and the command takes that reading
(`reading`) when its own sheet and --sheet are the ones guessed; else it reads them itself.
A guess can only be a reading the command would have made: the command's own arguments decide
what is used, and a wrong guess is a read thrown away. When in doubt, `guess` guesses nothing.

The limits hold before any reading: nothing but a regular file of at most `MAX_SHEET_BYTES` is
read before `grid` has checked it, and no sheet of more than `MAX_CELLS` cells becomes Python
values. This module imports only the standard library (and calamine, when it reads), so that
the reading starts a few milliseconds into the run.
"""

from __future__ import annotations

import os
import stat
import threading

if False:  # annotations only: importing pathlib and typing would take the run's first 12 ms
    from collections.abc import Iterator
    from pathlib import Path
    from typing import Any

WORKBOOKS = (".xlsx", ".xlsm", ".xls", ".ods")
# A province's communes for many years fit far below these.
MAX_SHEET_BYTES = 64 * 2**20
MAX_CELLS = 5_000_000

# The import's options and the parameter of the command each gives, --lang and --no-color the
# run's: those that take a value (the short ones may have it in the same word, `-ptinh-1`),
# and flags. Read by `guess` and by the direct start (`cli/direct.py`); a test keeps them equal
# to the command's own, and any other option makes `guess` give up.
VALUED_OPTIONS = {
    "--province": "province",
    "-p": "province",
    "--as-of": "as_of",
    "--sheet": "sheet",
    "--mapping": "mapping",
    "--output": "output",
    "-o": "output",
    "--data": "data",
    "--lang": "lang",
}
FLAG_OPTIONS = {"--show-mapping": "show_mapping", "--replace": "replace", "--no-color": "no_color"}
VALUED = frozenset(VALUED_OPTIONS)
FLAGS = frozenset(FLAG_OPTIONS)
HELP = frozenset({"--help", "-h"})
SHEET_OPTION = "--sheet"


class Cells:
    """What calamine read of a workbook, as far as it went: the names of its sheets; the sheet
    chosen (None: the one asked for is not there, or there is none) and its size; its rows
    and merged ranges (None: the sheet was not read, being too large)."""

    __slots__ = ("merged", "names", "rows", "sheet", "size")

    def __init__(
        self,
        names: list[str],
        sheet: str | None,
        size: tuple[int, int] = (0, 0),
        rows: list[list[Any]] | None = None,
        merged: list[Any] | None = None,
    ) -> None:
        self.names, self.sheet, self.size, self.rows, self.merged = names, sheet, size, rows, merged


def read_cells(path: str | Path, sheet: str | None) -> Cells:
    """The cells of `sheet` (default: the first) of the workbook at `path`; what calamine
    raises goes on (`grid` tells the user)."""
    import python_calamine

    workbook = python_calamine.load_workbook(os.fspath(path))
    names = list(workbook.sheet_names)
    chosen = sheet if sheet is not None else (names[0] if names else None)
    if chosen is None or chosen not in names:
        return Cells(names, None)
    found = workbook.get_sheet_by_name(chosen)  # the sheet's own XML is read only here
    # The rows and columns from A1 that `to_python` gives: calamine's totals are the indices
    # of the last row and column, not their numbers (0 for a sheet of one cell, or of none).
    size = (found.total_height + 1, found.total_width + 1) if found.height else (0, 0)
    if size[0] * size[1] > MAX_CELLS:
        return Cells(names, chosen, size)
    rows = found.to_python(skip_empty_area=False)
    return Cells(names, chosen, size, rows, list(found.merged_cell_ranges or []))


class Reading(threading.Thread):
    """A workbook read on a thread of its own, started at once; `cells` waits for it and
    raises what reading raised. A daemon: it never keeps a stopped run alive."""

    def __init__(self, path: str | Path, sheet: str | None) -> None:
        super().__init__(name="bhxh-sheet", daemon=True)
        self.path, self.sheet = path, sheet
        self._cells: Cells | None = None
        self._error: BaseException | None = None
        self.start()

    def run(self) -> None:
        """Read the workbook, keeping its cells or the exception."""
        try:
            self._cells = read_cells(self.path, self.sheet)
        except BaseException as exc:  # handed to the waiting thread, which raises it
            self._error = exc

    def cells(self) -> Cells:
        """The cells read, once reading is over; what reading raised, else."""
        self.join()
        if self._error is not None:
            raise self._error
        assert self._cells is not None  # run() sets one of the two
        return self._cells


# The reading `prefetch` started, until `reading` takes it.
_STARTED: list[Reading] = []


def prefetch(args: list[str]) -> None:
    """Start reading the sheet of `bhxh import` (args as typed after `bhxh`), if `guess`
    finds one that may be read: a regular file, of a workbook's kind, within the size limit."""
    guessed = guess(args)
    if guessed is None or not readable(guessed[0]):
        return
    try:
        _STARTED.append(Reading(*guessed))
    except RuntimeError:  # no thread can be started here: the command reads the sheet itself
        return


def reading(path: Path, sheet: str | None) -> Reading | None:
    """The reading of `sheet` of `path`: the one `prefetch` started, if it read these, else a
    new one; None for a file that is not to be read before `grid` checks it (`readable`)."""
    from pathlib import PurePath  # loaded by the app by now

    early = _STARTED.pop() if _STARTED else None
    if early is not None:
        if (PurePath(early.path), early.sheet) == (path, sheet):
            return early
        early.join()  # a reading of something else: over and dropped before another begins,
        del early  # so that no two sheets are held at once
    return Reading(path, sheet) if readable(path) else None


def readable(path: str | Path) -> bool:
    """Whether `path` is a workbook that may be read before it is checked: a regular file (a
    pipe would be drained) of at most `MAX_SHEET_BYTES`, of a workbook's suffix."""
    if os.path.splitext(path)[1].lower() not in WORKBOOKS:  # noqa: PTH122  (as Path.suffix)
        return False
    try:
        status = os.stat(path)  # noqa: PTH116  (pathlib is not imported yet)
    except (OSError, ValueError):
        return False
    return stat.S_ISREG(status.st_mode) and status.st_size <= MAX_SHEET_BYTES


def guess(args: list[str]) -> tuple[str, str | None] | None:
    """The sheet file and --sheet of `bhxh import` as its options will be read, from the
    words after `bhxh`; None when they are not an import, ask for help, or hold anything
    `guess` does not know."""
    words = iter(args)
    for word in words:  # before the command: the options of the run only
        if word == "--lang":
            next(words, None)
        elif not (word.startswith("--lang=") or word in FLAGS):
            return _sheet_of(words) if word == "import" else None
    return None


def _sheet_of(words: Iterator[str]) -> tuple[str, str | None] | None:
    sheet_file: str | None = None
    sheet: str | None = None
    for word in words:
        if word == "--" or word in HELP:
            return None  # a file named like an option, or help: the command sees to it
        if not word.startswith("-") or word == "-":
            if sheet_file is not None:
                return None  # a second file: an error the command reports
            sheet_file = word
            continue
        if word in FLAGS:
            continue
        option = _option(word, words)
        if option is None:
            return None
        if option[0] == SHEET_OPTION:
            sheet = option[1]
    return (sheet_file, sheet) if sheet_file else None


def _option(word: str, words: Iterator[str]) -> tuple[str, str] | None:
    """An option that takes a value and its value (`--sheet X`, `--sheet=X`, `-pX`, `-p X`),
    or None for one `guess` does not know."""
    if word.startswith("--"):
        name, equals, value = word.partition("=")
    else:  # a short option, its value in the word or the next one
        name, equals, value = word[:2], "", word[2:]
    if name not in VALUED:
        return None
    return name, value if equals or value else next(words, "")
