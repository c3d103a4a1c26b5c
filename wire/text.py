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
    if text.isascii():  # most names: nothing to decompose or strip (a first sync folds 1M)
        return _SPACES.sub(" ", text.lower()).strip()
    text = text.translate(_SPECIAL)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped.casefold()).strip()


def compact_vat(text: str) -> str:
    """A VAT number upper case without spaces or punctuation: "pl 526-000-12-46" -> "PL5260001246"."""
    return re.sub(r"[^0-9A-Za-z]", "", text).upper()


# Punctuation in names: a word break, ignored in matching and name order ("Sp. z o.o.",
# "Alfa-Beta", "GmbH & Co. KG", "Nordwind (Guernsey) Limited"). Other symbols (`%`, `_`,
# `@`, `#`, ...) stay part of a word ("50%"). SQL replaces each of these one by one
# (`portal.store.name_key`): SQLite's parser takes about two dozen nested calls, no more.
NAME_BREAKS = (
    "()-/&.,;:!?+*\"'"
    "\u2013\u2014\u2018\u2019\u201c\u201d\u201e\u00ab\u00bb"  # – — ‘ ’ “ ” „ « »
)
_BREAKS = str.maketrans(dict.fromkeys(NAME_BREAKS, " "))
_RUNS = re.compile(" {2,}")


def fold_words(text: str) -> str:
    """`fold` with punctuation as word breaks: "Müller GmbH & Co. KG" -> "muller gmbh co kg".

    The directory's name key (matching and name order); `portal.store.name_key` computes
    the same in SQL from the folded name.
    """
    return _RUNS.sub(" ", fold(text).translate(_BREAKS)).strip(" ")
