"""Sandbox only: resolve one of your tickets at once, and the invoices to practise verification
with, for tests and demos."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from sqlalchemy import select
from sqlalchemy.orm import joinedload, selectinload

from portal.clock import utcnow
from portal.errors import ApiError, not_found
from portal.http.api.deps import CurrentUser, ReadSession, WriteSession, current_user
from portal.rules.workflows import lock_ticket_with_request, resolve_ticket
from portal.sandbox.invoice_flow import advance_invoices
from portal.store import models as m
from portal.store import serialize
from wire.schemas import (
    ErrorResponse,
    InvoiceMove,
    InvoicesAdvanced,
    PracticeInvoice,
    Ticket,
    TicketResolve,
)

router = APIRouter(prefix="/v1/sandbox", tags=["sandbox"])


@router.post(
    "/tickets/{number}/resolve",
    response_model=Ticket,
    responses={404: {"model": ErrorResponse}, 409: {"model": ErrorResponse}},
)
def resolve(
    number: str,
    body: TicketResolve,
    user: Annotated[CurrentUser, Depends(current_user)],
    db: WriteSession,
) -> Ticket:
    # Its request, then the ticket (the lock order: portal/rules/workflows.py): the operator's round
    # and a cancellation wait their turn.
    ticket = lock_ticket_with_request(db, number)
    if ticket is None or ticket.account_id not in user.account_ids or ticket.deleted:
        raise not_found("ticket")
    if ticket.state not in ("open", "in_progress"):
        raise ApiError(409, "ticket_already_resolved", f"Ticket {number} is already resolved.")
    resolve_ticket(db, ticket, body.outcome)
    db.commit()
    fresh = db.scalars(
        select(m.Ticket)
        .options(joinedload(m.Ticket.buyer), selectinload(m.Ticket.events))
        .where(m.Ticket.number == number)
        .execution_options(populate_existing=True)
    ).one()
    return serialize.ticket(fresh)


@router.post("/invoices/advance", response_model=InvoicesAdvanced)
def advance(
    user: Annotated[CurrentUser, Depends(current_user)],
    db: WriteSession,
    count: Annotated[int, Query(ge=1, le=1000)] = 5,
) -> InvoicesAdvanced:
    """Move up to `count` open invoices of your accounts one step on, at once (what the
    operator does a few times a minute)."""
    moved = advance_invoices(db, count, utcnow(), user.account_ids)
    db.commit()
    return InvoicesAdvanced(
        moved=[InvoiceMove(invoice_id=i, before=b, after=a) for i, b, a in moved]  # type: ignore[arg-type]
    )


@router.get(
    "/practice-invoices",
    response_model=list[PracticeInvoice],
    responses={404: {"model": ErrorResponse}},
)
def practice_invoices(
    user: Annotated[CurrentUser, Depends(current_user)],
    db: ReadSession,
    buyer_id: Annotated[str, Query(min_length=1, max_length=64)],
    account_id: Annotated[str | None, Query(max_length=64)] = None,
) -> list[PracticeInvoice]:
    """The invoice history of the caller's accounts (or one of them) with that buyer."""
    if db.get(m.Buyer, buyer_id) is None:
        raise not_found("buyer")
    accounts = user.account_ids
    if account_id is not None:
        if account_id not in accounts:
            raise not_found("supplier account")
        accounts = frozenset({account_id})
    rows = db.scalars(
        select(m.BuyerInvoice)
        .where(
            m.BuyerInvoice.buyer_id == buyer_id,
            m.BuyerInvoice.account_id.in_(accounts),
            m.BuyerInvoice.deleted.is_(False),
        )
        .order_by(m.BuyerInvoice.account_id, m.BuyerInvoice.issue_date.desc(), m.BuyerInvoice.id)
    ).all()
    return [
        PracticeInvoice(
            invoice_number=r.number,
            invoice_date=r.issue_date,
            amount=f"{Decimal(r.amount):.2f}",
            currency=r.currency,
            account_id=r.account_id,
        )
        for r in rows
    ]
