"""The help of the built app, in the user's language: each command's text before its examples,
each parameter's help and each panel's title, from the translation of the source's English."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bhxh_cli.i18n import Lang, text

if TYPE_CHECKING:  # annotations only
    from typer import _click

EXAMPLES = "**Examples**"


def translate(group: _click.Command, ctx: _click.Context, lang: Lang) -> None:
    """Put the `lang` help on `group` and its commands, in place (the app is built anew for
    every run)."""
    if lang == "en":
        return
    from bhxh_cli.i18n.help_vi import COMMANDS, EXAMPLES_VI, HELP_OPTION, PANELS

    tie_break = text("quota.tie_break", lang)
    for name, command in [("bhxh", group), *getattr(group, "commands", {}).items()]:
        source = command.help or ""
        examples = source[source.find(EXAMPLES) :].replace(EXAMPLES, EXAMPLES_VI, 1)
        own = COMMANDS[name].format(tie_break=tie_break)
        command.help = f"{own}\n\n{examples}" if examples else own
        if command is not group:
            command.rich_help_panel = PANELS["Commands"]
        help_option = command.get_help_option(ctx)
        if help_option is not None:
            help_option.help = HELP_OPTION
        for param in [*command.params, *([help_option] if help_option else [])]:
            _translate_param(name, param)


def _translate_param(command: str, param: _click.Parameter) -> None:
    from bhxh_cli.i18n.help_vi import OPTIONS, PANELS

    name = param.name or ""
    translated = OPTIONS.get(f"{command}.{name}", OPTIONS.get(name))
    if translated is not None and hasattr(param, "help"):
        param.help = translated
    panel = getattr(param, "rich_help_panel", None)
    default = "Arguments" if param.param_type_name == "argument" else "Options"
    param.rich_help_panel = PANELS.get(panel or default, panel)  # type: ignore[attr-defined]
