"""Connection requests, tickets and their resolution: the network's rules in one place."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session, joinedload

from portal.clock import utcnow
from portal.errors import ApiError, not_found
from portal.rules import verification_lock
from portal.store import models as m
from wire.schemas import ConnectionRequestCreate

WAITING_ITEM_STATES = ("submitted", "verification_required", "ticket_opened")


# One lock order for every workflow that changes a connection request or its tickets
# (cancelling, resolving by the operator or the sandbox endpoint): the requests' rows first, in
# id order, then their tickets, in number order; items, verifications and relationships are
# written only under those locks. Two workflows on the same request then wait for each other
# instead of deadlocking (cancel took items then ticket, resolve ticket then items). FOR NO KEY
# UPDATE: rows that only refer to the request or ticket (new items, history) do not wait.
# SQLite ignores the clause: its write transaction is one lock already.


def lock_requests(session: Session, request_ids: Iterable[str | None]) -> list[m.ConnectionRequest]:
    """The connection requests, locked in id order and read afresh."""
    ids = sorted({i for i in request_ids if i is not None})
    if not ids:
        return []
    return list(
        session.scalars(
            select(m.ConnectionRequest)
            .where(m.ConnectionRequest.id.in_(ids))
            .order_by(m.ConnectionRequest.id)
            .with_for_update(key_share=True)
            .execution_options(populate_existing=True)
        )
    )


def lock_tickets(session: Session, numbers: Iterable[str]) -> list[m.Ticket]:
    """The tickets (with their buyers), locked in number order and read afresh. Lock their
    requests first (`lock_requests`)."""
    wanted = sorted(set(numbers))
    if not wanted:
        return []
    return list(
        session.scalars(
            select(m.Ticket)
            .options(joinedload(m.Ticket.buyer))
            .where(m.Ticket.number.in_(wanted))
            .order_by(m.Ticket.number)
            .with_for_update(of=m.Ticket, key_share=True)
            .execution_options(populate_existing=True)
        ).unique()
    )


def lock_ticket_with_request(session: Session, number: str) -> m.Ticket | None:
    """One ticket, locked after its request (a ticket's request never changes)."""
    request_id = session.scalar(select(m.Ticket.request_id).where(m.Ticket.number == number))
    if request_id is not None:
        lock_requests(session, [request_id])
    tickets = lock_tickets(session, [number])
    return tickets[0] if tickets else None


def next_counter(session: Session, name: str) -> int:
    """Next value of a named counter (like `next_version`), inside the caller's transaction."""
    value = session.execute(
        update(m.Counter)
        .where(m.Counter.name == name)
        .values(value=m.Counter.value + 1)
        .returning(m.Counter.value)
    ).scalar_one_or_none()
    if value is None:
        session.add(m.Counter(name=name, value=1))
        session.flush()
        return 1
    return int(value)


def record(
    session: Session,
    kind: str,
    subject_id: str,
    event: str,
    detail: str | None = None,
    at: datetime | None = None,
) -> None:
    session.add(
        m.HistoryEvent(
            subject_kind=kind, subject_id=subject_id, at=at or utcnow(), event=event, detail=detail
        )
    )


def ticket_number(n: int) -> str:
    return f"TKT-{n:06d}"


def set_relationship(
    session: Session,
    account_id: str,
    buyer_id: str,
    status: str,
    vendor_code: str | None = None,
    since: datetime | None = None,
    *,
    release_invoices: bool = True,
) -> m.Relationship:
    """Create or move the relationship of account and buyer to `status`, bumping its version.

    Active: the buyer's invoices for the account come along at once, unless
    `release_invoices=False` (a passed verification schedules an invoice load instead).
    """
    now = utcnow()
    version = m.next_version(session)
    rel = session.scalars(
        select(m.Relationship).where(
            m.Relationship.account_id == account_id, m.Relationship.buyer_id == buyer_id
        )
    ).first()
    if rel is None:
        rel = m.Relationship(
            id=str(uuid.uuid4()), account_id=account_id, buyer_id=buyer_id, deleted=False
        )
        session.add(rel)
    rel.status = status
    rel.deleted = False
    if status == "active":
        rel.since = (since or now).date()
    elif status == "pending":
        rel.since = None
    if vendor_code:
        rel.vendor_code = vendor_code
    rel.updated_at = now
    rel.version = version
    if status == "active" and release_invoices:
        # Invoices to a buyer become visible to the supplier once connected.
        release_buyer_invoices(session, account_id, buyer_id)
    return rel


def release_buyer_invoices(session: Session, account_id: str, buyer_id: str) -> int:
    """Bump the versions of the buyer's invoices for the account, so a sync brings them.

    One version per invoice: rows sharing a version could be split by a sync page's cursor.
    """
    ids = session.scalars(
        select(m.BuyerInvoice.id)
        .where(m.BuyerInvoice.account_id == account_id, m.BuyerInvoice.buyer_id == buyer_id)
        .order_by(m.BuyerInvoice.issue_date, m.BuyerInvoice.id)
    ).all()
    for invoice_id in ids:
        session.execute(
            update(m.BuyerInvoice)
            .where(m.BuyerInvoice.id == invoice_id)
            .values(version=m.next_version(session))
        )
    return len(ids)


def schedule_invoice_load(
    session: Session, account_id: str, buyer_id: str, delay: float | None
) -> m.InvoiceLoad:
    """The buyer's invoice data for the account arrives after `delay` seconds (None: now)."""
    now = utcnow()
    load = m.InvoiceLoad(
        account_id=account_id,
        buyer_id=buyer_id,
        due_at=now + timedelta(seconds=delay or 0),
        delivered_at=None,
        created_at=now,
    )
    session.add(load)
    session.flush()
    if delay is None:
        deliver_invoice_load(session, load, now)
    return load


def deliver_invoice_load(session: Session, load: m.InvoiceLoad, now: datetime) -> None:
    load.delivered_at = now
    session.flush()  # delivered first: the sync's filter no longer holds the invoices back
    release_buyer_invoices(session, load.account_id, load.buyer_id)


def deliver_due_invoice_loads(session: Session) -> int:
    """Deliver every load that is due; returns how many. The caller commits."""
    now = utcnow()
    loads = session.scalars(
        select(m.InvoiceLoad)
        .where(m.InvoiceLoad.delivered_at.is_(None), m.InvoiceLoad.due_at <= now)
        .order_by(m.InvoiceLoad.due_at)
    ).all()
    for load in loads:
        deliver_invoice_load(session, load, now)
    return len(loads)


def open_ticket(
    session: Session,
    account_id: str,
    buyer: m.Buyer,
    request_id: str | None,
    vendor_code: str | None,
    due_in: float,
) -> m.Ticket:
    now = utcnow()
    number = ticket_number(next_counter(session, "ticket"))
    ticket = m.Ticket(
        number=number,
        account_id=account_id,
        buyer_id=buyer.id,
        request_id=request_id,
        state="open",
        resolution=None,
        subject=f"Connect with {buyer.name}",
        due_at=now + timedelta(seconds=due_in),
        created_at=now,
        updated_at=now,
        version=m.next_version(session),
        deleted=False,
    )
    session.add(ticket)
    record(session, "ticket", number, "opened", buyer.name)
    rel = session.scalars(
        select(m.Relationship).where(
            m.Relationship.account_id == account_id, m.Relationship.buyer_id == buyer.id
        )
    ).first()
    if rel is None or rel.status == "rejected":
        set_relationship(session, account_id, buyer.id, "pending", vendor_code)
    return ticket


def _open_item_for(
    session: Session, account_id: str, buyer_id: str
) -> m.ConnectionRequestItem | None:
    return session.scalars(
        select(m.ConnectionRequestItem)
        .join(m.ConnectionRequest)
        .where(
            m.ConnectionRequest.account_id == account_id,
            m.ConnectionRequestItem.buyer_id == buyer_id,
            m.ConnectionRequestItem.state.in_(WAITING_ITEM_STATES),
            m.ConnectionRequest.deleted.is_(False),
        )
        .order_by(m.ConnectionRequest.created_at)
    ).first()


def submit_request(
    session: Session,
    user_id: str,
    account_ids: frozenset[str],
    body: ConnectionRequestCreate,
    ticket_delay: float,
) -> m.ConnectionRequest:
    """Create the request and decide each buyer's outcome; the caller commits."""
    if body.account_id not in account_ids:
        raise not_found("supplier account")
    buyer_ids = list(dict.fromkeys(body.buyer_ids))
    buyers = {b.id: b for b in session.scalars(select(m.Buyer).where(m.Buyer.id.in_(buyer_ids)))}
    unknown = [b for b in buyer_ids if b not in buyers]
    if unknown:
        raise ApiError(422, "unknown_buyer", f"No buyer with id {unknown[0]!r} is on the network.")
    if body.attachment_id is not None:
        att = session.get(m.StoredAttachment, body.attachment_id)
        if att is None or att.user_id != user_id:
            raise not_found("attachment")
    now = utcnow()
    req = m.ConnectionRequest(
        id=str(uuid.uuid4()),
        account_id=body.account_id,
        user_id=user_id,
        state="open",
        vendor_code=body.vendor_code or None,
        notes=body.notes or None,
        attachment_id=body.attachment_id,
        created_at=now,
        updated_at=now,
        version=0,
        deleted=False,
    )
    session.add(req)
    session.flush()
    record(session, "request", req.id, "created", str(len(buyer_ids)))
    for position, buyer_id in enumerate(buyer_ids):
        buyer = buyers[buyer_id]
        item = m.ConnectionRequestItem(request_id=req.id, position=position, buyer_id=buyer_id)
        rel = session.scalars(
            select(m.Relationship).where(
                m.Relationship.account_id == body.account_id,
                m.Relationship.buyer_id == buyer_id,
                m.Relationship.deleted.is_(False),
            )
        ).first()
        other = _open_item_for(session, body.account_id, buyer_id)
        if rel is not None and rel.status == "active":
            item.state, item.outcome = "connected", "already_connected"
            record(session, "request", req.id, "already_connected", buyer.name)
        elif other is not None:
            item.state, item.outcome = "cancelled", "already_requested"
            item.other_request_id = other.request_id
            record(session, "request", req.id, "already_requested", buyer.name)
        elif buyer.shares_invoice_history:
            verification = m.Verification(
                id=str(uuid.uuid4()),
                account_id=body.account_id,
                buyer_id=buyer_id,
                request_id=req.id,
                state="awaiting_invoice",
                failed_attempts=0,
                challenge_failures=0,
                created_at=now,
                updated_at=now,
                version=m.next_version(session),
                deleted=False,
            )
            verification_lock.start(session, verification, now)  # the pair's count goes on
            session.add(verification)
            item.state, item.outcome = "verification_required", "verification_required"
            item.verification_id = verification.id
            record(session, "request", req.id, "verification_required", buyer.name)
        else:
            ticket = open_ticket(
                session, body.account_id, buyer, req.id, body.vendor_code, ticket_delay
            )
            item.state, item.outcome = "ticket_opened", "ticket_opened"
            item.ticket_number = ticket.number
            record(session, "request", req.id, "ticket_opened", f"{ticket.number} {buyer.name}")
        session.add(item)
        session.flush()  # the next buyer sees this one's open item
    refresh_request_state(session, req)
    req.version = m.next_version(session)
    return req


def refresh_request_state(session: Session, req: m.ConnectionRequest) -> None:
    states = session.scalars(
        select(m.ConnectionRequestItem.state).where(m.ConnectionRequestItem.request_id == req.id)
    ).all()
    if req.state == "open" and not any(s in WAITING_ITEM_STATES for s in states):
        req.state = "completed"
        record(session, "request", req.id, "completed")


def start_ticket(session: Session, ticket: m.Ticket) -> None:
    ticket.state = "in_progress"
    ticket.updated_at = utcnow()
    ticket.version = m.next_version(session)
    record(session, "ticket", ticket.number, "in_progress")


def resolve_ticket(session: Session, ticket: m.Ticket, outcome: str) -> None:
    """Close the ticket as `outcome` (connected | rejected) and move everything it touches."""
    now = utcnow()
    ticket.state = "resolved"
    ticket.resolution = outcome
    ticket.updated_at = now
    ticket.version = m.next_version(session)
    buyer_name = ticket.buyer.name
    record(session, "ticket", ticket.number, "resolved", outcome)
    set_relationship(
        session,
        ticket.account_id,
        ticket.buyer_id,
        "active" if outcome == "connected" else "rejected",
    )
    if ticket.request_id is None:
        return
    req = session.get(m.ConnectionRequest, ticket.request_id)
    if req is None:
        return
    for item in req.items:
        if item.ticket_number == ticket.number and item.state == "ticket_opened":
            item.state = outcome
    record(session, "request", req.id, outcome, f"{ticket.number} {buyer_name}")
    session.flush()
    refresh_request_state(session, req)
    req.updated_at = now
    req.version = m.next_version(session)
