"""Find, read and validate a targets file; every problem becomes a positioned project error."""

from __future__ import annotations

import difflib
import os
import re
from dataclasses import dataclass
from pathlib import Path as FsPath
from typing import Any

from pydantic import ValidationError

from bhxh_cli.errors import DataError, MissingFileError, Position, Problem
from bhxh_cli.model import Campaign, DataFile, Goal, Snapshot, Target, Unit
from bhxh_cli.yamlread import Document, Path, read_yaml

MAX_FILE_BYTES = 64 * 1024 * 1024
DATA_ENV = "BHXH_DATA"
_THOUSANDS = re.compile(r"^[0-9]{1,3}([.,][0-9]{3})+$")
_KNOWN_KEYS = sorted(
    {
        name
        for model in (DataFile, Unit, Snapshot, Target, Goal, Campaign)
        for name in model.model_fields
    }
)


@dataclass(frozen=True)
class Dataset:
    """A validated targets file and where it came from."""

    path: str
    data: DataFile
    document: Document


def locate(explicit: str | None) -> FsPath:
    """First match wins: --data, $BHXH_DATA, ./data/targets.yaml, the copy in the package."""
    chosen = explicit or os.environ.get(DATA_ENV)
    if chosen:
        return FsPath(chosen)
    local = FsPath("data/targets.yaml")
    if local.is_file():
        return local
    return FsPath(__file__).with_name("data") / "targets.yaml"


def read_text(path: FsPath) -> str:
    """The file's text, BOM and Windows line endings accepted; unreadable files raise."""
    if not path.exists():
        raise MissingFileError(f"{path}: no such file")
    if path.is_dir():
        raise MissingFileError(f"{path}: is a directory, not a data file")
    where = Position(str(path), 1, 1)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise DataError(
                [
                    _file_problem(
                        where,
                        "file-too-large",
                        f"file is {size:,} bytes; the limit is {MAX_FILE_BYTES:,}",
                    )
                ]
            )
        raw = path.read_bytes()
    except OSError as exc:
        raise DataError(
            [_file_problem(where, "file-unreadable", exc.strerror or str(exc))]
        ) from exc
    if b"\x00" in raw:
        raise DataError([_file_problem(where, "not-text", "binary file, not YAML text")])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise DataError(
            [
                _file_problem(
                    Position(str(path), line, col),
                    "not-utf8",
                    "not UTF-8 text",
                    "save the file as UTF-8",
                )
            ]
        ) from exc
    if not text.strip():
        raise DataError([_file_problem(where, "empty-file", "the file is empty")])
    return text


def _file_problem(where: Position, rule: str, message: str, hint: str | None = None) -> Problem:
    return Problem(where, rule, message, hint)


def parse(text: str, file: str) -> tuple[Document, DataFile | None]:
    """Read and validate; problems are on the document, the model is None if any is an error."""
    doc = read_yaml(text, file)
    if doc.problems and doc.data is None:
        return doc, None
    try:
        data = DataFile.model_validate(doc.data)
    except ValidationError as exc:
        doc.problems.extend(schema_problems(doc, exc))
        return doc, None
    return doc, (None if doc.problems else data)


def load(explicit: str | None = None) -> Dataset:
    """Locate, read and validate the data file, or raise DataError with every problem."""
    path = locate(explicit)
    doc, data = parse(read_text(path), str(path))
    if data is None:
        raise DataError(sorted(doc.problems, key=lambda p: (p.position.line, p.position.col)))
    return Dataset(str(path), data, doc)


def _step(node: Any, part: str | int) -> tuple[bool, Any]:
    """Go one step down the document, if `part` names something there."""
    if isinstance(node, dict) and part in node:
        return True, node[part]
    if isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
        return True, node[part]
    return False, node


def _data_path(data: Any, loc: tuple[str | int, ...]) -> tuple[Path, bool]:
    """Map a Pydantic error location onto the document: (path, points at a key).

    Steps that are not in the document (a union member's name, a missing key) are skipped,
    so the path ends at the nearest thing that has a place in the file."""
    path: list[str | int] = []
    node = data
    for part in loc:
        if part == "[key]":
            return tuple(path), True
        found, node = _step(node, part)
        if found:
            path.append(part)
    return tuple(path), False


def schema_problems(doc: Document, exc: ValidationError) -> list[Problem]:
    """Turn each Pydantic error into a problem with a rule id, a place and a hint."""
    problems = []
    for error in exc.errors(include_url=False):
        loc = tuple(error["loc"])
        path, on_key = _data_path(doc.data, loc)
        kind = error["type"]
        rule, message, hint = _explain(kind, loc, error)
        key_error = on_key or kind == "extra_forbidden"
        problems.append(Problem(doc.position(path, key=key_error), rule, message, hint))
    return problems


def _explain(kind: str, loc: tuple[Any, ...], error: Any) -> tuple[str, str, str | None]:
    field = next((str(p) for p in reversed(loc) if isinstance(p, str) and p != "[key]"), "value")
    value = error.get("input")
    if kind == "extra_forbidden":
        close = difflib.get_close_matches(field, _KNOWN_KEYS, n=1)
        return (
            "unknown-key",
            f"unknown key {field!r}",
            f"did you mean {close[0]!r}?" if close else None,
        )
    if kind == "missing":
        return "missing-key", f"missing key {field!r}", None
    if (loc and loc[-1] == "[key]") or kind == "string_pattern_mismatch":
        return (
            "bad-slug",
            f"bad slug {value!r}",
            "use lowercase ascii letters, digits and hyphens, e.g. can-tho or thoi-lai",
        )
    if kind in {"bad_date", "bad_period", "period_order", "goal_kind"} or kind.startswith(
        "campaign_"
    ):
        return kind.replace("_", "-"), error["msg"], None
    if kind.startswith(("int", "decimal")) and field not in {"version"}:
        return _number_problem(field, value)
    if kind in {"greater_than_equal", "less_than_equal"} and field == "rate":
        return "rate-range", f"rate must be within 0-100 percent, got {value}", None
    if kind == "greater_than_equal":
        return "negative", f"{field}: a count of people cannot be negative, got {value}", None
    return "wrong-type", f"{field}: {error['msg']}", None


def _number_problem(field: str, value: Any) -> tuple[str, str, str | None]:
    text = str(value)
    if field == "rate":
        return "wrong-type", f"rate must be a number, got {text!r}", "write e.g. 95.6"
    if _THOUSANDS.match(text):
        digits = re.sub(r"[.,]", "", text)
        read_as = "as text" if isinstance(value, str) else f"as the decimal {float(value)!r}"
        return (
            "not-whole-number",
            f"{field}: {text} is not a whole number of people",
            f"'.' groups thousands in Vietnamese numbers, and YAML reads {text} {read_as}; "
            f"write {digits}",
        )
    if isinstance(value, str):
        return (
            "wrong-type",
            f"{field}: expected a whole number, got text {text!r}",
            "write digits only, without quotes, separators or underscores",
        )
    return (
        "not-whole-number",
        f"{field}: {text} is not a whole number of people",
        "write digits only, e.g. 982000",
    )
