"""Invoices written on this computer: drafts, the invoice outbox and the number sequence.

A draft is saved at any point, offline too. Send turns it into an outbox row in one
transaction (the draft goes, the UBL and a fresh idempotency key stay), so a kill between
the two cannot lose it or queue it twice; the sync's push sends each row with its own key
until the network answers.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime

from sqlalchemy import text
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain.invoice_json import from_json, to_json
from einvoice.document import InvoiceDocument
from einvoice.totals import compute_totals

from .written_rows import OUT_COLUMNS, OutgoingInvoice, outgoing_of

Sessions = sessionmaker[Session]


def save_draft(
    writer: Sessions,
    local_id: str | None,
    account_id: str,
    buyer_id: str,
    buyer_name: str,
    document: InvoiceDocument,
    marks: tuple[str, ...] = (),
) -> str:
    local_id = local_id or uuid.uuid4().hex
    total = compute_totals(document).payable
    with writer.begin() as s:
        s.execute(
            text(
                "INSERT INTO invoice_drafts (local_id, account_id, buyer_id, buyer_name, kind, "
                "number, issue_date, amount, currency, document, marks, updated_at) VALUES "
                "(:id, :a, :b, :bn, :k, :n, :d, :amt, :c, :doc, :m, :u) "
                "ON CONFLICT(local_id) DO UPDATE SET account_id=:a, buyer_id=:b, buyer_name=:bn, "
                "kind=:k, number=:n, issue_date=:d, amount=:amt, currency=:c, document=:doc, "
                "marks=:m, updated_at=:u"
            ),
            {
                "id": local_id,
                "a": account_id,
                "b": buyer_id,
                "bn": buyer_name,
                "k": document.kind.value,
                "n": document.number,
                "d": document.issue_date.isoformat(),
                "amt": format(total, "f"),
                "c": document.currency,
                "doc": to_json(document),
                "m": json.dumps(list(marks)),
                "u": datetime.now(UTC).isoformat(),
            },
        )
    return local_id


def draft_document(reader: Sessions, local_id: str) -> InvoiceDocument | None:
    with reader() as s:
        value = s.execute(
            text("SELECT document FROM invoice_drafts WHERE local_id = :id"), {"id": local_id}
        ).scalar()
    return from_json(value) if value else None


def delete_draft(writer: Sessions, local_id: str) -> bool:
    with writer.begin() as s:
        result = s.execute(
            text("DELETE FROM invoice_drafts WHERE local_id = :id"), {"id": local_id}
        )
    return bool(result.rowcount)  # type: ignore[attr-defined]


def number_used(reader: Sessions, account_id: str, number: str) -> bool:
    """Whether the account already sent (or queued) an invoice with this number; a failed
    one does not count (Fix and resend sends its copy under the same number)."""
    with reader() as s:
        found = s.execute(
            text(
                "SELECT 1 FROM invoices WHERE account_id = :a AND upper(number) = upper(:n) "
                "AND status != 'failed' UNION ALL SELECT 1 FROM invoice_outbox WHERE account_id = :a "
                "AND upper(number) = upper(:n) AND state != 'failed' LIMIT 1"
            ),
            {"a": account_id, "n": number.strip()},
        ).first()
    return found is not None


def next_number(reader: Sessions, account_id: str, year: int, prefix: str = "INV") -> str:
    """The account's first number "<prefix>-<year>-<n>" (INV for invoices, CN for credit
    notes) not yet used by an invoice, a queued one or a draft (read only: a number is taken
    by saving or sending it)."""
    with reader() as s:
        used = {
            str(n).upper()
            for n in s.execute(
                text(
                    "SELECT number FROM invoices WHERE account_id = :a UNION ALL "
                    "SELECT number FROM invoice_outbox WHERE account_id = :a UNION ALL "
                    "SELECT number FROM invoice_drafts WHERE account_id = :a"
                ),
                {"a": account_id},
            ).scalars()
        }
    n = 1
    while f"{prefix}-{year}-{n:05d}" in used:
        n += 1
    return f"{prefix}-{year}-{n:05d}"


def enqueue(
    writer: Sessions,
    draft_id: str | None,
    account_id: str,
    buyer_id: str,
    buyer_name: str,
    document: InvoiceDocument,
    ubl: bytes,
) -> str:
    """The invoice into the outbox and its draft out, in one transaction."""
    local_id = draft_id or uuid.uuid4().hex
    total = compute_totals(document).payable
    with writer.begin() as s:
        s.execute(
            text(
                "INSERT INTO invoice_outbox (local_id, account_id, buyer_id, buyer_name, kind, "
                "number, amount, currency, document, idempotency_key, ubl, state, created_at) "
                "VALUES (:id, :a, :b, :bn, :k, :n, :amt, :c, :doc, :key, :ubl, 'queued', :t)"
            ),
            {
                "id": local_id,
                "a": account_id,
                "b": buyer_id,
                "bn": buyer_name,
                "k": document.kind.value,
                "n": document.number,
                "amt": format(total, "f"),
                "c": document.currency,
                "doc": to_json(document),
                "key": str(uuid.uuid4()),
                "ubl": ubl,
                "t": datetime.now(UTC).isoformat(),
            },
        )
        if draft_id is not None:
            s.execute(text("DELETE FROM invoice_drafts WHERE local_id = :id"), {"id": draft_id})
    return local_id


def outgoing_ubl(reader: Sessions, local_id: str) -> bytes | None:
    with reader() as s:
        value = s.execute(
            text("SELECT ubl FROM invoice_outbox WHERE local_id = :id"), {"id": local_id}
        ).scalar()
    return bytes(value) if value is not None else None


def outgoing_document(reader: Sessions, local_id: str) -> InvoiceDocument | None:
    with reader() as s:
        value = s.execute(
            text("SELECT document FROM invoice_outbox WHERE local_id = :id"), {"id": local_id}
        ).scalar()
    return from_json(value) if value else None


def outgoing_by_remote(reader: Sessions, remote_id: str) -> OutgoingInvoice | None:
    with reader() as s:
        row = s.execute(
            text(f"SELECT {OUT_COLUMNS} FROM invoice_outbox WHERE remote_id = :r"),
            {"r": remote_id},
        ).first()
    return outgoing_of(tuple(row)) if row else None


def set_state(
    writer: Sessions,
    local_id: str,
    state: str,
    *,
    error: str | None = None,
    findings: list[dict[str, str]] | None = None,
    remote_id: str | None = None,
) -> None:
    with writer.begin() as s:
        s.execute(
            text(
                "UPDATE invoice_outbox SET state = :s, error = :e, "
                "findings = coalesce(:f, findings), remote_id = coalesce(:r, remote_id) "
                "WHERE local_id = :id"
            ),
            {
                "id": local_id,
                "s": state,
                "e": error,
                "f": None if findings is None else json.dumps(findings),
                "r": remote_id,
            },
        )


def test_buyers(reader: Sessions) -> frozenset[str]:
    """The ids of the test customers (practice invoices go to them)."""
    with reader() as s:
        return frozenset(s.execute(text("SELECT id FROM buyers WHERE is_test")).scalars())
