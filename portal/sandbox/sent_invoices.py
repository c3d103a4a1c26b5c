"""The sandbox's test customer at work: invoices sent to it through POST /v1/invoices move on
received -> delivered -> approved -> scheduled -> paid, one step every `step` (the operator's
default 20 s: paid within a minute or two), so a supplier can practise following an invoice.
Only accepted invoices to a test buyer (`Buyer.is_test`) that came with a document move."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from portal.sandbox.invoice_flow import reserve_versions
from portal.store import models as m

HAPPY_PATH = {
    "received": "delivered",
    "delivered": "approved",
    "approved": "scheduled",
    "scheduled": "paid",
}
NOTES = {
    "delivered": "Delivered to the test customer",
    "approved": "Approved by the test customer",
    "scheduled": "Payment scheduled by the test customer",
    "paid": "Paid by the test customer",
}


def _moving(*columns: Any) -> Any:
    """`columns` of the invoices sent to the test customer that have a step left."""
    return (
        select(*columns)
        .join(m.SentInvoiceDocument, m.SentInvoiceDocument.invoice_id == m.BuyerInvoice.id)
        .join(m.Buyer, m.Buyer.id == m.BuyerInvoice.buyer_id)
        .where(
            m.Buyer.is_test.is_(True),
            m.BuyerInvoice.status.in_(tuple(HAPPY_PATH)),
            m.BuyerInvoice.deleted.is_(False),
        )
    )


def _due(now: datetime, step: timedelta) -> Any:
    return (
        _moving(m.BuyerInvoice.id, m.BuyerInvoice.status)
        .where(m.BuyerInvoice.updated_at <= now - step)
        .order_by(m.BuyerInvoice.updated_at)
    )


def next_due(session: Session, step: timedelta) -> datetime | None:
    """When the next step of an invoice sent to the test customer is due; None: none moves."""
    last = session.scalar(_moving(func.min(m.BuyerInvoice.updated_at)))
    return None if last is None else last + step


def advance_sent_test_invoices(
    session: Session, now: datetime, step: timedelta, limit: int = 25
) -> list[tuple[str, str, str]]:
    """Move the due ones a step on; returns (invoice id, from, to). The caller commits."""
    rows = session.execute(_due(now, step).limit(limit)).all()
    moved = []
    for (invoice_id, status), version in zip(
        rows, reserve_versions(session, len(rows)), strict=True
    ):
        new = HAPPY_PATH[status]
        done = session.execute(
            update(m.BuyerInvoice)
            .where(m.BuyerInvoice.id == invoice_id, m.BuyerInvoice.status == status)
            .values(status=new, updated_at=now, version=version)
        )
        if not done.rowcount:  # type: ignore[attr-defined]
            continue  # moved meanwhile
        session.execute(
            insert(m.InvoiceEvent).values(
                invoice_id=invoice_id, at=now, status=new, note=NOTES[new]
            )
        )
        moved.append((invoice_id, status, new))
    return moved
