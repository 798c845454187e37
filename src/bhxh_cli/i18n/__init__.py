"""The two languages: which one the user reads, its texts, and how it writes numbers and dates.

Every text is in one catalogue per language, `en.py` and `vi.py`: the same keys in the same
order, in sections by area. A key missing from one language is a test failure. Each language's
catalogue is loaded the first time a text of it is asked for.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from typing import Literal

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


def text(key: str, lang: Lang, /, **values: object) -> str:
    """The catalogue entry `key` in `lang`, with `values` filled in."""
    return catalogue(lang)[key].format(**values)


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
    return f"{format_number(value, lang)}%"


def format_date(value: date, lang: Lang) -> str:
    return value.strftime("%d/%m/%Y") if lang == "vi" else value.isoformat()
