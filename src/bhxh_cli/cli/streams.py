"""Writing on stdout and stderr whatever they are: an encoding that cannot hold Vietnamese, a
closed descriptor, a full disk, a reader that went away.

JSON and CSV are UTF-8 bytes in every locale. Tables and messages are written in the stream's
own encoding, and a character it lacks degrades instead of raising: a letter keeps as much of
its accent as the encoding holds (`ế` in cp1258 is `ê` and a combining acute; in ASCII, `e`),
`đ` is `d`, a table's lines become `-`, `|` and `+`, anything else `?`.
"""

from __future__ import annotations

import codecs
import errno
import functools
import io
import itertools
import os
import sys
from collections.abc import Iterable, Iterator
from typing import NoReturn

DEGRADE = "bhxh-degrade"
# What a shell reports for a process ended by SIGPIPE (128 + 13): the reader of a pipe went away
# (`bhxh coverage | head -1`). Not 1, which says that the data file is invalid.
BROKEN_PIPE = 141
# The output could not be written (stdout closed by `>&-`, a full disk, an I/O error), or the
# system refused something else the run needed.
CANNOT_WRITE = 3
CHUNK = 64 * 1024
PLAIN = {"đ": "d", "Đ": "D", "–": "-", "—": "-", "‘": "'", "’": "'", "“": '"', "”": '"'}


def encoded(text: str, encoding: str) -> bytes:
    """`text` in `encoding`, each character it lacks degraded."""
    try:
        return text.encode(encoding)
    except UnicodeEncodeError:
        pass
    codec = codecs.lookup(encoding).name
    kept = (char if _encodes(char, codec) else degraded(char, codec) for char in text)
    return "".join(kept).encode(codec, "replace")


@functools.cache
def degraded(char: str, encoding: str) -> str:
    """`char` as near as `encoding` can hold it."""
    import unicodedata

    decomposed = unicodedata.normalize("NFD", char)
    base, marks = decomposed[:1], list(decomposed[1:])
    for count in range(len(marks), -1, -1):  # as many marks composed as still encode
        for composed in itertools.combinations(marks, count):
            left = list(marks)
            for mark in composed:
                left.remove(mark)
            candidate = unicodedata.normalize("NFC", base + "".join(composed)) + "".join(left)
            if _encodes(candidate, encoding):
                return candidate
    plain = PLAIN.get(char) or _box_line(unicodedata.name(char, ""))
    if plain is None:
        stripped = unicodedata.normalize("NFKD", char)
        plain = "".join(c for c in stripped if not unicodedata.combining(c))
    return plain if plain and _encodes(plain, encoding) else "?"


def _box_line(name: str) -> str | None:
    if not name.startswith("BOX DRAWINGS"):
        return None
    if "HORIZONTAL" in name and "VERTICAL" not in name:
        return "-"
    if "VERTICAL" in name and "HORIZONTAL" not in name and "AND" not in name:
        return "|"
    return "+"


@functools.cache
def _encodes(text: str, encoding: str) -> bool:
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


