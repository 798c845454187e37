"""What the tool tells a user, as a catalogue key and the values to fill in.

Core code never writes a sentence: it raises errors and records problems with a `Message`, and
does not know the user's language. The command line renders a message with `i18n.say` in the
language the user chose. English is the canonical form: `str(message)` is English, and so are
JSON and GitHub annotations whatever `--lang` says, so that scripts and CI logs never change
with it.

Values keep their type until rendered, and `i18n.text` writes them the way the language does
(counts grouped, dates in its order, tuples listed, nested messages in the same language).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:  # annotations only
    from collections.abc import Iterable
    from datetime import date
    from decimal import Decimal

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
        from bhxh_cli.i18n import say  # i18n imports this module to render messages

        return say(self, "en")


def close_matches(word: str, candidates: Iterable[str], most: int, cutoff: float) -> list[str]:
    """The candidates most like `word`, best first: what a "did you mean" hint offers."""
    import difflib  # only when something is not found

    return difflib.get_close_matches(word, list(candidates), n=most, cutoff=cutoff)


def did_you_mean(word: str, candidates: Iterable[str]) -> Message | None:
    """ "did you mean 'x'?" for the one closest candidate, or None when none is close."""
    close = close_matches(word, candidates, most=1, cutoff=0.6)
    return Message("hint.did_you_mean", name=repr(close[0])) if close else None
