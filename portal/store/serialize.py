"""ORM rows -> wire bodies."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from portal.store import models as m
from wire import schemas as w


def aware(value: datetime) -> datetime:
    """Stored naive UTC -> aware UTC for the wire."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


def account(row: m.SupplierAccount) -> w.Account:
    return w.Account(
        id=row.id,
        network_number=row.network_number,
        name=row.name,
        country=row.country,
        is_test=row.is_test,
    )


def buyer(row: m.Buyer) -> w.Buyer:
    return w.Buyer(
        id=row.id,
        name=row.name,
        network_number=row.network_number,
        vat_number=row.vat_number,
        country=row.country,
        group_id=row.group_id,
        group_name=row.group.name if row.group is not None else None,
        is_test=row.is_test,
    )


def relationship(row: m.Relationship) -> w.Relationship:
    return w.Relationship(
        id=row.id,
        status=row.status,  # type: ignore[arg-type]
        since=row.since,
        vendor_code=row.vendor_code,
        account_id=row.account_id,
        buyer=buyer(row.buyer),
        updated_at=aware(row.updated_at),
    )


def history(events: list[m.HistoryEvent]) -> list[w.HistoryEntry]:
    return [w.HistoryEntry(at=aware(e.at), event=e.event, detail=e.detail) for e in events]


def request_item(row: m.ConnectionRequestItem) -> w.ConnectionRequestItem:
    return w.ConnectionRequestItem(
        buyer_id=row.buyer_id,
        buyer_name=row.buyer.name,
        buyer_network_number=row.buyer.network_number,
        buyer_country=row.buyer.country,
        state=row.state,  # type: ignore[arg-type]
        outcome=row.outcome,  # type: ignore[arg-type]
        request_id=row.other_request_id,
        verification_id=row.verification_id,
        ticket_number=row.ticket_number,
    )


def connection_request(row: m.ConnectionRequest) -> w.ConnectionRequest:
    return w.ConnectionRequest(
        id=row.id,
        account_id=row.account_id,
        state=row.state,  # type: ignore[arg-type]
        vendor_code=row.vendor_code,
        notes=row.notes,
        attachment_id=row.attachment_id,
        created_at=aware(row.created_at),
        updated_at=aware(row.updated_at),
        items=[request_item(i) for i in row.items],
        history=history(row.events),
    )


def ticket(row: m.Ticket) -> w.Ticket:
    return w.Ticket(
        number=row.number,
        account_id=row.account_id,
        buyer_id=row.buyer_id,
        buyer_name=row.buyer.name,
        request_id=row.request_id,
        state=row.state,  # type: ignore[arg-type]
        resolution=row.resolution,  # type: ignore[arg-type]
        subject=row.subject,
        created_at=aware(row.created_at),
        updated_at=aware(row.updated_at),
        history=history(row.events),
    )


def invoice_row(row: Any, history: list[dict[str, Any]], findings: Any = None) -> dict[str, Any]:
    """A row of `portal.http.api.sync._INVOICE_COLUMNS` -> the wire `Invoice`'s JSON shape, without
    pydantic (a first sync may carry a million). Datetimes stay naive UTC: the sync endpoint's
    orjson writes them with Z. Not validated here: a malformed amount goes out as it is stored
    and the desktop skips that invoice."""
    (_id, _v, _d, account_id, buyer_id, buyer_name, number, po, tx, issue, due, amount) = row[:12]
    currency, status, failure_code, failure_reason, updated_at = row[12:17]
    return {
        "id": _id,
        "account_id": account_id,
        "buyer_id": buyer_id,
        "buyer_name": buyer_name,
        "number": number,
        "po_number": po,
        "transaction_id": tx,
        "issue_date": issue,
        "due_date": due,
        "amount": amount,
        "currency": currency,
        "status": status,
        "failure_code": failure_code,
        "failure_reason": failure_reason,
        "updated_at": updated_at,
        "history": history,
        "findings": [] if findings is None else findings,  # [] or an orjson Fragment (JSON)
    }


def attachment(row: m.StoredAttachment) -> w.Attachment:
    return w.Attachment(
        id=row.id, name=row.name, size=row.size, sha256=row.sha256, content_type=row.content_type
    )
