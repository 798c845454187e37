"""Read YAML text into plain Python values, remembering where every key and value stood.

The reader walks PyYAML's event stream itself (with the C parser when present) instead of
using a constructor, so that it can:
- keep the line and column of every value and key;
- report duplicate keys, which PyYAML silently collapses;
- resolve plain scalars by a small, strict rule set (YAML 1.2 core), so `no` stays a string
  and a number keeps its exact decimal text;
- refuse alias bombs, absurd nesting and absurd sizes before they cost memory or time.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

import yaml

try:  # the C parser is several times faster; the pure-Python one behaves the same
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

from bhxh_cli.datafile.collector import collector_paused
from bhxh_cli.datafile.document import Document, KeyPath
from bhxh_cli.datafile.limits import MAX_ALIAS_NODES, MAX_DEPTH, MAX_VALUES
from bhxh_cli.datafile.lines import YAML11_ONLY_BREAKS, position_at, split_lines
from bhxh_cli.datafile.rules import problem
from bhxh_cli.datafile.text import code_point
from bhxh_cli.datafile.yamlhints import missing_colon
from bhxh_cli.errors import Position, Problem
from bhxh_cli.messages import Message

_INT = re.compile(r"[-+]?[0-9]+")
_DECIMAL = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_TRUES = frozenset({"true", "True", "TRUE"})
_FALSES = frozenset({"false", "False", "FALSE"})
_STR_TAGS = frozenset({"!", "tag:yaml.org,2002:str"})
_CORE_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}"
    for name in ("str", "int", "float", "bool", "null", "map", "seq", "timestamp")
)


def resolve_plain(text: str) -> Any:
    """The value of an unquoted scalar: null, bool, int, exact Decimal, date, else str."""
    if text in _NULLS:
        return None
    if text in _TRUES:
        return True
    if text in _FALSES:
        return False
    try:
        if _INT.fullmatch(text):
            return int(text)
        if _DECIMAL.fullmatch(text):
            return Decimal(text)
    except (ValueError, InvalidOperation):  # digits beyond Python's int-from-text limit
        return text
    if _DATE.fullmatch(text):
        try:
            return date.fromisoformat(text)
        except ValueError:
            return text
    return text


@dataclass
class _Frame:
    container: dict[str, Any] | list[Any]
    path: KeyPath
    size: int = 1
    key: str | None = None
    anchor: str | None = None
    discard: bool = False


class _Builder:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.stack: list[_Frame] = []
        self.anchors: dict[str, tuple[Any, int]] = {}
        self.open_anchors: set[str] = set()
        self.alias_nodes = 0
        self.values = 0
        self.documents = 0

    def mark(self, event: Any) -> tuple[int, int]:
        """Where `event` starts, as an editor numbers it: (line, column), both from 1."""
        return event.start_mark.line + 1, event.start_mark.column + 1

    def problem(self, event: Any, rule: str, message: Message, hint: Message | None = None) -> None:
        """Record a problem of `rule` on the document, at where `event` starts."""
        line, col = self.mark(event)
        self.doc.problems.append(problem(rule, Position(self.doc.file, line, col), message, hint))

    def child_path(self) -> KeyPath | None:
        """The path of the value this event starts, or None when it is a mapping key."""
        if not self.stack:
            return ()
        top = self.stack[-1]
        if isinstance(top.container, list):
            return (*top.path, len(top.container))
        if top.key is None:
            return None
        return (*top.path, top.key)

    def attach(self, value: Any, size: int) -> None:
        """Put a finished value in the open container, or make it the document's data."""
        if not self.stack:
            self.doc.data = value
            return
        top = self.stack[-1]
        top.size += size
        if isinstance(top.container, list):
            top.container.append(value)
        else:
            assert top.key is not None
            if not top.discard:
                top.container[top.key] = value
            top.key, top.discard = None, False

    def take_key(self, event: Any) -> None:
        """Take a mapping key: text, NFC; a duplicate keeps the first value (duplicate-key)."""
        top = self.stack[-1]
        if not isinstance(event, yaml.ScalarEvent):
            self.problem(event, "yaml-syntax", Message("yaml.key_not_text"))
            raise _StopReadingError
        key = unicodedata.normalize("NFC", event.value)
        assert isinstance(top.container, dict)
        if key in top.container:
            self.problem(
                event,
                "duplicate-key",
                Message("yaml.duplicate_key", key=repr(key)),
                Message("yaml.duplicate_key.hint"),
            )
            top.discard = True  # the first value stays; the problem is already reported
        top.key = key
        if not top.discard:
            self.doc.key_marks[(*top.path, key)] = self.mark(event)

    def check_tag(self, event: Any) -> None:
        """Stop at a tag outside YAML's core schema, such as `!!python/object` (yaml-tag)."""
        tag = event.tag
        if tag is not None and tag not in _STR_TAGS and tag not in _CORE_TAGS:
            self.problem(
                event,
                "yaml-tag",
                Message("yaml.tag", tag=repr(tag)),
                Message("yaml.tag.hint"),
            )
            raise _StopReadingError

    def scalar_value(self, event: Any) -> Any:
        """A scalar's value: quoted or `!!str` is text, plain is resolved (`resolve_plain`); NFC."""
        self.check_tag(event)
        plain = event.implicit[0] and not event.style
        if event.tag in _STR_TAGS or not plain:
            return unicodedata.normalize("NFC", event.value)
        value = resolve_plain(event.value)
        return unicodedata.normalize("NFC", value) if isinstance(value, str) else value

    def start_container(
        self, event: Any, path: KeyPath, container: dict[str, Any] | list[Any]
    ) -> None:
        """Open a mapping or list at `path`, no deeper than MAX_DEPTH (too-deep)."""
        if len(self.stack) >= MAX_DEPTH:
            self.problem(event, "too-deep", Message("yaml.too_deep", limit=MAX_DEPTH))
            raise _StopReadingError
        self.check_tag(event)
        self.doc.value_marks[path] = self.mark(event)
        self.stack.append(_Frame(container, path, anchor=event.anchor))
        if event.anchor:
            self.open_anchors.add(event.anchor)

    def end_container(self) -> None:
        """Close the innermost mapping or list, keep it under its anchor, and attach it."""
        frame = self.stack.pop()
        if frame.anchor:
            self.open_anchors.discard(frame.anchor)
            self.anchors[frame.anchor] = (frame.container, frame.size)
        self.attach(frame.container, frame.size)

    def feed(self, event: Any) -> None:
        """Take the next event: of one document only, a key, an alias, a scalar or a container."""
        if isinstance(event, yaml.DocumentStartEvent):
            self.documents += 1
            if self.documents > 1:
                self.problem(event, "yaml-syntax", Message("yaml.one_document"))
                raise _StopReadingError
            return
        if isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
            self.end_container()
            return
        if not isinstance(event, yaml.NodeEvent):
            return
        self.count_value(event)
        path = self.child_path()
        if path is None:
            self.take_key(event)
            return
        if isinstance(event, yaml.AliasEvent):
            self.alias(event, path)
        elif isinstance(event, yaml.ScalarEvent):
            value = self.scalar_value(event)
            self.doc.value_marks[path] = self.mark(event)
            if event.anchor:
                self.anchors[event.anchor] = (value, 1)
            self.attach(value, 1)
        elif isinstance(event, yaml.MappingStartEvent):
            self.start_container(event, path, {})
        elif isinstance(event, yaml.SequenceStartEvent):
            self.start_container(event, path, [])

    def count_value(self, event: Any) -> None:
        """Count one more key or value: no more than MAX_VALUES in a file (too-many-values)."""
        self.values += 1
        if self.values > MAX_VALUES:
            self.problem(
                event,
                "too-many-values",
                Message("yaml.too_many_values", limit=MAX_VALUES),
                Message("yaml.too_many_values.hint"),
            )
            raise _StopReadingError

    def alias(self, event: Any, path: KeyPath) -> None:
        """Put an anchor's value at `path`; an open or unknown anchor or an alias bomb stops."""
        if event.anchor in self.open_anchors:
            self.problem(event, "yaml-syntax", Message("yaml.alias_self", anchor=event.anchor))
            raise _StopReadingError
        if event.anchor not in self.anchors:
            self.problem(event, "yaml-syntax", Message("yaml.alias_unknown", anchor=event.anchor))
            raise _StopReadingError
        value, size = self.anchors[event.anchor]
        self.alias_nodes += size
        if self.alias_nodes > MAX_ALIAS_NODES:
            self.problem(
                event,
                "alias-bomb",
                Message("yaml.alias_bomb", limit=MAX_ALIAS_NODES),
                Message("yaml.alias_bomb.hint"),
            )
            raise _StopReadingError
        self.doc.value_marks[path] = self.mark(event)
        self.attach(value, size)