def _degrade(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    # A code page such as cp1258 reports itself as "charmap": the streams' own is meant.
    encoding = _charmap[0] if error.encoding == "charmap" else error.encoding
    chars = error.object[error.start : error.end]
    return "".join(degraded(char, encoding) for char in chars), error.end


codecs.register_error(DEGRADE, _degrade)
_charmap = ["ascii"]  # the streams' encoding, set by prepare()


class ClosedOutput(io.TextIOBase):
    """Stands for a stdout the run was started without (`>&-`): writing to it fails as writing
    to a closed descriptor does, instead of Click dropping the help or the version unsaid."""

    def write(self, text: str) -> int:
        """Fail as a write to a closed descriptor does; writing nothing succeeds."""
        if text:
            raise OSError(errno.EBADF, os.strerror(errno.EBADF))
        return 0


def prepare() -> None:
    """Let stdout and stderr degrade what their encoding lacks (help, messages, click's own);
    a stdout closed from the start fails when written to."""
    if sys.stdout is None:
        sys.stdout = ClosedOutput()
    for stream in (sys.stderr, sys.stdout):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and codecs.lookup(stream.encoding).name != "utf-8":
            _charmap[0] = stream.encoding
            reconfigure(errors=DEGRADE)


def write(text: str | Iterable[str], *, utf8: bool = False) -> None:
    """Write `text`, or its pieces as they are made, on stdout and flush it: as UTF-8 bytes for
    scripts, else in the stream's encoding, degraded. A reader gone ends the run with
    BROKEN_PIPE, silently; any other failure with one message and CANNOT_WRITE."""
    out = sys.stdout
    if out is None:  # started with stdout closed, and prepare() not run (tests)
        _exit(failed_output(OSError(errno.EBADF, os.strerror(errno.EBADF))))
    pieces = [text] if isinstance(text, str) else text
    try:
        encoding = "utf-8" if utf8 else (getattr(out, "encoding", None) or "utf-8")
        buffer = getattr(out, "buffer", None)
        out.flush()
        for data in _chunks(pieces, encoding):
            if buffer is None:  # a text-only stream (tests may give one)
                out.write(data.decode(encoding))
            else:
                buffer.write(data)
        out.flush()
    except OSError as err:
        _exit(failed_output(err))


def _chunks(pieces: Iterable[str], encoding: str) -> Iterator[bytes]:
    """The pieces encoded, gathered and cut into writes of CHUNK bytes at most: one large
    write to a pipe whose reader left can end short, silently."""
    gathered = bytearray()
    for piece in pieces:
        gathered += encoded(piece, encoding)
        while len(gathered) >= CHUNK:
            yield bytes(gathered[:CHUNK])
            del gathered[:CHUNK]
    if gathered:
        yield bytes(gathered)


def write_bytes(data: bytes) -> None:
    """Write bytes (a workbook) on stdout, failing as `write` does."""
    out = sys.stdout
    buffer = getattr(out, "buffer", None)
    if out is None or buffer is None:
        _exit(failed_output(OSError(errno.EBADF, os.strerror(errno.EBADF))))
    try:
        out.flush()
        view = memoryview(data)
        for start in range(0, len(view), CHUNK):
            buffer.write(view[start : start + CHUNK])
        buffer.flush()
    except OSError as err:
        _exit(failed_output(err))


def _exit(code: int) -> NoReturn:
    """End the command with `code`, as Typer ends one (loaded here: only a failed write
    comes here)."""
    import typer

    raise typer.Exit(code) from None


def echo(text: str, *, err: bool = False, nl: bool = True) -> None:
    """`text` on stdout (stderr with `err`), and a line break with `nl`: what `typer.echo`
    writes, without loading Typer where it would write the text as it is: a UTF-8 text
    stream, a text without escapes (which Click strips when the stream is no terminal). Any
    other stream or text is Typer's to write."""
    stream = sys.stderr if err else sys.stdout
    if "\x1b" not in text and plain_utf8(stream):
        assert stream is not None  # plain_utf8 says so
        stream.write(text + "\n" if nl else text)
        stream.flush()
        return
    import typer

    typer.echo(text, err=err, nl=nl)


def plain_utf8(stream: object) -> bool:
    """Whether Click writes on `stream` as it is: a text stream whose encoding is UTF-8 and
    whose errors are set (Click wraps any other in a writer of its own)."""
    if not isinstance(stream, io.TextIOBase):
        return False
    encoding = getattr(stream, "encoding", None)
    if not isinstance(encoding, str) or getattr(stream, "errors", None) is None:
        return False
    try:
        return codecs.lookup(encoding).name == "utf-8"
    except LookupError:
        return False


def visible_text(text: str) -> str:
    """Text for a terminal, line breaks kept: each control character, bidi control or line
    separator as one visible symbol. A path typed or a sheet's cell may hold an escape
    sequence; none reaches the terminal as a command."""
    from bhxh_cli.datafile.text import visible

    return "\n".join(visible(line) for line in text.split("\n"))


def failed_output(err: OSError) -> int:
    """The exit code of output that could not be written; says why on stderr, unless the
    reader of a pipe went away. Nothing is left to fail again when Python exits."""
    silence_stdout()
    if isinstance(err, BrokenPipeError):
        return BROKEN_PIPE
    from bhxh_cli.cli.argv import lang_typed
    from bhxh_cli.i18n import detect_lang, text

    reason = err.strerror or str(err)
    lang = detect_lang(lang_typed(sys.argv[1:]))
    if err.filename is not None:  # not the output: a file the system refused
        file = visible_text(str(err.filename))
        say_on_stderr(text("cli.system_error", lang, file=file, reason=reason))
    else:
        say_on_stderr(text("cli.cannot_write", lang, reason=reason))
    return CANNOT_WRITE


def say_on_stderr(line: str) -> None:
    """One line on stderr, if there is a stderr to write on."""
    try:
        if sys.stderr is not None:
            sys.stderr.write(line + "\n")
            sys.stderr.flush()
    except (OSError, ValueError):
        pass


def silence_stdout() -> None:
    """Point stdout at /dev/null: what is still buffered goes nowhere, and the flush at exit
    cannot fail a second time."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        if sys.stdout is not None:
            os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, ValueError, AttributeError):
        pass


def finish(code: int) -> int:
    """Flush stdout at the end of a run (help and --version are written with click): the exit
    code, or that of output that could not be written."""
    try:
        if sys.stdout is not None:
            sys.stdout.flush()
    except OSError as err:
        return failed_output(err)
    return code
