"""The invoices of `GET /v1/sync/invoices`: the hot path of a first sync (a million rows).

Visible to a caller: invoices of their accounts to buyers they are actively connected with,
less a passed verification's invoice data not delivered yet.

On SQLite each page is one statement that writes every entry's JSON itself (json_object, the
history aggregated from `invoice_events` by a correlated subquery in id order, the findings
of a document sent through POST /v1/invoices read from `invoice_documents`), handed to
orjson as Fragments: no Python object per field or event. Elsewhere (PostgreSQL) columns are
selected and shaped by `serialize.invoice_row`. Both give the wire `Invoice` shape; neither
validates: a malformed stored amount goes out as it is and the desktop skips that invoice.
"""

from __future__ import annotations

from typing import Any

import orjson
from sqlalchemy import exists, func, select, text
from sqlalchemy.orm import Session

from portal.store import models as m
from portal.store import serialize

SyncRow = tuple[str, int, bool, Any]


def visible(ids: frozenset[str]) -> list[Any]:
    return [
        m.BuyerInvoice.account_id.in_(ids),
        exists().where(
            m.Relationship.account_id == m.BuyerInvoice.account_id,
            m.Relationship.buyer_id == m.BuyerInvoice.buyer_id,
            m.Relationship.status == "active",
            m.Relationship.deleted.is_(False),
        ),
        ~exists().where(
            m.InvoiceLoad.account_id == m.BuyerInvoice.account_id,
            m.InvoiceLoad.buyer_id == m.BuyerInvoice.buyer_id,
            m.InvoiceLoad.delivered_at.is_(None),
        ),
    ]


def count(db: Session, ids: frozenset[str], after: int) -> int:
    return int(
        db.scalar(
            select(func.count())
            .select_from(m.BuyerInvoice)
            .where(m.BuyerInvoice.version > after, *visible(ids))
        )
        or 0
    )


def fetch(db: Session, ids: frozenset[str], after: int, limit: int) -> list[SyncRow]:
    if db.get_bind().dialect.name == "sqlite":
        return _fetch_sqlite(db, ids, after, limit)
    return _fetch_columns(db, ids, after, limit)


# SQLite stores DateTime as 'YYYY-MM-DD HH:MM:SS.ffffff' (naive UTC): ISO 8601 with Z on the wire.
_SQLITE_PAGE = """
SELECT i.id, i.version, i.deleted,
  CASE WHEN i.deleted THEN NULL ELSE json_object(
    'id', i.id, 'account_id', i.account_id, 'buyer_id', i.buyer_id, 'buyer_name', b.name,
    'number', i.number, 'po_number', i.po_number, 'transaction_id', i.transaction_id,
    'issue_date', i.issue_date, 'due_date', i.due_date, 'amount', i.amount,
    'currency', i.currency, 'status', i.status, 'failure_code', i.failure_code,
    'failure_reason', i.failure_reason,
    'updated_at', replace(i.updated_at, ' ', 'T') || 'Z',
    'history', json((
      SELECT coalesce(json_group_array(json(h.event)), '[]') FROM (
        SELECT json_object('at', replace(e.at, ' ', 'T') || 'Z', 'status', e.status,
                           'note', e.note) AS event
        FROM invoice_events e WHERE e.invoice_id = i.id ORDER BY e.id
      ) AS h
    )),
    'findings', json(coalesce(
      (SELECT d.findings_json FROM invoice_documents d WHERE d.invoice_id = i.id), '[]'))
  ) END AS body
FROM invoices i JOIN buyers b ON b.id = i.buyer_id
WHERE i.version > :after AND i.account_id IN ({accounts})
  AND EXISTS (SELECT 1 FROM relationships r WHERE r.account_id = i.account_id
              AND r.buyer_id = i.buyer_id AND r.status = 'active' AND NOT r.deleted)
  AND NOT EXISTS (SELECT 1 FROM invoice_loads l WHERE l.account_id = i.account_id
                  AND l.buyer_id = i.buyer_id AND l.delivered_at IS NULL)
ORDER BY i.version
LIMIT :limit
"""


def _fetch_sqlite(db: Session, ids: frozenset[str], after: int, limit: int) -> list[SyncRow]:
    accounts = sorted(ids)
    if not accounts:
        return []
    marks = ", ".join(f":a{n}" for n in range(len(accounts)))
    params: dict[str, Any] = {f"a{n}": a for n, a in enumerate(accounts)}
    params.update(after=after, limit=limit)
    rows = db.connection().execute(text(_SQLITE_PAGE.format(accounts=marks)), params).all()
    return [(r[0], r[1], bool(r[2]), None if r[3] is None else orjson.Fragment(r[3])) for r in rows]


_COLUMNS = (
    m.BuyerInvoice.id,
    m.BuyerInvoice.version,
    m.BuyerInvoice.deleted,
    m.BuyerInvoice.account_id,
    m.BuyerInvoice.buyer_id,
    m.Buyer.name,
    m.BuyerInvoice.number,
    m.BuyerInvoice.po_number,
    m.BuyerInvoice.transaction_id,
    m.BuyerInvoice.issue_date,
    m.BuyerInvoice.due_date,
    m.BuyerInvoice.amount,
    m.BuyerInvoice.currency,
    m.BuyerInvoice.status,
    m.BuyerInvoice.failure_code,
    m.BuyerInvoice.failure_reason,
    m.BuyerInvoice.updated_at,
)


def _fetch_columns(db: Session, ids: frozenset[str], after: int, limit: int) -> list[SyncRow]:
    """Columns, not ORM objects, and the page's histories in one more query."""
    connection = db.connection()
    rows = connection.execute(
        select(*_COLUMNS)
        .join(m.Buyer, m.Buyer.id == m.BuyerInvoice.buyer_id)
        .where(m.BuyerInvoice.version > after, *visible(ids))
        .order_by(m.BuyerInvoice.version)
        .limit(limit)
    ).all()
    live = [r[0] for r in rows if not r[2]]
    history: dict[str, list[dict[str, Any]]] = {}
    for chunk in range(0, len(live), 5000):
        for invoice_id, at, status, note in connection.execute(
            select(
                m.InvoiceEvent.invoice_id,
                m.InvoiceEvent.at,
                m.InvoiceEvent.status,
                m.InvoiceEvent.note,
            )
            .where(m.InvoiceEvent.invoice_id.in_(live[chunk : chunk + 5000]))
            .order_by(m.InvoiceEvent.invoice_id, m.InvoiceEvent.id)  # the index's order
        ):
            history.setdefault(invoice_id, []).append({"at": at, "status": status, "note": note})
    findings: dict[str, orjson.Fragment] = {}
    for chunk in range(0, len(live), 5000):
        for invoice_id, found in connection.execute(
            select(m.SentInvoiceDocument.invoice_id, m.SentInvoiceDocument.findings_json).where(
                m.SentInvoiceDocument.invoice_id.in_(live[chunk : chunk + 5000])
            )
        ):
            findings[invoice_id] = orjson.Fragment(found)
    return [
        (
            r[0],
            r[1],
            r[2],
            None
            if r[2]
            else serialize.invoice_row(r, history.get(r[0], []), findings.get(r[0], NO_FINDINGS)),
        )
        for r in rows
    ]


NO_FINDINGS = orjson.Fragment(b"[]")
