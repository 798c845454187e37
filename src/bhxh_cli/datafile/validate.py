"""`bhxh validate`: every problem of every file, sorted by file and line. Never prints."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Any

from bhxh_cli.datafile.files import read_bytes, require_file, text_of
from bhxh_cli.datafile.lines import split_lines
from bhxh_cli.datafile.text import visible
from bhxh_cli.errors import DataError, Problem

# A policy file says so on a line of its own at the top level; a targets file never has the key.
_POLICY_FILE = re.compile(r"^policy:", re.MULTILINE)
# Longer source lines are not quoted under a problem: they would flood the terminal.
MAX_QUOTED_CHARS = 300


@dataclass(frozen=True)
class FileReport:
    """One file's problems, and the source lines they point at (for quoting)."""

    file: str
    problems: tuple[Problem, ...]
    lines: Mapping[int, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ValidationReport:
    """Every file's report of one `bhxh validate` run."""

    files: tuple[FileReport, ...]

    @cached_property
    def problems(self) -> list[Problem]:
        """Every file's problems, sorted by file, line and column."""
        found = [p for report in self.files for p in report.problems]
        return sorted(found, key=lambda p: (p.position.file, p.position.line, p.position.col))

    @property
    def errors(self) -> int:
        """How many of the problems are errors."""
        return sum(p.severity == "error" for p in self.problems)

    @property
    def warnings(self) -> int:
        """How many of the problems are warnings."""
        return sum(p.severity == "warning" for p in self.problems)

    def failed(self, *, strict: bool) -> bool:
        """Errors fail; with `strict`, warnings fail too."""
        return self.errors > 0 or (strict and self.warnings > 0)

    def source_line(self, problem: Problem) -> str | None:
        """The quoted source line `problem` points at, or None when none is quoted."""
        for report in self.files:
            if report.file == problem.position.file:
                return report.lines.get(problem.position.line)
        return None

    def as_simple_dict(self) -> dict[str, Any]:
        """What JSON gets: counts of files, errors, warnings, then each problem in English."""
        return {
            "files": len(self.files),
            "errors": self.errors,
            "warnings": self.warnings,
            "problems": [
                {
                    "file": p.position.file,
                    "line": p.position.line,
                    "col": p.position.col,
                    "severity": p.severity,
                    "rule": p.rule,
                    "message": str(p.message),  # English whatever the language: for scripts
                    "hint": None if p.hint is None else str(p.hint),
                }
                for p in self.problems
            ],
        }


def quoted_lines(text: str, problems: Sequence[Problem]) -> dict[int, str]:
    """The source lines that problems point at, as an editor numbers them, except those too
    long to quote; control characters in them are shown as visible symbols."""
    wanted = {p.position.line for p in problems}
    return {
        number: visible(line)
        for number, line in enumerate(split_lines(text), start=1)
        if number in wanted and len(line) <= MAX_QUOTED_CHARS
    }


def validate_set(path: Path, today: date) -> tuple[list[FileReport], list[str]]:
    """The problems of the data set rooted at `path`, one report per file of the set (a file
    that cannot be read, its problems alone), and the names of the set's files."""
    from bhxh_cli.datafile.dataset import examine_set
    from bhxh_cli.datafile.members import identity

    try:
        raw = read_bytes(path)
        text = text_of(path, raw)
    except DataError as err:
        return [FileReport(str(path), tuple(err.problems))], [identity(path)]
    if _POLICY_FILE.search(text):  # a policy file (data/policy.yaml), checked by its own rules
        from bhxh_cli.costs.policy import examine_policy

        problems = examine_policy(text, str(path)).problems
        return [FileReport(str(path), tuple(problems), quoted_lines(text, problems))], [
            identity(path)
        ]
    try:
        examined, gathered = examine_set(path, raw, today)
    except DataError as err:  # pragma: no cover - the file was read above
        return [FileReport(str(path), tuple(err.problems))], [identity(path)]
    reports = []
    for member in gathered.members:
        name = member.document.file
        found = tuple(p for p in examined.problems if p.position.file == name)
        reports.append(FileReport(name, found, quoted_lines(member.text, found)))
    return reports, [identity(member.path) for member in gathered.members]


def validate_files(paths: Sequence[Path], today: date) -> ValidationReport:
    """Check each file once, as the data set it is the first file of; a file that is part
    of the set of another file given is checked with that set only. A file that does not
    exist stops everything as a usage error."""
    from bhxh_cli.datafile.members import identity

    unique = list(dict.fromkeys(paths))
    for path in unique:
        require_file(path)
    sets: list[tuple[str, list[FileReport], list[str]]] = []
    for path in unique:
        if any(identity(path) in members for _, _, members in sets):
            continue
        reports, members = validate_set(path, today)
        sets.append((identity(path), reports, members))
    kept = [
        reports
        for root, reports, _ in sets
        if not any(root in members[1:] for _, _, members in sets)
    ]
    return ValidationReport(tuple(report for reports in kept for report in reports))
