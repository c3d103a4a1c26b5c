"""Writing invoices into the cache: one sync page in bulk (executemany), malformed ones skipped.

The portal's invoice pages reach here as raw JSON dicts (the client does not parse them), so
one bad invoice cannot fail a page: each is checked by hand here (far cheaper than a pydantic
model per row, which a first sync of a million invoices could not afford), and the invalid
ones are counted in the log and in `meta` (never their contents).
"""

from __future__ import annotations

import json
import logging
import re
import sqlite3
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime
from functools import lru_cache
from operator import itemgetter
from typing import Any, Protocol

from pydantic import BaseModel
from sqlalchemy.orm import Session

from desktop.domain import types as d
from desktop.domain.invoices import INVOICE_STATUSES
from wire import schemas as w
from wire.collections import Collection
from wire.text import fold

log = logging.getLogger(__name__)

_DAY_RE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_UTC_RE = re.compile(
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?(Z|\+00:00)$"
)
STATUS_RANK = {status: rank for rank, status in enumerate(INVOICE_STATUSES)}
SKIPPED_KEY = "invoices_skipped"
# New invoices indexed for the search in the last page of a pull (an incremental sync's all);
# the rest of a long first sync's, in batches afterwards (AppContext.index_invoices calls
# Cache.index_invoices): each batch one short write transaction on the serial lane.
INDEX_AFTER_SYNC = 20_000
INDEX_BATCH = 20_000
# A first sync with at least this many invoices still to come builds its indexes at the end.
DEFER_INDEXES_FROM = 50_000
DEFERRED_KEY = "invoice_indexes_deferred"

_UPSERT = """
INSERT INTO invoices (
    id, account_id, buyer_id, buyer_name, buyer_key, number, po_number, transaction_id,
    issue_date, due_date, amount, amount_value, currency, status, status_rank,
    failure_code, failure_reason, updated_at, version
) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT(id) DO UPDATE SET
    account_id = excluded.account_id, buyer_id = excluded.buyer_id,
    buyer_name = excluded.buyer_name, buyer_key = excluded.buyer_key,
    number = excluded.number, po_number = excluded.po_number,
    transaction_id = excluded.transaction_id, issue_date = excluded.issue_date,
    due_date = excluded.due_date, amount = excluded.amount,
    amount_value = excluded.amount_value, currency = excluded.currency,
    status = excluded.status, status_rank = excluded.status_rank,
    failure_code = excluded.failure_code, failure_reason = excluded.failure_reason,
    updated_at = excluded.updated_at, version = excluded.version
"""
_DELETE_EVENTS = "DELETE FROM invoice_events WHERE invoice_id = ?"
_INSERT_EVENT = (
    "INSERT INTO invoice_events (invoice_id, position, at, status, note) VALUES (?, ?, ?, ?, ?)"
)
_DELETE = "DELETE FROM invoices WHERE id = ?"

InvoiceValues = tuple[Any, ...]
EventValues = tuple[str, int, str, str, str | None]


class Malformed(ValueError):
    """An invoice the cache will not keep (its contents are never logged)."""


