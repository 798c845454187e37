"""A data set of several files, read as one document so that every check runs unchanged.

A targets file may name other files with a top-level `include:` list (`members`). Each file is
read by the same strict reader within the same limits; a file of the set may declare provinces
and campaigns of its own (each only once in the whole set) and, under `units:`, add `actuals`
and `targets` to a unit declared anywhere in the set, by its path. The documents are merged at
the level of their values and positions: an included file's snapshots are appended to the
unit's list, and each keeps its own file, line and column, so that a problem found by the
schema or by a check points into the file where it is.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path as FsPath
from typing import TYPE_CHECKING, Any

from bhxh_cli.datafile.document import Document, KeyPath
from bhxh_cli.datafile.files import read_bytes, text_of
from bhxh_cli.datafile.limits import MAX_SET_BYTES, MAX_SET_FILES
from bhxh_cli.datafile.members import Manifest, covers, identity, named
from bhxh_cli.datafile.rules import problem
from bhxh_cli.datafile.yamlread import read_yaml
from bhxh_cli.errors import DataError, Position, Problem
from bhxh_cli.messages import Message, did_you_mean

if TYPE_CHECKING:
    from bhxh_cli.datafile.parse import Examined

INCLUDE = "include"
ADDITIONS = "units"
# What a file of the set may hold at its top, and what it may add to a unit declared elsewhere.
TOP_KEYS = ("version", INCLUDE, "provinces", "campaigns", ADDITIONS)
ADDED_KEYS = ("actuals", "targets")


@dataclass
class Member:
    """One file of the set: its path, bytes, text, document and `include:` entries."""

    path: FsPath
    raw: bytes
    text: str
    document: Document
    entries: list[str] = field(default_factory=list)
    # Where the values of this file go in the merged document: by prefix (2 or 4 steps long),
    # and for the very list of a unit's additions (3 steps), only that list's own mark.
    moves: dict[KeyPath, KeyPath] = field(default_factory=dict)
    exact: dict[KeyPath, KeyPath] = field(default_factory=dict)


@dataclass
class Gathered:
    """Every file of a set (the targets file first), the merged document, and the problems
    of reading and merging (each file's own YAML problems included)."""

    members: list[Member]
    document: Document
    problems: list[Problem]

    def has(self, path: FsPath) -> bool:
        """Whether the file at `path` is one of the set."""
        return any(identity(m.path) == identity(path) for m in self.members)

    def manifest(self) -> Manifest:
        """The set as the cache keeps it (see `members.unchanged`)."""
        return [
            (identity(m.path), hashlib.sha256(m.raw).hexdigest(), list(m.entries))
            for m in self.members
        ]

    @property
    def texts(self) -> dict[str, str]:
        """Each file's text, by the name its problems carry."""
        return {m.document.file: m.text for m in self.members}


def gather(path: FsPath, raw: bytes, pending: tuple[FsPath, bytes] | None = None) -> Gathered:
    """Read the targets file at `path` (whose bytes are `raw`) and every file it includes, at
    any depth, and merge them into the first file's document. A `pending` file (a path and
    the bytes about to be written there) is read in place of what is on disk, or as a file of
    the set when an `include:` entry would name it (`Gathered.pending_read` tells)."""
    text = text_of(path, raw)
    main = Member(path, raw, text, read_yaml(text, str(path)))
    members = [main]
    problems: list[Problem] = []
    seen = {identity(path)}
    total = len(raw)
    index = 0
    while index < len(members):
        member = members[index]
        index += 1
        member.entries = _entries(member, problems)
        for entry_index, entry in enumerate(member.entries):
            where = member.document.position((INCLUDE, entry_index))
            for child in _children(member.path, entry, where, seen, problems):
                if len(members) >= MAX_SET_FILES:
                    message = Message("include.too_many", limit=MAX_SET_FILES)
                    problems.append(problem("include-limit", where, message))
                    return _merged(members, problems)
                read = _read(child, problems, pending)
                if read is not None:
                    total += len(read.raw)
                    if total > MAX_SET_BYTES:
                        message = Message("include.too_large", limit=MAX_SET_BYTES)
                        problems.append(problem("include-limit", where, message))
                        return _merged(members, problems)
                    members.append(read)
    if pending is not None and identity(pending[0]) not in seen and _covers(members, pending[0]):
        read = _read(pending[0], problems, pending)
        if read is not None:
            members.append(read)
    return _merged(members, problems)


def _covers(members: list[Member], path: FsPath) -> bool:
    return any(covers(m.path, entry, path) for m in members for entry in m.entries if entry)


def examine_set(path: FsPath, raw: bytes, today: date) -> tuple[Examined, Gathered]:
    """Every problem of the set rooted at `path`, and the files of the set."""
    from bhxh_cli.datafile.parse import examine_document

    gathered = gather(path, raw)
    files = [member.document.file for member in gathered.members]
    return examine_document(gathered.document, today, gathered.problems, files), gathered


def _entries(member: Member, problems: list[Problem]) -> list[str]:
    data = member.document.data
    written = data.get(INCLUDE) if isinstance(data, dict) else None
    if written is None:
        return []
    doc = member.document
    if not isinstance(written, list):
        message = Message("include.not_list")
        problems.append(problem("wrong-type", doc.position((INCLUDE,)), message))
        return []
    entries = []
    for index, entry in enumerate(written):
        if not isinstance(entry, str) or not entry.strip() or FsPath(entry).is_absolute():
            message, hint = Message("include.bad_entry"), Message("include.bad_entry.hint")
            problems.append(problem("wrong-type", doc.position((INCLUDE, index)), message, hint))
            entries.append("")  # keeps the indexes of the others
        else:
            entries.append(entry)
    return entries


def _children(
    holder: FsPath, entry: str, where: Position, seen: set[str], problems: list[Problem]
) -> Iterator[FsPath]:
    if not entry:
        return
    found = named(holder, entry)
    for child in found.paths:
        name = identity(child)
        if not found.glob and not child.is_file():
            message = Message("include.missing", path=repr(entry))
            problems.append(problem("include-missing", where, message))
        elif name in seen:
            if not found.glob:  # a glob passes over the files already read, its own file too
                message = Message("include.again", path=repr(entry))
                problems.append(problem("include-cycle", where, message))
        else:
            seen.add(name)
            yield child


def _read(
    path: FsPath, problems: list[Problem], pending: tuple[FsPath, bytes] | None = None
) -> Member | None:
    try:
        if pending is not None and identity(path) == identity(pending[0]):
            raw = pending[1]
        else:
            raw = read_bytes(path)
        text = text_of(path, raw)
    except DataError as err:
        problems.extend(err.problems)
        return None
    document = read_yaml(text, str(path))
    problems.extend(document.problems)
    return Member(path, raw, text, document)


def _merged(members: list[Member], problems: list[Problem]) -> Gathered:
    """The first file's document with every other file's provinces, campaigns and additions."""
    target = members[0].document
    merged = target.data if isinstance(target.data, dict) else None
    additions: list[tuple[Member, dict[str, Any]]] = []
    for member in members:
        data = member.document.data
        if merged is None:
            break
        if member is not members[0] and not _top_checked(member, problems):
            continue
        assert isinstance(data, dict)
        for part in ("provinces", "campaigns"):
            _declare(merged, target, member, part, problems)
        written = data.pop(ADDITIONS, None) if member is members[0] else data.get(ADDITIONS)
        if isinstance(written, dict):
            additions.append((member, written))
        elif written is not None:
            message = Message("schema.not_mapping", field=ADDITIONS)
            problems.append(problem("wrong-type", member.document.position((ADDITIONS,)), message))
    if merged is not None:
        merged.pop(INCLUDE, None)
        for member, written in additions:
            for unit, added in written.items():
                _add(merged, member, (unit, added), problems)
        for member in members:
            _move_marks(target, member)
    return Gathered(members, target, problems)


def _top_checked(member: Member, problems: list[Problem]) -> bool:
    """An included file's top: a mapping of the keys a file of a set may hold, `version: 1`."""
    doc, data = member.document, member.document.data
    if data is None:
        return False
    if not isinstance(data, dict):
        problems.append(problem("wrong-type", doc.position(()), Message("schema.file_not_mapping")))
        return False
    for key in data:
        if key not in TOP_KEYS:
            message = Message("schema.unknown_key", key=repr(key))
            hint = did_you_mean(key, TOP_KEYS)
            problems.append(problem("unknown-key", doc.position((key,), key=True), message, hint))
    if data.get("version", 1) != 1:
        message = Message("schema.choice", field="version", choice="1")
        problems.append(problem("wrong-type", doc.position(("version",)), message))
    return True


def _declare(
    merged: dict[str, Any], target: Document, member: Member, part: str, problems: list[Problem]
) -> None:
    """Take the provinces (or campaigns) a file declares; one declared twice is an error."""
    if member.document is target:
        return
    written = member.document.data.get(part)
    if written is None:
        return
    doc = member.document
    if not isinstance(written, dict):
        message = Message("schema.not_mapping", field=part)
        problems.append(problem("wrong-type", doc.position((part,)), message))
        return
    have = merged.setdefault(part, {})
    if not isinstance(have, dict):
        return
    for slug, value in written.items():
        if slug in have:
            first = target.position((part, slug), key=True)
            message = Message("include.declared_twice", slug=repr(slug), first=str(first))
            hint = Message("include.declared_twice.hint")
            where = doc.position((part, slug), key=True)
            problems.append(problem("declared-twice", where, message, hint))
            continue
        have[slug] = value
        member.moves[(part, slug)] = (part, slug)


def _add(
    merged: dict[str, Any],
    member: Member,
    addition: tuple[str, Any],
    problems: list[Problem],
) -> None:
    """Append a file's `actuals` and `targets` for one unit to the unit's own lists."""
    from bhxh_cli.datafile.checks import document_path

    unit, added = addition
    doc = member.document
    at = (ADDITIONS, unit)
    node = _unit_node(merged, unit)
    if node is None:
        message = Message("include.unknown_unit", unit=repr(unit))
        hint = did_you_mean(unit, list(_unit_paths(merged)))
        problems.append(problem("include-unknown-unit", doc.position(at, key=True), message, hint))
        return
    if not isinstance(added, dict):
        problems.append(problem("wrong-type", doc.position(at), Message("include.not_additions")))
        return
    for key, items in added.items():
        if key not in ADDED_KEYS:
            message = Message("include.redefines", key=repr(key), unit=unit)
            hint = Message("include.redefines.hint")
            where = doc.position((*at, key), key=True)
            problems.append(problem("include-redefines", where, message, hint))
        elif not isinstance(items, list):
            message = Message("schema.not_list", field=key)
            problems.append(problem("wrong-type", doc.position((*at, key)), message))
        else:
            have = node.setdefault(key, [])
            if not isinstance(have, list):
                continue  # the unit's own list is wrong: reported by the schema
            base = (*document_path(unit), key)
            if not have:
                member.exact[(*at, key)] = base
            for index, item in enumerate(items):
                member.moves[(*at, key, index)] = (*base, len(have))
                have.append(item)


def _move_marks(target: Document, member: Member) -> None:
    """Copy the marks of a file's values to where they went in the merged document, with the
    file's name; one pass over its marks."""
    doc = member.document
    for source, into in ((doc.value_marks, target.value_marks), (doc.key_marks, target.key_marks)):
        for path, mark in list(source.items()):
            moved = _moved(member, path)
            if moved is None:
                continue
            into[moved] = mark
            if doc is not target:
                target.mark_files[moved] = doc.file


def _moved(member: Member, path: KeyPath) -> KeyPath | None:
    if path in member.exact:
        return member.exact[path]
    for size in (4, 2):
        new = member.moves.get(path[:size]) if len(path) >= size else None
        if new is not None:
            return (*new, *path[size:])
    return None


def _unit_node(merged: dict[str, Any], unit: str) -> dict[str, Any] | None:
    from bhxh_cli.datafile.checks import document_path

    node: Any = merged
    for part in document_path(unit):
        node = node.get(part) if isinstance(node, dict) else None
    return node if isinstance(node, dict) else None


def _unit_paths(merged: dict[str, Any]) -> Iterator[str]:
    provinces = merged.get("provinces")
    stack = list(provinces.items()) if isinstance(provinces, dict) else []
    while stack:
        path, unit = stack.pop()
        yield path
        subs = unit.get("units") if isinstance(unit, dict) else None
        if isinstance(subs, dict):
            stack += [(f"{path}/{slug}", sub) for slug, sub in subs.items()]
