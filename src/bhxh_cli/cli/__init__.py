"""The command line: parse options, call one core function, hand the result to a renderer.

The app is `cli/application.py`, its commands one module each (cli/coverage.py, ...).
Importing this package loads nothing more, so that the modules the app shares with the
direct start of `bhxh import` (`cli/direct.py`: argv, streams, output, importing) load no
Typer; `app` and `run` are the application's, loaded when asked for.
"""

from __future__ import annotations

from typing import Any

_APPLICATION = frozenset({"app", "run", "main_options", "APP_HELP"})


def __getattr__(name: str) -> Any:
    """`app`, `run`, ... of the application, loaded now."""
    if name not in _APPLICATION:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from bhxh_cli.cli import application

    return getattr(application, name)
