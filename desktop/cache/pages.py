"""Applying one sync page: its rows, its tombstones and its next cursor, in the caller's transaction.

`apply_rows` makes the applier of a collection written row by row; which collections use
it, with which table and upsert, is declared once in `collections.py`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pydantic import BaseModel
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desktop.domain import types as d
from wire import schemas as w
from wire.collections import Collection

from .rows import ticket_of, upsert_ticket
from .schema import ConnectionRequestItemOrm, SyncCursor, TicketOrm

# (s, item, version) -> a ticket this item resolved, or None
Upsert = Callable[[Session, Any, int], "d.TicketRow | None"]


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


def apply_ticket(s: Session, data: w.Ticket, version: int) -> d.TicketRow | None:
    """Upserts the ticket; returns it when this item is the news that it was resolved."""
    before = _ticket_state_before(s, data.number)
    upsert_ticket(s, data, version)
    if data.state == "resolved" and before is not None and before != "resolved":
        s.flush()
        row = s.get(TicketOrm, data.number)
        assert row is not None
        return ticket_of(row)
    return None


def apply_rows(
    collection: Collection, model: type[BaseModel], key: Any, upsert: Upsert
) -> Callable[[Session, w.SyncPage[Any]], d.ChangeSet]:
    """The applier of a collection stored one row per item: `key` is its table's id column,
    a tombstone deletes that row."""

    def apply(s: Session, page: w.SyncPage[Any]) -> d.ChangeSet:
        changed: set[str] = set()
        resolved: list[d.TicketRow] = []
        for entry in page.items:
            changed.add(entry.id)
            if entry.deleted or entry.data is None:
                s.execute(delete(key.table).where(key == entry.id))
                continue
            data = model.model_validate(entry.data, from_attributes=True)
            ticket = upsert(s, data, entry.version)
            if ticket is not None:
                resolved.append(ticket)
            s.flush()
        s.merge(SyncCursor(collection=collection, cursor=page.next_cursor))
        ids = {collection: frozenset(changed)} if changed else {}
        return d.ChangeSet(ids=ids, resolved_tickets=tuple(resolved))

    return apply
