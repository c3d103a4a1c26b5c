"""Invoices from the real portal into the cache: first sync with counts, statuses moved on,
cancel and resume, a malformed invoice skipped, another supplier's invoices never seen."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import create_engine, insert, select
from sqlalchemy.orm import Session

from desktop.cache import Cache
from desktop.cache import invoices as cache_invoices
from desktop.domain.invoices import InvoiceQuery
from desktop.sync import SyncCancelled, SyncEngine
from portal.sandbox.invoice_flow import reserve_versions
from portal.store import models as m
from tests.conftest import FreshPortal

from .conftest import RunningPortal, signed_in


def portal_invoices(url: str, username: str = "elise") -> dict[str, dict[str, Any]]:
    """What the portal lists for the user now: id -> the invoice as JSON."""
    client = signed_in(url, username)
    rows: dict[str, dict[str, Any]] = {}
    after: str | None = None
    while True:
        page = client.sync_page("invoices", after, 5000)
        for item in page.items:
            if item.data is not None:
                rows[item.id] = item.data
        after = page.next_cursor
        if not page.has_more:
            return rows


def engine(url: str, path: Path, username: str = "elise", invoice_page: int = 2000) -> SyncEngine:
    return SyncEngine(
        signed_in(url, username), Cache.open(path), page_limits={"invoices": invoice_page}
    )


def test_first_sync_brings_every_invoice_with_its_history_and_counts(
    core_portal: RunningPortal, tmp_path: Path
) -> None:
    expected = portal_invoices(core_portal.url)
    sync = engine(core_portal.url, tmp_path / "c.sqlite", invoice_page=150)
    seen: list[tuple[int, int | None]] = []
    sync.pull(lambda c, n, total: seen.append((n, total)) if c == "invoices" else None)
    cache = sync.cache
    # A progress bar with counts: a total from the first page on, pages of 150 up to it.
    assert len(seen) == -(-len(expected) // 150)
    assert all(total == len(expected) for _n, total in seen)
    assert [n for n, _t in seen] == [min(150 * (i + 1), len(expected)) for i in range(len(seen))]
    assert cache.count_invoices(InvoiceQuery()) == len(expected)
    for invoice_id in list(expected)[::37]:  # the detail view's timeline is the portal's history
        mine, theirs = cache.invoice(invoice_id), expected[invoice_id]
        assert mine is not None
        assert (mine.number, mine.status, mine.amount, mine.currency) == (
            theirs["number"],
            theirs["status"],
            theirs["amount"],
            theirs["currency"],
        )
        assert mine.failure_code == theirs["failure_code"]
        assert [(e.status, e.note) for e in mine.history] == [
            (h["status"], h["note"]) for h in theirs["history"]
        ]
    cache.close()


def test_statuses_moved_on_arrive_with_the_next_sync(
    fresh_portal: FreshPortal, tmp_path: Path
) -> None:
    server = fresh_portal()
    sync = engine(server.base_url, tmp_path / "c.sqlite")
    sync.pull()
    client = signed_in(server.base_url)
    tokens = client.tokens
    assert tokens is not None
    moved = requests.post(
        server.base_url + "/v1/sandbox/invoices/advance",
        params={"count": 7},
        headers={"Authorization": f"Bearer {tokens.access_token}"},
        timeout=10,
    ).json()["moved"]
    assert len(moved) == 7
    for move in moved:  # not there before the sync
        before = sync.cache.invoice(move["invoice_id"])
        assert before is not None and before.status == move["before"]

    result = sync.pull()
    assert "invoices" in result.changed
    assert result.items_pulled == 7  # only what moved
    for move in moved:
        after = sync.cache.invoice(move["invoice_id"])
        assert after is not None and after.status == move["after"]
        assert after.history[-1].status == move["after"]
        assert after.history[-2].status == move["before"]
    sync.cache.close()


def test_cancelled_sync_keeps_its_pages_and_the_next_resumes_there(
    core_portal: RunningPortal, tmp_path: Path
) -> None:
    expected = portal_invoices(core_portal.url)
    sync = engine(core_portal.url, tmp_path / "c.sqlite", invoice_page=100)
    pages: list[int] = []

    def progress(collection: str, n: int, _total: int | None) -> None:
        if collection == "invoices":
            pages.append(n)

    with pytest.raises(SyncCancelled):
        sync.pull(progress, cancelled=lambda: len(pages) == 2)
    cache = sync.cache
    assert cache.count_invoices(InvoiceQuery()) == 200  # the two committed pages stay
    assert cache.last_synced_at() is None  # the sync did not finish

    rest: list[tuple[int, int | None]] = []
    sync.pull(lambda c, n, total: rest.append((n, total)) if c == "invoices" else None)
    assert rest[-1] == (len(expected) - 200, len(expected) - 200)  # resumed, nothing twice
    assert cache.count_invoices(InvoiceQuery()) == len(expected)
    assert cache.last_synced_at() is not None
    cache.close()


def _bad_invoices(db_url: str, account_id: str, buyer_id: str) -> list[str]:
    """Two invoices stored wrong in the portal's own database, as a faulty import might."""
    engine_ = create_engine(db_url)
    with Session(engine_) as s:
        template = s.execute(
            select(m.BuyerInvoice.__table__).where(
                m.BuyerInvoice.account_id == account_id, m.BuyerInvoice.buyer_id == buyer_id
            )
        ).first()
        assert template is not None
        versions = reserve_versions(s, 2)
        rows = []
        for n, (amount, currency) in enumerate([("12,50 zł", "PLN"), ("99.00", "zł")]):
            row = dict(template._mapping)
            row.update(id=f"bad-{n}", number=f"BAD-{n}", amount=amount, currency=currency)
            row["version"] = versions[n]
            rows.append(row)
        s.execute(insert(m.BuyerInvoice), rows)
        s.commit()
    engine_.dispose()
    return ["bad-0", "bad-1"]


