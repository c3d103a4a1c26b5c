"""What a directory search looks for (`Query`) and what an engine provides (`Backend`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from portal.search.cursor import PositionCheck
from portal.search.hydrate import Hit
from wire.text import compact_vat, fold_words

TIER_NETWORK, TIER_VAT, TIER_START, TIER_WORD, TIER_INNER = range(5)
HIGH = "\U0010ffff"
_NETWORK = re.compile(r"[A-Z]{2,4}[0-9]{2,}")
# NUL and the other control characters are no part of a name: a word break like a space.
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


class Query:
    def __init__(self, q: str, country: str | None) -> None:
        q = _CONTROL.sub(" ", q)
        # The name key of the term: matched against the names' keys (punctuation ignored,
        # a word break), so a symbol-only word ("&") drops out and "ltd." finds "Ltd".
        self.key = fold_words(q)
        self.compact = compact_vat(q)
        self.country = country.upper() if country else None
        self.network = bool(_NETWORK.match(self.compact))
        vat = self.compact
        self.vat = len(vat) >= 5 and sum(ch.isdigit() for ch in vat) >= 4
        self.bare = vat[2:] if vat[:2].isalpha() else vat
        # A number of digits only (a VAT number typed without its prefix): looked up by
        # number alone; the name tiers would only read the name indexes for nothing.
        self.names = not (self.vat and vat.isdigit())
        # An engine's reads that several tiers of this one search share.
        self.found: dict[Any, Any] = {}

    @staticmethod
    def phrase(column: str, value: str) -> str:
        return f'{column} : "{value.replace(chr(34), chr(34) * 2)}"'

    def country_sql(self, column: str) -> str:
        return f" AND {column} = :country" if self.country else ""


# tier(db, query, position after which to continue or None, how many) -> hits in order
Tier = Callable[[Any, Query, "list[Any] | None", int], list[Hit]]


@dataclass(frozen=True)
class Backend:
    """One database's way to run the five tiers (network, VAT, start, word, inner)."""

    tiers: Sequence[Tier]
    positions: Sequence[PositionCheck]  # the cursor positions each tier issues
    earlier: Callable[[Any, Query, int, list[Hit]], set[str]]
    hydrate: Callable[[Any, list[Hit]], list[dict[str, Any]]]
