"""Invoices in the cache, synced from the real portal: what the user finds, counts and reads
agrees with what the portal holds, searches are one indexed query, bad input is harmless."""

from __future__ import annotations

import copy
import logging
import shutil
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import event

from desktop.cache import Cache
from desktop.cache import invoice_queries as iq
from desktop.cache.invoice_queries import Where, build_where, window_sql
from desktop.cache.invoice_text import needs_more_text
from desktop.cache.invoices import Sql
from desktop.domain.invoices import InvoiceQuery, InvoiceSort
from desktop.sync import PortalClient
from tests.desktop_core.conftest import RunningPortal, engine_for, signed_in
from wire import schemas as w


def portal_truth(url: str, username: str = "elise") -> dict[str, dict[str, Any]]:
    """Every invoice the portal gives this user, as the raw JSON it sends."""
    client = signed_in(url, username)
    try:
        found: dict[str, dict[str, Any]] = {}
        cursor: str | None = None
        while True:
            page = client.sync_page("invoices", cursor, 2000)
            for entry in page.items:
                if entry.deleted or entry.data is None:
                    found.pop(entry.id, None)
                else:
                    found[entry.id] = dict(entry.data)  # type: ignore[call-overload]
            cursor = page.next_cursor
            if not page.has_more:
                return found
    finally:
        client.close()


@pytest.fixture(scope="module")
def pulled(
    core_portal: RunningPortal, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, dict[str, Any]]:
    """One real pull for the module's readers: the closed cache file and the portal's truth
    read beside it (the tests below only read a cache, each its own copy of this one)."""
    path = tmp_path_factory.mktemp("pulled") / "cache.sqlite"
    engine = engine_for(core_portal.url, path)
    engine.pull()
    truth = portal_truth(core_portal.url)
    engine.cache.close()
    engine.client.close()
    return path, truth


@pytest.fixture
def synced(
    pulled: tuple[Path, dict[str, Any]], tmp_path: Path
) -> Iterator[tuple[Cache, dict[str, Any]]]:
    source, truth = pulled
    for file in source.parent.glob(source.name + "*"):  # the database and any -wal/-shm
        shutil.copyfile(file, tmp_path / file.name)
    cache = Cache.open(tmp_path / source.name)
    yield cache, copy.deepcopy(truth)
    cache.close()


def ids(cache: Cache, query: InvoiceQuery, sort: InvoiceSort = InvoiceSort.ISSUE_DATE) -> set[str]:
    return {row.id for row in cache.iter_invoices(query, sort)}


def test_counts_and_dashboard_agree_with_the_portal(synced: tuple[Cache, dict[str, Any]]) -> None:
    cache, truth = synced
    assert len(truth) > 100  # the sandbox seeds a few hundred per demo account
    by_status = Counter(i["status"] for i in truth.values())
    assert set(by_status) >= {"paid", "failed", "saved", "on_hold"}
    assert cache.count_invoices(InvoiceQuery()) == len(truth)
    assert cache.invoice_status_counts(InvoiceQuery()) == dict(by_status)

    account = next(iter(truth.values()))["account_id"]
    mine = [i for i in truth.values() if i["account_id"] == account]
    board = cache.invoice_dashboard(account, limit=5)
    failed = sorted(
        (i for i in mine if i["status"] == "failed"),
        key=lambda i: i["issue_date"],
        reverse=True,
    )
    assert board.total == len(mine)
    assert board.failed_count == len(failed)
    assert board.saved_count == sum(1 for i in mine if i["status"] == "saved")
    assert [r.issue_date.isoformat() for r in board.failed] == [i["issue_date"] for i in failed[:5]]
    assert board.latest_failed is not None
    assert board.latest_failed.issue_date.isoformat() == failed[0]["issue_date"]
    per_buyer = Counter(i["buyer_id"] for i in failed)
    assert {b.buyer_id: b.count for b in board.failed_by_buyer} == dict(per_buyer)
    assert all(r.account_id == account and r.status == "saved" for r in board.saved)


