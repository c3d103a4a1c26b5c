"""One declaration per sync collection: the desktop and the portal declare the same members,
each exactly once, and every list of collections derives from those declarations."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from desktop.cache import Cache
from desktop.cache.collections import DECLARED as DESKTOP_DECLARED
from desktop.cache.collections import SYNC_COLLECTIONS, descriptor
from desktop.sync.client import RAW_COLLECTIONS, SYNC_MODELS
from desktop.sync.engine import PAGE_LIMIT, PAGE_LIMITS, PULL_ORDER
from portal.http.api.sync_collections import DECLARED as PORTAL_DECLARED
from portal.http.api.sync_collections import SYNC_FETCHES
from wire.collections import PAGE_SIZE, Collection
from wire.schemas import SYNC_PAGE_MAX

from .conftest import RunningPortal, signed_in


def test_both_sides_declare_every_member_exactly_once() -> None:
    desktop = Counter(s.collection for s in DESKTOP_DECLARED)
    portal = Counter(f.collection for f in PORTAL_DECLARED)
    assert desktop == Counter(Collection), "the desktop: one descriptor per Collection member"
    assert portal == Counter(Collection), "the portal: one descriptor per Collection member"
    assert set(SYNC_COLLECTIONS) == set(SYNC_FETCHES) == set(Collection)


def test_the_lists_derive_from_the_declarations() -> None:
    assert tuple(Collection) == PULL_ORDER  # accounts first: the rest name them
    assert PULL_ORDER[0] is Collection.ACCOUNTS
    assert set(SYNC_MODELS) == set(Collection)
    assert all(SYNC_MODELS[c] is SYNC_COLLECTIONS[c].model for c in Collection)
    assert {Collection.INVOICES} == RAW_COLLECTIONS
    for c in Collection:
        assert PAGE_LIMITS.get(c, PAGE_LIMIT) == c.page_size <= SYNC_PAGE_MAX
    assert PAGE_LIMIT == PAGE_SIZE
    assert PAGE_LIMITS == {Collection.RELATIONSHIPS: 1000, Collection.INVOICES: 2000}


def test_the_wire_names_stay_the_stored_cursors_names() -> None:
    """Caches store cursors under these names: a renamed value would resync everything."""
    assert [c.value for c in Collection] == [
        "accounts",
        "relationships",
        "connection-requests",
        "tickets",
        "verifications",
        "supplier-profiles",
        "invoices",
    ]
    assert descriptor("tickets") is SYNC_COLLECTIONS[Collection.TICKETS]
    with pytest.raises(ValueError, match="unknown collection"):
        descriptor("nonsense")


def test_every_member_syncs_against_the_portal(core_portal: RunningPortal, tmp_path: Path) -> None:
    """Each declared member is served by the portal and applied by the cache, its cursor
    stored under the wire name; the changes name Collection members."""
    client = signed_in(core_portal.url)
    cache = Cache.open(tmp_path / "cache.sqlite")
    try:
        for c in Collection:
            page = client.sync_page(c, None, c.page_size)
            change = cache.apply_page(c, page)
            assert cache.cursor(c.value) == page.next_cursor
            assert all(type(name) is Collection for name in change.collections)
        with pytest.raises(ValueError, match="unknown collection"):
            client.sync_page("nonsense", None, 10)
    finally:
        cache.close()
