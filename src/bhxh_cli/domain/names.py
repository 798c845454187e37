"""Names as people type them: without diacritics, any case, any spacing, and with or without the
administrative prefix of a unit ("Thành phố", "TP.", "Huyện", "H.", ...)."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence

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


def fold_all(texts: Sequence[str]) -> list[str]:
    """`[fold(text) for text in texts]`, in a few passes over the texts joined by newlines
    (a data set's thousands of names in a few milliseconds, where one by one takes tens).

    Decomposed, a Vietnamese name is ASCII and combining marks only: the marks are dropped
    by encoding to ASCII, and one byte table lowers and turns every other character into a
    hyphen. A name with anything else (NBSP, a letter of another script, a mark of another
    block), or with a newline of its own, is folded one by one."""
    joined = "\n".join(texts)
    if joined.count("\n") != len(texts) - 1:
        return [fold(text) for text in texts]
    decomposed = unicodedata.normalize("NFD", joined.replace("đ", "d").replace("Đ", "D"))
    other = _not_ascii_nor_mark()
    if other.search(decomposed) is None:
        return _fold_lines(decomposed)
    lines = decomposed.split("\n")
    odd = [other.search(line) is not None for line in lines]
    folded = _fold_lines("\n".join("" if o else line for o, line in zip(odd, lines, strict=True)))
    return [fold(t) if o else f for t, o, f in zip(texts, odd, folded, strict=True)]


def _fold_lines(decomposed: str) -> list[str]:
    """The folded lines of a decomposed text of ASCII and combining marks."""
    raw = decomposed.encode("ascii", "ignore").translate(_ASCII_FOLD)
    while b"--" in raw:
        raw = raw.replace(b"--", b"-")
    raw = raw.replace(b"-\n", b"\n").replace(b"\n-", b"\n").strip(b"-")
    return raw.decode("ascii").split("\n")


# Lower case for letters, digits and newlines as they are, a hyphen for every other byte.
_KEPT = b"0123456789abcdefghijklmnopqrstuvwxyz\n"
_ASCII_FOLD = bytes(b if b in _KEPT else b + 32 if 65 <= b <= 90 else 45 for b in range(256))


@functools.cache
def _not_ascii_nor_mark() -> re.Pattern[str]:
    """A character that is neither ASCII nor a combining mark of the block U+0300-U+036F
    (the marks of Vietnamese letters decomposed)."""
    marks = "".join(chr(c) for c in range(0x0300, 0x0370) if unicodedata.combining(chr(c)))
    return re.compile(f"[^\x00-\x7f{marks}]")


def canonical(folded: str) -> str:
    """A folded name with its prefix abbreviation written out: `tp-cao-lanh` is
    `thanh-pho-cao-lanh`."""
    m = _PREFIX.match(folded)
    return f"{PREFIXES[m[1]]}-{folded[m.end() :]}" if m else folded


def without_prefix(folded: str) -> str:
    """A folded name without its administrative prefix: `thanh-pho-cao-lanh` is `cao-lanh`."""
    m = _PREFIX.match(folded)
    return folded[m.end() :] if m else folded


def canonical_all(folded: Sequence[str]) -> list[str]:
    """`[canonical(name) for name in folded]` in one pass over the names joined by newlines.
    Only an abbreviation is rewritten: no prefix is the first word of another (`thi` is none),
    so a name that starts with a full word starts with no abbreviation."""
    joined = "\n".join(folded)
    if joined.count("\n") != len(folded) - 1:
        return [canonical(name) for name in folded]
    return _ABBREVIATION.sub(lambda m: f"{PREFIXES[m[1]]}-", joined).split("\n")


def without_prefix_all(folded: Sequence[str]) -> list[str]:
    """`[without_prefix(name) for name in folded]` in one pass over the names joined."""
    joined = "\n".join(folded)
    if joined.count("\n") != len(folded) - 1:
        return [without_prefix(name) for name in folded]
    return _PREFIX_LINES.sub("", joined).split("\n")


_PREFIX_LINES = re.compile(_PREFIX.pattern, re.MULTILINE)
_ABBREVIATION = re.compile(
    "^("
    + "|".join(sorted((re.escape(k) for k, v in PREFIXES.items() if k != v), key=len, reverse=True))
    + ")-(?=.)",
    re.MULTILINE,
)