def test_search_finds_by_number_po_and_transaction_id(
    synced: tuple[Cache, dict[str, Any]],
) -> None:
    cache, truth = synced
    sample = next(i for i in truth.values() if i["po_number"] and i["transaction_id"])
    number, po, tx = sample["number"], sample["po_number"], sample["transaction_id"]

    def expected(pred: Any) -> set[str]:
        return {
            i["id"]
            for i in truth.values()
            if any(pred(v.upper()) for v in (i["number"], i["po_number"], i["transaction_id"]) if v)
        }

    assert sample["id"] in ids(cache, InvoiceQuery(text=number))
    assert ids(cache, InvoiceQuery(text=number)) == expected(lambda v: number.upper() in v)
    assert ids(cache, InvoiceQuery(text=po)) == expected(lambda v: po.upper() in v)
    assert ids(cache, InvoiceQuery(text=tx.lower())) == expected(lambda v: tx.upper() in v)
    inner = number[-4:]  # an inner fragment: the digits the user remembers
    assert ids(cache, InvoiceQuery(text=inner)) == expected(lambda v: inner.upper() in v)
    short = number[:2]  # 1-2 characters: a prefix
    assert ids(cache, InvoiceQuery(text=short)) == expected(lambda v: v.startswith(short.upper()))
    start = number[: len(number) - 2]
    assert ids(cache, InvoiceQuery(text=start + "*")) == expected(lambda v: v.startswith(start))
    end = number[-3:]
    assert ids(cache, InvoiceQuery(text="*" + end)) == expected(lambda v: v.endswith(end))
    both = f"{number[:3]}*{number[-2:]}"
    assert ids(cache, InvoiceQuery(text=both)) == expected(
        lambda v: v.startswith(number[:3]) and v.endswith(number[-2:])
    )


@pytest.mark.parametrize(
    "text",
    [
        "%",
        "_",
        "'",
        '"',
        "%25",
        "' OR 1=1 --",
        '"; DROP TABLE invoices; --',
        "x" * 10_000,
        "[a-z]*",
        "?",
    ],
)
def test_hostile_text_is_literal(synced: tuple[Cache, dict[str, Any]], text: str) -> None:
    cache, _truth = synced
    query = InvoiceQuery(text=text)
    assert cache.search_invoices(query).rows == ()
    assert cache.count_invoices(query) == 0
    assert cache.invoice_status_counts(query) == {}
    assert cache.count_invoices(InvoiceQuery()) > 0  # nothing was harmed


def test_star_alone_and_blank_find_everything(synced: tuple[Cache, dict[str, Any]]) -> None:
    cache, truth = synced
    assert cache.count_invoices(InvoiceQuery(text="*")) == len(truth)
    assert cache.count_invoices(InvoiceQuery(text="**")) == len(truth)
    assert cache.count_invoices(InvoiceQuery(text="   ")) == len(truth)


SORT_KEYS = {
    InvoiceSort.NUMBER: lambda i: i["number"].upper(),
    InvoiceSort.PO_NUMBER: lambda i: (i["po_number"] or "").upper(),
    InvoiceSort.TRANSACTION_ID: lambda i: (i["transaction_id"] or "").upper(),
    InvoiceSort.ISSUE_DATE: lambda i: i["issue_date"],
    InvoiceSort.DUE_DATE: lambda i: i["due_date"] or "",
    InvoiceSort.AMOUNT: lambda i: float(i["amount"]),
}


@pytest.mark.parametrize("sort", list(SORT_KEYS))
@pytest.mark.parametrize("descending", [False, True])
def test_keyset_windows_cover_every_match_once_in_order(
    synced: tuple[Cache, dict[str, Any]], sort: InvoiceSort, descending: bool
) -> None:
    cache, truth = synced
    query = InvoiceQuery(statuses=("paid", "failed", "on_hold"))
    seen: list[Any] = []
    after = None
    while True:
        window = cache.search_invoices(query, sort, descending, after, limit=37)
        seen.extend(window.rows)
        if window.after is None:
            break
        after = window.after
    wanted = [i for i in truth.values() if i["status"] in query.statuses]
    assert sorted(r.id for r in seen) == sorted(i["id"] for i in wanted)
    keys = [SORT_KEYS[sort](truth[r.id]) for r in seen]
    assert keys == sorted(keys, reverse=descending)


