"""`bhxh` and `python -m bhxh_cli`: Ctrl-C is caught from the first line on, before the app and
its dependencies are imported, and ends the run with one line and exit 130.

Not KeyboardInterrupt, which Click reports as "Aborted!" with exit 1, the code of an invalid
data file; and nothing else is imported here, so that the window before the handler is short.
"""

from __future__ import annotations

import contextlib
import gc
import signal
import sys
from types import FrameType

# What a shell reports for a process ended by SIGINT (128 + 2).
INTERRUPTED = 130


class Interrupted(BaseException):
    """Ctrl-C, raised where the program was; `finally` blocks run (the cache removes its
    temporary file)."""


def _interrupt(_signum: int, _frame: FrameType | None) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C does not cut the message
    raise Interrupted


def main() -> None:
    """Run bhxh: Ctrl-C from the first line on is one message and exit 130, never a traceback.
    The sheet of `bhxh import` starts reading before the app is imported (`workbook`)."""
    signal.signal(signal.SIGINT, _interrupt)
    gc.disable()  # while code is imported (`_run`)
    try:
        from bhxh_cli.sheets.workbook import prefetch

        prefetch(sys.argv[1:])
        code = _run()
    except Interrupted:
        from bhxh_cli.i18n import detect_lang, text

        with contextlib.suppress(OSError, ValueError, AttributeError):
            sys.stderr.write(text("cli.interrupted", detect_lang(None)) + "\n")
        code = INTERRUPTED
    raise SystemExit(code)


def _run() -> int:
    """Run the command line with the cycle collector paused while the code it needs is
    imported: importing Typer and bhxh makes modules, classes and functions that live as long
    as the run, and the collector walked them forty-odd times (10 to 20 ms of a start). What
    the imports made is then left out of every later collection (`gc.freeze`).

    An import that `cli/direct.py` reads runs without Typer, and with the collector paused
    throughout: it makes no cycles but its modules', and the rest of its work pauses the
    collector itself (`datafile.collector`). Any other command line goes to the app."""
    gc.disable()  # `main` paused it already; a caller of `_run` alone may not have
    try:
        from bhxh_cli.cli.direct import parsed

        direct = parsed(sys.argv[1:])
        if direct is not None:
            from bhxh_cli.cli.direct import run as run_direct

            return run_direct(*direct)
        from bhxh_cli.cli.application import run
    finally:
        gc.freeze()
        gc.enable()
    return run()


if __name__ == "__main__":
    main()