# What libyaml's scanner says when it refuses nesting itself (libyaml >= 0.2.6).
_LIBYAML_TOO_DEEP = "maximum nesting depth"


class _StopReadingError(Exception):
    """Reading cannot go on; the reason is already recorded as a problem."""


def _char_at(text: str, line: int, col: int) -> str:
    lines = split_lines(text)
    if len(lines) < line:
        return ""
    return lines[line - 1][col - 1 : col]


def _syntax_problem(exc: yaml.MarkedYAMLError, text: str, file: str) -> Problem:
    mark = exc.problem_mark or exc.context_mark
    position = Position(file, mark.line + 1, mark.column + 1) if mark else Position(file, 1, 1)
    if _LIBYAML_TOO_DEEP in (exc.problem or ""):
        # libyaml 0.2.6 and later refuse deep flow nesting in the scanner, before the events
        # that our own limit counts: the same refusal, at libyaml's position.
        return problem("too-deep", position, Message("yaml.too_deep", limit=MAX_DEPTH))
    if colon := missing_colon(exc, text):
        line, col, message = colon
        return problem(
            "yaml-syntax", Position(file, line, col), message, Message("yaml.colon.hint")
        )
    detail = " ".join(part for part in (exc.context, exc.problem) if part)
    message = Message("yaml.syntax", detail=detail) if detail else Message("yaml.invalid")
    tab = _char_at(text, position.line, position.col) == "\t"
    return problem("yaml-syntax", position, message, Message("yaml.tabs.hint") if tab else None)


