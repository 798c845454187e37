"""The words of a command line as the app reads them before any command: the options of the
whole run (--lang, --no-color) wherever they are typed, help asked for, --data given twice.
Only the standard library: the group (`cli/group.py`), the messages of a failed output
(`cli/streams.py`) and the direct start of `bhxh import` (`cli/direct.py`) read them."""

from __future__ import annotations

LANG_OPTION = "--lang"
DATA_OPTION = "--data"
RUN_FLAGS = ("--no-color",)
HELP_FLAGS = ("--help", "-h")


def hoist_run_options(args: list[str]) -> list[str]:
    """`args` with --lang VALUE, --lang=VALUE and --no-color moved to the front, in the
    order typed; what follows `--` stays where it is."""
    front: list[str] = []
    rest: list[str] = []
    index = 0
    while index < len(args):
        arg = args[index]
        if arg == "--":
            rest += args[index:]
            break
        if arg in RUN_FLAGS or arg.startswith(LANG_OPTION + "="):
            front.append(arg)
        elif arg == LANG_OPTION and index + 1 < len(args):
            front += args[index : index + 2]
            index += 1
        else:
            rest.append(arg)
        index += 1
    return front + rest


def lang_typed(args: list[str]) -> str | None:
    """The last --lang of already hoisted `args`, as typed, or None."""
    typed = None
    for index, arg in enumerate(args):
        if arg == "--":
            break
        if arg == LANG_OPTION and index + 1 < len(args):
            typed = args[index + 1]
        elif arg.startswith(LANG_OPTION + "="):
            typed = arg.partition("=")[2]
    return typed


def asks_for_help(args: list[str]) -> bool:
    """Help is shown: asked for, or `bhxh` with nothing but the options of the run."""
    before = args[: args.index("--")] if "--" in args else args
    typed = lang_typed(before)
    left = [arg for arg in before if arg not in (*RUN_FLAGS, LANG_OPTION, typed)]
    left = [arg for arg in left if not arg.startswith(LANG_OPTION + "=")]
    return not left or any(arg in HELP_FLAGS for arg in before)


def data_given_twice(args: list[str]) -> bool:
    """--data typed more than once before `--`: a usage error, not the last one silently."""
    before = args[: args.index("--")] if "--" in args else args
    return sum(arg == DATA_OPTION or arg.startswith(DATA_OPTION + "=") for arg in before) > 1
