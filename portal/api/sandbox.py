"""Sandbox only: resolve one of your tickets at once, for tests and demos."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload, selectinload

from portal import models as m
from portal import serialize
from portal.api.deps import CurrentUser, current_user, get_write_db
from portal.errors import ApiError, not_found
from portal.workflows import resolve_ticket
from wire.schemas import ErrorResponse, Ticket, TicketResolve

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
    db: Annotated[Session, Depends(get_write_db)],
) -> Ticket:
    ticket = db.scalars(
        select(m.Ticket).options(joinedload(m.Ticket.buyer)).where(m.Ticket.number == number)
    ).first()
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
