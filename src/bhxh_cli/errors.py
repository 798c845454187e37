"""One error hierarchy for the whole tool.

Core code raises these; only the command line turns them into a message and an exit code.
Messages and hints are `Message`s: the command line renders them in the user's language.
"""

from __future__ import annotations

from dataclasses import dataclass

from bhxh_cli.messages import Message


@dataclass(frozen=True)
class Position:
    """Where in a data file something is: 1-based line and column."""

    file: str
    line: int
    col: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.col}"


class BhxhError(Exception):
    """The root of every error the tool reports to a user."""

    exit_code = 1

    def __init__(
        self, message: Message, *, position: Position | None = None, hint: Message | None = None
    ) -> None:
        super().__init__(str(message))
        self.message = message
        self.position = position
        self.hint = hint

    def __str__(self) -> str:
        prefix = f"{self.position}: " if self.position else ""
        return f"{prefix}{self.message}"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a data file, with the place it was found."""

    position: Position
    rule: str
    message: Message
    hint: Message | None = None
    severity: str = "error"


class DataError(BhxhError):
    """The data file is unreadable or invalid; carries every problem found."""

    exit_code = 1

    def __init__(self, problems: list[Problem]) -> None:
        first = problems[0]
        super().__init__(first.message, position=first.position, hint=first.hint)
        self.problems = problems


class UsageError(BhxhError):
    """The user asked for something that does not exist or cannot be combined."""

    exit_code = 2


class MissingFileError(UsageError):
    """A file named on the command line does not exist or is a directory."""


class QuotaError(BhxhError):
    """A quota that cannot be made: bounds that cannot all be met, or a weight the data lacks."""

    exit_code = 1
