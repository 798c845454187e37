"""The files of a data set: what an `include:` entry names, and whether a cached set is unchanged.

An entry is a path or a glob relative to the file that holds it. A glob that matches nothing
names no file (a data set before its first import); a path without wildcards must exist. A glob
never names a file twice, nor the file that holds it. Nothing here parses YAML: a command whose
set is in the cache checks the set's files with this module alone.
"""

from __future__ import annotations

import hashlib
from pathlib import Path as FsPath
from typing import NamedTuple

from bhxh_cli.datafile.files import read_bytes
from bhxh_cli.errors import BhxhError

GLOB_CHARS = frozenset("*?[")

# One file of a set as the cache keeps it: its resolved path, the SHA-256 of its bytes and the
# entries of its `include:`, so that a later run can tell the set is the same without parsing.
Manifest = list[tuple[str, str, list[str]]]


class Named(NamedTuple):
    """The files one `include:` entry names, in sorted order, and whether it was a glob."""

    paths: tuple[FsPath, ...]
    glob: bool


def is_glob(entry: str) -> bool:
    """An entry with a wildcard: `*`, `?` or `[`."""
    return any(char in GLOB_CHARS for char in entry)


def named(holder: FsPath, entry: str) -> Named:
    """The regular files `entry` names, relative to the folder of `holder`; a missing literal
    path is returned as it is, for the caller to report (`exists` is False)."""
    base = holder.parent
    if not is_glob(entry):
        return Named((base / entry,), glob=False)
    found = sorted(path for path in base.glob(entry) if path.is_file())
    return Named(tuple(found), glob=True)


def covers(holder: FsPath, entry: str, path: FsPath) -> bool:
    """Whether `entry` of the file `holder` names `path`, existing or not (a file about to be
    written: `bhxh import` checks that the set will read it)."""
    import os
    from pathlib import PurePath

    if not is_glob(entry):
        return identity(holder.parent / entry) == identity(path)
    relative = PurePath(os.path.relpath(identity(path), identity(holder.parent)))
    pattern = PurePath(entry)
    if "**" in entry:
        import fnmatch

        return fnmatch.fnmatch(str(relative), entry.replace("**/", "*"))
    return len(relative.parts) == len(pattern.parts) and relative.match(entry)


def identity(path: FsPath) -> str:
    """The one name of a file, whatever path led to it (a loop of links: its absolute path)."""
    try:
        return str(path.resolve())
    except (OSError, RuntimeError):
        return str(path.absolute())


def unchanged(main: FsPath, manifest: Manifest) -> bool:
    """Whether the set rooted at `main` is still the set `manifest` describes: the same files,
    found by the same entries, each with the same bytes (the main file's were checked)."""
    if len(manifest) == 1 and not manifest[0][2]:
        return True  # a file alone, wherever it is: its bytes were checked
    stored = {name: (digest, entries) for name, digest, entries in manifest}
    order: list[str] = []
    seen = {identity(main)}
    queue = [main]
    try:
        while queue:
            path = queue.pop(0)
            name = identity(path)
            if name not in stored:
                return False
            digest, entries = stored[name]
            if order and hashlib.sha256(read_bytes(path)).hexdigest() != digest:
                return False
            order.append(name)
            for entry in entries:
                found = named(path, entry)
                for child in found.paths:
                    if identity(child) in seen:
                        if found.glob:
                            continue
                        return False  # a file named twice: an error, never cached
                    seen.add(identity(child))
                    queue.append(child)
    except (BhxhError, OSError):
        return False
    return order == [name for name, _, _ in manifest]