def test_filters_by_status_buyer_account_and_issue_dates(
    synced: tuple[Cache, dict[str, Any]],
) -> None:
    cache, truth = synced
    some = next(i for i in truth.values() if i["status"] == "failed")
    start, end = date(2026, 1, 1), date(2026, 6, 30)
    query = InvoiceQuery(
        statuses=("failed", "paid"),
        buyer_id=some["buyer_id"],
        account_id=some["account_id"],
        issued_from=start,
        issued_to=end,
    )
    wanted = {
        i["id"]
        for i in truth.values()
        if i["status"] in ("failed", "paid")
        and i["buyer_id"] == some["buyer_id"]
        and i["account_id"] == some["account_id"]
        and start.isoformat() <= i["issue_date"] <= end.isoformat()
    }
    for sort in InvoiceSort:
        assert ids(cache, query, sort) == wanted
    assert cache.count_invoices(query) == len(wanted)
    buyers = cache.invoice_buyers(some["account_id"])
    assert (some["buyer_id"], some["buyer_name"]) in buyers
    assert {b for b, _n in buyers} == {
        i["buyer_id"] for i in truth.values() if i["account_id"] == some["account_id"]
    }


def test_detail_has_the_portals_timeline(synced: tuple[Cache, dict[str, Any]]) -> None:
    cache, truth = synced
    sample = max(truth.values(), key=lambda i: len(i["history"]))
    assert len(sample["history"]) >= 2
    detail = cache.invoice(sample["id"])
    assert detail is not None
    assert detail.amount == sample["amount"] and detail.currency == sample["currency"]
    assert [(e.at, e.status, e.note) for e in detail.history] == [
        (w.InvoiceEvent.model_validate(h).at, h["status"], h["note"]) for h in sample["history"]
    ]
    failed = next(i for i in truth.values() if i["status"] == "failed")
    failed_detail = cache.invoice(failed["id"])
    assert failed_detail is not None
    assert failed_detail.failure_reason == failed["failure_reason"]
    assert cache.invoice("no-such-invoice") is None


def test_statuses_moved_on_by_the_sandbox_arrive_on_the_next_sync(
    core_portal: RunningPortal, tmp_path: Path
) -> None:
    engine = engine_for(core_portal.url, tmp_path / "cache.sqlite")
    engine.pull()
    client = engine.client
    assert client.tokens is not None
    answer = requests.post(
        f"{core_portal.url}/v1/sandbox/invoices/advance",
        params={"count": 5},
        headers={"Authorization": f"Bearer {client.tokens.access_token}"},
        timeout=10,
    )
    answer.raise_for_status()
    moved = w.InvoicesAdvanced.model_validate(answer.json()).moved
    assert moved
    before = {m.invoice_id: engine.cache.invoice(m.invoice_id) for m in moved}
    assert all(
        b is not None and b.status == m.before for m, b in zip(moved, before.values(), strict=True)
    )
    engine.pull()
    for m in moved:
        after = engine.cache.invoice(m.invoice_id)
        assert after is not None and after.status == m.after
        assert after.history[-1].status == m.after
    engine.cache.close()


def test_another_suppliers_invoices_never_appear(
    core_portal: RunningPortal, tmp_path: Path
) -> None:
    elise = portal_truth(core_portal.url, "elise")
    engine = engine_for(core_portal.url, tmp_path / "oskar.sqlite", username="oskar")
    engine.pull()
    oskar_accounts = {a.id for a in engine.cache.accounts()}
    rows = list(engine.cache.iter_invoices(InvoiceQuery()))
    assert rows and {r.account_id for r in rows} <= oskar_accounts
    assert not {r.id for r in rows} & set(elise)
    engine.cache.close()


def raw_page(client: PortalClient, limit: int = 50) -> w.SyncPage[Any]:
    return client.sync_page("invoices", None, limit)


