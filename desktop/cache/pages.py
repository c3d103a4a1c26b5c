"""Applying one sync page: its rows, its tombstones and its next cursor, in the caller's transaction."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desktop.domain import types as d
from wire import schemas as w
from wire.profile import SupplierProfile

from .profiles import apply as apply_profile
from .rows import (
    ticket_of,
    upsert_account,
    upsert_relationship,
    upsert_request,
    upsert_ticket,
)
from .schema import (
    AccountRow,
    ConnectionRequestItemOrm,
    ConnectionRequestOrm,
    RelationshipRowOrm,
    SupplierProfileOrm,
    SyncCursor,
    TicketOrm,
    VerificationOrm,
)
from .verifications import upsert_verification

# The collections the desktop pulls, in the order it pulls them, with their wire model.
COLLECTIONS: dict[str, type[BaseModel]] = {
    "accounts": w.Account,
    "supplier-profiles": SupplierProfile,
    "relationships": w.Relationship,
    "connection-requests": w.ConnectionRequest,
    "tickets": w.Ticket,
    "verifications": w.Verification,
}

_TABLE_KEYS: dict[str, Any] = {
    "accounts": AccountRow.id,
    "supplier-profiles": SupplierProfileOrm.account_id,
    "relationships": RelationshipRowOrm.id,
    "connection-requests": ConnectionRequestOrm.id,
    "tickets": TicketOrm.number,
    "verifications": VerificationOrm.id,
}


def _ticket_state_before(s: Session, number: str) -> str | None:
    """What the cache knew: the ticket's state, or "open" if only a request item named it."""
    state = s.scalar(select(TicketOrm.state).where(TicketOrm.number == number))
    if state is not None:
        return state
    named = s.scalar(
        select(ConnectionRequestItemOrm.ticket_number).where(
            ConnectionRequestItemOrm.ticket_number == number
        )
    )
    return "open" if named else None


def apply_page(s: Session, collection: str, page: w.SyncPage[Any]) -> d.ChangeSet:
    model = COLLECTIONS.get(collection)
    if model is None:
        raise ValueError(f"unknown collection {collection!r}")
    if collection == "relationships":  # up to 100,000 in a first sync: in bulk
        from .relationship_pages import apply_relationship_page

        return apply_relationship_page(s, page)
    changed: set[str] = set()
    resolved: list[d.TicketRow] = []
    for entry in page.items:
        changed.add(entry.id)
        if entry.deleted or entry.data is None:
            s.execute(
                delete(_TABLE_KEYS[collection].table).where(_TABLE_KEYS[collection] == entry.id)
            )
            continue
        data = model.model_validate(entry.data, from_attributes=True)
        if isinstance(data, w.Account):
            upsert_account(s, data, entry.version)
        elif isinstance(data, w.Relationship):
            upsert_relationship(s, data, entry.version)
        elif isinstance(data, w.ConnectionRequest):
            upsert_request(s, data, entry.version)
        elif isinstance(data, w.Ticket):
            before = _ticket_state_before(s, data.number)
            upsert_ticket(s, data, entry.version)
            if data.state == "resolved" and before is not None and before != "resolved":
                s.flush()
                row = s.get(TicketOrm, data.number)
                assert row is not None
                resolved.append(ticket_of(row))
        elif isinstance(data, w.Verification):
            upsert_verification(s, data, entry.version)
        elif isinstance(data, SupplierProfile):
            apply_profile(s, data, entry.version)
        s.flush()
    s.merge(SyncCursor(collection=collection, cursor=page.next_cursor))
    ids = {collection: frozenset(changed)} if changed else {}
    return d.ChangeSet(ids=ids, resolved_tickets=tuple(resolved))
