"""Vietnamese text in the old 8-bit encodings, TCVN3 (ABC) and VNI, recognised and refused.

A sheet typed with a TCVN3 or VNI font stores its letters as Latin-1 characters that Vietnamese
never uses: "Hµ Néi" is Hà Nội in TCVN3, "Haø Noäi" in VNI. Imported as they are, such names
would match nothing and read as garbage; the user is told to convert the file to Unicode.
"""

from __future__ import annotations

import re

# Characters of TCVN3 that no Vietnamese text in Unicode holds (TCVN3 puts its tone-marked
# letters on the Latin-1 symbols).
TCVN3_TELLTALES = frozenset("¶¾µ¸¹¨©ª«¬®¯°±²³´º¼½¿§¦¤¢£¥×÷þÞ")
# Latin letters that Vietnamese never uses and VNI's marks show as (ä, ø, ö ... after a vowel).
VNI_TELLTALES = frozenset("äåæçëîïðñöøûüÿÄÅÆÇËÎÏÐÑÖØÛÜ")


_EITHER = re.compile("[" + re.escape("".join(sorted(TCVN3_TELLTALES | VNI_TELLTALES))) + "]")


def legacy_encoding(text: str) -> str | None:
    """The old encoding ("TCVN3" or "VNI") whose telltale characters `text` shows, or None."""
    if _EITHER.search(text) is None:  # the usual case, at the speed of a regular expression
        return None
    return "TCVN3" if any(char in TCVN3_TELLTALES for char in text) else "VNI"
