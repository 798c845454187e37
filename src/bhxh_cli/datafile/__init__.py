"""Find, read and validate a targets file and the files its `include:` names (`dataset`,
`members`); every problem becomes a positioned project error.

`files` reads bytes and text within the limits, `lines` counts lines as editors do; `yamlread`
parses YAML into a `document` of values with their positions; `model` is the format as
Pydantic models; `parse` checks a file (`checks`, with `overlaps` and `twice`; `text`, `rules`,
`limits`), and `salvage` keeps what can still be checked of a file that fails the schema;
`cache` keeps validated files as plain `records`, read back a column at a time by `columns`;
`collector` pauses the cycle collector while all that builds objects; `validate` is what
`bhxh validate` reports; `json_schema` what `bhxh schema` prints. This module imports only
`cache`, `files` and `members`: Pydantic and PyYAML load when a file is parsed, not when it
comes from the cache.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path as FsPath
from typing import NamedTuple

from bhxh_cli.datafile import cache
from bhxh_cli.datafile.files import cannot_examine, digest_of, fault, read_bytes
from bhxh_cli.datafile.members import Manifest, unchanged
from bhxh_cli.domain.data import DataFile
from bhxh_cli.errors import DataError, Position, UsageError
from bhxh_cli.messages import Message

DATA_ENV = "BHXH_DATA"


class Dataset(NamedTuple):
    """A validated targets file and where it came from."""

    path: str
    data: DataFile
    from_cache: bool  # read back from the cache of validated files, not parsed
    members: Manifest  # the files of the set, this one first


def locate(explicit: str | None) -> FsPath:
    """First match wins: --data, $BHXH_DATA, ./data/targets.yaml, the copy in the package.
    An empty --data (an unset variable) is a usage error, not a reason to use another file."""
    if explicit is not None and not explicit.strip():
        raise UsageError(Message("option.empty_data"), hint=Message("option.empty_data.hint"))
    chosen = explicit or os.environ.get(DATA_ENV)
    if chosen:
        return FsPath(chosen)
    local = FsPath("data/targets.yaml")
    try:
        if local.is_file():
            return local
    except OSError as exc:  # ./data cannot be entered: say so rather than use another file
        raise cannot_examine(local, exc) from None
    from importlib.resources import files

    return FsPath(str(files("bhxh_cli") / "data" / "targets.yaml"))


def load(explicit: str | None = None, *, snapshots_of: date | None = None) -> Dataset:
    """Locate, read and check the data file, or raise DataError with every error.

    Warnings (participants above the denominator, a snapshot in the future, ...) do not stop
    a command; `bhxh validate` shows them. A file already validated in this exact content
    comes from the cache, without parsing or Pydantic; with `snapshots_of`, what comes from
    the cache may be its projection on that day (every unit with its snapshots of that day
    only, no targets, top-ups or campaigns), all that an import checks its day against."""
    path = locate(explicit)
    # The file is read whole only when it is not in the cache (or there is no cache).
    digest = digest_of(path) if cache.cache_dir() is not None else None
    if digest is not None:
        cached = cache.read(digest, lambda manifest: unchanged(path, manifest), snapshots_of)
        if cached is not None:
            return Dataset(str(path), cached[0], from_cache=True, members=cached[1])
    raw = read_bytes(path)
    from bhxh_cli.datafile.dataset import examine_set

    examined, gathered = examine_set(path, raw, date.today())
    if examined.errors:
        raise DataError(examined.errors)
    if examined.data is None:  # pragma: no cover - parse records an error whenever it has none
        raise fault("empty-file", Position(str(path), 1, 1), Message("file.no_data"))
    cache.write(raw, examined.data, gathered.manifest())
    return Dataset(str(path), examined.data, from_cache=False, members=gathered.manifest())
