"""What `bhxh import` does once its options are read: the import, its problems at their cells,
and what it read, checked and wrote. Run by the Typer command (`cli/sheets.py`) and by the
direct start (`cli/direct.py`); nothing here loads Typer (`streams.echo` writes as it does).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bhxh_cli.cli.streams import echo, visible_text

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path

    from bhxh_cli.cli.output import Settings
    from bhxh_cli.i18n import Lang
    from bhxh_cli.sheets.importer import Imported
    from bhxh_cli.sheets.problems import CellProblem


def run_import(
    settings: Settings,
    sheet_file: Path,
    province: str,
    as_of: str,
    *,
    sheet: str | None = None,
    mapping: Path | None = None,
    show_mapping: bool = False,
    output: Path | None = None,
    replace: bool = False,
    data: str | None = None,
) -> int:
    """Import as the command's options ask (the command's own parameters, by name), or show
    the mapping; the exit code. Every problem is said on stderr: a sheet's at its cell, any
    other as every command says it."""
    from bhxh_cli.cli.output import parse_date, report_error
    from bhxh_cli.errors import BhxhError
    from bhxh_cli.sheets.importer import ImportRequest, import_sheet, shown_mapping
    from bhxh_cli.sheets.problems import SheetError

    try:
        day = parse_date(as_of, "--as-of")
        assert day is not None
        request = ImportRequest(sheet_file, province, day, sheet, mapping, output, replace, data)
        if show_mapping:
            echo(visible_text(shown_mapping(request)), nl=False)
            return 0
        imported = import_sheet(request)
    except SheetError as err:
        _cell_problems(err.problems, "error", settings.lang())
        return err.exit_code
    except BhxhError as err:
        report_error(err, settings.lang())
        return err.exit_code
    _report(imported, settings)
    return 0


def _cell_problems(problems: Sequence[CellProblem], severity: str, lang: Lang) -> None:
    if not problems:  # most imports: nothing to say, and nothing to load for it
        return
    from bhxh_cli.i18n import say, text
    from bhxh_cli.render.problems import hint_line

    for cell, message, hint in problems:
        shown = say(message, lang)
        line = text("cli.error", lang, where=f"{cell}: ", error=text(severity, lang), message=shown)
        echo(visible_text(line), err=True)
        if hint is not None:
            echo(visible_text(hint_line(hint, lang)), err=True)


def _report(imported: Imported, settings: Settings) -> None:
    from bhxh_cli.i18n import say
    from bhxh_cli.messages import Message

    lang = settings.lang()
    _cell_problems(imported.warnings, "warning", lang)
    if imported.set_warnings:
        from bhxh_cli.render.problems import problem_lines

        for found in imported.set_warnings:
            for shown in problem_lines(found, None, lang):
                echo(visible_text(shown), err=True)
    first, last = imported.rows
    lines = [
        Message(
            "import.read",
            units=Message("import.units.one", n=imported.units)
            if imported.units == 1
            else Message("import.units.other", n=imported.units),
            schemes=Message("import.schemes.one", n=len(imported.schemes))
            if len(imported.schemes) == 1
            else Message("import.schemes.other", n=len(imported.schemes)),
            names=tuple(s.value for s in imported.schemes),
            sheet=imported.sheet,
            first=first,
            last=last,
        ),
        Message(
            "import.checked",
            rates=imported.rates_checked,
            sums=imported.sums_checked,
            files=imported.files,
        ),
        Message("import.replaced", path=str(imported.output))
        if imported.replaced
        else Message("import.wrote", path=str(imported.output)),
    ]
    for said in lines:
        echo(visible_text(say(said, lang)))
