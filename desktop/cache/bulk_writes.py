"""Room for a write transaction of many rows (a sync page of hundreds of invoices or
relationships), given back when its connection returns to the pool.

A page of random ids (UUIDs) touches a leaf of every index per row: with SQLite's default
2 MB page cache the transaction spills pages to the WAL before its commit and reads them
back, and a checkpoint (two fsyncs) follows nearly every commit. For such a transaction the
writer's connection gets a larger page cache and checkpoints every CHECKPOINT_PAGES pages of
WAL instead of 1,000; `give_back` (the pool's checkin, `store._make_engine`) restores both,
so readers and small writes keep SQLite's defaults. Crash-safety is SQLite's own (WAL,
synchronous=NORMAL): only how often the WAL is copied back changes.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

BULK_ROWS = 500  # a page with at least this many rows is written with room
CACHE_KIB = 32 * 1024
CHECKPOINT_PAGES = 8192  # 32 MiB of WAL at 4 KiB pages
DEFAULT_CACHE_KIB = 2000  # SQLite's default (-2000)
DEFAULT_CHECKPOINT_PAGES = 1000
_ROOMY = "bulk_writes.roomy"


def make_room(s: Session, rows: int) -> None:
    """In the caller's write transaction: room for `rows` rows, if they are many."""
    if rows < BULK_ROWS:
        return
    proxied = s.connection().connection
    if proxied.info.get(_ROOMY):
        return
    cursor = proxied.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        cursor.execute(f"PRAGMA wal_autocheckpoint = {CHECKPOINT_PAGES}")
    finally:
        cursor.close()
    proxied.info[_ROOMY] = True


def give_back(dbapi_conn: Any, info: dict[str, Any]) -> None:
    """A connection back in the pool: SQLite's defaults again (the larger cache freed)."""
    if not info.pop(_ROOMY, False):
        return
    cursor = dbapi_conn.cursor()
    try:
        cursor.execute(f"PRAGMA cache_size = -{DEFAULT_CACHE_KIB}")
        cursor.execute(f"PRAGMA wal_autocheckpoint = {DEFAULT_CHECKPOINT_PAGES}")
    finally:
        cursor.close()
