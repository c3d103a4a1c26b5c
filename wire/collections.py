"""The sync collections, declared once for both sides.

A member's value is the wire name: the URL `GET /v1/sync/{collection}` and the desktop's
stored cursors use it, so renaming a member's value breaks every cache. The declaration
order is the order the desktop pulls in (accounts first: the rest name them).

Adding a collection: one member here, one descriptor on each side
(`desktop/cache/collections.py`, `portal/http/api/sync_collections.py`); a test checks both
sides declare every member exactly once.
"""

from __future__ import annotations

from enum import StrEnum

# The desktop's page size when a collection names none (within schemas.SYNC_PAGE_MAX).
PAGE_SIZE = 200


class Collection(StrEnum):
    ACCOUNTS = "accounts"
    RELATIONSHIPS = "relationships"
    CONNECTION_REQUESTS = "connection-requests"
    TICKETS = "tickets"
    VERIFICATIONS = "verifications"
    SUPPLIER_PROFILES = "supplier-profiles"
    INVOICES = "invoices"

    @property
    def page_size(self) -> int:
        """How many rows the desktop asks for per page: big pages where a first sync may
        bring a million rows."""
        return _PAGE_SIZES.get(self, PAGE_SIZE)


_PAGE_SIZES: dict[Collection, int] = {Collection.RELATIONSHIPS: 1000, Collection.INVOICES: 2000}
