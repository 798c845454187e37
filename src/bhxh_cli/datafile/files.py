"""A data file's bytes and text, within the limits: nothing can block, stream forever or
cost unbounded memory, and every refusal is a positioned project error."""

from __future__ import annotations

import os
import stat
from pathlib import Path as FsPath

from bhxh_cli.datafile.limits import MAX_FILE_BYTES, MAX_LINE_CHARS
from bhxh_cli.datafile.lines import position_at, split_lines
from bhxh_cli.errors import DataError, MissingFileError, Position
from bhxh_cli.messages import Message


def fault(rule: str, where: Position, message: Message, hint: Message | None = None) -> DataError:
    from bhxh_cli.datafile.rules import (
        problem,  # the rule table is needed only when a file is at fault
    )

    return DataError([problem(rule, where, message, hint)])


def read_text(path: FsPath) -> str:
    """The file's text, BOM and Windows line endings accepted; unreadable files raise."""
    return text_of(path, read_bytes(path))


def read_bytes(path: FsPath) -> bytes:
    """The file's bytes within the size limit; a binary file is refused."""
    where = Position(str(path), 1, 1)
    try:
        raw = _read_bounded(path)
    except OSError as exc:
        message = Message("file.unreadable", reason=exc.strerror or str(exc))
        raise fault("file-unreadable", where, message) from exc
    if raw is None:
        message = Message("file.too_large", limit=MAX_FILE_BYTES)
        raise fault("file-too-large", where, message, Message("file.too_large.hint"))
    if b"\x00" in raw:
        raise fault("not-text", where, Message("file.binary"))
    return raw


# What `digest_of` reads at a time: the hash needs no more, and the whole file would be as many
# pages to touch (5 MB of a national set: 1,200 pages, which cost more than hashing them).
_DIGEST_CHUNK = 2**18


def digest_of(path: FsPath) -> str | None:
    """The SHA-256 of the file's bytes, read a piece at a time (`_DIGEST_CHUNK`), by which the
    cache finds the entry of a file it validated: what `read_bytes` refuses before reading
    (a missing file, a folder, a pipe or a device) is refused so; None for a file larger
    than the limit or that cannot be read, for the caller to read it as ever and say why.
    A binary file needs no look: no validated file has its digest."""
    import hashlib

    if require_file(path).st_size > MAX_FILE_BYTES:
        return None
    digest, piece, total = hashlib.sha256(), bytearray(_DIGEST_CHUNK), 0
    view = memoryview(piece)
    try:
        # Opened without waiting, and read only if what was opened is a regular file: a path
        # swapped for a pipe since `require_file` looked at it never blocks the run.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb", buffering=0) as handle:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                return None
            while read := handle.readinto(piece):
                total += read
                if total > MAX_FILE_BYTES:  # grown past the limit since its size was read
                    return None
                digest.update(view[:read])
    except OSError:
        return None
    return digest.hexdigest()


def text_of(path: FsPath, raw: bytes) -> str:
    """Decode a file's bytes as UTF-8 (a BOM is fine); empty files and long lines are refused."""
    where = Position(str(path), 1, 1)
    text = _decode(path, raw)
    if not text.strip():
        raise fault("empty-file", where, Message("file.empty"))
    _check_line_lengths(path, text)
    return text


def require_file(path: FsPath) -> os.stat_result:
    """The file's status; a missing file, a directory, a FIFO or a device is a usage error
    (so nothing can block or stream forever)."""
    try:
        status = path.stat()
    except (FileNotFoundError, NotADirectoryError):
        raise MissingFileError(Message("file.missing", path=str(path))) from None
    except OSError as exc:  # a folder that cannot be entered, a loop of symbolic links
        raise cannot_examine(path, exc) from None
    if stat.S_ISDIR(status.st_mode):
        raise MissingFileError(Message("file.directory", path=str(path)))
    if not stat.S_ISREG(status.st_mode):
        raise MissingFileError(Message("file.not_regular", path=str(path)))
    return status


def cannot_examine(path: FsPath, exc: OSError) -> MissingFileError:
    reason = exc.strerror or type(exc).__name__
    message = Message("file.cannot_examine", path=str(path), reason=reason)
    return MissingFileError(message, hint=Message("file.cannot_examine.hint"))


def _read_bounded(path: FsPath) -> bytes | None:
    """The file's bytes, or None when there are more than the limit."""
    if require_file(path).st_size > MAX_FILE_BYTES:
        return None  # refused before a byte is read
    with path.open("rb") as handle:
        raw = handle.read(MAX_FILE_BYTES + 1)  # the file may have grown since stat
    return None if len(raw) > MAX_FILE_BYTES else raw


def _decode(path: FsPath, raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        valid = raw[: exc.start].decode("utf-8-sig")
        where = Position(str(path), *position_at(valid, len(valid)))
        message, hint = Message("file.not_utf8"), Message("file.not_utf8.hint")
        raise fault("not-utf8", where, message, hint) from exc


def _check_line_lengths(path: FsPath, text: str) -> None:
    for number, line in enumerate(split_lines(text), start=1):
        if len(line) > MAX_LINE_CHARS:
            where = Position(str(path), number, MAX_LINE_CHARS + 1)
            message = Message("file.line_too_long", length=len(line), limit=MAX_LINE_CHARS)
            hint = Message("file.line_too_long.hint")
            raise fault("line-too-long", where, message, hint)
