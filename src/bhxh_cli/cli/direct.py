"""`bhxh import` started without Typer: a command line that is plainly an import is read here
and run (`importing.run_import`), and Typer, the app and its other commands are never loaded:
50 to 80 ms of an import of ten thousand communes that takes half a second (README, Speed).

Typer stays the one definition of the command: `parsed` reads only what it can read exactly
as Typer would, and gives None for anything else, which the app then reads itself: help, `--`,
an option it does not know, one given twice, a short option with its value in the same word,
a value that is empty or starts with `-`, a --lang that is no language, a required option
missing, a path that exists and cannot be read (Typer refuses it), shell completion, or a
stdout or stderr that Click would write on through a writer of its own. Tests keep the
options equal to the command's own and every command line read here equal to Typer's reading.
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bhxh_cli.cli.output import Settings
from bhxh_cli.cli.streams import plain_utf8
from bhxh_cli.i18n import LANGS
from bhxh_cli.sheets.workbook import FLAG_OPTIONS, VALUED_OPTIONS

if TYPE_CHECKING:
    from collections.abc import Iterator

COMMAND = "import"
# The import's options and the parameter each gives (`sheets.workbook`, whose reading of the
# command line starts the sheet's); --lang and --no-color are the run's, read wherever typed.
VALUED, FLAGS = VALUED_OPTIONS, FLAG_OPTIONS
PATHS = ("sheet_file", "mapping", "output")
REQUIRED = ("sheet_file", "province", "as_of")
# Set by a shell asking Click to complete a word: the app answers it.
COMPLETION = "_BHXH_COMPLETE"
# The import's options by the name of the command's parameter (`importing.run_import`).
Options = dict[str, Any]


def parsed(args: list[str]) -> tuple[Options, Settings] | None:
    """The import's options (its command's parameters by name) and the run's settings, as
    Typer would read `args` (the words after `bhxh`), or None when the app is to read them."""
    if COMPLETION in os.environ or not (plain_utf8(sys.stdout) and plain_utf8(sys.stderr)):
        return None
    values = _values(args)
    if values is None or any(name not in values for name in REQUIRED):
        return None
    lang = values.get("lang")
    if lang is not None and lang not in LANGS:
        return None
    if not all(_readable(values[name]) for name in PATHS if name in values):
        return None
    options: Options = {
        "sheet_file": Path(values["sheet_file"]),
        "province": values["province"],
        "as_of": values["as_of"],
        "sheet": values.get("sheet"),
        "mapping": _path(values.get("mapping")),
        "show_mapping": "show_mapping" in values,
        "output": _path(values.get("output")),
        "replace": "replace" in values,
        "data": values.get("data"),
    }
    return options, Settings(lang, "no_color" in values)


def _path(value: str | None) -> Path | None:
    return None if value is None else Path(value)


def _values(args: list[str]) -> dict[str, str] | None:
    """Each parameter the words give, once each, as typed (a flag's "on"); None for anything
    `parsed` leaves to Typer."""
    values: dict[str, str] = {}
    words = iter(args)
    command = False
    for word in words:
        if not command and word == COMMAND:
            command = True
            continue
        name, value = _read(word, words, command=command)
        if not name or name in values or value == "" or value.startswith("-"):
            return None
        if not command and name not in {"lang", "no_color"}:
            return None
        values[name] = value
    return values if command else None


def _read(word: str, words: Iterator[str], *, command: bool) -> tuple[str, str]:
    """The parameter a word gives, and its value as typed ("" for none, "on" for a flag):
    its own, or the next word's; ("", "") for a word `parsed` leaves to Typer."""
    if word in FLAGS:
        return FLAGS[word], "on"
    if word.startswith("--") and "=" in word:
        option, _, value = word.partition("=")
        return VALUED.get(option, ""), value
    if word in VALUED:
        return VALUED[word], next(words, "")
    if command and not word.startswith("-"):
        return "sheet_file", word
    return "", ""  # before the command, anything but the run's options; an option unknown


def _readable(path: str) -> bool:
    """Whether Typer takes `path`: one that does not exist, or one that may be read."""
    try:
        os.stat(path)  # noqa: PTH116  (as Typer asks)
    except OSError:
        return True
    except ValueError:  # a NUL in the path: Typer's to say
        return False
    return os.access(path, os.R_OK)


def run(options: Options, settings: Settings) -> int:
    """Run the import as the app runs a command: output flushed at the end, a write that
    fails said as every command says it; a reader of stdout gone away ends the run with 1
    and nothing more written, as Typer ends it."""
    from bhxh_cli.cli import streams
    from bhxh_cli.cli.importing import run_import

    streams.prepare()
    try:
        code = run_import(settings, **options)
    except OSError as err:
        if err.errno != errno.EPIPE:
            return streams.finish(streams.failed_output(err))
        streams.silence_stdout()
        code = 1
    return streams.finish(code)
