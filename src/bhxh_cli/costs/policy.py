"""The policy file: found, read with the strict YAML reader, checked, and asked for the value
of a parameter on a day.

Problems are positioned like those of a targets file (FILE:LINE:COL, a rule id, a hint): the
schema's through the same translation of Pydantic's errors, and the file's own checks here (the
entries of one parameter in date order, never overlapping; no control character in a text).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from itertools import pairwise
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from bhxh_cli.costs.policy_model import Entry, Parameters, PolicyFile
from bhxh_cli.datafile.document import Document
from bhxh_cli.datafile.files import read_text, require_file
from bhxh_cli.datafile.parse import schema_problems
from bhxh_cli.datafile.rules import problem
from bhxh_cli.datafile.text import code_point, refused_character
from bhxh_cli.datafile.yamlread import read_yaml
from bhxh_cli.errors import DataError, Position, Problem, UsageError
from bhxh_cli.messages import Message

POLICY_ENV = "BHXH_POLICY"
PARAMETERS: tuple[str, ...] = tuple(Parameters.model_fields)


def locate_policy(explicit: str | None) -> Path:
    """--policy, then $BHXH_POLICY, then the file shipped with bhxh."""
    if explicit is not None and not explicit.strip():
        raise UsageError(Message("policy.empty"), hint=Message("policy.empty.hint"))
    chosen = explicit or os.environ.get(POLICY_ENV)
    if chosen:
        return Path(chosen)
    from importlib.resources import files

    return Path(str(files("bhxh_cli") / "data" / "policy.yaml"))


@dataclass(frozen=True)
class Policy:
    """A checked policy file: each parameter's dated entries."""

    file: str
    parameters: Parameters

    def entries(self, parameter: str) -> list[Entry]:
        """The entries of `parameter`, oldest first."""
        found: list[Entry] = getattr(self.parameters, parameter)
        return found

    def at(self, parameter: str, day: date) -> Any:
        """The entry of `parameter` in force on `day`; outside its dates, a usage error that
        names the dates the file covers."""
        entries = self.entries(parameter)
        for entry in entries:
            if entry.covers(day):
                return entry
        raise UsageError(
            Message("policy.not_in_force", parameter=parameter, day=day, covered=covered(entries)),
            hint=Message("policy.not_in_force.hint", file=self.file),
        )


def covered(entries: list[Entry]) -> tuple[Message, ...]:
    """The dates the entries cover, joined where one ends the day before the next starts."""
    spans: list[list[date | None]] = []
    for entry in entries:
        if spans and spans[-1][1] is not None and (entry.from_ - spans[-1][1]).days == 1:
            spans[-1][1] = entry.until
        else:
            spans.append([entry.from_, entry.until])
    return tuple(
        Message("policy.span", start=start, end=end)
        if end is not None
        else Message("policy.span_open", start=start)
        for start, end in spans
        if start is not None
    )


@dataclass(frozen=True)
class ExaminedPolicy:
    """Everything found in a policy file: problems in file order, and the policy if valid."""

    policy: Policy | None
    problems: list[Problem]


def examine_policy(text: str, file: str) -> ExaminedPolicy:
    """Read and check a policy file's text; problems are collected, never raised."""
    doc = read_yaml(text, file)
    found = list(doc.problems)
    checked: PolicyFile | None = None
    if doc.data is None and not found:
        found.append(problem("empty-file", Position(file, 1, 1), Message("file.only_comments")))
    elif doc.data is not None and not found:
        try:
            checked = PolicyFile.model_validate(doc.data)
        except ValidationError as exc:
            found.extend(schema_problems(doc, exc))
    if checked is not None:
        found.extend(_date_order(doc, checked.parameters))
        found.extend(_texts(doc, checked.parameters))
    found.sort(key=lambda p: (p.position.line, p.position.col))
    valid = checked is not None and not found
    return ExaminedPolicy(Policy(file, checked.parameters) if valid and checked else None, found)


def _date_order(doc: Document, parameters: Parameters) -> Iterator[Problem]:
    """Each parameter's entries in date order, the next starting after the last ends."""
    for name in PARAMETERS:
        entries: list[Entry] = getattr(parameters, name)
        for index, (before, after) in enumerate(pairwise(entries)):
            if before.until is None or after.from_ <= before.until:
                where = doc.position(("parameters", name, index + 1, "from"))
                message = Message(
                    "policy.overlap",
                    parameter=name,
                    start=after.from_,
                    before=before.from_,
                    until=before.until or Message("policy.open"),
                )
                yield problem("policy-dates", where, message, Message("policy.overlap.hint"))


def _texts(doc: Document, parameters: Parameters) -> Iterator[Problem]:
    for name in PARAMETERS:
        for index, entry in enumerate(getattr(parameters, name)):
            for field in ("source", "note"):
                value = getattr(entry, field)
                char = refused_character(value, note=field == "note") if value else None
                if char is not None:
                    where = doc.position(("parameters", name, index, field))
                    message = Message("text.control", field=field, char=code_point(char))
                    yield problem("control-character", where, message, Message("text.control.hint"))


def load_policy(explicit: str | None = None) -> Policy:
    """Locate, read and check the policy file, or raise DataError with every problem."""
    path = locate_policy(explicit)
    require_file(path)
    examined = examine_policy(read_text(path), str(path))
    if examined.policy is None:
        raise DataError(examined.problems)
    return examined.policy
