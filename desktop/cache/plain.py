"""The cache's start-up reads and its open/close marker over plain sqlite3, no SQLAlchemy.

The window's first frame (the accounts, the last sync, the queued requests) and Home's figures
(the invoice dashboard, the support requests, the drafts) are read through these, so a start
shows a filled Home before SQLAlchemy is imported: the ORM is made when a write, a sync or
another page first needs it (`Cache._orm`). Standard library and domain types only.
"""

from __future__ import annotations

import contextlib
import json
import logging
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from desktop.domain import types as d

from .migrations import check_marker

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000
# SQLite's primary result codes for a damaged file.
SQLITE_CORRUPT = 11
SQLITE_NOTADB = 26
PENDING_OUTBOX = ("queued", "sending")


def damaged(exc: BaseException) -> bool:
    """An SQLite error that says the file is damaged."""
    code = getattr(exc, "sqlite_errorcode", None)
    return (
        isinstance(exc, sqlite3.DatabaseError)
        and code is not None
        and code & 0xFF in (SQLITE_CORRUPT, SQLITE_NOTADB)
    )


def note_damage(path: Path, exc: BaseException) -> None:
    """A damaged page met by a read (a large file is not checked at every open): the next open
    checks the file in full, and moves it aside with a word to the user."""
    if damaged(exc):
        log.warning("the cache file is damaged; it is checked at the next start")
        with contextlib.suppress(OSError):
            check_marker(path).touch()


@contextlib.contextmanager
def transaction(path: Path, *, write: bool = False) -> Iterator[sqlite3.Connection]:
    """One short connection and one transaction (a read sees one snapshot; a write takes the
    write lock up front), closed after."""
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    try:
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if not write:
            conn.execute("PRAGMA query_only=ON")
        conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        note_damage(path, exc)
        raise
    finally:
        conn.close()


def set_meta(conn: sqlite3.Connection, key: str, value: str | None) -> None:
    """`meta`'s `key` set to `value`, or removed (None)."""
    if value is None:
        conn.execute("DELETE FROM meta WHERE key = ?", (key,))
    else:
        conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )


def utc(value: object) -> datetime:
    """A DateTime column (stored as naive UTC text) as an aware UTC datetime."""
    return datetime.fromisoformat(str(value)).replace(tzinfo=UTC)


def history_from_json(text: str) -> tuple[d.HistoryEntry, ...]:
    out = []
    for raw in json.loads(text or "[]"):
        at = datetime.fromisoformat(raw["at"])
        if at.tzinfo is None:  # written naive by an older version: it was UTC
            at = at.replace(tzinfo=UTC)
        out.append(d.HistoryEntry(at=at, event=raw["event"], detail=raw.get("detail")))
    return tuple(out)


def accounts(conn: sqlite3.Connection) -> list[d.Account]:
    rows = conn.execute(
        "SELECT id, network_number, name, country, is_test FROM accounts ORDER BY is_test, name"
    ).fetchall()
    return [
        d.Account(id=i, network_number=n, name=name, country=c, is_test=bool(t))
        for i, n, name, c, t in rows
    ]


def last_synced_at(conn: sqlite3.Connection) -> datetime | None:
    found = conn.execute("SELECT value FROM meta WHERE key = 'last_synced_at'").fetchone()
    return datetime.fromisoformat(found[0]) if found and found[0] else None


def outbox_count(conn: sqlite3.Connection) -> int:
    """How many requests still wait to be sent."""
    marks = ", ".join("?" for _ in PENDING_OUTBOX)
    found = conn.execute(
        f"SELECT count(*) FROM outbox WHERE state IN ({marks})", PENDING_OUTBOX
    ).fetchone()
    return int(found[0])


def tickets(conn: sqlite3.Connection) -> list[d.TicketRow]:
    """Every support request, the newest first."""
    rows = conn.execute(
        "SELECT number, account_id, buyer_id, buyer_name, request_id, state, resolution, "
        "subject, created_at, updated_at, history FROM tickets ORDER BY created_at DESC"
    ).fetchall()
    return [
        d.TicketRow(
            number=number,
            account_id=account_id,
            buyer_id=buyer_id,
            buyer_name=buyer_name,
            request_id=request_id,
            state=d.TicketState(state),
            resolution=resolution,
            subject=subject,
            created_at=utc(created),
            updated_at=utc(updated),
            history=history_from_json(history),
        )
        for (
            number,
            account_id,
            buyer_id,
            buyer_name,
            request_id,
            state,
            resolution,
            subject,
            created,
            updated,
            history,
        ) in rows
    ]