def _reader_problem(exc: yaml.reader.ReaderError, text: str, file: str) -> Problem:
    """A character YAML allows nowhere, at its place: libyaml counts the place in bytes of
    UTF-8, PyYAML's own reader in characters."""
    index = exc.position
    if hasattr(yaml, "CSafeLoader") and issubclass(_Loader, yaml.CSafeLoader):
        index = len(text.encode("utf-8")[:index].decode("utf-8", "ignore"))
    where = Position(file, *position_at(text, index))
    char = code_point(chr(exc.character))
    if exc.character < 0x20 or 0x7F <= exc.character <= 0x9F:
        hint = Message("text.control.hint")
        return problem("control-character", where, Message("yaml.control", char=char), hint)
    return problem("yaml-syntax", where, Message("yaml.unacceptable", char=char))


def _separators(text: str, file: str) -> tuple[str, list[Problem]]:
    """NEL, LS and PS refused where the first is, and read as spaces (see `lines`)."""
    found = [index for char in YAML11_ONLY_BREAKS if (index := text.find(char)) >= 0]
    if not found:
        return text, []
    first = min(found)
    count = sum(text.count(char) for char in YAML11_ONLY_BREAKS)
    where = Position(file, *position_at(text, first))
    message = Message("yaml.separator", char=code_point(text[first]), count=count)
    refused = problem("control-character", where, message, Message("yaml.separator.hint"))
    return text.translate(dict.fromkeys(map(ord, YAML11_ONLY_BREAKS), " ")), [refused]


def read_yaml(text: str, file: str) -> Document:
    """Parse `text`; problems are recorded on the returned document, never raised. The cycle
    collector is paused meanwhile (`collector`)."""
    doc = Document(file)
    builder = _Builder(doc)
    text, doc.problems = _separators(text, file)
    loader = None
    try:
        loader = _Loader(text)  # PyYAML's own reader checks the characters here
        with collector_paused():
            while loader.check_event():
                builder.feed(loader.get_event())
    except _StopReadingError:
        pass
    except yaml.MarkedYAMLError as exc:
        doc.problems.append(_syntax_problem(exc, text, file))
    except yaml.reader.ReaderError as exc:
        doc.problems.append(_reader_problem(exc, text, file))
    except yaml.YAMLError as exc:
        message = Message("yaml.syntax", detail=str(exc))
        doc.problems.append(problem("yaml-syntax", Position(file, 1, 1), message))
    finally:
        if loader is not None:
            loader.dispose()
    return doc