def test_a_malformed_invoice_is_skipped_and_counted_the_rest_arrive(
    fresh_portal: FreshPortal, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    server = fresh_portal()
    good = portal_invoices(server.base_url)
    some = next(iter(good.values()))
    bad = _bad_invoices(server.db_url, some["account_id"], some["buyer_id"])
    assert set(bad) <= set(portal_invoices(server.base_url))  # the portal does send them
    sync = engine(server.base_url, tmp_path / "c.sqlite", invoice_page=100)
    with caplog.at_level(logging.INFO):
        result = sync.pull()
    cache = sync.cache
    assert all(cache.invoice(i) is None for i in bad)
    assert cache.count_invoices(InvoiceQuery()) == len(good)
    assert cache.invoices_skipped() == 2
    assert cache.last_synced_at() is not None and "invoices" in result.changed
    assert "skipped" in caplog.text and "12,50" not in caplog.text  # counted, never shown
    cache.close()


def test_another_suppliers_invoices_never_reach_the_cache(
    core_portal: RunningPortal, tmp_path: Path
) -> None:
    elise_ids = set(portal_invoices(core_portal.url, "elise"))
    oskar_ids = set(portal_invoices(core_portal.url, "oskar"))
    sync = engine(core_portal.url, tmp_path / "o.sqlite", username="oskar")
    sync.pull()
    cache = sync.cache
    assert cache.count_invoices(InvoiceQuery()) == len(oskar_ids)
    assert all(cache.invoice(i) is None for i in list(elise_ids)[::5])
    accounts = {a.id for a in cache.accounts()}
    assert all(
        (row := cache.invoice(i)) is not None and row.account_id in accounts
        for i in list(oskar_ids)[::11]
    )
    cache.close()


def invoice_indexes(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'invoices' "
                "AND sql IS NOT NULL"
            )
        }
    finally:
        conn.close()


def test_a_long_first_sync_builds_its_indexes_at_the_end_and_a_stopped_one_gets_them_back(
    core_portal: RunningPortal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The portal's sandbox has a few hundred invoices: call that "many" for this test.
    monkeypatch.setattr(cache_invoices, "DEFER_INDEXES_FROM", 50)
    expected = portal_invoices(core_portal.url)
    reference = tmp_path / "reference.sqlite"
    Cache.open(reference).close()
    all_indexes = invoice_indexes(reference)
    assert len(all_indexes) >= 10

    path = tmp_path / "c.sqlite"
    sync = engine(core_portal.url, path, invoice_page=100)
    pages: list[int] = []
    during: list[set[str]] = []

    def progress(collection: str, n: int, _total: int | None) -> None:
        if collection == "invoices":
            pages.append(n)
            during.append(invoice_indexes(path))

    with pytest.raises(SyncCancelled):
        sync.pull(progress, cancelled=lambda: len(pages) == 2)
    cache = sync.cache
    assert during[0] == set()  # deferred while the rows came
    # Searching and the dashboard work meanwhile, only without the indexes' help.
    assert cache.count_invoices(InvoiceQuery()) == 200
    assert sum(cache.invoice_dashboard(None).by_status.values()) == 200
    # The sync stopped: the app's next indexing round builds them (AppContext.index_invoices).
    cache.index_invoices()
    assert invoice_indexes(path) == all_indexes

    # A first sync that runs to its end builds them itself, and finds what it did before.
    whole = tmp_path / "whole.sqlite"
    full = engine(core_portal.url, whole, invoice_page=100)
    seen: list[set[str]] = []
    full.pull(lambda c, _n, _t: seen.append(invoice_indexes(whole)) if c == "invoices" else None)
    assert seen[0] == set() and invoice_indexes(whole) == all_indexes
    assert full.cache.count_invoices(InvoiceQuery()) == len(expected)
    some = next(iter(expected.values()))
    found = full.cache.search_invoices(InvoiceQuery(text=some["number"]))
    assert some["id"] in {row.id for row in found.rows}
    cache.close()
    full.cache.close()
