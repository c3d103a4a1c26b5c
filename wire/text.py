"""Text folding shared by the portal's index and the desktop's offline search."""

from __future__ import annotations

import re
import unicodedata

# Letters NFKD does not decompose into a base letter plus a mark.
_SPECIAL = str.maketrans(
    {
        "ł": "l",
        "Ł": "l",
        "ø": "o",
        "Ø": "o",
        "đ": "d",
        "Đ": "d",
        "ð": "d",
        "ß": "ss",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "þ": "th",
        "ı": "i",
    }
)
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Lower case without diacritics, single spaces: "Łódź  Żółta" -> "lodz zolta"."""
    text = text.translate(_SPECIAL)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped.casefold()).strip()


def compact_vat(text: str) -> str:
    """A VAT number upper case without spaces or punctuation: "pl 526-000-12-46" -> "PL5260001246"."""
    return re.sub(r"[^0-9A-Za-z]", "", text).upper()
