"""Home's Saved invoices from the cache: the drafts written here and the invoices queued to go,
read over plain sqlite3 (Home fills before SQLAlchemy is imported; desktop.cache.plain). The
writes are desktop.cache.invoice_drafts'."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class DraftRow:
    local_id: str
    account_id: str
    buyer_id: str
    buyer_name: str
    kind: str
    number: str
    issue_date: str
    amount: str
    currency: str
    updated_at: datetime | str
    marks: tuple[str, ...] = ()


@dataclass(frozen=True)
class OutgoingInvoice:
    local_id: str
    account_id: str
    buyer_id: str
    buyer_name: str
    kind: str
    number: str
    amount: str
    currency: str
    idempotency_key: str
    state: str  # queued | sending | sent | failed
    error: str | None
    findings: tuple[dict[str, str], ...]
    remote_id: str | None


DRAFT_COLUMNS = (
    "local_id, account_id, buyer_id, buyer_name, kind, number, issue_date, amount, "
    "currency, updated_at, marks"
)
OUT_COLUMNS = (
    "local_id, account_id, buyer_id, buyer_name, kind, number, amount, currency, "
    "idempotency_key, state, error, findings, remote_id"
)


def draft_of(row: tuple) -> DraftRow:  # type: ignore[type-arg]
    values = list(row)
    values[10] = tuple(json.loads(values[10] or "[]"))
    return DraftRow(*values)


def outgoing_of(row: tuple) -> OutgoingInvoice:  # type: ignore[type-arg]
    values = list(row)
    values[11] = tuple(json.loads(values[11] or "[]"))
    return OutgoingInvoice(*values)


def drafts(conn: sqlite3.Connection, account_id: str | None = None) -> list[DraftRow]:
    where = "" if account_id is None else "WHERE account_id = ? "
    rows = conn.execute(
        f"SELECT {DRAFT_COLUMNS} FROM invoice_drafts {where}ORDER BY updated_at DESC",
        () if account_id is None else (account_id,),
    ).fetchall()
    return [draft_of(tuple(r)) for r in rows]


def outgoing(conn: sqlite3.Connection, *, include_done: bool = False) -> list[OutgoingInvoice]:
    where = "" if include_done else "WHERE state IN ('queued', 'sending') "
    rows = conn.execute(
        f"SELECT {OUT_COLUMNS} FROM invoice_outbox {where}ORDER BY created_at, local_id"
    ).fetchall()
    return [outgoing_of(tuple(r)) for r in rows]
