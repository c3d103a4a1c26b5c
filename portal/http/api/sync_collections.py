"""One descriptor per sync collection on the portal: how `GET /v1/sync/{collection}` reads it.

The members are `wire.collections.Collection`; the desktop declares the same ones
(`desktop/cache/collections.py`) and a test checks both sides agree.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload, selectinload

from portal.rules import invoice_sync
from portal.rules.verification import to_wire
from portal.store import models as m
from portal.store import serialize
from wire.collections import Collection

Fetch = Callable[[Session, frozenset[str], int, int], Sequence[tuple[str, int, bool, Any]]]
Count = Callable[[Session, frozenset[str], int], int]


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
    """Columns, never ORM objects (a first sync may bring a million): `portal.rules.invoice_sync`."""
    return invoice_sync.fetch(db, ids, after, limit)


def _profiles(db: Session, ids: frozenset[str], after: int, limit: int) -> list[Any]:
    from portal.http.api.profiles import to_wire as profile_to_wire

    rows = db.scalars(
        select(m.SupplierProfile)
        .where(m.SupplierProfile.account_id.in_(ids), m.SupplierProfile.version > after)
        .order_by(m.SupplierProfile.version)
        .limit(limit)
    ).all()
    return [(r.account_id, r.version, False, profile_to_wire(r)) for r in rows]


def _counter(model: Any, account_column: Any) -> Count:
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


@dataclass(frozen=True)
class SyncFetch:
    """How the portal reads one collection for `GET /v1/sync/{collection}`."""

    collection: Collection
    fetch: Fetch  # (db, account ids, after, limit) -> (id, version, deleted, data) rows
    count: Count  # how many rows the caller has after a version (SyncPage.remaining)


DECLARED = (
    SyncFetch(Collection.ACCOUNTS, _accounts, _counter(m.SupplierAccount, m.SupplierAccount.id)),
    SyncFetch(
        Collection.RELATIONSHIPS,
        _relationships,
        _counter(m.Relationship, m.Relationship.account_id),
    ),
    SyncFetch(
        Collection.CONNECTION_REQUESTS,
        _requests,
        _counter(m.ConnectionRequest, m.ConnectionRequest.account_id),
    ),
    SyncFetch(Collection.TICKETS, _tickets, _counter(m.Ticket, m.Ticket.account_id)),
    SyncFetch(
        Collection.VERIFICATIONS,
        _verifications,
        _counter(m.Verification, m.Verification.account_id),
    ),
    SyncFetch(
        Collection.SUPPLIER_PROFILES,
        _profiles,
        _counter(m.SupplierProfile, m.SupplierProfile.account_id),
    ),
    SyncFetch(Collection.INVOICES, _invoices, invoice_sync.count),
)
# One per member: `tests/test_sync_collections.py` checks.
SYNC_FETCHES: Mapping[Collection, SyncFetch] = MappingProxyType({f.collection: f for f in DECLARED})
