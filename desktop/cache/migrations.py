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


# v4: invoices. `seq` is the stable row number (never reused) the trigram index and the keysets refer to;
# the trigram index covers rows up to invoice_fts_state.upto (filled after a sync in batches:
# it costs far more than the row itself); searches check the rows above it one by one.
# due_date '' = none (so keysets compare without NULLs); status_rank = the place in an
# invoice's life (desktop.domain.invoices.INVOICE_STATUSES), for the status sort and filter.
_V4 = """
CREATE TABLE invoices (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, account_id TEXT NOT NULL,
    buyer_id TEXT NOT NULL, buyer_name TEXT NOT NULL, buyer_key TEXT NOT NULL,
    number TEXT NOT NULL, po_number TEXT, transaction_id TEXT,
    issue_date TEXT NOT NULL, due_date TEXT NOT NULL DEFAULT '',
    amount TEXT NOT NULL, amount_value REAL NOT NULL, currency TEXT NOT NULL,
    status TEXT NOT NULL, status_rank INTEGER NOT NULL,
    failure_code TEXT, failure_reason TEXT, updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE invoice_events (
    invoice_id TEXT NOT NULL, position INTEGER NOT NULL, at TEXT NOT NULL,
    status TEXT NOT NULL, note TEXT, PRIMARY KEY (invoice_id, position)
) WITHOUT ROWID;
CREATE INDEX ix_invoices_issue ON invoices(issue_date);
CREATE INDEX ix_invoices_due ON invoices(due_date);
CREATE INDEX ix_invoices_number ON invoices(upper(number));
CREATE INDEX ix_invoices_po ON invoices(upper(po_number));
CREATE INDEX ix_invoices_transaction ON invoices(upper(transaction_id));
CREATE INDEX ix_invoices_amount ON invoices(amount_value);
CREATE INDEX ix_invoices_buyer_key ON invoices(buyer_key);
CREATE INDEX ix_invoices_status ON invoices(status_rank, issue_date);
CREATE INDEX ix_invoices_account ON invoices(account_id, status_rank, issue_date);
CREATE INDEX ix_invoices_buyer ON invoices(buyer_id, issue_date);
CREATE VIRTUAL TABLE invoice_fts USING fts5(
    number, po_number, transaction_id, content='invoices', content_rowid='seq',
    tokenize='trigram'
);
CREATE TABLE invoice_fts_state (upto INTEGER NOT NULL);
INSERT INTO invoice_fts_state (upto) VALUES (0);
CREATE TRIGGER invoices_fts_delete AFTER DELETE ON invoices BEGIN
    INSERT INTO invoice_fts(invoice_fts, rowid, number, po_number, transaction_id)
    SELECT 'delete', old.seq, old.number, old.po_number, old.transaction_id
    WHERE old.seq <= (SELECT upto FROM invoice_fts_state);
    DELETE FROM invoice_events WHERE invoice_id = old.id;
END;
CREATE TRIGGER invoices_fts_update AFTER UPDATE OF number, po_number, transaction_id ON invoices
WHEN (old.number IS NOT new.number OR old.po_number IS NOT new.po_number
    OR old.transaction_id IS NOT new.transaction_id)
    AND old.seq <= (SELECT upto FROM invoice_fts_state)
BEGIN
    INSERT INTO invoice_fts(invoice_fts, rowid, number, po_number, transaction_id)
    VALUES ('delete', old.seq, old.number, old.po_number, old.transaction_id);
    INSERT INTO invoice_fts(rowid, number, po_number, transaction_id)
    VALUES (new.seq, new.number, new.po_number, new.transaction_id);
END
"""


def _v3_to_v4(conn: sqlite3.Connection) -> None:
    """Invoices and their status history, searchable by number, PO and transaction id."""
    _run_trigger_script(conn, _V4)


def _run_trigger_script(conn: sqlite3.Connection, script: str) -> None:
    """Like _run_script, but a trigger's body (BEGIN ... END) keeps its own semicolons."""
    statements: list[str] = []
    current = ""
    for part in script.split(";"):
        current += part
        trigger = current.strip().upper().startswith("CREATE TRIGGER")
        if trigger and not current.rstrip().upper().endswith("END"):
            current += ";"
            continue
        statements.append(current)
        current = ""
    for statement in statements:
        if statement.strip():
            conn.execute(statement)


def _v4_to_v5(conn: sqlite3.Connection) -> None:
    """The invoice table sorts by PO number and transaction id: an index each on the value as
    the keyset compares it ('' for none: no NULLs in a keyset), the row number after it."""
    conn.execute("CREATE INDEX ix_invoices_po_sort ON invoices(coalesce(upper(po_number), ''))")
    conn.execute(
        "CREATE INDEX ix_invoices_transaction_sort ON invoices(coalesce(upper(transaction_id), ''))"
    )