def _text(data: Mapping[str, Any], key: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value:
        raise Malformed(key)
    return value


def _optional(data: Mapping[str, Any], key: str) -> str | None:
    value = data.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise Malformed(key)
    return value


def _day(value: object, key: str) -> str:
    if isinstance(value, date):
        return value.isoformat()
    if not isinstance(value, str) or not _DAY_RE.match(value):
        raise Malformed(key)
    try:
        date.fromisoformat(value)
    except ValueError as exc:
        raise Malformed(key) from exc
    return value


def _moment(value: object, key: str) -> str:
    """An aware time as naive-UTC ISO text (what the rest of the cache stores)."""
    if isinstance(value, str) and _UTC_RE.match(value):
        return value[:-1] if value.endswith("Z") else value[:-6]  # the portal's own form
    try:
        at = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    except ValueError as exc:
        raise Malformed(key) from exc
    if at.tzinfo is None:
        raise Malformed(key)
    return at.astimezone(UTC).replace(tzinfo=None).isoformat()


@lru_cache(maxsize=65536)
def _buyer_key(name: str) -> str:
    return fold(name)


def invoice_values(
    data: Mapping[str, Any], version: int
) -> tuple[InvoiceValues, list[EventValues]]:
    """The row and its events for one wire invoice; Malformed when the cache must skip it."""
    amount = data.get("amount")
    if w.invoice_amount_problem(amount):
        raise Malformed("amount")
    currency = data.get("currency")
    if not isinstance(currency, str) or not w.CURRENCY_RE.match(currency):
        raise Malformed("currency")
    status = data.get("status")
    rank = STATUS_RANK.get(status) if isinstance(status, str) else None
    if rank is None:
        raise Malformed("status")
    invoice_id = _text(data, "id")
    buyer_name = _text(data, "buyer_name")
    due = data.get("due_date")
    row = (
        invoice_id,
        _text(data, "account_id"),
        _text(data, "buyer_id"),
        buyer_name,
        _buyer_key(buyer_name),
        _text(data, "number"),
        _optional(data, "po_number"),
        _optional(data, "transaction_id"),
        _day(data.get("issue_date"), "issue_date"),
        _day(due, "due_date") if due else "",
        amount,
        float(amount),  # type: ignore[arg-type]
        currency,
        status,
        rank,
        _optional(data, "failure_code"),
        _optional(data, "failure_reason"),
        _moment(data.get("updated_at"), "updated_at"),
        version,
    )
    history = data.get("history") or []
    if not isinstance(history, list):
        raise Malformed("history")
    events: list[EventValues] = []
    portal_form = _UTC_RE.match
    for position, event in enumerate(history):
        # A dict and the portal's own time form first: the common case without calls
        # (a million invoices bring about 3.5 million events); the checks are the same.
        if type(event) is not dict and not isinstance(event, Mapping):
            raise Malformed("history")
        event_status = event.get("status")
        if event_status not in STATUS_RANK:
            raise Malformed("history")
        at = event.get("at")
        if type(at) is str and portal_form(at):
            at = at[:-1] if at[-1] == "Z" else at[:-6]
        else:
            at = _moment(at, "history")
        note = event.get("note")
        if note is not None and (type(note) is not str or not note):
            note = _optional(event, "note")
        events.append((invoice_id, position, at, str(event_status), note))
    return row, events


def _plain(data: Any) -> Mapping[str, Any] | None:
    if type(data) is dict:  # as the client hands them (raw JSON objects)
        return data
    if isinstance(data, BaseModel):
        return data.model_dump(mode="json")
    return data if isinstance(data, Mapping) else None


class Executes(Protocol):
    """Sql below, or a plain sqlite3.Connection (the bench's generator)."""

    def execute(self, sql: str, params: Any = ..., /) -> Any: ...


class Sql:
    """Driver-level SQL on the session's connection, in its transaction (executemany for bulk),
    still seen by SQLAlchemy's events (the tests' check that the GUI thread runs none)."""

    def __init__(self, s: Session) -> None:
        self._conn = s.connection()

    def execute(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> Any:
        return self._conn.exec_driver_sql(
            sql, params if isinstance(params, Mapping) else tuple(params)
        )

    def raw(self) -> sqlite3.Connection:
        conn = self._conn.connection.driver_connection
        assert isinstance(conn, sqlite3.Connection)
        return conn

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        self._conn.exec_driver_sql(sql, list(rows))


def raw_connection(s: Session) -> Sql:
    return Sql(s)


def apply_invoices(s: Session, page: w.SyncPage[Any]) -> tuple[set[str], int]:
    """Upsert the page's invoices (their events replaced), delete its tombstones.

    Returns the ids touched and how many were skipped as malformed."""
    rows: list[InvoiceValues] = []
    events: list[EventValues] = []
    gone: list[tuple[str]] = []
    touched: set[str] = set()
    skipped = 0
    for entry in page.items:
        if entry.deleted or entry.data is None:
            gone.append((entry.id,))
            touched.add(entry.id)
            continue
        data = _plain(entry.data)
        try:
            if data is None:
                raise Malformed("data")
            row, row_events = invoice_values(data, entry.version)
        except (Malformed, TypeError, ValueError, ArithmeticError):
            skipped += 1
            continue
        rows.append(row)
        events.extend(row_events)
        touched.add(row[0])
    conn = raw_connection(s)
    from .bulk_writes import make_room

    make_room(s, len(page.items))
    if gone:
        conn.executemany(_DELETE, gone)
    if rows:
        # In id order: each index's leaves are then visited in order, not at random.
        rows.sort(key=itemgetter(0))
        events.sort(key=itemgetter(0, 1))
        conn.executemany(_DELETE_EVENTS, [(row[0],) for row in rows])
        conn.executemany(_UPSERT, rows)
        conn.executemany(_INSERT_EVENT, events)
    if skipped:
        log.warning("sync: skipped %d malformed invoice(s) of %d", skipped, len(page.items))
        conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET "
            "value = CAST(CAST(meta.value AS INTEGER) + CAST(excluded.value AS INTEGER) AS TEXT)",
            (SKIPPED_KEY, str(skipped)),
        )
    return touched, skipped


def changes(touched: set[str]) -> d.ChangeSet:
    return d.ChangeSet(ids={Collection.INVOICES: frozenset(touched)} if touched else {})


def index_pending(conn: Executes, limit: int) -> int:
    """Put up to `limit` not yet indexed invoices into the trigram index; how many remain.

    A first sync writes the rows fast and leaves this to batches afterwards: searches are
    right meanwhile (rows above the index's mark are checked one by one), only slower."""
    upto = int(conn.execute("SELECT upto FROM invoice_fts_state").fetchone()[0])
    top = conn.execute(
        "SELECT max(seq) FROM (SELECT seq FROM invoices WHERE seq > ? ORDER BY seq LIMIT ?)",
        (upto, int(limit)),
    ).fetchone()[0]
    if top is None:
        return 0
    conn.execute(
        "INSERT INTO invoice_fts (rowid, number, po_number, transaction_id) "
        "SELECT seq, number, po_number, transaction_id FROM invoices WHERE seq > ? AND seq <= ?",
        (upto, top),
    )
    conn.execute("UPDATE invoice_fts_state SET upto = ?", (top,))
    return int(conn.execute("SELECT count(*) FROM invoices WHERE seq > ?", (top,)).fetchone()[0])


def indexes_deferred(conn: Executes) -> bool:
    return conn.execute("SELECT 1 FROM meta WHERE key = ?", (DEFERRED_KEY,)).fetchone() is not None


def defer_indexes(conn: Executes) -> None:
    """Drop the invoices' secondary indexes for a long first sync, keeping their SQL in `meta`
    (in the caller's transaction): rows then land at the end of the table and of its unique
    id index only, about three times as fast as into twelve indexes with random keys."""
    found = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'invoices' "
        "AND sql IS NOT NULL ORDER BY name"
    ).fetchall()
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?)",
        (DEFERRED_KEY, json.dumps([sql for _name, sql in found])),
    )
    for name, _sql in found:
        conn.execute(f'DROP INDEX "{name}"')


