"""The app's own group: the options of the whole run are read wherever they are typed, the
help is in the user's language, and a command is built only when it is used.

`bhxh coverage -p dong-thap --lang vi` is how people type it: --lang and --no-color are
moved before the command, where the app's callback reads them, unless they follow `--`.

Typer builds a command by reading its function's signature and type hints, about 2 ms a
command; the group holds the commands' definitions and builds the one that runs (all of them
for the app's help, which lists them), so a new command costs the others nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import typer
from typer.core import TyperGroup

from bhxh_cli.cli.argv import asks_for_help, data_given_twice, hoist_run_options, lang_typed
from bhxh_cli.i18n import detect_lang

if TYPE_CHECKING:  # annotations only
    from typer import _click
    from typer.models import CommandInfo

# The commands of the app, defined on a Typer of their own: cli/application.py lists them here.
COMMANDS = typer.Typer(rich_markup_mode="markdown", pretty_exceptions_enable=False)


class LazyCommands(dict[str, "_click.Command"]):
    """The group's commands by name, each built from its definition the first time it is
    looked up; names and their order are known without building any."""

    def __init__(self, definitions: list[CommandInfo]) -> None:
        super().__init__()
        self._definitions = {_name(info): info for info in definitions}

    def __contains__(self, name: object) -> bool:
        return name in self._definitions

    def __iter__(self) -> Iterator[str]:
        return iter(self._definitions)

    def __len__(self) -> int:
        return len(self._definitions)

    def __getitem__(self, name: str) -> _click.Command:
        if not dict.__contains__(self, name):
            from typer.main import get_command_from_info

            built = get_command_from_info(
                self._definitions[name],
                pretty_exceptions_short=COMMANDS.pretty_exceptions_short,
                rich_markup_mode=COMMANDS.rich_markup_mode,
            )
            dict.__setitem__(self, name, built)
        return dict.__getitem__(self, name)

    def get(self, name: str, default: Any = None) -> Any:
        """The command `name`, built now, or `default`."""
        return self[name] if name in self else default  # noqa: SIM401  (this is get)

    def keys(self) -> Any:
        """The names of the commands, in the order --help lists them."""
        return self._definitions.keys()

    def values(self) -> Any:
        """Every command, built now."""
        return [self[name] for name in self]

    def items(self) -> Any:
        """Every command by name, built now."""
        return [(name, self[name]) for name in self]


def _name(info: CommandInfo) -> str:
    from typer.main import get_command_name

    return info.name or get_command_name(info.callback.__name__)  # type: ignore[union-attr]


class BhxhGroup(TyperGroup):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.commands = LazyCommands(COMMANDS.registered_commands)

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
