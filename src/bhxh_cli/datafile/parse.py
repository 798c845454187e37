"""Parse a targets file's text and check it: the schema (Pydantic) and the figures.

Every problem becomes a positioned `Problem` with a rule id. This is the one module that
imports Pydantic while loading; a command whose file is in the cache never imports it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from pydantic import ValidationError

from bhxh_cli.datafile import model
from bhxh_cli.datafile.checks import CheckContext, run_checks
from bhxh_cli.datafile.collector import collector_paused
from bhxh_cli.datafile.document import Document, KeyPath
from bhxh_cli.datafile.limits import MAX_COUNT, MAX_SCHEMA_PROBLEMS
from bhxh_cli.datafile.rules import problem
from bhxh_cli.datafile.salvage import campaign_keys, salvaged_file, step
from bhxh_cli.datafile.yamlread import read_yaml
from bhxh_cli.domain.data import DataFile, from_validated
from bhxh_cli.errors import Position, Problem
from bhxh_cli.messages import Message, did_you_mean

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

    The model is the whole file when it passes the schema, else the provinces and campaigns
    that pass on their own (so that the checks still run on them; see `salvage`), or None."""
    return parse_document(read_yaml(text, file))


def parse_document(doc: Document) -> tuple[Document, DataFile | None]:
    """`parse` of a document already read (a data set's merged document, `dataset`)."""
    file = doc.file
    if doc.data is None:
        if not doc.problems:
            message = Message("file.only_comments")
            doc.problems.append(problem("empty-file", Position(file, 1, 1), message))
        return doc, None
    try:
        return doc, _domain(model.DataFile.model_validate(doc.data))
    except ValidationError as exc:
        doc.problems.extend(schema_problems(doc, exc))
    return doc, salvaged_file(doc.data)


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
        """The problems that are errors, in file order (warnings left out)."""
        return [p for p in self.problems if p.severity == "error"]


def examine(text: str, file: str, today: date) -> Examined:
    """Schema problems and, on whatever passes the schema, the checks of the figures.

    The cycle collector is paused meanwhile (`collector`)."""
    with collector_paused():
        doc, data = parse(text, file)
        return _checked(doc, data, today, [], [file])


def examine_document(doc: Document, today: date, read: list[Problem], files: list[str]) -> Examined:
    """`examine` of a document already read, with the problems found reading it (`read`):
    problems sorted by the order of `files` (the document's own first), line and column."""
    with collector_paused():
        doc, data = parse_document(doc)
        return _checked(doc, data, today, read, files)


def _checked(
    doc: Document, data: DataFile | None, today: date, read: list[Problem], files: list[str]
) -> Examined:
    found = list(doc.problems) + read
    if data is not None:
        found.extend(run_checks(CheckContext(data, doc, today)))
    order = {file: index for index, file in enumerate(files)}
    found.sort(key=lambda p: (order.get(p.position.file, 0), p.position.line, p.position.col))
    return Examined(doc, data, found)


def _data_path(data: Any, loc: tuple[str | int, ...]) -> tuple[KeyPath, bool]:
    """Map a Pydantic error location onto the document: (path, points at a key).

    Steps that are not in the document (a union member's name, a missing key) are skipped,
    so the path ends at the nearest thing that has a place in the file."""
    path: list[str | int] = []
    node = data
    for part in loc:
        if part == "[key]":
            return tuple(path), True
        found, node = step(node, part)
        if found:
            path.append(part)
    return tuple(path), False


def _node(data: Any, loc: tuple[str | int, ...]) -> Any:
    for part in loc:
        _, data = step(data, part)
    return data


def _flow_comma_hint(data: Any, path: KeyPath) -> Message | None:
    """`{rate: 95,8}` is read as `rate: 95` and a key `8` without a value, since a comma
    separates the entries of a flow mapping: when an unknown key is such a stray group of
    digits after a whole number, say how to write the number."""
    mapping = _node(data, path[:-1])
    if not path or not isinstance(mapping, dict) or not _stray(mapping, path[-1]):
        return None
    keys = list(mapping)
    first = last = keys.index(path[-1])
    while first > 0 and _stray(mapping, keys[first - 1]):
        first -= 1
    while last + 1 < len(keys) and _stray(mapping, keys[last + 1]):
        last += 1
    number = keys[first - 1] if first > 0 else None
    before = mapping.get(number) if number is not None else None
    if number is None or type(before) is not int:
        return None
    digits = "".join(keys[first : last + 1])
    joined = f"{before}.{digits}" if number == "rate" else f"{before}{digits}"
    return Message(
        "schema.flow_comma.hint",
        key=number,
        before=str(before),
        after=repr(path[-1]),
        joined=joined,
    )


def _stray(mapping: dict[str, Any], key: Any) -> bool:
    return isinstance(key, str) and key.isascii() and key.isdigit() and mapping.get(key, 0) is None


