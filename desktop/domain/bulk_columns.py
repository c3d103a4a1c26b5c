"""Which spreadsheet column holds what: guessed from Polish and English headers, editable."""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import StrEnum

from wire.text import fold


class Field(StrEnum):
    NAME = "name"
    VAT = "vat_number"
    NETWORK = "network_number"
    COUNTRY = "country"
    VENDOR_CODE = "vendor_code"
    ACCOUNT = "account"


# Folded headers (punctuation as spaces) that name a field, most telling first.
HEADERS: dict[Field, tuple[str, ...]] = {
    Field.NETWORK: (
        "network number",
        "numer w sieci",
        "nr w sieci",
        "network id",
        "network no",
        "network",
    ),
    Field.VAT: (
        "nip",
        "vat",
        "vat id",
        "vat number",
        "vat no",
        "vat nr",
        "numer vat",
        "nr vat",
        "nip ue",
        "numer nip",
        "nr nip",
        "tax id",
        "ust idnr",
        "vat registration number",
    ),
    Field.VENDOR_CODE: (
        "vendor code",
        "kod dostawcy",
        "vendor id",
        "vendor number",
        "vendor no",
        "numer dostawcy",
        "supplier number",
    ),
    Field.ACCOUNT: ("account", "konto", "supplier account", "konto dostawcy"),
    Field.COUNTRY: ("country", "kraj", "country code", "kod kraju", "panstwo", "land"),
    Field.NAME: (
        "name",
        "nazwa",
        "customer name",
        "customer",
        "company name",
        "company",
        "nazwa klienta",
        "nazwa firmy",
        "nazwa kontrahenta",
        "klient",
        "kontrahent",
        "firma",
        "buyer",
        "nabywca",
        "odbiorca",
    ),
}
# Words that, inside a longer header, point at a field ("Customer VAT ID" -> VAT).
_WORDS: tuple[tuple[Field, str], ...] = (
    (Field.NETWORK, "network"),
    (Field.NETWORK, "sieci"),
    (Field.VAT, "nip"),
    (Field.VAT, "vat"),
    (Field.VENDOR_CODE, "vendor"),
    (Field.VENDOR_CODE, "dostawcy"),
    (Field.COUNTRY, "country"),
    (Field.COUNTRY, "kraj"),
    (Field.NAME, "name"),
    (Field.NAME, "nazwa"),
)
_PUNCT = re.compile(r"[^\w]+")

Mapping = dict[Field, int]  # field -> column index (absent: not in the file)


def _words(header: str) -> str:
    return " ".join(_PUNCT.sub(" ", fold(header)).split())


def guess_mapping(headers: Sequence[str]) -> Mapping:
    """Each field to at most one column and each column to at most one field."""
    folded = [_words(h) for h in headers]
    mapping: Mapping = {}
    used: set[int] = set()
    for field, names in HEADERS.items():
        for name in names:
            column = next((i for i, h in enumerate(folded) if h == name and i not in used), None)
            if column is not None:
                mapping[field] = column
                used.add(column)
                break
    for field, word in _WORDS:
        if field in mapping:
            continue
        column = next(
            (i for i, h in enumerate(folded) if word in h.split() and i not in used), None
        )
        if column is not None:
            mapping[field] = column
            used.add(column)
    return mapping
