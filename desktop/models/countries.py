"""Country names in the user's language from ISO 3166 codes, all of them (CLDR via Babel).

A real directory holds every country, so the names come from CLDR, which names them all in
both languages ("MY" -> "Malaysia" / "Malezja"), not from a hand-kept list. The language is
the one spoken at the moment of asking, so a language switch renames them at once.
"""

from __future__ import annotations

import re
from functools import cache

from babel import Locale

from desktop.models.formats import cldr_locale, sorted_names

_ALPHA2 = re.compile(r"^[A-Z]{2}$")
# Two-letter codes CLDR names that are groupings or test data, not places a buyer is in.
NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"})


@cache
def _names(language: str) -> dict[str, str]:
    """alpha-2 code -> name, for the countries and territories CLDR names (no regions)."""
    names = Locale.parse(language).territories
    return {code: str(name) for code, name in names.items() if _ALPHA2.match(code)}


def country_name(code: str | None) -> str:
    """ "MY" -> "Malaysia" (English UI) / "Malezja" (Polish UI); unknown codes stay as they are."""
    if not code:
        return ""
    return _names(cldr_locale().language).get(code.upper(), code)


def all_countries() -> list[tuple[str, str]]:
    """(code, name) for every country CLDR names, by name in the language's order."""
    names = _names(cldr_locale().language)
    by_name = {name: code for code, name in names.items() if code not in NOT_COUNTRIES}
    return [(by_name[name], name) for name in sorted_names(list(by_name))]
