"""The cache's schema history: an ordered list of steps, each from version N to N+1.

Steps are frozen raw SQL (never the ORM's create_all), so a cache written by any
older app is brought forward the same way, whatever the ORM looks like today.
Never edit a released step; append a new one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from wire.text import compact_vat, fold

from .errors import CacheCorrupt, CacheTooNew

SQLITE_HEADER = b"SQLite format 3\x00"

_V1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE sync_cursors (collection TEXT PRIMARY KEY, cursor TEXT NOT NULL);
CREATE TABLE accounts (
    id TEXT PRIMARY KEY, network_number TEXT NOT NULL, name TEXT NOT NULL,
    country TEXT NOT NULL, is_test BOOLEAN NOT NULL DEFAULT 0, version INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE buyers (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, network_number TEXT NOT NULL, vat_number TEXT,
    country TEXT NOT NULL, group_id TEXT, group_name TEXT, is_test BOOLEAN NOT NULL DEFAULT 0
);
CREATE TABLE relationships (
    id TEXT PRIMARY KEY, status TEXT NOT NULL, since DATE, vendor_code TEXT,
    account_id TEXT NOT NULL, buyer_id TEXT NOT NULL REFERENCES buyers(id),
    updated_at DATETIME NOT NULL, version INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX ix_relationships_account ON relationships(account_id, buyer_id);
CREATE TABLE connection_requests (
    id TEXT PRIMARY KEY, account_id TEXT NOT NULL, state TEXT NOT NULL, vendor_code TEXT,
    notes TEXT, attachment_id TEXT, created_at DATETIME NOT NULL, updated_at DATETIME NOT NULL,
    history TEXT NOT NULL DEFAULT '[]', version INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE connection_request_items (
    request_id TEXT NOT NULL REFERENCES connection_requests(id) ON DELETE CASCADE,
    position INTEGER NOT NULL, buyer_id TEXT NOT NULL, buyer_name TEXT NOT NULL,
    buyer_network_number TEXT NOT NULL, buyer_country TEXT NOT NULL, state TEXT NOT NULL,
    outcome TEXT, other_request_id TEXT, verification_id TEXT, ticket_number TEXT,
    PRIMARY KEY (request_id, position)
);
CREATE INDEX ix_request_items_buyer ON connection_request_items(buyer_id);
CREATE TABLE tickets (
    number TEXT PRIMARY KEY, account_id TEXT NOT NULL, buyer_id TEXT NOT NULL,
    buyer_name TEXT NOT NULL, request_id TEXT, state TEXT NOT NULL, resolution TEXT,
    subject TEXT NOT NULL, created_at DATETIME NOT NULL, updated_at DATETIME NOT NULL,
    history TEXT NOT NULL DEFAULT '[]', version INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE outbox (
    local_id TEXT PRIMARY KEY, idempotency_key TEXT NOT NULL UNIQUE, account_id TEXT NOT NULL,
    buyer_ids TEXT NOT NULL, vendor_code TEXT, notes TEXT, attachment_name TEXT,
    attachment_bytes BLOB, attachment_size INTEGER, attachment_sha256 TEXT, attachment_id TEXT,
    state TEXT NOT NULL, error TEXT, created_at DATETIME NOT NULL, remote_id TEXT
);
"""


def _run_script(conn: sqlite3.Connection, script: str) -> None:
    # Not executescript(): it commits first, and each step must be one transaction.
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


def _v0_to_v1(conn: sqlite3.Connection) -> None:
    _run_script(conn, _V1)


def _v1_to_v2(conn: sqlite3.Connection) -> None:
    """Offline buyer search: folded copies of name, group and VAT, filled for existing rows."""
    conn.execute("ALTER TABLE buyers ADD COLUMN name_folded TEXT NOT NULL DEFAULT ''")
    conn.execute("ALTER TABLE buyers ADD COLUMN group_folded TEXT")
    conn.execute("ALTER TABLE buyers ADD COLUMN vat_compact TEXT")
    rows = conn.execute("SELECT id, name, group_name, vat_number FROM buyers").fetchall()
    conn.executemany(
        "UPDATE buyers SET name_folded = ?, group_folded = ?, vat_compact = ? WHERE id = ?",
        [
            (fold(name), fold(group) if group else None, compact_vat(vat) if vat else None, id_)
            for id_, name, group, vat in rows
        ],
    )
    conn.execute("CREATE INDEX ix_buyers_name_folded ON buyers(name_folded)")
    conn.execute("CREATE INDEX ix_buyers_network_number ON buyers(network_number)")


_V3 = """
CREATE TABLE verifications (
    id TEXT PRIMARY KEY, account_id TEXT NOT NULL, buyer_id TEXT NOT NULL,
    buyer_name TEXT NOT NULL, request_id TEXT, state TEXT NOT NULL,
    attempts_left INTEGER NOT NULL DEFAULT 0, challenge_invoice_number TEXT,
    challenge_expires_at DATETIME, ticket_number TEXT, updated_at DATETIME NOT NULL,
    version INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX ix_verifications_request ON verifications(request_id);
"""


def _v2_to_v3(conn: sqlite3.Connection) -> None:
    """Verifications, so the wizard can show where each stands offline."""
    _run_script(conn, _V3)


# MIGRATIONS[n] brings a cache from version n to n + 1.
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_v0_to_v1, _v1_to_v2, _v2_to_v3]
SCHEMA_VERSION = len(MIGRATIONS)


def _read_version(conn: sqlite3.Connection) -> int:
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if not tables:
        return 0
    if "meta" not in tables:
        raise CacheCorrupt("The file is an SQLite database but not a Supplier Desk cache.")
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    if row is None:
        raise CacheCorrupt("The cache has no schema version.")
    try:
        return int(row[0])
    except ValueError as exc:
        raise CacheCorrupt("The cache's schema version is unreadable.") from exc


def inspect_file(path: Path) -> int:
    """The file's schema version, read without changing a byte of it (0 when new or empty)."""
    if not path.exists() or path.stat().st_size == 0:
        return 0
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise CacheCorrupt("The cache file cannot be read.") from exc
    if header != SQLITE_HEADER:
        raise CacheCorrupt("The cache file is not an SQLite database.")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise CacheCorrupt("The cache file cannot be opened.") from exc
    try:
        version = _read_version(conn)
        if version > SCHEMA_VERSION:
            return version  # too new: do not even check it
        check = conn.execute("PRAGMA quick_check").fetchone()
        if check is None or check[0] != "ok":
            raise CacheCorrupt("The cache file is damaged.")
        return version
    except sqlite3.Error as exc:
        raise CacheCorrupt("The cache file is damaged.") from exc
    finally:
        conn.close()


def migrate(path: Path) -> int:
    """Bring the file to SCHEMA_VERSION, one step per transaction; returns the old version."""
    version = inspect_file(path)
    if version > SCHEMA_VERSION:
        raise CacheTooNew(
            f"The cache was written by a newer Supplier Desk (schema {version}, "
            f"this one knows {SCHEMA_VERSION})."
        )
    if version == SCHEMA_VERSION:
        return version
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA foreign_keys=ON")
        for step in range(version, SCHEMA_VERSION):
            conn.execute("BEGIN IMMEDIATE")
            try:
                if _read_version(conn) > step:  # another process got there first
                    conn.execute("COMMIT")
                    continue
                MIGRATIONS[step](conn)
                conn.execute(
                    "INSERT INTO meta (key, value) VALUES ('schema_version', ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    (str(step + 1),),
                )
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
    except sqlite3.Error as exc:
        raise CacheCorrupt("The cache could not be brought up to date.") from exc
    finally:
        conn.close()
    return version
