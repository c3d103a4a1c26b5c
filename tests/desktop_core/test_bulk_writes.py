"""A sync page of many rows is written with room (a larger page cache, fewer checkpoints),
and the connection goes back to the pool with SQLite's defaults: readers never keep it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, event

from desktop.cache import Cache, bulk_writes
from desktop.domain.invoices import InvoiceQuery
from tests.desktop_core.conftest import RunningPortal, signed_in


def settings(dbapi_conn: Any) -> tuple[int, int]:
    cache_size = dbapi_conn.execute("PRAGMA cache_size").fetchone()[0]
    checkpoint = dbapi_conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
    return int(cache_size), int(checkpoint)


def pooled_settings(cache: Cache) -> list[tuple[int, int]]:
    """Each connection the pool holds (all checked out at once, so none is missed)."""
    engine = cache._engine
    held = [engine.raw_connection() for _ in range(max(1, engine.pool.checkedin()))]  # type: ignore[attr-defined]
    try:
        return [settings(c.driver_connection) for c in held]
    finally:
        for c in held:
            c.close()


def test_a_big_page_has_room_while_it_is_written_and_the_pool_gets_the_defaults_back(
    core_portal: RunningPortal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bulk_writes, "BULK_ROWS", 20)
    client = signed_in(core_portal.url)
    big = client.sync_page("invoices", None, 40)
    small = client.sync_page("invoices", big.next_cursor, 10)
    assert len(big.items) == 40 and len(small.items) == 10
    cache = Cache.open(tmp_path / "cache.sqlite")
    at_commit: list[tuple[int, int]] = []

    @event.listens_for(cache._engine, "commit")
    def _seen(conn: Connection) -> None:
        at_commit.append(settings(conn.connection.driver_connection))

    defaults = (-bulk_writes.DEFAULT_CACHE_KIB, bulk_writes.DEFAULT_CHECKPOINT_PAGES)
    roomy = (-bulk_writes.CACHE_KIB, bulk_writes.CHECKPOINT_PAGES)
    cache.apply_page("invoices", big)
    assert at_commit == [roomy]
    assert set(pooled_settings(cache)) == {defaults}
    cache.apply_page("invoices", small)
    assert at_commit == [roomy, defaults]  # a small page keeps SQLite's defaults
    # Both pages are there, their rows whole.
    assert cache.count_invoices(InvoiceQuery()) == 50
    some = cache.invoice(big.items[-1].id)
    assert some is not None and some.number == big.items[-1].data["number"]  # type: ignore[index]
    assert set(pooled_settings(cache)) == {defaults}
    cache.close()
    client.close()
