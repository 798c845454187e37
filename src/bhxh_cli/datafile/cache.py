"""A cache of validated data files, so repeated commands skip parsing and validation.

A data file is validated once per content (a data set of several files once per content of
every file: the entry keeps each file's path, digest and `include:` entries, checked again
before the entry is used). The validated file is stored as plain records (`records.py`: a
table per class, of tuples, lists, text, whole numbers and None), paired with those files, in
marshal's format, whose reading builds values and never runs code, behind a header naming the
entry's key and the SHA-256 of the data file it was made from; both are checked before
anything else is read. The key covers that digest, the versions of bhxh, Python, Pydantic,
pydantic-core and PyYAML, and the bytes of every module of the package, so an upgrade or an
edit of a rule is a new key (sizes and times of files are not trusted to tell).

Entries live in a folder of their own, `bhxh-validated`, in $BHXH_CACHE_DIR, else
$XDG_CACHE_HOME/bhxh, else ~/.cache/bhxh; BHXH_NO_CACHE=1 turns the cache off. That folder is
opened without following a link and must belong to the user with no one else allowed to write
to it; an entry is then opened inside the very folder that was checked, again without following
a link, and must be a regular file of the user's that no one else may write to. So a folder
renamed or swapped between the check and the read is never read. Pruning touches only the
names this module writes, in that folder. Failing to write is harmless: the next run
validates again.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import marshal
import os
import stat
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bhxh_cli import __version__
from bhxh_cli.datafile import records
from bhxh_cli.datafile.collector import collector_paused
from bhxh_cli.domain.data import DataFile

if TYPE_CHECKING:
    from datetime import date

FOLDER = "bhxh-validated"
KEEP_ENTRIES = 16
# A temporary file is left behind only by a run that was stopped (Ctrl-C, a full disk) while
# writing, which takes well under a second; one this old belongs to no running command.
STALE_SECONDS = 600
# Records of a file at the 16 MiB limit take about as much; anything larger is not ours.
MAX_ENTRY_BYTES = 64 * 2**20
FORMAT = "bhxh validated file, records 4"
ENTRY_SUFFIX = ".entry"
TEMP_SUFFIX = ".partial"
# Modules whose behaviour shapes a validated file, by distribution name as pip spells it.
DEPENDENCIES = ("pydantic", "pydantic_core", "pyyaml")

_HEX = frozenset("0123456789abcdef")
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_BINARY = getattr(os, "O_BINARY", 0)
# Where the system can say who owns a file and open a name inside an open folder.
_POSIX = (
    hasattr(os, "getuid")
    and bool(_NOFOLLOW)
    and os.open in os.supports_dir_fd
    and os.scandir in os.supports_fd
)


def cache_dir() -> Path | None:
    """The folder of entries, or None when the cache is off."""
    if os.environ.get("BHXH_NO_CACHE"):
        return None
    explicit = os.environ.get("BHXH_CACHE_DIR")
    if explicit:
        return Path(explicit) / FOLDER
    try:
        base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    except RuntimeError:  # no $HOME and no passwd entry: run without a cache
        return None
    return Path(base) / "bhxh" / FOLDER


def code_digest() -> str:
    """The names and bytes of bhxh's own modules, in every folder of the package (a few
    milliseconds: the package is small)."""
    package = Path(__file__).resolve().parent.parent
    base = f"{package}{os.sep}"  # each path as text: a quarter of the time of joining Paths
    digest = hashlib.sha256()
    for module in sorted(_modules(package, "")):
        digest.update(f"{module}\0".encode())
        with open(base + module, "rb", buffering=0) as source:  # noqa: PTH123
            digest.update(source.readall())  # unbuffered: half the time of `read_bytes`
    return digest.hexdigest()


def _modules(folder: Path, prefix: str) -> Iterator[str]:
    with os.scandir(folder) as entries:
        found = list(entries)
    for entry in found:
        if entry.is_dir() and not entry.name.startswith((".", "__")):
            yield from _modules(Path(entry.path), f"{prefix}{entry.name}/")
        elif entry.name.endswith(".py"):
            yield f"{prefix}{entry.name}"


def dependency_versions() -> str:
    """Each dependency's installed version, from the name of its metadata folder where Python
    imports it from (reading the metadata or importing the package would cost a tenth of a
    second; a cached run imports neither)."""
    found: dict[str, str] = {}
    for folder in sys.path:
        try:
            with os.scandir(folder or ".") as entries:
                names = [entry.name for entry in entries]
        except OSError:
            continue
        for name in names:
            stem, dot, kind = name.rpartition(".")
            if dot and kind in {"dist-info", "egg-info"}:
                distribution, _, version = stem.partition("-")
                found.setdefault(distribution.lower().replace("-", "_"), version)
    return " ".join(f"{name}={found.get(name, '?')}" for name in DEPENDENCIES)


def cache_key(digest: str) -> str:
    """The key of the entry of a data file whose bytes have this SHA-256."""
    versions = (__version__, sys.version, str(marshal.version), dependency_versions())
    parts = (FORMAT, digest, *versions, code_digest())
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


def _header(key: str, digest: str) -> bytes:
    return f"{FORMAT}\n{key}\n{digest}\n".encode()


def _split(entry: Any) -> tuple[Any, Any]:
    """The records of an entry, and the files of the data set it was made from
    (`members.Manifest`)."""
    if type(entry) is not tuple or len(entry) != 2:
        raise records.MalformedError("entry")
    return entry[0], entry[1]


def read(
    digest: str, unchanged: Callable[[Any], bool], day: date | None = None
) -> tuple[DataFile, Any] | None:
    """The validated file of the bytes of this SHA-256 (`files.digest_of`), or None: a miss,
    or an entry that is not to be trusted, is damaged, or was made from another file.
    `unchanged` tells whether the other files of the data set the entry was made from are
    still the same (`members.unchanged`); the validated file comes with those files
    (`members.Manifest`). With `day`, the file is
    its projection on that day (`records.decoded`), which reads and checks the tables it
    holds only: damage to the others cannot change it, and is a miss for the next full read."""
    folder = cache_dir()
    if folder is None:
        return None
    key = cache_key(digest)
    header = _header(key, digest)
    try:
        stored = _Folder.opened(folder).read(key + ENTRY_SUFFIX)
    except OSError:  # no entry, or not ours
        return None
    if not stored.startswith(header):
        return None
    try:
        with collector_paused():  # reading builds many objects and no cycles
            record, manifest = _split(marshal.loads(memoryview(stored)[len(header) :]))
            if not unchanged(manifest):
                return None
            data = records.decoded(record, day)
    except Exception:  # a damaged or outdated entry is only a cache miss
        return None
    # What was read lives as long as the command: the collector, which would walk every one
    # of its objects again and again (a national set holds millions), leaves them alone.
    gc.freeze()
    return data, manifest


def write(raw: bytes, data: DataFile, manifest: list[tuple[str, str, list[str]]]) -> None:
    """Store `data` as the entry of these bytes (the first file of the data set `manifest`
    describes) and prune old entries; failing is harmless."""
    folder = cache_dir()
    if folder is None:
        return
    digest = hashlib.sha256(raw).hexdigest()
    key = cache_key(digest)
    try:
        stored = _header(key, digest) + marshal.dumps((records.encoded(data), manifest))
    except ValueError:  # a value records cannot hold: nothing is cached
        return
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        opened = _Folder.opened(folder)
        try:
            opened.store(key, stored)
            opened.prune()
        finally:
            opened.close()
    except OSError:
        return


class NotOursError(OSError):
    """A folder or entry someone else owns or may write to."""


def _ours(status: os.stat_result) -> bool:
    """Owned by the user, and no one else may write to it."""
    return not _POSIX or (status.st_uid == os.getuid() and not status.st_mode & 0o022)


class _Folder:
    """The folder of entries, opened once and checked: every name is then looked up in that
    folder, whatever happens to its path (where the system allows it)."""

    def __init__(self, path: Path, fd: int | None) -> None:
        self.path = path
        self.fd = fd

    @classmethod
    def opened(cls, path: Path) -> _Folder:
        """The folder at `path`, opened without following a link; NotOursError if not ours."""
        if not _POSIX:
            return cls(path, None)
        fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY | _NOFOLLOW | _CLOEXEC)
        if not _ours(os.fstat(fd)):
            os.close(fd)
            raise NotOursError(path)
        return cls(path, fd)

    def close(self) -> None:
        """Let go of the opened folder; closing it again does nothing."""
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None

    def _open(self, name: str, flags: int, mode: int = 0o600) -> int:
        flags |= _NOFOLLOW | _CLOEXEC | _BINARY
        if self.fd is None:
            return os.open(self.path / name, flags, mode)
        return os.open(name, flags, mode, dir_fd=self.fd)

    def read(self, name: str) -> bytes:
        """An entry's bytes; the folder is closed afterwards."""
        try:
            fd = self._open(name, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        finally:
            self.close()
        with os.fdopen(fd, "rb") as handle:
            status = os.fstat(fd)
            if not stat.S_ISREG(status.st_mode) or not _ours(status):
                raise NotOursError(name)
            if status.st_size > MAX_ENTRY_BYTES:
                raise NotOursError(name)
            # Its size and no more: a read of the whole limit would first set aside that much.
            # An entry that grew meanwhile is cut short, which its header or records tell.
            return handle.read(status.st_size)

    def store(self, key: str, stored: bytes) -> None:
        """Write a whole entry under a temporary name, then rename it: readers see the old
        entry or the new one, never a part. The temporary file goes if anything stops it."""
        temp = f"{key}.{os.urandom(8).hex()}{TEMP_SUFFIX}"
        fd = self._open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(stored)
            self._replace(temp, key + ENTRY_SUFFIX)
        except BaseException:
            self._unlink(temp)
            raise

    def _replace(self, source: str, target: str) -> None:
        if self.fd is None:
            (self.path / source).replace(self.path / target)
        else:
            os.replace(source, target, src_dir_fd=self.fd, dst_dir_fd=self.fd)

    def _unlink(self, name: str) -> None:
        with contextlib.suppress(OSError):
            if self.fd is None:
                (self.path / name).unlink()
            else:
                os.unlink(name, dir_fd=self.fd)

    def prune(self) -> None:
        """Keep the newest entries; remove temporary files a stopped run left behind. Only
        the names this module writes, never through a link; an entry that cannot be examined
        (another run just removed it) is skipped."""
        now = time.time()
        kept: list[tuple[float, str]] = []
        with os.scandir(self.path if self.fd is None else self.fd) as entries:
            for entry in entries:
                try:
                    status = entry.stat(follow_symlinks=False)
                except OSError:
                    continue
                if not stat.S_ISREG(status.st_mode):
                    continue
                if _is_entry(entry.name):
                    kept.append((status.st_mtime, entry.name))
                elif _is_temp(entry.name) and now - status.st_mtime > STALE_SECONDS:
                    self._unlink(entry.name)
        kept.sort(reverse=True)
        for _, name in kept[KEEP_ENTRIES:]:
            self._unlink(name)


def _is_key(text: str) -> bool:
    return len(text) == 64 and _HEX.issuperset(text)


def _is_entry(name: str) -> bool:
    return name.endswith(ENTRY_SUFFIX) and _is_key(name.removesuffix(ENTRY_SUFFIX))


def _is_temp(name: str) -> bool:
    """`KEY.RANDOM.partial`, as `store` names them."""
    key, _, rest = name.partition(".")
    random, dot, suffix = rest.partition(".")
    written = dot and f".{suffix}" == TEMP_SUFFIX
    return bool(written) and _is_key(key) and len(random) == 16 and _HEX.issuperset(random)
