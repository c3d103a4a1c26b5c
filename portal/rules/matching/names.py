"""Company names compared without case, diacritics, punctuation or legal forms.

"Żółta Łódka Sp. z o.o." and "ZOLTA LODKA" have the same core, "zolta lodka".
"""

from __future__ import annotations

import re
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
    "s coop",
    "v o f",
    "vof",
    "s n c",
    "snc",
    "ohg",
    "gbr",
    "pty",
    "ltda",
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


def _words(name: str) -> list[str]:
    return [w for w in _PUNCT.sub(" ", fold(name).replace("&", " ")).split() if w != "_"]


@lru_cache(maxsize=1 << 16)
def name_core(name: str) -> str:
    """Folded words without punctuation or legal forms ("AB Volvo" -> "volvo")."""
    words = _words(name)
    if not words:
        return ""
    return " ".join(_strip_head(_strip_tail(words)))


# One legal form, written several ways.
_SAME_FORM = {
    "spolka z ograniczona odpowiedzialnoscia": "sp z o o",
    "sp zoo": "sp z o o",
    "spzoo": "sp z o o",
    "spolka akcyjna": "s a",
    "sa": "s a",
    "spolka komandytowa": "sp k",
    "spolka jawna": "sp j",
}
# Equal cores, other legal forms: another company of the same name, never "100% alike".
FORM_DIFFERS = 0.95


@lru_cache(maxsize=1 << 16)
def legal_form(name: str) -> str:
    """The name's legal form, one spelling per form ("Sp. z o.o." -> "sp z o o"); "" if none."""
    words = _words(name)
    kept = _strip_tail(words)
    tail = words[len(kept) :]
    core = _strip_head(kept)
    head = kept[: len(kept) - len(core)]
    form = " ".join(head + tail)
    return _SAME_FORM.get(form, form)


def candidate_score(typed: str, listed: str) -> float:
    """How alike a typed name and a directory name are, 0..1: their cores (name_score), and
    1.0 only when the legal forms do not differ (either may leave it out)."""
    score = name_score(name_core(typed), name_core(listed))
    if score == 1.0:
        forms = legal_form(typed), legal_form(listed)
        if all(forms) and forms[0] != forms[1]:
            return FORM_DIFFERS
    return score


def search_text(name: str) -> str:
    """The folded name as typed, punctuation kept (the directory's words keep theirs:
    "thorsen-paulsen"), cut after the core's last word: "Gautier & Munoz SARL" ->
    "gautier & munoz"."""
    core = name_core(name)
    if not core:
        return ""
    folded = fold(name)
    last = core.split()[-1]
    end = folded.rfind(last)
    return folded[: end + len(last)].strip(" ,;.-") if end >= 0 else core


@lru_cache(maxsize=1 << 16)
def _trigrams(core: str) -> frozenset[str]:
    padded = f"  {core} "
    return frozenset(padded[i : i + 3] for i in range(len(padded) - 2))


def name_score(core_a: str, core_b: str) -> float:
    """How alike two cores are, 0..1: the Dice coefficient of their letter trigrams (word
    order hardly matters, a typo costs a few trigrams); 1.0 only for equal cores."""
    if not core_a or not core_b:
        return 0.0
    if core_a == core_b:
        return 1.0
    a, b = _trigrams(core_a), _trigrams(core_b)
    return round(min(2 * len(a & b) / (len(a) + len(b)), 0.99), 3)