def schema_problems(doc: Document, exc: ValidationError) -> list[Problem]:
    """Turn each Pydantic error into a problem with a rule id, a place and a hint."""
    problems = []
    errors = exc.errors(include_url=False)
    for error in errors[:MAX_SCHEMA_PROBLEMS]:
        loc = tuple(error["loc"])
        kind = error["type"]
        rule, message, hint = _explain(kind, loc, error)
        own_check = len(loc) == 2 and loc[0] == "campaigns" and "message" in error.get("ctx", {})
        if own_check:  # a campaign's own check: at the key it is about
            loc = (*loc, *next(iter(campaign_keys(message, _node(doc.data, loc))), ()))
        path, on_key = _data_path(doc.data, loc)
        if kind == "extra_forbidden":
            hint = _flow_comma_hint(doc.data, path) or hint
        where = doc.position(path, key=on_key or own_check or kind == "extra_forbidden")
        problems.append(problem(rule, where, message, hint))
    if len(errors) > MAX_SCHEMA_PROBLEMS:
        path, _ = _data_path(doc.data, tuple(errors[MAX_SCHEMA_PROBLEMS]["loc"]))
        more = len(errors) - MAX_SCHEMA_PROBLEMS
        message = Message("schema.too_many", more=more)
        hint = Message("schema.too_many.hint")
        problems.append(problem("too-many-problems", doc.position(path), message, hint))
    return problems


Explained = tuple[str, Message, Message | None]


def _explain(kind: str, loc: tuple[Any, ...], error: Any) -> Explained:
    field = next((str(p) for p in reversed(loc) if isinstance(p, str) and p != "[key]"), "value")
    value = error.get("input")
    if kind == "extra_forbidden":
        hint = did_you_mean(field, _KNOWN_KEYS)
        return "unknown-key", Message("schema.unknown_key", key=repr(field)), hint
    if kind == "missing":
        return "missing-key", Message("schema.missing_key", key=repr(field)), None
    if kind in {"model_type", "dict_type"}:
        if not loc:
            return "wrong-type", Message("schema.file_not_mapping"), None
        return "wrong-type", Message("schema.not_mapping", field=field), None
    if (loc and loc[-1] == "[key]") or kind == "string_pattern_mismatch":
        hint = Message("schema.bad_slug.hint")
        return "bad-slug", Message("schema.bad_slug", value=repr(value)), hint
    context = error.get("ctx") or {}
    own = context.get("message")
    if isinstance(own, Message):  # the data model's own checks (model.py) bring their message
        return kind.replace("_", "-"), own, context.get("hint")
    if field == "rate" and kind == "is_instance_of":  # text where the exact decimal belongs
        return _number_problem(field, value)
    if kind.startswith(("int", "decimal")) and field not in {"version"}:
        return _number_problem(field, value)
    bound = _bound_problem(kind, field, value)
    if bound is not None:
        return bound
    return "wrong-type", _pydantic_message(kind, field, error), None


def _bound_problem(kind: str, field: str, value: Any) -> Explained | None:
    if kind in {"greater_than_equal", "less_than_equal"} and field == "rate":
        return "rate-range", Message("schema.rate_range", value=str(value)), None
    if kind == "greater_than_equal" and field == "days":
        return "campaign-dates", Message("campaign.days_zero"), None
    if kind == "greater_than_equal":
        return "negative", Message("schema.negative", field=field, value=str(value)), None
    if kind == "less_than_equal":
        message = Message("schema.count_too_large", field=field, value=value, limit=MAX_COUNT)
        return "count-too-large", message, Message("schema.count_too_large.hint")
    return None


def _pydantic_message(kind: str, field: str, error: Any) -> Message:
    """Pydantic's common errors in the catalogue's words; a rare one in Pydantic's (English)."""
    match kind:
        case "list_type":
            return Message("schema.not_list", field=field)
        case "string_type":
            return Message("schema.not_text", field=field)
        case "string_too_short":
            return Message("schema.empty_text", field=field)
        case "literal_error" | "enum":
            choices = tuple(re.split(r", | or ", error["ctx"]["expected"]))
            if len(choices) == 1:
                return Message("schema.choice", field=field, choice=choices[0])
            return Message("schema.choices", field=field, choices=choices)
        case _:
            return Message("schema.other", field=field, detail=error["msg"])


def _number_problem(field: str, value: Any) -> Explained:
    text = str(value)
    if field == "rate":
        hint = Message("schema.rate.hint")
        if _DECIMAL_COMMA.match(text):
            hint = Message("schema.rate_comma.hint", point=text.replace(",", "."))
        return "wrong-type", Message("schema.rate_not_number", value=repr(text)), hint
    if _THOUSANDS.match(text):
        digits = re.sub(r"[.,]", "", text)
        read_as = (
            Message("schema.read_as_text")
            if isinstance(value, str)
            else Message("schema.read_as_decimal", value=f"{value.normalize():f}")
        )
        hint = (
            Message("schema.thousands_comma.hint", value=text, read_as=read_as, digits=digits)
            if "," in text
            else Message("schema.thousands.hint", value=text, read_as=read_as, digits=digits)
        )
        return "not-whole-number", Message("schema.not_whole", field=field, value=text), hint
    if isinstance(value, str):
        message = Message("schema.whole_not_text", field=field, value=repr(text))
        return "wrong-type", message, Message("schema.digits_only.hint")
    message = Message("schema.not_whole", field=field, value=text)
    return "not-whole-number", message, Message("schema.digits_example.hint")
