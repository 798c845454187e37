"""What the tool tells a user, as a catalogue key and the values to fill in.

Core code never writes a sentence: it raises errors and records problems with a `Message`, and
does not know the user's language. The command line renders a message with `say` in the language
the user chose. English is the canonical form: `str(message)` is English, and so are JSON and
GitHub annotations whatever `--lang` says, so that scripts and CI logs never change with it.

Values keep their type until rendered: counts and decimals are grouped the way the language
writes numbers (`1,065,565` or `1.065.565`), dates are `2024-04-30` or `30/04/2024`, a nested
message is rendered in the same language, a tuple is listed with commas, and text is shown as it
is. Text a user typed is passed through `repr` where it is quoted, so that no control character
from a file reaches the terminal.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TypeAlias

from bhxh_cli.i18n import Lang, format_date, format_number, text

# A tuple is a list of values, shown separated by commas.
Value: TypeAlias = "str | int | Decimal | date | Message | tuple[Value, ...]"


@dataclass(frozen=True, init=False)
class Message:
    """A catalogue key (see i18n/en.py) and the values its text names."""

    key: str
    values: tuple[tuple[str, Value], ...]

    def __init__(self, key: str, /, **values: Value) -> None:
        object.__setattr__(self, "key", key)
        object.__setattr__(self, "values", tuple(values.items()))

    def __str__(self) -> str:
        return say(self, "en")


def _shown(value: Value, lang: Lang) -> str:
    if isinstance(value, Message):
        return say(value, lang)
    if isinstance(value, tuple):
        return ", ".join(_shown(item, lang) for item in value)
    if isinstance(value, int | Decimal):
        return format_number(value, lang)
    if isinstance(value, date):
        return format_date(value, lang)
    return value


def say(message: Message, lang: Lang) -> str:
    """The message in `lang`, its values written the way that language writes them."""
    return text(message.key, lang, **{name: _shown(value, lang) for name, value in message.values})
