"""What every command shares on its way out: the settings of the run, a result drawn on
stdout, dates typed as options, and the one boundary where errors become a message and an
exit code."""

from __future__ import annotations

import itertools
import os
import sys
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from bhxh_cli.i18n import Lang, detect_lang
from bhxh_cli.render import OutputFormat, render_pieces

if TYPE_CHECKING:
    from datetime import datetime

    import typer

    from bhxh_cli.domain.results import Result
    from bhxh_cli.domain.schemes import Scheme
    from bhxh_cli.errors import BhxhError, Problem
    from bhxh_cli.render.table import RenderOptions


class Settings(NamedTuple):
    """What the options before the command ask for. The main callback puts them in Typer's
    context (`ctx.obj`), where each command finds them. A NamedTuple, not a dataclass: the
    dataclasses module is then not loaded at start-up."""

    lang_option: Lang | None = None
    no_color: bool = False

    def lang(self) -> Lang:
        return detect_lang(self.lang_option)

    def render_options(self, *, to_file: bool = False) -> RenderOptions:
        import shutil  # with zlib, bz2 and lzma: 5 ms of a start that draws no table

        from bhxh_cli.render.table import RenderOptions

        width = shutil.get_terminal_size((100, 24)).columns
        tty = sys.stdout is not None and sys.stdout.isatty() and not to_file
        color = not self.no_color and tty and not os.environ.get("NO_COLOR")
        return RenderOptions(self.lang(), width, color, source_date())


def source_date() -> datetime | None:
    """The time a written file says it was made: $SOURCE_DATE_EPOCH (seconds since 1970, UTC),
    as reproducible builds set it, so that two runs give the same bytes; None (now) without."""
    typed = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not (typed.isascii() and typed.isdigit()) or len(typed) > 11:
        return None
    from datetime import UTC, datetime

    return datetime.fromtimestamp(int(typed), tz=UTC).replace(tzinfo=None)


def settings_of(ctx: typer.Context) -> Settings:
    """The settings of this run, from the context of the command."""
    return ctx.ensure_object(Settings)


def emit(
    result: Result,
    fmt: OutputFormat,
    settings: Settings,
    output: str | None = None,
    *,
    excel: bool = False,
) -> None:
    """Write `result` in `fmt`, on stdout or in a new file `output`: JSON, CSV and workbooks
    as UTF-8 bytes whatever the locale; CSV for Excel after a byte order mark."""
    from bhxh_cli.cli import streams

    check_output(fmt, output, excel=excel)
    options = settings.render_options(to_file=output is not None)
    bom = "\ufeff" if excel else ""
    if fmt is OutputFormat.XLSX:
        from bhxh_cli.render import render_workbook

        workbook = render_workbook(result, options)
        if output is None:
            streams.write_bytes(workbook)
        else:
            write_new_file(output, workbook)
        return
    drawn = itertools.chain([bom], render_pieces(result, fmt, options))
    if output is None:
        streams.write(drawn, utf8=fmt in (OutputFormat.JSON, OutputFormat.CSV))
    else:  # a file is UTF-8 whatever the locale, written as it is made
        write_new_file(output, (piece.encode("utf-8") for piece in drawn))


def check_output(fmt: OutputFormat, output: str | None, *, excel: bool) -> None:
    """--excel goes with CSV; a workbook goes to a file (-o) or a pipe, never a terminal."""
    from bhxh_cli.errors import UsageError
    from bhxh_cli.messages import Message

    if excel and fmt is not OutputFormat.CSV:
        raise UsageError(Message("output.excel_needs_csv", format=fmt.value))
    if output is not None and not output.strip():
        raise UsageError(Message("output.empty"), hint=Message("output.terminal.hint"))
    terminal = sys.stdout is not None and sys.stdout.isatty()
    if fmt is OutputFormat.XLSX and output is None and terminal:
        raise UsageError(Message("output.terminal"), hint=Message("output.terminal.hint"))


def write_new_file(output: str, data: bytes | Iterable[bytes]) -> None:
    """`data` in a file made now: an existing file is never overwritten (a usage error names
    it); a file the system refuses is one message and exit 3; a write that fails half-way
    removes what it made."""
    from bhxh_cli.cli import streams
    from bhxh_cli.errors import UsageError
    from bhxh_cli.messages import Message

    path = Path(output)
    try:
        with path.open("xb") as out:
            try:
                for piece in [data] if isinstance(data, bytes) else data:
                    out.write(piece)
            except BaseException:  # a full disk, Ctrl-C: no half-written file is left
                path.unlink(missing_ok=True)
                raise
    except FileExistsError:
        raise UsageError(
            Message("output.exists", path=output), hint=Message("output.exists.hint")
        ) from None
    except OSError as err:
        if err.filename is None:
            err.filename = output
        import typer

        raise typer.Exit(streams.failed_output(err)) from None


