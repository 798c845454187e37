"""The app's own group: the options of the whole run are read wherever they are typed, and the
help is in the user's language.

`bhxh coverage -p dong-thap --lang vi` is how people type it: --lang and --no-color are
moved before the command, where the app's callback reads them, unless they follow `--`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from typer.core import TyperGroup

from bhxh_cli.i18n import detect_lang

if TYPE_CHECKING:  # annotations only
    from typer import _click

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


class BhxhGroup(TyperGroup):
    def parse_args(self, ctx: _click.Context, args: list[str]) -> list[str]:
        args = hoist_run_options(args)
        if data_given_twice(args) and not asks_for_help(args):
            from bhxh_cli.cli.output import report_error
            from bhxh_cli.errors import UsageError
            from bhxh_cli.messages import Message

            hint = Message("option.data_twice.hint")
            error = UsageError(Message("option.data_twice"), hint=hint)
            report_error(error, detect_lang(lang_typed(args)))
            ctx.exit(error.exit_code)
        if asks_for_help(args) and detect_lang(lang_typed(args)) == "vi":
            from bhxh_cli.cli.help_text import translate

            translate(self, ctx, "vi")
        return super().parse_args(ctx, args)
