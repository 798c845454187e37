"""How `bhxh validate` shows problems: text for people, JSON for scripts, GitHub annotations.

Each renderer turns the same report into a string and does no I/O. Problems go to stdout; the
one-line summary goes to stderr. Text and the summary follow the user's language; JSON and GitHub
annotations are English whatever the language, so that scripts and CI logs never change with it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from bhxh_cli.errors import BhxhError, DataError, Problem
from bhxh_cli.i18n import Lang, say, text
from bhxh_cli.messages import Message
from bhxh_cli.render import ProblemFormat

if TYPE_CHECKING:
    from bhxh_cli.datafile.validate import ValidationReport


def default_format(env: Mapping[str, str]) -> ProblemFormat:
    """GitHub annotations under GitHub Actions, else text."""
    return ProblemFormat.GITHUB if env.get("GITHUB_ACTIONS") == "true" else ProblemFormat.TEXT


def problem_lines(problem: Problem, source: str | None, lang: Lang) -> list[str]:
    """`FILE:LINE:COL: severity [rule] message`, the line with a caret, and the hint."""
    pos = problem.position
    severity = text(problem.severity, lang)
    lines = [f"{pos}: {severity} [{problem.rule}] {say(problem.message, lang)}"]
    if source is not None:
        gutter = f"{pos.line:>5} | "
        lines += [gutter + source, " " * (len(gutter) - 2) + "| " + " " * (pos.col - 1) + "^"]
    if problem.hint:
        lines.append(hint_line(problem.hint, lang))
    return lines


def hint_line(hint: Message, lang: Lang) -> str:
    """A hint as the command line shows it: `  hint: message`, in `lang`."""
    return text("cli.hint", lang, hint=text("hint", lang), message=say(hint, lang))


def error_lines(err: BhxhError, quotes: Mapping[tuple[str, int], str], lang: Lang) -> list[str]:
    """An error as the command line shows it: every problem of a data file (or of the files
    of a data set) with its line quoted (`quotes` by file and line number), or one line and
    its hint."""
    problems = err.problems if isinstance(err, DataError) else []
    if not problems:
        where = f"{err.position}: " if err.position else ""
        error, message = text("error", lang), say(err.message, lang)
        first = text("cli.error", lang, where=where, error=error, message=message)
        return [first] + ([hint_line(err.hint, lang)] if err.hint else [])
    lines = [
        line
        for p in problems
        for line in problem_lines(p, quotes.get((p.position.file, p.position.line)), lang)
    ]
    if len(problems) > 1:
        count = Message("cli.problems", count=len(problems), file=problems[0].position.file)
        lines.append(say(count, lang))
    return lines


def to_text(report: ValidationReport, lang: Lang) -> str:
    """Every problem as `problem_lines` writes it, sorted by file and line, in `lang`."""
    lines = [
        line
        for problem in report.problems
        for line in problem_lines(problem, report.source_line(problem), lang)
    ]
    return "".join(f"{line}\n" for line in lines)


def to_json(report: ValidationReport, _lang: Lang) -> str:
    """The report as JSON (its `as_simple_dict`), English whatever the language."""
    return json.dumps(report.as_simple_dict(), ensure_ascii=False, indent=2) + "\n"


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def to_github(report: ValidationReport, _lang: Lang) -> str:
    """Workflow commands that GitHub shows as annotations on the lines of the file."""
    lines = []
    for problem in report.problems:
        pos = problem.position
        where = ",".join(
            f"{name}={_escape_property(str(value))}"
            for name, value in (
                ("file", pos.file),
                ("line", pos.line),
                ("col", pos.col),
                ("title", problem.rule),
            )
        )
        message = str(problem.message) + (f"\nhint: {problem.hint}" if problem.hint else "")
        lines.append(f"::{problem.severity} {where}::{_escape_data(message)}\n")
    return "".join(lines)


RENDERERS: dict[ProblemFormat, Callable[[ValidationReport, Lang], str]] = {
    ProblemFormat.TEXT: to_text,
    ProblemFormat.JSON: to_json,
    ProblemFormat.GITHUB: to_github,
}


def _counted(key: str, count: int, lang: Lang) -> str:
    form = "one" if count == 1 else "other"
    return text(f"{key}.{form}", lang, n=count)


def summary(report: ValidationReport, lang: Lang, *, strict: bool = False) -> str:
    """One line: how many files, errors and warnings; and why it fails when only --strict
    makes it fail (warnings alone pass without it)."""
    line = text(
        "validate.summary",
        lang,
        files=_counted("validate.files", len(report.files), lang),
        errors=_counted("validate.errors", report.errors, lang),
        warnings=_counted("validate.warnings", report.warnings, lang),
    )
    if strict and report.failed(strict=True) and not report.failed(strict=False):
        return line + text("validate.failed_strict", lang)
    return line
