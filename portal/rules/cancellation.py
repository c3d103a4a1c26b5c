"""Cancelling a connection request that still waits: the network stops working on it.

Every item still waiting (submitted, verification required, support ticket opened) ends as
cancelled; its open support ticket is closed and the pending relationship it created is
removed (a tombstone: `deleted=True`, status rejected, so a later request starts it afresh).
Items that already ended (connected, rejected, already requested) keep their outcome.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from portal.clock import utcnow
from portal.errors import ApiError, not_found
from portal.rules.workflows import WAITING_ITEM_STATES, lock_requests, lock_tickets, record
from portal.store import models as m

OPEN_TICKET_STATES = ("open", "in_progress")


def cancel_request(
    session: Session, account_ids: frozenset[str], request_id: str
) -> m.ConnectionRequest:
    """Cancel what still waits in the request; the caller commits.

    404 when the request is not one of the user's accounts'; 409 `not_cancellable` when
    nothing in it waits any more, unless it was cancelled already (then it is answered as is).
    """
    locked = lock_requests(session, [request_id])  # the lock order: portal/rules/workflows.py
    req = locked[0] if locked else None
    if req is None or req.deleted or req.account_id not in account_ids:
        raise not_found("connection request")
    waiting = [item for item in req.items if item.state in WAITING_ITEM_STATES]
    lock_tickets(session, [item.ticket_number for item in waiting if item.ticket_number])
    if not waiting:
        if req.state == "cancelled":
            return req  # a repeat: the same answer, nothing changes
        raise ApiError(
            409, "not_cancellable", "Nothing in this connection request is waiting any more."
        )
    now = utcnow()
    for item in waiting:
        item.state = "cancelled"
        if item.ticket_number is not None:
            _close_ticket(session, item.ticket_number, now)
        if item.verification_id is not None:
            verification = session.get(m.Verification, item.verification_id)
            if verification is not None and verification.state != "passed":
                verification.state = "cancelled"
                verification.updated_at = now
        session.flush()
        _remove_pending_relationship(session, req.account_id, item.buyer_id)
        record(session, "request", req.id, "cancelled", item.buyer.name)
    req.state = "cancelled"
    req.updated_at = now
    req.version = m.next_version(session)
    session.flush()
    return req


def _close_ticket(session: Session, number: str, now: datetime) -> None:
    ticket = session.get(m.Ticket, number)
    if ticket is None or ticket.state not in OPEN_TICKET_STATES:
        return
    ticket.state = "closed"
    ticket.updated_at = now
    ticket.version = m.next_version(session)
    record(session, "ticket", number, "closed", "cancelled")


def _remove_pending_relationship(session: Session, account_id: str, buyer_id: str) -> None:
    """A pending relationship exists only because of a waiting request: gone with the last one."""
    still_waiting = session.scalars(
        select(m.ConnectionRequestItem.id)
        .join(m.ConnectionRequest)
        .where(
            m.ConnectionRequest.account_id == account_id,
            m.ConnectionRequestItem.buyer_id == buyer_id,
            m.ConnectionRequestItem.state.in_(WAITING_ITEM_STATES),
            m.ConnectionRequest.deleted.is_(False),
        )
    ).first()
    if still_waiting is not None:
        return
    rel = session.scalars(
        select(m.Relationship).where(
            m.Relationship.account_id == account_id,
            m.Relationship.buyer_id == buyer_id,
            m.Relationship.deleted.is_(False),
        )
    ).first()
    if rel is None or rel.status != "pending":
        return
    rel.status = "rejected"
    rel.deleted = True
    rel.updated_at = utcnow()
    rel.version = m.next_version(session)