def restore_indexes(conn: Executes) -> bool:
    """Build the indexes a first sync deferred (a few seconds at a million invoices); True
    when there were any. Run at the end of the pull, after a stopped one, and at open."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (DEFERRED_KEY,)).fetchone()
    if row is None:
        return False
    for sql in json.loads(row[0]):
        conn.execute(re.sub(r"^CREATE INDEX ", "CREATE INDEX IF NOT EXISTS ", sql))
    conn.execute("DELETE FROM meta WHERE key = ?", (DEFERRED_KEY,))
    log.info("invoice indexes built after a first sync")
    return True


def _first_long_sync(conn: Executes, page: w.SyncPage[Any]) -> bool:
    if not page.has_more or (page.remaining or 0) < DEFER_INDEXES_FROM:
        return False
    if indexes_deferred(conn):
        return False
    return conn.execute("SELECT 1 FROM invoices LIMIT 1").fetchone() is None


def apply_invoice_page(s: Session, page: w.SyncPage[Any]) -> d.ChangeSet:
    """The page's invoices and its next cursor, in the caller's transaction. A first sync of
    many invoices defers the secondary indexes until its last page; the last page of a pull
    also indexes up to INDEX_AFTER_SYNC new invoices for the search."""
    if _first_long_sync(raw_connection(s), page):
        defer_indexes(raw_connection(s))
    touched, _skipped = apply_invoices(s, page)
    if not page.has_more:
        restore_indexes(raw_connection(s))
        index_pending(raw_connection(s), INDEX_AFTER_SYNC)
    raw_connection(s).execute(
        "INSERT INTO sync_cursors (collection, cursor) VALUES ('invoices', ?) "
        "ON CONFLICT(collection) DO UPDATE SET cursor = excluded.cursor",
        (page.next_cursor,),
    )
    return changes(touched)