@contextmanager
def reporting_errors(settings: Settings) -> Iterator[None]:
    """Turn project errors into a message and an exit code; never a traceback."""
    from bhxh_cli.errors import BhxhError

    try:
        yield
    except BhxhError as err:
        import typer

        report_error(err, settings.lang())
        raise typer.Exit(err.exit_code) from None


def report_error(err: BhxhError, lang: Lang) -> None:
    """One clean message per problem on stderr: FILE:LINE:COL, the line, a caret, a hint."""
    from bhxh_cli.errors import DataError
    from bhxh_cli.render.problems import error_lines

    problems = err.problems if isinstance(err, DataError) else []
    files = dict.fromkeys(p.position.file for p in problems)
    quotes = {
        (file, line): text
        for file in files
        for line, text in _quotes(file, [p for p in problems if p.position.file == file]).items()
    }
    from bhxh_cli.cli.streams import echo, visible_text

    for line in error_lines(err, quotes, lang):
        echo(visible_text(line), err=True)


def _quotes(file: str, problems: list[Problem]) -> Mapping[int, str]:
    """The lines the problems point at, read again within the loader's limits; none when the
    file cannot be read as text (it is binary, too large, ...)."""
    from bhxh_cli.datafile.files import read_text
    from bhxh_cli.datafile.validate import quoted_lines
    from bhxh_cli.errors import BhxhError

    try:
        return quoted_lines(read_text(Path(file)), problems)
    except BhxhError:
        return {}


def parse_scheme(value: str, option: str) -> Scheme:
    """The scheme an option names: an id or an office abbreviation, in any case; an unknown
    one hints the scheme it is most like."""
    from bhxh_cli.domain.schemes import Scheme, closest_scheme, scheme_named
    from bhxh_cli.errors import UsageError
    from bhxh_cli.messages import Message

    scheme = scheme_named(value)
    if scheme is not None:
        return scheme
    closest = closest_scheme(value)
    hint = (
        Message("hint.did_you_mean", name=repr(closest.value))
        if closest
        else Message("quota.schemes.hint", schemes=tuple(s.value for s in Scheme))
    )
    raise UsageError(Message("quota.unknown_scheme", option=option, scheme=repr(value)), hint=hint)


def parse_date(value: str | None, option: str) -> date | None:
    """The date an option gives, as 2025-04-30, 30/04/2025 or 3/4/2025, within the years the
    tool reads; a date that does not exist says why."""
    from bhxh_cli.domain.days import BadDayError, read_day
    from bhxh_cli.errors import UsageError
    from bhxh_cli.messages import Message

    if value is None:
        return None
    if not value.isascii():  # `\\d` of a pattern would take fullwidth and other digits
        why = Message("option.ascii_digits")
        message = Message("option.bad_date", option=option, value=repr(value), why=why)
        raise UsageError(message, hint=Message("hint.date"))
    try:
        return read_day(value)
    except BadDayError as bad:
        message = Message("option.bad_date", option=option, value=repr(value), why=bad.message)
        raise UsageError(message, hint=Message("hint.date")) from None


def optional_count(value: str | None, option: str, least: int = 0) -> int | None:
    """An optional count option: None when it is not given, else as `parse_count` reads it."""
    return None if value is None else parse_count(value, option, least)


def parse_count(value: str, option: str, least: int = 0) -> int:
    """A whole number an option gives, in ASCII digits, from `least` to the most people one
    count may hold: `²`, fullwidth digits and 4,301-digit values are usage errors."""
    from bhxh_cli.datafile.limits import MAX_COUNT
    from bhxh_cli.errors import UsageError
    from bhxh_cli.messages import Message

    typed = value.strip()
    if not (typed.isascii() and typed.isdigit()):
        message = Message("option.bad_number", option=option, value=repr(value))
        raise UsageError(message, hint=Message("option.bad_number.hint"))
    if len(typed) > len(str(MAX_COUNT)) or int(typed) > MAX_COUNT:
        shown = typed if len(typed) <= 20 else f"{typed[:12]}... ({len(typed)} digits)"
        raise UsageError(
            Message("option.number_too_large", option=option, value=shown, limit=MAX_COUNT)
        )
    if int(typed) < least:
        raise UsageError(Message("option.number_too_small", option=option, least=least))
    return int(typed)


def check_period(value: str | None) -> None:
    """--period in ASCII: the period reader's `\\d` would take fullwidth and other digits."""
    from bhxh_cli.errors import UsageError
    from bhxh_cli.messages import Message

    if value is not None and not value.isascii():
        raise UsageError(Message("option.bad_period", option="--period", value=repr(value)))