def test_malformed_invoices_are_skipped_counted_and_the_rest_stands(
    core_portal: RunningPortal, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    client = signed_in(core_portal.url)
    page = raw_page(client)
    items = [copy.deepcopy(e) for e in page.items]
    bad_amount, bad_currency, bad_date = items[0].data, items[1].data, items[2].data
    bad_amount["amount"] = "12,50 zł"  # type: ignore[index]
    bad_currency["currency"] = "euro"  # type: ignore[index]
    bad_date["issue_date"] = "yesterday"  # type: ignore[index]
    cache = Cache.open(tmp_path / "cache.sqlite")
    with caplog.at_level(logging.WARNING):
        cache.apply_page("invoices", page.model_copy(update={"items": items}))
    assert cache.count_invoices(InvoiceQuery()) == len(items) - 3
    assert cache.invoice(items[0].id) is None and cache.invoice(items[3].id) is not None
    assert cache.invoices_skipped() == 3
    assert cache.cursor("invoices") == page.next_cursor
    assert "skipped 3 malformed" in caplog.text and "12,50" not in caplog.text
    cache.close()
    client.close()


def test_tombstones_delete_and_renumbering_is_found(
    core_portal: RunningPortal, tmp_path: Path
) -> None:
    client = signed_in(core_portal.url)
    page = raw_page(client, 20)
    client.close()
    cache = Cache.open(tmp_path / "cache.sqlite")
    cache.apply_page("invoices", page)  # the last page of a pull: indexed for the search
    first, second = page.items[0], page.items[1]
    assert cache.search_invoices(InvoiceQuery(text=first.data["number"])).rows  # type: ignore[index]
    gone = w.SyncEntry[Any](id=first.id, version=first.version + 1, deleted=True)
    renamed = second.model_copy(
        update={"version": second.version + 1, "data": {**second.data, "number": "RENUMBERED-777"}}  # type: ignore[dict-item]
    )
    cache.apply_page(
        "invoices", w.SyncPage[Any](items=[gone, renamed], next_cursor="x", has_more=False)
    )
    assert cache.invoice(first.id) is None
    assert not cache.search_invoices(InvoiceQuery(text=first.data["number"])).rows  # type: ignore[index]
    assert [r.id for r in cache.search_invoices(InvoiceQuery(text="numbered-7")).rows] == [
        second.id
    ]
    assert not cache.search_invoices(InvoiceQuery(text=second.data["number"])).rows  # type: ignore[index]
    cache.close()


def test_search_is_right_before_the_index_catches_up(
    core_portal: RunningPortal, tmp_path: Path
) -> None:
    """A long first sync leaves the trigram index to batches; searching meanwhile still works."""
    client = signed_in(core_portal.url)
    page = raw_page(client, 60)
    client.close()
    cache = Cache.open(tmp_path / "cache.sqlite")
    cache.apply_page("invoices", page.model_copy(update={"has_more": True}))
    number = page.items[10].data["number"]  # type: ignore[index]
    assert page.items[10].id in {
        r.id for r in cache.search_invoices(InvoiceQuery(text=number)).rows
    }
    assert cache.index_invoices(limit=25) == len(page.items) - 25
    assert cache.index_invoices() == 0
    assert page.items[10].id in {
        r.id for r in cache.search_invoices(InvoiceQuery(text=number)).rows
    }
    cache.close()


PLANS = [
    ("number", InvoiceQuery(text="INV-2026-0001"), InvoiceSort.ISSUE_DATE),
    ("fragment", InvoiceQuery(text="0042"), InvoiceSort.NUMBER),
    ("prefix", InvoiceQuery(text="FV"), InvoiceSort.AMOUNT),
    ("wildcard", InvoiceQuery(text="AOS-ND*12"), InvoiceSort.ISSUE_DATE),
    ("nowhere", InvoiceQuery(text="QQQQQQ"), InvoiceSort.BUYER),
    (
        "status+dates",
        InvoiceQuery(
            statuses=("failed",), issued_from=date(2026, 1, 1), issued_to=date(2026, 3, 1)
        ),
        InvoiceSort.ISSUE_DATE,
    ),
    ("buyer", InvoiceQuery(buyer_id="b-1"), InvoiceSort.DUE_DATE),
]


@pytest.mark.parametrize(("kind", "query", "sort"), PLANS, ids=[p[0] for p in PLANS])
def test_every_search_kind_is_an_indexed_query(
    synced: tuple[Cache, dict[str, Any]], kind: str, query: InvoiceQuery, sort: InvoiceSort
) -> None:
    cache, _truth = synced
    with cache._reader() as s:  # noqa: SLF001 - the plan of the very statement the cache runs
        sql = Sql(s)
        statement, params = window_sql(sql, query, sort, True, None, 200)
        plan = " | ".join(row[3] for row in sql.execute(f"EXPLAIN QUERY PLAN {statement}", params))
        where: Where = build_where(sql, query)
        count_plan = " | ".join(
            row[3]
            for row in sql.execute(
                f"EXPLAIN QUERY PLAN SELECT count(*) FROM invoices{where.sql()}", where.params
            )
        )
    for text in (plan, count_plan):
        assert "SCAN invoices" not in text, (kind, text)  # no walk over every invoice
        assert "SEARCH invoices" in text or "invoice_fts" in text, (kind, text)


@pytest.mark.parametrize("text", ["45", "TX-", "TX-*", "*TX-*", "4*"])
def test_broad_texts_walk_the_orders_index_with_the_same_answer(
    synced: tuple[Cache, dict[str, Any]], monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    """A text matching many invoices is checked row by row along the sort's index: the same
    rows, in the same order, window after window, as when its matches are sorted."""
    cache, _truth = synced

    def windows() -> list[str]:
        seen: list[str] = []
        after = None
        while True:
            window = cache.search_invoices(
                InvoiceQuery(text=text), InvoiceSort.AMOUNT, True, after, 23
            )
            seen.extend(r.id for r in window.rows)
            if window.after is None:
                return seen
            after = window.after

    sorted_matches = windows()
    monkeypatch.setattr(iq, "BROAD_TEXT", 3)  # broad: more than sqrt(invoices * window) matches
    with cache._reader() as s:  # noqa: SLF001
        statement, params = window_sql(
            Sql(s), InvoiceQuery(text=text), InvoiceSort.AMOUNT, True, None, 23
        )
    assert "+upper(number) GLOB" in statement
    assert len(sorted_matches) > 23 and windows() == sorted_matches


def test_a_count_no_longer_wanted_stops(
    synced: tuple[Cache, dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The user typed on: the count for the old text stops instead of burning the CPU."""
    cache, truth = synced
    monkeypatch.setattr(iq, "PROGRESS_STEPS", 50)
    query = InvoiceQuery(text="*TX-*")  # nearly every invoice matches: a long count
    with pytest.raises(iq.Stale):
        cache.count_invoices(query, stale=lambda: True)
    with pytest.raises(iq.Stale):
        cache.invoice_status_counts(query, stale=lambda: True)
    wanted = sum(
        1
        for i in truth.values()
        if any("TX-" in (v or "") for v in (i["number"], i["po_number"], i["transaction_id"]))
    )
    assert cache.count_invoices(query, stale=lambda: False) == wanted
    assert cache.count_invoices(query) == wanted  # the connection is not left stopping


@pytest.mark.parametrize("text", ["*7", "*0*", "*12*34", "**5", "*ab*"])
def test_a_pattern_no_index_narrows_answers_nothing_at_once(
    synced: tuple[Cache, dict[str, Any]], text: str
) -> None:
    """`*7`: no start, no three characters in a row: it would read and count every invoice;
    nothing is read, and the page asks for more text (needs_more_text)."""
    cache, _truth = synced
    query = InvoiceQuery(text=text)
    assert needs_more_text(text)
    assert cache.search_invoices(query).rows == ()
    assert cache.count_invoices(query) == 0
    assert cache.invoice_status_counts(query) == {}
    with cache._reader() as s:  # noqa: SLF001
        where = build_where(Sql(s), query)
    assert where.nothing


@pytest.mark.parametrize("text", ["*", "INV*", "*123", "1*", "*12*345", "*TX-*", "ab"])
def test_patterns_an_index_narrows_are_searched(text: str) -> None:
    assert not needs_more_text(text)


def test_an_exact_term_asks_the_trigram_index_once(synced: tuple[Cache, dict[str, Any]]) -> None:
    """The probe that decides how to answer finds the few matches; the window reuses them."""
    cache, truth = synced
    number = next(iter(truth.values()))["number"]
    statements: list[str] = []

    def seen(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    event.listen(cache._engine, "before_cursor_execute", seen)  # noqa: SLF001
    try:
        window = cache.search_invoices(InvoiceQuery(text=number))
    finally:
        event.remove(cache._engine, "before_cursor_execute", seen)  # noqa: SLF001
    assert number in {row.number for row in window.rows}
    assert sum("MATCH" in statement for statement in statements) == 1, statements
