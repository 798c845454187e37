"""Parse a targets file's text and check it: the schema (Pydantic) and the figures.

Every problem becomes a positioned `Problem` with a rule id. This is the one module that
imports Pydantic while loading; a command whose file is in the cache never imports it.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from pydantic import ValidationError

from bhxh_cli import model
from bhxh_cli.checks import CheckContext, run_checks
from bhxh_cli.domain import DataFile, from_validated
from bhxh_cli.errors import Position, Problem
from bhxh_cli.limits import MAX_SCHEMA_PROBLEMS
from bhxh_cli.rules import problem
from bhxh_cli.yamlread import Document, Path, read_yaml

_THOUSANDS = re.compile(r"^[0-9]{1,3}([.,][0-9]{3})+$")
_DECIMAL_COMMA = re.compile(r"^[0-9]+,[0-9]+$")
_KNOWN_KEYS = sorted(
    {
        name
        for cls in (
            model.DataFile,
            model.Unit,
            model.Snapshot,
            model.Target,
            model.Goal,
            model.Campaign,
        )
        for name in cls.model_fields
    }
)


def parse(text: str, file: str) -> tuple[Document, DataFile | None]:
    """Read and validate against the schema; problems are recorded on the document.

    The model is the whole file when it passes the schema, else the provinces that pass on
    their own (so that the checks of the figures still run on them), or None."""
    doc = read_yaml(text, file)
    if doc.data is None:
        if not doc.problems:
            message = "the file holds only comments"
            doc.problems.append(problem("empty-file", Position(file, 1, 1), message))
        return doc, None
    try:
        return doc, _domain(model.DataFile.model_validate(doc.data))
    except ValidationError as exc:
        doc.problems.extend(schema_problems(doc, exc))
    return doc, _valid_provinces(doc.data)


def _valid_provinces(raw: Any) -> DataFile | None:
    provinces = raw.get("provinces") if isinstance(raw, dict) else None
    if not isinstance(provinces, dict):
        return None
    valid: dict[str, Any] = {}
    for slug, unit in provinces.items():
        try:
            valid[slug] = from_validated(model.Unit.model_validate(unit))
        except ValidationError:
            continue
    return DataFile(version=1, provinces=valid)


def _domain(validated: model.DataFile) -> DataFile:
    converted = from_validated(validated)
    assert isinstance(converted, DataFile)
    return converted


@dataclass(frozen=True)
class Examined:
    """Everything found in one file's text: problems in file order, and the model."""

    document: Document
    data: DataFile | None
    problems: list[Problem]

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]


def examine(text: str, file: str, today: date) -> Examined:
    """Schema problems and, on whatever passes the schema, the checks of the figures."""
    doc, data = parse(text, file)
    found = list(doc.problems)
    if data is not None:
        found.extend(run_checks(CheckContext(data, doc, today)))
    found.sort(key=lambda p: (p.position.line, p.position.col))
    return Examined(doc, data, found)


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
    errors = exc.errors(include_url=False)
    for error in errors[:MAX_SCHEMA_PROBLEMS]:
        loc = tuple(error["loc"])
        path, on_key = _data_path(doc.data, loc)
        kind = error["type"]
        rule, message, hint = _explain(kind, loc, error)
        key_error = on_key or kind == "extra_forbidden"
        problems.append(problem(rule, doc.position(path, key=key_error), message, hint))
    if len(errors) > MAX_SCHEMA_PROBLEMS:
        path, _ = _data_path(doc.data, tuple(errors[MAX_SCHEMA_PROBLEMS]["loc"]))
        more = len(errors) - MAX_SCHEMA_PROBLEMS
        message = f"{more:,} more schema problems from here on are not listed"
        hint = "fix the problems above and run again"
        problems.append(problem("too-many-problems", doc.position(path), message, hint))
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
    if kind in {"model_type", "dict_type"}:
        where = f"{field}: " if loc else "the file: "
        return "wrong-type", f"{where}expected a mapping of keys and values", None
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
    if field == "rate" and kind == "is_instance_of":  # text where the exact decimal belongs
        return _number_problem(field, value)
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
        hint = "write e.g. 95.6"
        if _DECIMAL_COMMA.match(text):
            point = text.replace(",", ".")
            hint = f"YAML takes a decimal point, not the Vietnamese comma: write {point}"
        return "wrong-type", f"rate must be a number, got {text!r}", hint
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
