"""Names as people type them: without diacritics, any case, any spacing, and with or without the
administrative prefix of a unit ("Thành phố", "TP.", "Huyện", "H.", ...)."""

from __future__ import annotations

import functools
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
    bare = text.translate(_letters())
    if not bare.isascii():  # a letter the table does not hold: the general way
        bare = _bare(text)
    return _NOT_ALNUM.sub("-", bare.lower()).strip("-")


_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
# The Latin letters with marks (Latin-1, Extended-A and -B, Extended Additional, where every
# Vietnamese letter is) and the combining marks, which is every character of a Vietnamese name.
_TABLE_RANGES = ((0x00C0, 0x0250), (0x0300, 0x0370), (0x1E00, 0x1F00))


def _bare(text: str) -> str:
    """`text` without its marks: decomposed (NFD), every combining mark dropped."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@functools.cache
def _letters() -> dict[int, str]:
    """What `_bare` makes of each character of `_TABLE_RANGES`, where that is ASCII: one
    character at a time gives what the whole text gives, since decomposing is done character
    by character and the marks that reordering would move are all dropped. Built on the first
    fold (about a millisecond), not at import."""
    table = {}
    for first, end in _TABLE_RANGES:
        for point in range(first, end):
            bare = _bare(chr(point))
            if bare != chr(point) and bare.isascii():
                table[point] = bare
    return table


def canonical(folded: str) -> str:
    """A folded name with its prefix abbreviation written out: `tp-cao-lanh` is
    `thanh-pho-cao-lanh`."""
    m = _PREFIX.match(folded)
    return f"{PREFIXES[m[1]]}-{folded[m.end() :]}" if m else folded


def without_prefix(folded: str) -> str:
    """A folded name without its administrative prefix: `thanh-pho-cao-lanh` is `cao-lanh`."""
    m = _PREFIX.match(folded)
    return folded[m.end() :] if m else folded
