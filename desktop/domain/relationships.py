"""What the Customer relationships table asks of the cache: a filter, an order, a count."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop.domain.types import RelationshipRow, RelationshipStatus

__all__ = [
    "RelationshipCount",
    "RelationshipOrder",
    "RelationshipQuery",
    "RelationshipRow",
    "RelationshipSort",
]


class RelationshipSort(StrEnum):
    """The table's columns, each ordered in SQL."""

    CUSTOMER = "customer"
    NETWORK_NUMBER = "network_number"
    COUNTRY = "country"
    VAT_NUMBER = "vat_number"
    ACCOUNT = "account"
    STATUS = "status"
    SINCE = "since"
    VENDOR_CODE = "vendor_code"


@dataclass(frozen=True)
class RelationshipQuery:
    """Text (name, network number, VAT number; no case, no diacritics), status, account."""

    text: str = ""
    status: RelationshipStatus | None = None
    account_id: str | None = None


@dataclass(frozen=True)
class RelationshipOrder:
    """`polish`: names in Polish alphabetical order (Ł after L), else as the folded name
    (English readers' order). `ranks`: for COUNTRY and STATUS, the codes in the order of the
    words the user reads (country names and status words are the language's)."""

    sort: RelationshipSort = RelationshipSort.CUSTOMER
    descending: bool = False
    polish: bool = False
    ranks: tuple[str, ...] = ()


@dataclass(frozen=True)
class RelationshipCount:
    shown: int  # matching the query
    total: int  # every relationship in the cache
