"""Company names compared without case, diacritics, punctuation or legal forms.

"Żółta Łódka Sp. z o.o." and "ZOLTA LODKA" have the same core, "zolta lodka".
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from wire.text import fold

_PUNCT = re.compile(r"[^\w]+")

# Legal forms, folded and split at punctuation, longest first where they share words.
LEGAL_FORMS: tuple[str, ...] = (
    "spolka z ograniczona odpowiedzialnoscia",
    "spolka akcyjna",
    "spolka komandytowa",
    "spolka jawna",
    "sp z o o",
    "sp zoo",
    "spzoo",
    "sp k",
    "sp j",
    "s a",
    "sa",
    "gmbh co kg",
    "gmbh",
    "mbh",
    "ag",
    "kg",
    "ug",
    "e v",
    "ltd",
    "limited",
    "plc",
    "llp",
    "llc",
    "inc",
    "corp",
    "corporation",
    "co",
    "company",
    "ab",
    "publ",
    "as",
    "a s",
    "asa",
    "aps",
    "oy",
    "oyj",
    "b v",
    "bv",
    "n v",
    "nv",
    "sarl",
    "sas",
    "s a s",
    "s a r l",
    "srl",
    "s r l",
    "spa",
    "s p a",
    "sl",
    "s l",
    "slu",
    "lda",
    "eood",
    "ood",
    "ead",
    "ad",
    "s r o",
    "sro",
    "kft",
    "zrt",
    "d o o",
    "doo",
    "uab",
    "sia",
    "ou",
    "se",
)
# Legal forms as word tuples, grouped by length (longest first): a set lookup per length.
_BY_LENGTH: list[tuple[int, frozenset[tuple[str, ...]]]] = sorted(
    (
        (n, frozenset(tuple(f.split()) for f in LEGAL_FORMS if len(f.split()) == n))
        for n in {len(f.split()) for f in LEGAL_FORMS}
    ),
    reverse=True,
)


def _strip_tail(words: list[str]) -> list[str]:
    changed = True
    while changed and len(words) > 1:
        changed = False
        for n, forms in _BY_LENGTH:
            if len(words) > n and tuple(words[-n:]) in forms:
                words = words[:-n]
                changed = True
                break
    return words


def _strip_head(words: list[str]) -> list[str]:
    for n, forms in _BY_LENGTH:
        head = tuple(words[:n])
        if len(words) > n and head in forms and len(head[0]) > 1:
            return words[n:]
    return words


@lru_cache(maxsize=1 << 16)
def name_core(name: str) -> str:
    """Folded words without punctuation or legal forms ("AB Volvo" -> "volvo")."""
    words = [w for w in _PUNCT.sub(" ", fold(name).replace("&", " ")).split() if w != "_"]
    if not words:
        return ""
    return " ".join(_strip_head(_strip_tail(words)))


def name_score(core_a: str, core_b: str, floor: float = 0.0) -> float:
    """How alike two cores are, 0..1: the better of the text and the sorted-words ratios.
    Below `floor` the answer is only "below" (cheap upper bounds skip the full comparison)."""
    if not core_a or not core_b:
        return 0.0
    if core_a == core_b:
        return 1.0
    direct = SequenceMatcher(None, core_a, core_b, autojunk=False)
    best = direct.ratio() if direct.quick_ratio() >= floor else 0.0
    sorted_a, sorted_b = " ".join(sorted(core_a.split())), " ".join(sorted(core_b.split()))
    if best < 0.99 and (sorted_a, sorted_b) != (core_a, core_b):
        by_words = SequenceMatcher(None, sorted_a, sorted_b, autojunk=False)
        if by_words.quick_ratio() >= max(floor, best):
            best = max(best, by_words.ratio())
    return round(min(best, 0.99), 3)
