"""The cache on a real SQLite file: schema versions, bad files, pages, search, outbox."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.exc import DatabaseError

from desktop.cache import (
    SCHEMA_VERSION,
    Cache,
    CacheCorrupt,
    CacheTooNew,
    cache_path_for,
    migrations,
)
from desktop.cache.migrations import MIGRATIONS
from desktop.domain.types import RequestDraft, RequestItemState
from wire import schemas as w

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)


def buyer(id_: str, name: str, **kw: Any) -> w.Buyer:
    kw.setdefault("network_number", "AAA" + hashlib.sha1(id_.encode()).hexdigest()[:9])
    kw.setdefault("country", "PL")
    return w.Buyer(id=id_, name=name, **kw)


def rel_page(rels: list[tuple[str, w.Buyer]], cursor: str, deleted: tuple[str, ...] = ()) -> Any:
    items: list[w.SyncEntry[w.Relationship]] = [
        w.SyncEntry[w.Relationship](
            id=rid,
            version=1,
            data=w.Relationship(id=rid, status="active", account_id="a1", buyer=b, updated_at=NOW),
        )
        for rid, b in rels
    ]
    items += [w.SyncEntry[w.Relationship](id=rid, version=2, deleted=True) for rid in deleted]
    return w.SyncPage[w.Relationship](items=items, next_cursor=cursor, has_more=False)


@pytest.fixture
def cache(tmp_path: Path):
    c = Cache.open(tmp_path / "c.sqlite")
    yield c
    c.close()


def test_new_cache_is_wal_with_foreign_keys(tmp_path: Path, cache: Cache) -> None:
    assert cache.schema_version() == SCHEMA_VERSION
    conn = sqlite3.connect(cache.path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_cache_path_is_per_portal_and_user_and_holds_no_names(tmp_path: Path) -> None:
    a = cache_path_for(tmp_path, "https://portal.example/", "elise")
    assert a == cache_path_for(tmp_path, "https://portal.example", "Elise")
    assert a != cache_path_for(tmp_path, "https://portal.example", "oskar")
    assert a != cache_path_for(tmp_path, "https://other.example", "elise")
    assert "elise" not in a.name and "example" not in a.name


def test_page_rows_cursor_and_tombstones(cache: Cache) -> None:
    b1, b2 = buyer("b1", "Alpha"), buyer("b2", "Beta")
    change = cache.apply_page("relationships", rel_page([("r1", b1), ("r2", b2)], "5"))
    assert change.collections == {"relationships"}
    assert change.ids["relationships"] == {"r1", "r2"}
    assert cache.cursor("relationships") == "5"
    assert [r.id for r in cache.relationships()] == ["r1", "r2"]
    cache.apply_page("relationships", rel_page([], "7", deleted=("r1",)))
    assert [r.id for r in cache.relationships()] == ["r2"]
    assert cache.cursor("relationships") == "7"
    assert cache.relationship_status("a1", "b2") == "active"
    assert cache.relationship_status("a1", "b1") is None


def test_search_folds_case_diacritics_and_numbers(cache: Cache) -> None:
    lodz = buyer(
        "b1", "Łódź Żółta Sp. z o.o.", vat_number="PL 526-000-12-46", network_number="AAA123456789"
    )
    cache.apply_page("relationships", rel_page([("r1", lodz), ("r2", buyer("b2", "Other"))], "1"))
    for text in ("lodz", "ŁÓDŹ", "zolta", "5260001246", "pl5260001246", "AAA123456", "aaa123456"):
        assert [e.id for e in cache.search_buyers(text)] == ["b1"], text
    assert cache.search_buyers("nothing like it") == []
    assert cache.search_buyers("%") == []  # LIKE wildcards are text, not patterns


def test_migrates_a_v1_cache_made_by_hand_without_losing_rows(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    MIGRATIONS[0](conn)  # the v1 schema exactly as the first release wrote it
    conn.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    conn.execute("INSERT INTO meta VALUES ('last_synced_at', '2026-01-02T03:04:05+00:00')")
    conn.execute("INSERT INTO sync_cursors VALUES ('relationships', '42')")
    conn.execute("INSERT INTO accounts VALUES ('a1', 'AAA000000001', 'Adams', 'IT', 0, 1)")
    conn.execute(
        "INSERT INTO buyers VALUES ('b1', 'Łódź Żółta', 'AAA000000777', 'PL5260001246', 'PL', NULL, NULL, 0)"
    )
    conn.execute(
        "INSERT INTO relationships VALUES ('r1', 'active', '2026-01-01', 'V1', 'a1', 'b1', "
        "'2026-01-01 00:00:00.000000', 3)"
    )
    conn.execute("COMMIT")
    conn.close()

    cache = Cache.open(path)
    try:
        assert cache.schema_version() == SCHEMA_VERSION
        assert cache.cursor("relationships") == "42"
        assert cache.last_synced_at() == datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
        [row] = cache.relationships()
        assert (row.id, row.account_name, row.buyer.name, row.vendor_code) == (
            "r1",
            "Adams",
            "Łódź Żółta",
            "V1",
        )
        assert [e.id for e in cache.search_buyers("lodz")] == ["b1"]  # backfilled
    finally:
        cache.close()


def test_not_sqlite_is_corrupt_and_left_in_place(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    path.write_bytes(b"this is not a database at all" * 100)
    before = path.read_bytes()
    with pytest.raises(CacheCorrupt):
        Cache.open(path)
    assert path.read_bytes() == before
    moved = Cache.quarantine(path)
    assert not path.exists() and moved.read_bytes() == before
    assert moved.name.startswith("c.sqlite.corrupt-")
    Cache.open(path).close()  # a fresh start works


def test_damaged_pages_are_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    cache = Cache.open(path)
    cache.apply_page(
        "relationships",
        rel_page([(f"r{i}", buyer(f"b{i}", f"Buyer {i}")) for i in range(300)], "1"),
    )
    cache.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 2, len(data), 4096):  # scribble over every page after the first two
        data[offset : offset + 64] = b"\xde\xad\xbe\xef" * 16
    path.write_bytes(bytes(data))
    with pytest.raises(CacheCorrupt):
        Cache.open(path)


def _scribble_over(path: Path, table: str) -> None:
    """Damage every page of `table` (and only those), as a failing disk would."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    pages = [p for (p,) in conn.execute("SELECT pageno FROM dbstat WHERE name = ?", (table,))]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    assert pages
    data = bytearray(path.read_bytes())
    for page in pages:
        offset = (page - 1) * size
        data[offset : offset + size] = b"\xde\xad\xbe\xef" * (size // 4)
    path.write_bytes(bytes(data))


def _cache_with_relationships(path: Path) -> None:
    cache = Cache.open(path)
    cache.apply_page(
        "relationships",
        rel_page([(f"r{i}", buyer(f"b{i}", f"Buyer {i}")) for i in range(300)], "1"),
    )
    cache.close()


def test_a_large_cache_closed_cleanly_opens_without_the_full_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past FULL_CHECK_BELOW, a clean Cache.close() spares the next open the quick_check
    (seconds for a million invoices); the damage a check would find shows when SQLite reads
    the damaged page: that read fails, and the next start checks the file and refuses it."""
    monkeypatch.setattr(migrations, "FULL_CHECK_BELOW", 0)  # every file counts as large
    path = tmp_path / "c.sqlite"
    _cache_with_relationships(path)
    _scribble_over(path, "relationships")
    cache = Cache.open(path)  # no full check: opens at once
    try:
        assert cache.accounts() == []  # pages not damaged read as ever
        with pytest.raises(DatabaseError):
            cache.relationships()  # the damaged page: this read fails
        assert migrations.check_marker(path).exists()
    finally:
        cache.close()
    with pytest.raises(CacheCorrupt):
        Cache.open(path)  # the read asked for the check: refused at the next start
    moved = Cache.quarantine(path)
    assert not migrations.check_marker(path).exists()
    assert moved.exists()
    Cache.open(path).close()


def test_a_large_cache_after_an_unclean_end_is_checked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(migrations, "FULL_CHECK_BELOW", 0)
    path = tmp_path / "c.sqlite"
    _cache_with_relationships(path)
    cache = Cache.open(path)
    cache._engine.dispose()  # noqa: SLF001 - the app died: Cache.close() never ran
    _scribble_over(path, "relationships")
    with pytest.raises(CacheCorrupt):
        Cache.open(path)


def test_a_clean_end_is_recorded_and_a_session_marks_the_file_open(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    cache = Cache.open(path)

    def session_open() -> bool:
        conn = sqlite3.connect(path)
        try:
            key = migrations.SESSION_KEY
            return conn.execute("SELECT 1 FROM meta WHERE key = ?", (key,)).fetchone() is not None
        finally:
            conn.close()

    assert session_open()
    cache.close()
    assert not session_open()


def test_damage_found_at_start_is_told_in_the_users_language(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app's own opening (desktop.app.cache_open): the damaged file moved aside, a fresh
    cache, and the user told why in Polish, with no class name or traceback."""
    from desktop.app.cache_open import open_cache
    from desktop.app.i18n import Translations

    monkeypatch.setattr(migrations, "FULL_CHECK_BELOW", 0)
    path = tmp_path / "c.sqlite"
    _cache_with_relationships(path)
    _scribble_over(path, "relationships")
    cache = Cache.open(path)
    with pytest.raises(DatabaseError):
        cache.relationships()
    cache.close()
    told: list[tuple[str, str]] = []
    translations = Translations()
    translations.install("pl")
    try:
        fresh = open_cache(path, lambda title, text: told.append((title, text)))
    finally:
        translations.remove()
    try:
        assert fresh.relationships() == []
    finally:
        fresh.close()
    [(title, text)] = told
    assert title != "Local data damaged" and "Corrupt" not in text and "Error" not in text
    moved = next(tmp_path.glob("c.sqlite.corrupt-*Z"))
    assert moved.name in text


def test_foreign_sqlite_file_is_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE something_else (x)")
    conn.commit()
    conn.close()
    with pytest.raises(CacheCorrupt):
        Cache.open(path)


def test_too_new_cache_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    conn.execute("INSERT INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION + 1),))
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(CacheTooNew):
        Cache.open(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.sqlite"]  # no -wal, no -shm


def _ticket(number: str, state: str) -> w.SyncPage[w.Ticket]:
    t = w.Ticket(
        number=number,
        account_id="a1",
        buyer_id="b1",
        buyer_name="Alpha",
        state=state,  # type: ignore[arg-type]
        subject="Connect",
        created_at=NOW,
        updated_at=NOW,
        history=[w.HistoryEntry(at=NOW, event="opened")],
    )
    return w.SyncPage[w.Ticket](
        items=[w.SyncEntry[w.Ticket](id=number, version=1, data=t)], next_cursor="1", has_more=False
    )


def test_resolved_tickets_are_those_that_moved(cache: Cache) -> None:
    assert (
        cache.apply_page("tickets", _ticket("T-1", "resolved")).resolved_tickets == ()
    )  # first sight
    assert cache.apply_page("tickets", _ticket("T-2", "open")).resolved_tickets == ()
    [moved] = cache.apply_page("tickets", _ticket("T-2", "resolved")).resolved_tickets
    assert moved.number == "T-2" and moved.history[0].event == "opened"
    assert cache.apply_page("tickets", _ticket("T-2", "resolved")).resolved_tickets == ()
    assert {t.number for t in cache.tickets()} == {"T-1", "T-2"}


def test_outbox_shows_queued_and_failed_requests(cache: Cache, tmp_path: Path) -> None:
    cache.apply_page("relationships", rel_page([("r1", buyer("b1", "Alpha"))], "1"))
    doc = tmp_path / "doc.pdf"
    doc.write_bytes(b"%PDF-1.7\n%%EOF\n")
    first = cache.enqueue_request(RequestDraft("a1", ("b1", "b9"), "V", "n"), doc)
    second = cache.enqueue_request(RequestDraft("a1", ("b2",)), None)
    items = cache.outbox()
    assert [i.local_id for i in items] == [first, second]
    assert cache.outbox_count() == 2
    assert items[0].idempotency_key != items[1].idempotency_key
    assert items[0].attachment_sha256 == hashlib.sha256(doc.read_bytes()).hexdigest()
    assert cache.attachment_bytes(first) == doc.read_bytes()
    cache.mark_failed(second, "unknown_buyer")
    rows = cache.connection_requests()
    assert [(r.local_id, r.state) for r in rows] == [(second, "failed"), (first, "queued")]
    assert rows[0].error == "unknown_buyer"
    assert (
        rows[1].items[0].buyer_name == "Alpha" and rows[1].items[0].state == RequestItemState.QUEUED
    )
    assert rows[1].attachment_name == "doc.pdf"
    assert cache.open_request_for("a1", "b1") is not None
    assert cache.open_request_for("a1", "b2") is None  # failed: not waiting
    assert [i.local_id for i in cache.outbox()] == [first]
    assert cache.outbox_count() == 1


def test_a_replayed_answer_never_overwrites_a_newer_pull(cache: Cache) -> None:
    def request(state: str, item_state: str) -> w.ConnectionRequest:
        item = w.ConnectionRequestItem(
            buyer_id="b1",
            buyer_name="Alpha",
            buyer_network_number="AAA000000001",
            buyer_country="PL",
            state=item_state,  # type: ignore[arg-type]
            outcome="ticket_opened",
            ticket_number="T-9",
        )
        return w.ConnectionRequest(
            id="cr1",
            account_id="a1",
            state=state,
            created_at=NOW,
            updated_at=NOW,
            items=[item],  # type: ignore[arg-type]
        )

    local_id = cache.enqueue_request(RequestDraft("a1", ("b1",)), None)
    newer = w.SyncPage[w.ConnectionRequest](
        items=[
            w.SyncEntry[w.ConnectionRequest](
                id="cr1", version=5, data=request("completed", "connected")
            )
        ],
        next_cursor="5",
        has_more=False,
    )
    cache.apply_page("connection-requests", newer)
    cache.mark_sent(local_id, request("open", "ticket_opened"))  # the first answer, replayed
    [row] = cache.connection_requests()
    assert (row.local_id, row.state, row.items[0].state) == (local_id, "completed", "connected")


def test_readers_and_a_writer_in_threads(cache: Cache) -> None:
    import threading

    errors: list[BaseException] = []

    def write() -> None:
        try:
            for n in range(30):
                rels = [(f"r{n}-{i}", buyer(f"b{n}-{i}", f"Łódź {n} {i}")) for i in range(10)]
                cache.apply_page("relationships", rel_page(rels, str(n)))
        except BaseException as exc:
            errors.append(exc)

    def read() -> None:
        try:
            for _ in range(30):
                cache.relationships()
                cache.search_buyers("lodz")
                cache.connection_requests()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=write)] + [threading.Thread(target=read) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(cache.relationships()) == 300 and cache.cursor("relationships") == "29"
