"""GET /v1/sync/{collection}: what changed after a cursor, in version order, with tombstones."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query
from fastapi.responses import JSONResponse
from sqlalchemy import and_, exists, select
from sqlalchemy.orm import Session, joinedload, selectinload

from portal import models as m
from portal import serialize
from portal.api.deps import CurrentUser, current_user, get_db
from portal.errors import ApiError, not_found
from portal.verification import to_wire
from wire.schemas import SYNC_PAGE_MAX, ErrorResponse, SyncEntry, SyncPage

router = APIRouter(prefix="/v1/sync", tags=["sync"])

SYNC_PAGE_DEFAULT = 500

Fetch = Callable[[Session, frozenset[str], int, int], Sequence[tuple[str, int, bool, Any]]]


def _accounts(db: Session, ids: frozenset[str], after: int, limit: int) -> list[Any]:
    rows = db.scalars(
        select(m.SupplierAccount)
        .where(m.SupplierAccount.id.in_(ids), m.SupplierAccount.version > after)
        .order_by(m.SupplierAccount.version)
        .limit(limit)
    ).all()
    return [(r.id, r.version, False, serialize.account(r)) for r in rows]


def _relationships(db: Session, ids: frozenset[str], after: int, limit: int) -> list[Any]:
    rows = db.scalars(
        select(m.Relationship)
        .options(joinedload(m.Relationship.buyer).joinedload(m.Buyer.group))
        .where(m.Relationship.account_id.in_(ids), m.Relationship.version > after)
        .order_by(m.Relationship.version)
        .limit(limit)
    ).all()
    return [
        (r.id, r.version, r.deleted, None if r.deleted else serialize.relationship(r)) for r in rows
    ]


def _requests(db: Session, ids: frozenset[str], after: int, limit: int) -> list[Any]:
    rows = db.scalars(
        select(m.ConnectionRequest)
        .options(
            selectinload(m.ConnectionRequest.items).joinedload(m.ConnectionRequestItem.buyer),
            selectinload(m.ConnectionRequest.events),
        )
        .where(m.ConnectionRequest.account_id.in_(ids), m.ConnectionRequest.version > after)
        .order_by(m.ConnectionRequest.version)
        .limit(limit)
    ).all()
    return [
        (r.id, r.version, r.deleted, None if r.deleted else serialize.connection_request(r))
        for r in rows
    ]


def _tickets(db: Session, ids: frozenset[str], after: int, limit: int) -> list[Any]:
    rows = db.scalars(
        select(m.Ticket)
        .options(joinedload(m.Ticket.buyer), selectinload(m.Ticket.events))
        .where(m.Ticket.account_id.in_(ids), m.Ticket.version > after)
        .order_by(m.Ticket.version)
        .limit(limit)
    ).all()
    return [
        (r.number, r.version, r.deleted, None if r.deleted else serialize.ticket(r)) for r in rows
    ]


def _invoices(db: Session, ids: frozenset[str], after: int, limit: int) -> list[Any]:
    """Only invoices to buyers the account is actively connected with."""
    rows = db.execute(
        select(m.BuyerInvoice, m.Buyer)
        .join(m.Buyer, m.Buyer.id == m.BuyerInvoice.buyer_id)
        .join(
            m.Relationship,
            and_(
                m.Relationship.account_id == m.BuyerInvoice.account_id,
                m.Relationship.buyer_id == m.BuyerInvoice.buyer_id,
                m.Relationship.status == "active",
                m.Relationship.deleted.is_(False),
            ),
        )
        .where(
            m.BuyerInvoice.account_id.in_(ids),
            m.BuyerInvoice.version > after,
            ~exists().where(  # a passed verification's invoice data not delivered yet
                m.InvoiceLoad.account_id == m.BuyerInvoice.account_id,
                m.InvoiceLoad.buyer_id == m.BuyerInvoice.buyer_id,
                m.InvoiceLoad.delivered_at.is_(None),
            ),
        )
        .order_by(m.BuyerInvoice.version)
        .limit(limit)
    ).all()
    return [
        (inv.id, inv.version, inv.deleted, None if inv.deleted else serialize.invoice(inv, b))
        for inv, b in rows
    ]


def _verifications(db: Session, ids: frozenset[str], after: int, limit: int) -> list[Any]:
    rows = db.scalars(
        select(m.Verification)
        .options(joinedload(m.Verification.buyer))
        .where(m.Verification.account_id.in_(ids), m.Verification.version > after)
        .order_by(m.Verification.version)
        .limit(limit)
    ).all()
    return [(r.id, r.version, r.deleted, None if r.deleted else to_wire(r)) for r in rows]


COLLECTIONS: dict[str, Fetch] = {
    "accounts": _accounts,
    "relationships": _relationships,
    "connection-requests": _requests,
    "tickets": _tickets,
    "invoices": _invoices,
    "verifications": _verifications,
}


def parse_cursor(after: str | None) -> int:
    if after is None or after == "":
        return 0
    if not after.isascii() or not after.isdigit() or len(after) > 18:
        raise ApiError(422, "invalid_cursor", "The cursor is not valid; start again without one.")
    return int(after)


@router.get(
    "/{collection}",
    response_model=SyncPage[Any],
    responses={401: {"model": ErrorResponse}, 404: {"model": ErrorResponse}},
)
def sync_page(
    collection: str,
    user: Annotated[CurrentUser, Depends(current_user)],
    db: Annotated[Session, Depends(get_db)],
    after: Annotated[str | None, Query(max_length=32)] = None,
    limit: Annotated[int, Query(ge=1, le=SYNC_PAGE_MAX)] = SYNC_PAGE_DEFAULT,
) -> JSONResponse:
    fetch = COLLECTIONS.get(collection)
    if fetch is None:
        raise not_found("collection")
    start = parse_cursor(after)
    rows = fetch(db, user.account_ids, start, limit + 1)
    has_more = len(rows) > limit
    rows = list(rows[:limit])
    entries = [SyncEntry[Any](id=i, version=v, deleted=d, data=data) for i, v, d, data in rows]
    next_cursor = str(rows[-1][1]) if rows else str(start)
    page = SyncPage[Any](items=entries, next_cursor=next_cursor, has_more=has_more)
    return JSONResponse(page.model_dump(mode="json"))
