"""Names as people type them: without diacritics, any case, any spacing, and with or without the
administrative prefix of a unit ("Thành phố", "TP.", "Huyện", "H.", ...)."""

from __future__ import annotations

import re
import unicodedata

# Folded prefix words, each abbreviation with the full word it stands for.
PREFIXES: dict[str, str] = {
    "thanh-pho": "thanh-pho",
    "tp": "thanh-pho",
    "thi-xa": "thi-xa",
    "tx": "thi-xa",
    "thi-tran": "thi-tran",
    "tt": "thi-tran",
    "huyen": "huyen",
    "h": "huyen",
    "quan": "quan",
    "q": "quan",
    "phuong": "phuong",
    "p": "phuong",
    "xa": "xa",
    "x": "xa",
    "dac-khu": "dac-khu",
}
# Longest first, so that "thi-xa" is read before "xa" could be.
_PREFIX = re.compile(
    "^(" + "|".join(sorted(map(re.escape, PREFIXES), key=len, reverse=True)) + ")-(?=.)"
)


def fold(text: str) -> str:
    """Compare names the way people type them: no diacritics, any case, any spacing. Tone
    marks fold wherever they are placed: `Hòa` and `Hoà`, `Thủy` and `Thuỷ` are one name (NFC
    does not make them equal)."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9]+", "-", bare.lower()).strip("-")


def canonical(folded: str) -> str:
    """A folded name with its prefix abbreviation written out: `tp-cao-lanh` is
    `thanh-pho-cao-lanh`."""
    m = _PREFIX.match(folded)
    return f"{PREFIXES[m[1]]}-{folded[m.end() :]}" if m else folded


def without_prefix(folded: str) -> str:
    """A folded name without its administrative prefix: `thanh-pho-cao-lanh` is `cao-lanh`."""
    m = _PREFIX.match(folded)
    return folded[m.end() :] if m else folded
