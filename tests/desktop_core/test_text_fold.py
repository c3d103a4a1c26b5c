"""`wire.text.fold`'s short way for ASCII text gives what the full folding gives."""

from __future__ import annotations

import re
import unicodedata

from wire.text import fold


def folded_the_long_way(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", stripped.casefold()).strip()


def test_ascii_text_folds_as_the_full_folding_does() -> None:
    every_ascii = "".join(chr(i) for i in range(128))
    samples = [
        every_ascii,
        every_ascii[::-1],
        "  Bench Buyer 000123 Sp. z o.o.  ",
        "ACME\t\tGmbH\x1c&\x1fCo.\r\nKG",
        "",
    ]
    for text in samples:
        assert fold(text) == folded_the_long_way(text)


def test_text_beyond_ascii_still_loses_its_marks_and_special_letters() -> None:
    assert fold("Łódź  Żółta") == "lodz zolta"
    assert fold(" Straße\u00a0Ærø ") == "strasse aero"