def _v5_to_v6(conn: sqlite3.Connection) -> None:
    """My account: each supplier account's profile as the network holds it (`data`, JSON of
    `wire.profile.SupplierProfile`), and an edit saved here that the network has not taken
    yet (`pending`, sent by the sync's push; `error`: the network's refusal of the last one)."""
    _run_script(conn, _V6)


def _v6_to_v7(conn: sqlite3.Connection) -> None:
    """The Customer relationships table orders in SQL, a window at a time: each relationship
    keeps its customer's name as the English and the Polish order compare it
    (`relationship_keys`), with an index each to walk."""
    from .relationship_keys import name_key, name_key_pl

    conn.execute("ALTER TABLE relationships ADD COLUMN name_key TEXT NOT NULL DEFAULT ''")
    conn.execute("ALTER TABLE relationships ADD COLUMN name_key_pl TEXT NOT NULL DEFAULT ''")
    rows = conn.execute(
        "SELECT r.id, b.name FROM relationships r JOIN buyers b ON b.id = r.buyer_id"
    ).fetchall()
    conn.executemany(
        "UPDATE relationships SET name_key = ?, name_key_pl = ? WHERE id = ?",
        [(name_key(name), name_key_pl(name), rid) for rid, name in rows],
    )
    conn.execute("CREATE INDEX ix_relationships_name_key ON relationships(name_key, id)")
    conn.execute("CREATE INDEX ix_relationships_name_key_pl ON relationships(name_key_pl, id)")


# v6: My account (see _v5_to_v6); invoice drafts written in the editor (`document`: JSON of
# the einvoice model, desktop.domain.invoice_json; `marks`: the fields a failed send's findings
# name); the invoice outbox (the UBL and its idempotency key, written before the first try, so
# a retry after a kill sends the same key).
_V6 = """
CREATE TABLE supplier_profiles (
    account_id TEXT PRIMARY KEY, data TEXT, version INTEGER NOT NULL DEFAULT 0,
    pending TEXT, pending_at DATETIME, error TEXT
);
CREATE TABLE invoice_drafts (
    local_id TEXT PRIMARY KEY, account_id TEXT NOT NULL, buyer_id TEXT NOT NULL,
    buyer_name TEXT NOT NULL, kind TEXT NOT NULL, number TEXT NOT NULL,
    issue_date TEXT NOT NULL, amount TEXT NOT NULL, currency TEXT NOT NULL,
    document TEXT NOT NULL, marks TEXT NOT NULL DEFAULT '[]', updated_at DATETIME NOT NULL
);
CREATE INDEX ix_invoice_drafts_account ON invoice_drafts(account_id, updated_at);
CREATE TABLE invoice_outbox (
    local_id TEXT PRIMARY KEY, account_id TEXT NOT NULL, buyer_id TEXT NOT NULL,
    buyer_name TEXT NOT NULL, kind TEXT NOT NULL, number TEXT NOT NULL,
    amount TEXT NOT NULL, currency TEXT NOT NULL, document TEXT NOT NULL,
    idempotency_key TEXT NOT NULL UNIQUE, ubl BLOB NOT NULL, state TEXT NOT NULL,
    error TEXT, findings TEXT, remote_id TEXT, created_at DATETIME NOT NULL
);
CREATE INDEX ix_invoice_outbox_number ON invoice_outbox(account_id, upper(number))
"""


# MIGRATIONS[n] brings a cache from version n to n + 1.
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    _v0_to_v1,
    _v1_to_v2,
    _v2_to_v3,
    _v3_to_v4,
    _v4_to_v5,
    _v5_to_v6,
    _v6_to_v7,
]
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


# A file smaller than this is checked (PRAGMA quick_check) at every open: under a second.
# A larger one only when its last session did not end with Cache.close(), or a read met a
# damaged page (check_marker): 9-11 s for a million invoices, too long for every start.
FULL_CHECK_BELOW = 64 * 1024 * 1024
SESSION_KEY = "session_open"  # in meta while a Cache has the file open


def check_marker(path: Path) -> Path:
    """Beside the cache: asks the next open for a full check (a read met a damaged page)."""
    return path.with_name(path.name + ".check")


def _needs_check(path: Path, conn: sqlite3.Connection) -> bool:
    if path.stat().st_size < FULL_CHECK_BELOW or check_marker(path).exists():
        return True
    ended_cleanly = (
        conn.execute("SELECT 1 FROM meta WHERE key = ?", (SESSION_KEY,)).fetchone() is None
    )
    return not ended_cleanly


def inspect_file(path: Path) -> int:
    """The file's schema version, read without changing a byte of it (0 when new or empty).

    Checked for damage when small, after a session that did not end cleanly, or when asked
    by check_marker; a large file closed cleanly opens at once (a damaged page met later
    fails that read and asks for the check at the next start)."""
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
        if version == 0 or _needs_check(path, conn):
            check = conn.execute("PRAGMA quick_check").fetchone()
            if check is None or check[0] != "ok":
                raise CacheCorrupt("The cache file is damaged.")
            check_marker(path).unlink(missing_ok=True)
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
