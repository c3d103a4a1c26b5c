"""A VAT number as typed in a spreadsheet: its country, its bare digits, and whether it is valid."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from stdnum import get_cc_module

from wire.text import compact_vat

# VAT prefixes that are not the ISO country code.
_PREFIX_COUNTRY = {"EL": "GR", "XI": "GB"}


@dataclass(frozen=True)
class VatCheck:
    bare: str  # without the country prefix, upper case, no punctuation (= buyers.vat_compact)
    country: str | None  # from the prefix, else the row's country
    problem: str | None = None  # "invalid" | "wrong_country" | None


@cache
def _module(country: str) -> Any:
    try:
        return get_cc_module(country.lower(), "vat")  # None when stdnum has no VAT check
    except (ImportError, ValueError):
        return None


def check_vat(raw: str, row_country: str | None) -> VatCheck | None:
    """None when `raw` holds no VAT number at all."""
    compact = compact_vat(raw)
    if len(compact) < 3:
        return VatCheck(compact, row_country, "invalid") if compact else None
    row_country = row_country.upper() if row_country else None
    prefix = compact[:2] if compact[:2].isalpha() else None
    prefix_country = _PREFIX_COUNTRY.get(prefix, prefix) if prefix else None
    if prefix_country is not None and _module(prefix_country) is None and row_country:
        prefix_country = None  # letters that are part of the number, not a country
        prefix = None
    bare = compact[2:] if prefix else compact
    country = prefix_country or row_country
    if prefix_country and row_country and prefix_country != row_country:
        return VatCheck(bare, prefix_country, "wrong_country")
    module = _module(country) if country else None
    if module is not None:
        try:
            valid = bool(module.is_valid(bare))
        except Exception:  # noqa: BLE001 - stdnum modules raise their own kinds on odd input
            valid = False
        if not valid:
            return VatCheck(bare, country, "invalid")
    return VatCheck(bare, country)
