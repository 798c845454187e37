"""The two languages: which one the user reads, and the one path from a value to text.

Every text is in one catalogue per language, `en.py` and `vi.py`: the same keys in the same
order, in sections by area. A key missing from one language is a test failure.

`text(key, lang, **values)` fills an entry, and writes each value the way the language writes
it: counts and decimals grouped (`1,065,565` or `1.065.565`), dates as `2024-04-30` or
`30/04/2024`, a tuple listed with commas, a nested `Message` in the same language, and text as it
is. Text a user typed is passed through `repr` by whoever quotes it, so that no control character
from a file reaches the terminal. A percentage is a number like any other to `text`: write it
with `format_percent`.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:  # annotations only: start-up loads neither decimal nor the messages
    from decimal import Decimal

    from bhxh_cli.messages import Message, Value

Lang = Literal["en", "vi"]
LANGS: tuple[Lang, ...] = ("en", "vi")
LANG_ENV = "BHXH_LANG"


def catalogue(lang: Lang) -> Mapping[str, str]:
    """Every text of `lang`, by key."""
    if lang == "vi":
        from bhxh_cli.i18n.vi import TEXTS
    else:
        from bhxh_cli.i18n.en import TEXTS
    return TEXTS


def text(key: str, lang: Lang, /, **values: Value) -> str:
    """The catalogue entry `key` in `lang`, its values written the way that language writes them."""
    return catalogue(lang)[key].format(
        **{name: shown(value, lang) for name, value in values.items()}
    )


def say(message: Message, lang: Lang) -> str:
    """The message in `lang`."""
    return text(message.key, lang, **dict(message.values))


def shown(value: Value, lang: Lang) -> str:
    """One value as `lang` writes it, inside a text or alone in a table cell."""
    if isinstance(value, str):
        return value
    from bhxh_cli.messages import Message  # loaded by whoever made one: --help has none

    if isinstance(value, Message):
        return say(value, lang)
    if isinstance(value, tuple):
        return ", ".join(shown(item, lang) for item in value)
    if isinstance(value, date):
        return format_date(value, lang)
    return format_number(value, lang)


def detect_lang(option: str | None, env: Mapping[str, str] | None = None) -> Lang:
    """--lang, then $BHXH_LANG, then the first set of LC_ALL, LC_MESSAGES, LANG."""
    env = os.environ if env is None else env
    candidates = [
        option,
        env.get(LANG_ENV),
        env.get("LC_ALL"),
        env.get("LC_MESSAGES"),
        env.get("LANG"),
    ]
    chosen = next((value for value in candidates if value), "")
    return "vi" if chosen.lower().startswith("vi") else "en"


def _group(digits: str, sep: str) -> str:
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return sep.join(parts)


def format_number(value: int | Decimal, lang: Lang) -> str:
    """1,065,565.5 in English; 1.065.565,5 in Vietnamese. Decimals keep their own places."""
    thousands, point = (".", ",") if lang == "vi" else (",", ".")
    sign = "-" if value < 0 else ""
    digits = str(abs(value)) if isinstance(value, int) else f"{abs(value):f}"
    whole, _, fraction = digits.partition(".")
    out = sign + _group(whole, thousands)
    return f"{out}{point}{fraction}" if fraction else out


def format_percent(value: Decimal, lang: Lang) -> str:
    """A percentage as `lang` writes it: the number as `format_number` writes it, then %."""
    return f"{format_number(value, lang)}%"


def format_date(value: date, lang: Lang) -> str:
    """A date as `lang` writes it: 30/04/2024 in Vietnamese, 2024-04-30 in English."""
    return value.strftime("%d/%m/%Y") if lang == "vi" else value.isoformat()
