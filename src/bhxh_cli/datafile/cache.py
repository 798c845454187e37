"""A cache of validated data files, so repeated commands skip parsing and validation.

A data file is validated once per content: the validated objects (plain dataclasses from
`domain.py`) are pickled under a key made of the file's bytes, bhxh's version and Python's
version. Any change to the file gives a new key, so a stale entry is never read. The cache
lives in $BHXH_CACHE_DIR, else $XDG_CACHE_HOME/bhxh, else ~/.cache/bhxh; BHXH_NO_CACHE=1
turns it off. Failing to write it is harmless: the next run validates again. Entries are read
only from a folder that no one else can write to and only when they belong to the user, since
loading a pickle runs code.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import sys
from pathlib import Path

from bhxh_cli import __version__
from bhxh_cli.domain.data import DataFile

KEEP_ENTRIES = 16


def cache_dir() -> Path | None:
    if os.environ.get("BHXH_NO_CACHE"):
        return None
    explicit = os.environ.get("BHXH_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "bhxh"


def _code_fingerprint() -> str:
    """Names, sizes and times of bhxh's own modules, in every folder of the package: a changed
    rule or model (an upgrade, an edit in a checkout) is a new key, even at the same version."""
    return "\0".join(sorted(_module_stamps(Path(__file__).parent.parent, "")))


def _module_stamps(folder: Path, prefix: str) -> list[str]:
    stamps = []
    for entry in os.scandir(folder):
        if entry.is_dir() and not entry.name.startswith((".", "__")):
            stamps += _module_stamps(Path(entry.path), f"{prefix}{entry.name}/")
        elif entry.name.endswith(".py"):
            status = entry.stat()
            stamps.append(f"{prefix}{entry.name}:{status.st_size}:{status.st_mtime_ns}")
    return stamps


def cache_key(raw: bytes) -> str:
    digest = hashlib.sha256(raw)
    digest.update(f"\0{__version__}\0{sys.version}\0{_code_fingerprint()}".encode())
    return digest.hexdigest()


def _trusted(path: Path) -> bool:
    """An entry is read only from a folder no one else can write to, and only if it is ours:
    a pickle runs code when loaded."""
    if not hasattr(os, "getuid"):
        return True
    folder, entry = path.parent.stat(), path.stat()
    private = not (folder.st_mode & 0o022)
    return private and folder.st_uid == entry.st_uid == os.getuid()


def read(raw: bytes) -> DataFile | None:
    folder = cache_dir()
    if folder is None:
        return None
    entry = folder / f"{cache_key(raw)}.pickle"
    try:
        if not _trusted(entry):
            return None
        with entry.open("rb") as handle:
            gc.disable()  # unpickling builds many objects and no cycles
            try:
                data = pickle.load(handle)
            finally:
                gc.enable()
    except Exception:  # a damaged, foreign or outdated entry is only a cache miss
        return None
    return data if isinstance(data, DataFile) else None


def write(raw: bytes, data: DataFile) -> None:
    folder = cache_dir()
    if folder is None:
        return
    import tempfile  # only when a file was just validated

    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=folder, delete=False, suffix=".tmp") as tmp:
            try:
                pickle.dump(data, tmp, protocol=pickle.HIGHEST_PROTOCOL)
            except pickle.PicklingError:
                Path(tmp.name).unlink(missing_ok=True)
                return
        Path(tmp.name).replace(folder / f"{cache_key(raw)}.pickle")
        _prune(folder)
    except OSError:
        return


def _prune(folder: Path) -> None:
    entries = sorted(folder.glob("*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    for stale in entries[KEEP_ENTRIES:]:
        stale.unlink(missing_ok=True)
