"""A parsed file as the checks read it: its plain data and where each value and key stood.

Apart from the reader (`yamlread`), which imports PyYAML, so that the checks can run on a file
read back from the cache, as `bhxh import` runs them, without loading the parser.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bhxh_cli.errors import Position, Problem

# Where a value stands in the document: its keys and list indexes from the top.
KeyPath = tuple[str | int, ...]


@dataclass
class Document:
    """A parsed file: plain data plus the position of each value and mapping key."""

    file: str
    data: Any = None
    value_marks: dict[KeyPath, tuple[int, int]] = field(default_factory=dict)
    key_marks: dict[KeyPath, tuple[int, int]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    # In a data set of several files (`include`), the file of each mark not in `file`.
    mark_files: dict[KeyPath, str] = field(default_factory=dict)

    def position(self, path: KeyPath, *, key: bool = False) -> Position:
        """Where `path` stands, or its nearest enclosing value that has a place."""
        for cut in range(len(path), -1, -1):
            prefix = path[:cut]
            marks = self.key_marks if key and cut == len(path) else self.value_marks
            if prefix in marks:
                line, col = marks[prefix]
                return Position(self.mark_files.get(prefix, self.file), line, col)
        return Position(self.file, 1, 1)
