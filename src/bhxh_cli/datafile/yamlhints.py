"""The YAML syntax error people make most, told the way a non-programmer can mend it.

A key without its `:` is not where PyYAML reports it: "could not find expected ':'" points at the
line after, and "mapping values are not allowed here" at the next key, after reading the key
without colon as the first words of a text. Both are pointed back at the line that lacks it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bhxh_cli.messages import Message

if TYPE_CHECKING:  # annotations only
    import yaml

_NO_COLON = "could not find expected ':'"
_VALUE_HERE = "mapping values are not allowed"


def missing_colon(exc: yaml.MarkedYAMLError, text: str) -> tuple[int, int, Message] | None:
    """The line and column (from 1) where a `:` is missing, and what to say; or None when the
    error is another one."""
    problem = exc.problem or ""
    lines = text.split("\n")
    number: int | None = None
    if _NO_COLON in problem and exc.context_mark is not None:
        number = exc.context_mark.line + 1
    elif _VALUE_HERE in problem and exc.problem_mark is not None:
        number = _previous_line_without_colon(lines, exc.problem_mark.line)
    if number is None:
        return None
    line = lines[number - 1] if number <= len(lines) else ""
    key = line.split("#", 1)[0].split()
    if not key or key[0].startswith(("-", "[", "{")):
        return None
    column = len(line) - len(line.lstrip()) + len(key[0]) + 1
    return number, column, Message("yaml.missing_colon", key=repr(key[0]))


def _previous_line_without_colon(lines: list[str], before: int) -> int | None:
    """The nearest line above index `before` with text and no `:`, numbered from 1. YAML
    also breaks lines at a lone carriage return, so its line may lie past the last of `lines`."""
    for index in range(min(before, len(lines)) - 1, -1, -1):
        content = lines[index].split("#", 1)[0].strip()
        if content:
            return None if ":" in content else index + 1
    return None
