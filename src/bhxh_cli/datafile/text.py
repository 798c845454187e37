"""Characters a data file's text may not hold, because they reach terminals as commands.

Names, sources and notes are printed: an escape sequence written with YAML's escapes
(`"\\e]0;title\\a"`) would set the terminal's title, clear the screen or recolour figures, and a
bidi override would reorder what is read. Refused: C0 and C1 control characters and DEL, the
bidi controls (embeddings, overrides, isolates and marks) and the line and paragraph
separators; a note may break lines. One character class serves the check here and the JSON
Schema (the same escapes mean the same in Python's and ECMAScript's regular expressions).
"""

from __future__ import annotations

import re

_BIDI_AND_SEPARATORS = r"\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069"
_REFUSED = r"\x00-\x1f\x7f-\x9f" + _BIDI_AND_SEPARATORS
_REFUSED_IN_NOTE = r"\x00-\x09\x0b-\x1f\x7f-\x9f" + _BIDI_AND_SEPARATORS  # all but \n

TEXT_PATTERN = f"^[^{_REFUSED}]*$"
NOTE_PATTERN = f"^[^{_REFUSED_IN_NOTE}]*$"

_IN_TEXT = re.compile(f"[{_REFUSED}]")
_IN_NOTE = re.compile(f"[{_REFUSED_IN_NOTE}]")
# Tabs stay in quoted lines: they are no command, and the tabs hint points at them.
_SHOWN = re.compile(f"[\\x00-\\x08\\x0a-\\x1f\\x7f-\\x9f{_BIDI_AND_SEPARATORS}]")


def code_point(char: str) -> str:
    """A character as problems name it: its code point, such as U+001B."""
    return f"U+{ord(char):04X}"


def refused_character(text: str, *, note: bool = False) -> str | None:
    """The first character `text` may not hold, or None."""
    found = (_IN_NOTE if note else _IN_TEXT).search(text)
    return found.group() if found else None


def _picture(found: re.Match[str]) -> str:
    char = found.group()
    if char < " ":
        return chr(0x2400 + ord(char))  # the Control Pictures block: ␛ for ESC
    return "\u2421" if char == "\x7f" else "\ufffd"


def visible(line: str) -> str:
    """A source line safe to print under a problem: each refused character becomes one
    visible symbol, so the caret below still points at the right column."""
    return _SHOWN.sub(_picture, line)
