"""After a long first sync the app indexes the new invoices for the search in batches on the
serial lane until none wait; a sync the user asks for meanwhile goes between two batches."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.app.context import AppContext
from desktop.cache import Cache
from desktop.cache import invoices as cache_invoices
from desktop.domain.invoices import InvoiceQuery
from desktop.sync import PortalClient, SyncEngine
from tests.ui_invoices.invoice_app import TIMEOUT_MS
from tests.ui_invoices.invoice_truth import portal_invoices


def _index_state(path: Path) -> tuple[int, int]:
    conn = sqlite3.connect(path)
    try:
        upto = conn.execute("SELECT upto FROM invoice_fts_state").fetchone()[0]
        top = conn.execute("SELECT coalesce(max(seq), 0) FROM invoices").fetchone()[0]
        return int(upto), int(top)
    finally:
        conn.close()


def test_a_first_sync_is_indexed_in_batches_until_none_wait(
    qtbot: QtBot, fresh_portal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    url = fresh_portal().base_url
    truth = portal_invoices(url)
    monkeypatch.setattr(cache_invoices, "INDEX_AFTER_SYNC", 10)  # the pull leaves most
    path = tmp_path / "cache.db"
    cache = Cache.open(path)
    client = PortalClient(url, retries=1, backoff=0.05)
    client.sign_in("elise", "sandbox")
    ctx = AppContext(
        cache, client, SyncEngine(client, cache), user_display_name="elise",
        sync_interval_ms=3_600_000,
    )  # fmt: skip
    ctx.index_batch = 100
    left: list[int] = []
    synced: list[bool] = []
    ctx.invoices_indexed.connect(left.append)

    def user_syncs_once() -> None:  # between two batches, as a click on Sync would
        if len(left) == 1:
            ctx.request_sync()
            ctx.status_changed.connect(lambda _s: synced.append(True))

    ctx.invoices_indexed.connect(user_syncs_once)
    try:
        ctx.request_sync()
        qtbot.waitUntil(lambda: bool(left) and left[-1] == 0, timeout=TIMEOUT_MS)
        qtbot.waitUntil(lambda: not ctx.tasks.busy(), timeout=TIMEOUT_MS)
        assert synced  # the user's sync ran between the batches
        mine = [i for i in truth if i.account_id in {a.id for a in ctx.accounts}]
        assert len(mine) > 300
        assert len(left) >= (len(mine) - 10) // 100  # batch after batch
        assert left == sorted(left, reverse=True)
        upto, top = _index_state(path)
        assert upto == top > 0  # every invoice in the trigram index
        sample = mine[0]
        fragment = sample.number[2:-1]
        found = {r.number for r in cache.iter_invoices(InvoiceQuery(text=fragment))}
        assert sample.number in found
    finally:
        ctx.shutdown()
        client.close()
        cache.close()
