"""GET /v1/sync/{collection}: what changed after a cursor, in version order, with tombstones."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Annotated, Any

import orjson
from fastapi import APIRouter, Depends, Query
from fastapi.responses import Response
from pydantic import BaseModel
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session, joinedload, selectinload

from portal import invoice_sync, serialize
from portal import models as m
from portal.api.deps import CurrentUser, current_user, get_db
from portal.errors import ApiError, not_found
from portal.verification import to_wire
from wire.schemas import SYNC_PAGE_MAX, ErrorResponse, SyncPage

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
    """Columns, never ORM objects (a first sync may bring a million): `portal.invoice_sync`."""
    return invoice_sync.fetch(db, ids, after, limit)


def _profiles(db: Session, ids: frozenset[str], after: int, limit: int) -> list[Any]:
    from portal.api.profiles import to_wire as profile_to_wire

    rows = db.scalars(
        select(m.SupplierProfile)
        .where(m.SupplierProfile.account_id.in_(ids), m.SupplierProfile.version > after)
        .order_by(m.SupplierProfile.version)
        .limit(limit)
    ).all()
    return [(r.account_id, r.version, False, profile_to_wire(r)) for r in rows]


def _counter(model: Any, account_column: Any) -> Callable[[Session, frozenset[str], int], int]:
    def count(db: Session, ids: frozenset[str], after: int) -> int:
        return int(
            db.scalar(
                select(func.count())
                .select_from(model)
                .where(account_column.in_(ids), model.version > after)
            )
            or 0
        )

    return count


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
    "supplier-profiles": _profiles,
    "relationships": _relationships,
    "connection-requests": _requests,
    "tickets": _tickets,
    "invoices": _invoices,
    "verifications": _verifications,
}
# How many rows a caller has after a version, for SyncPage.remaining (progress with counts).
COUNTS: dict[str, Callable[[Session, frozenset[str], int], int]] = {
    "accounts": _counter(m.SupplierAccount, m.SupplierAccount.id),
    "supplier-profiles": _counter(m.SupplierProfile, m.SupplierProfile.account_id),
    "relationships": _counter(m.Relationship, m.Relationship.account_id),
    "connection-requests": _counter(m.ConnectionRequest, m.ConnectionRequest.account_id),
    "tickets": _counter(m.Ticket, m.Ticket.account_id),
    "invoices": invoice_sync.count,
    "verifications": _counter(m.Verification, m.Verification.account_id),
}


_HORIZON = text("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint << 20")


def final_versions_below(db: Session) -> int | None:
    """PostgreSQL: a version below which no transaction can still add a row (None: SQLite).

    A version is (xid << 20) + low bits (`portal.models.PG_NEXT_VERSION`); every transaction
    with an id below the oldest one running has ended, so its rows are all visible to the
    page's query, which starts after this one.
    """
    if db.get_bind().dialect.name != "postgresql":
        return None  # one writer at a time: versions commit in order
    return int(db.execute(_HORIZON).scalar_one())


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
    count: Annotated[bool, Query()] = False,
) -> Response:
    fetch = COLLECTIONS.get(collection)
    if fetch is None:
        raise not_found("collection")
    start = parse_cursor(after)
    horizon = final_versions_below(db)
    rows = fetch(db, user.account_ids, start, limit + 1)
    has_more = len(rows) > limit
    rows = list(rows[:limit])
    if horizon is not None and rows and rows[-1][1] >= horizon:
        # Stop before the first version a transaction still running may share: the next
        # sync starts there, so a version committed late is never passed by.
        rows = [row for row in rows if row[1] < horizon]
        has_more = False
    next_cursor = str(rows[-1][1]) if rows else str(start)
    remaining: int | None = None if has_more else 0
    if has_more and (count or start == 0):
        remaining = COUNTS[collection](db, user.account_ids, int(next_cursor))
    body = {
        "items": [
            {"id": i, "version": v, "deleted": d, "data": _plain(data)} for i, v, d, data in rows
        ],
        "next_cursor": next_cursor,
        "has_more": has_more,
        "remaining": remaining,
    }
    # orjson writes the invoices' naive UTC datetimes as ...Z, dates as ISO 8601.
    return Response(
        orjson.dumps(body, option=orjson.OPT_NAIVE_UTC | orjson.OPT_UTC_Z),
        media_type="application/json",
    )


def _plain(data: Any) -> Any:
    return data.model_dump(mode="json") if isinstance(data, BaseModel) else data
