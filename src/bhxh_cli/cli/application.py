"""The app: its options of the whole run, its commands, and how a run ends.

The commands live one module each (cli/coverage.py, ...) and are listed below, in the order
--help shows them."""

from __future__ import annotations

from typing import Annotated

import typer

from bhxh_cli import __version__
from bhxh_cli.cli import costs, coverage, progress, quota, registry, report, sheets, validate
from bhxh_cli.cli.group import COMMANDS, BhxhGroup
from bhxh_cli.cli.options import OUTPUT
from bhxh_cli.cli.output import Settings
from bhxh_cli.i18n import Lang

APP_HELP = """Coverage, plan progress and quotas for Vietnam's social-insurance targets.

Tables follow --lang (vi or en); JSON and CSV are the same in every language.

**Examples**

```
bhxh --lang vi coverage --province vinh-long
bhxh progress -p can-tho --by-unit --period 2024
```
"""

app = typer.Typer(
    name="bhxh",
    cls=BhxhGroup,
    help=APP_HELP,
    pretty_exceptions_enable=False,
    rich_markup_mode="markdown",
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"bhxh {__version__}")
        raise typer.Exit


@app.callback(invoke_without_command=True)
def main_options(
    ctx: typer.Context,
    lang: Annotated[
        Lang | None,
        typer.Option(
            "--lang",
            help="Language of tables and messages. Default: $BHXH_LANG, then the locale "
            "(LC_ALL, LC_MESSAGES, LANG).",
            show_default=False,
            rich_help_panel=OUTPUT,
        ),
    ] = None,
    no_color: Annotated[
        bool, typer.Option("--no-color", help="Plain text, no colour.", rich_help_panel=OUTPUT)
    ] = False,
    _version_flag: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
) -> None:
    ctx.obj = Settings(lang, no_color)
    if ctx.invoked_subcommand is None:  # `bhxh` alone: the help, and success
        typer.echo(ctx.get_help())
        raise typer.Exit


COMMANDS.command()(coverage.coverage)
COMMANDS.command()(coverage.provinces)
COMMANDS.command()(registry.init)
COMMANDS.command(help=quota.QUOTA_HELP)(quota.quota)
COMMANDS.command()(progress.progress)
COMMANDS.command()(costs.contribution)
COMMANDS.command()(costs.budget)
COMMANDS.command(name="import")(sheets.import_sheet)
COMMANDS.command()(sheets.template)
COMMANDS.command()(report.report)
COMMANDS.command()(validate.validate)
COMMANDS.command()(validate.schema)


def run() -> int:
    """Run the app and give its exit code (bhxh_cli/__main__.py, the `bhxh` command, catches
    Ctrl-C around it): output is flushed before Python exits, and an error
    raised outside a command (in an option's callback) is reported like any other."""
    import sys

    from bhxh_cli.cli import streams

    streams.prepare()
    try:
        app(prog_name="bhxh")
        code = 0
    except SystemExit as done:
        code = done.code if isinstance(done.code, int) else (0 if done.code is None else 1)
    except OSError as err:  # help written by Click and Rich on a full disk, a closed pipe
        code = streams.failed_output(err)
    except Exception as err:
        from bhxh_cli.errors import BhxhError  # loaded by whatever raised one: --help raises none

        if not isinstance(err, BhxhError):
            raise
        from bhxh_cli.cli.argv import hoist_run_options, lang_typed
        from bhxh_cli.cli.output import report_error
        from bhxh_cli.i18n import detect_lang

        report_error(err, detect_lang(lang_typed(hoist_run_options(sys.argv[1:]))))
        code = err.exit_code
    return streams.finish(code)
