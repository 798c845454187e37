"""Lines as an editor counts them, so that every position agrees with what the user sees.

A line ends at LF, CRLF or a lone CR, for editors and for PyYAML alike. NEL, LS and PS end a
line for PyYAML (YAML 1.1) but for no editor (nor YAML 1.2): the reader refuses them, and
parses the rest of the file with each read as a space, so that PyYAML counts lines as the
editor does.
"""

from __future__ import annotations

import re

_BREAK = re.compile(r"\r\n?|\n")
YAML11_ONLY_BREAKS = "\x85\u2028\u2029"


def split_lines(text: str) -> list[str]:
    """The file's lines, without their line ends."""
    return _BREAK.split(text) if "\r" in text else text.split("\n")


def position_at(text: str, index: int) -> tuple[int, int]:
    """Line and column (1-based) of the character at `index`."""
    lines = split_lines(text[:index])
    return len(lines), len(lines[-1]) + 1
