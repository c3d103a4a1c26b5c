"""Spreadsheet rows as customers to match: cells picked by the mapping, countries as ISO
codes, and rows that repeat an earlier one marked as duplicates (never matched or sent)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.domain.bulk_columns import Field, Mapping
from desktop.domain.bulk_import import ImportedTable
from wire.schemas import MATCH_TEXT_MAX
from wire.text import compact_vat, fold

# Country names a customer list may hold (English, Polish, native), folded -> ISO code.
COUNTRY_NAMES: dict[str, str] = {
    "poland": "PL", "polska": "PL", "germany": "DE", "niemcy": "DE", "deutschland": "DE",
    "united kingdom": "GB", "great britain": "GB", "wielka brytania": "GB", "uk": "GB",
    "england": "GB", "anglia": "GB", "france": "FR", "francja": "FR", "italy": "IT",
    "wlochy": "IT", "italia": "IT", "spain": "ES", "hiszpania": "ES", "espana": "ES",
    "netherlands": "NL", "holandia": "NL", "niderlandy": "NL", "nederland": "NL",
    "sweden": "SE", "szwecja": "SE", "sverige": "SE", "denmark": "DK", "dania": "DK",
    "danmark": "DK", "finland": "FI", "finlandia": "FI", "suomi": "FI", "czech republic": "CZ",
    "czechia": "CZ", "czechy": "CZ", "portugal": "PT", "portugalia": "PT", "austria": "AT",
    "osterreich": "AT", "belgium": "BE", "belgia": "BE", "ireland": "IE", "irlandia": "IE",
    "norway": "NO", "norwegia": "NO", "norge": "NO", "united states": "US", "usa": "US",
    "stany zjednoczone": "US", "switzerland": "CH", "szwajcaria": "CH", "schweiz": "CH",
    "bulgaria": "BG", "bulgaria eu": "BG", "malaysia": "MY", "malezja": "MY",
    "guernsey": "GG", "lithuania": "LT", "litwa": "LT", "latvia": "LV", "lotwa": "LV",
    "estonia": "EE", "slovakia": "SK", "slowacja": "SK", "hungary": "HU", "wegry": "HU",
    "romania": "RO", "rumunia": "RO", "greece": "GR", "grecja": "GR", "ukraine": "UA",
    "ukraina": "UA",
}  # fmt: skip
_CODE = re.compile(r"^[A-Za-z]{2}$")
_PUNCT = re.compile(r"[^\w]+")


@dataclass(frozen=True)
class BulkRow:
    ref: str  # the row's line in the file ("2" is the first row under the header)
    cells: tuple[str, ...]  # the row as read, for the export
    name: str = ""
    vat_number: str = ""
    network_number: str = ""
    country: str | None = None  # ISO code, or None when empty or not understood
    country_text: str = ""
    vendor_code: str = ""
    account: str = ""  # as written in the file (an account's name or network number)
    duplicate_of: str | None = None  # ref of the earlier row it repeats

    @property
    def is_blank(self) -> bool:
        return not (self.name or self.vat_number or self.network_number)


def country_code(text: str) -> str | None:
    text = text.strip()
    if _CODE.match(text):
        return text.upper()
    return COUNTRY_NAMES.get(" ".join(_PUNCT.sub(" ", fold(text)).split()))


def _key(row: BulkRow) -> str:
    if row.network_number:
        return "n:" + compact_vat(row.network_number)
    if row.vat_number:
        compact = compact_vat(row.vat_number)
        return "v:" + (compact[2:] if compact[:2].isalpha() else compact)
    return f"t:{row.country or ''}:" + " ".join(_PUNCT.sub(" ", fold(row.name)).split())


def build_rows(table: ImportedTable, mapping: Mapping) -> list[BulkRow]:
    def cell(cells: tuple[str, ...], field: Field, limit: int) -> str:
        column = mapping.get(field)
        return cells[column].strip()[:limit] if column is not None else ""

    seen: dict[str, str] = {}
    rows: list[BulkRow] = []
    for line, cells in enumerate(table.rows, start=2):
        country_text = cell(cells, Field.COUNTRY, 64)
        row = BulkRow(
            ref=str(line),
            cells=cells,
            name=cell(cells, Field.NAME, MATCH_TEXT_MAX),
            vat_number=cell(cells, Field.VAT, 64),
            network_number=cell(cells, Field.NETWORK, 64),
            country=country_code(country_text) if country_text else None,
            country_text=country_text,
            vendor_code=cell(cells, Field.VENDOR_CODE, 256),
            account=cell(cells, Field.ACCOUNT, 256),
        )
        if not row.is_blank:
            key = _key(row)
            first = seen.setdefault(key, row.ref)
            if first != row.ref:
                row = BulkRow(**{**row.__dict__, "duplicate_of": first})
        rows.append(row)
    return rows
