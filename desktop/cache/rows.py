"""Between the three shapes of one thing: wire model -> ORM row -> domain dataclass."""

from __future__ import annotations

import json
from collections.abc import Sequence

from sqlalchemy.orm import Session

from desktop.domain import types as d
from wire import schemas as w
from wire.text import compact_vat, fold

from .plain import history_from_json
from .relationship_keys import name_key, name_key_pl
from .schema import (
    AccountRow,
    BuyerRow,
    ConnectionRequestItemOrm,
    ConnectionRequestOrm,
    RelationshipRowOrm,
    TicketOrm,
)

# --- history JSON ----------------------------------------------------------------


def history_to_json(history: Sequence[w.HistoryEntry]) -> str:
    return json.dumps(
        [{"at": h.at.isoformat(), "event": h.event, "detail": h.detail} for h in history]
    )


# --- wire -> ORM (upserts inside the caller's transaction) ------------------------


def upsert_account(s: Session, acc: w.Account, version: int) -> None:
    row = s.get(AccountRow, acc.id) or AccountRow(id=acc.id)
    row.network_number, row.name, row.country = acc.network_number, acc.name, acc.country
    row.is_test, row.version = acc.is_test, version
    s.add(row)


def upsert_buyer(s: Session, b: w.Buyer) -> None:
    row = s.get(BuyerRow, b.id) or BuyerRow(id=b.id)
    row.name, row.network_number, row.country = b.name, b.network_number, b.country
    row.vat_number, row.group_id, row.group_name = b.vat_number, b.group_id, b.group_name
    row.is_test = b.is_test
    _fill_search_columns(row)
    s.add(row)


def note_buyer_from_item(s: Session, item: w.ConnectionRequestItem) -> None:
    """A request item names a buyer: cache it for offline search, keeping what is known."""
    row = s.get(BuyerRow, item.buyer_id)
    if row is None:
        row = BuyerRow(id=item.buyer_id, vat_number=None, group_id=None, group_name=None)
        row.is_test = False
    row.name, row.network_number, row.country = (
        item.buyer_name,
        item.buyer_network_number,
        item.buyer_country,
    )
    _fill_search_columns(row)
    s.add(row)


def _fill_search_columns(row: BuyerRow) -> None:
    row.name_folded = fold(row.name)
    row.group_folded = fold(row.group_name) if row.group_name else None
    row.vat_compact = compact_vat(row.vat_number) if row.vat_number else None


def upsert_relationship(s: Session, rel: w.Relationship, version: int) -> None:
    upsert_buyer(s, rel.buyer)
    s.flush()  # the buyer first: relationships.buyer_id is a foreign key
    row = s.get(RelationshipRowOrm, rel.id) or RelationshipRowOrm(id=rel.id)
    row.status, row.since, row.vendor_code = rel.status, rel.since, rel.vendor_code
    row.account_id, row.buyer_id, row.updated_at = rel.account_id, rel.buyer.id, rel.updated_at
    row.version = version
    row.name_key, row.name_key_pl = name_key(rel.buyer.name), name_key_pl(rel.buyer.name)
    s.add(row)


def upsert_request(s: Session, req: w.ConnectionRequest, version: int) -> None:
    for item in req.items:
        note_buyer_from_item(s, item)
    row = s.get(ConnectionRequestOrm, req.id)
    if row is None:
        row = ConnectionRequestOrm(id=req.id)
        s.add(row)
    row.account_id, row.state = req.account_id, req.state
    row.vendor_code, row.notes, row.attachment_id = req.vendor_code, req.notes, req.attachment_id
    row.created_at, row.updated_at = req.created_at, req.updated_at
    row.history, row.version = history_to_json(req.history), version
    s.flush()
    s.query(ConnectionRequestItemOrm).filter_by(request_id=req.id).delete()
    for pos, item in enumerate(req.items):
        s.add(
            ConnectionRequestItemOrm(
                request_id=req.id,
                position=pos,
                buyer_id=item.buyer_id,
                buyer_name=item.buyer_name,
                buyer_network_number=item.buyer_network_number,
                buyer_country=item.buyer_country,
                state=item.state,
                outcome=item.outcome,
                other_request_id=item.request_id,
                verification_id=item.verification_id,
                ticket_number=item.ticket_number,
            )
        )


def upsert_ticket(s: Session, t: w.Ticket, version: int) -> None:
    row = s.get(TicketOrm, t.number) or TicketOrm(number=t.number)
    row.account_id, row.buyer_id, row.buyer_name = t.account_id, t.buyer_id, t.buyer_name
    row.request_id, row.state, row.resolution = t.request_id, t.state, t.resolution
    row.subject, row.created_at, row.updated_at = t.subject, t.created_at, t.updated_at
    row.history, row.version = history_to_json(t.history), version
    s.add(row)


# --- ORM -> domain ------------------------------------------------------------------


def buyer_of(row: BuyerRow) -> d.Buyer:
    return d.Buyer(
        id=row.id,
        name=row.name,
        network_number=row.network_number,
        country=row.country,
        vat_number=row.vat_number,
        group_id=row.group_id,
        group_name=row.group_name,
    )


def ticket_of(row: TicketOrm) -> d.TicketRow:
    return d.TicketRow(
        number=row.number,
        account_id=row.account_id,
        buyer_id=row.buyer_id,
        buyer_name=row.buyer_name,
        request_id=row.request_id,
        state=d.TicketState(row.state),
        resolution=row.resolution,
        subject=row.subject,
        created_at=row.created_at,
        updated_at=row.updated_at,
        history=history_from_json(row.history),
    )


def request_item_of(row: ConnectionRequestItemOrm) -> d.RequestItem:
    return d.RequestItem(
        buyer_id=row.buyer_id,
        buyer_name=row.buyer_name,
        buyer_network_number=row.buyer_network_number,
        buyer_country=row.buyer_country,
        state=d.RequestItemState(row.state),
        outcome=d.Outcome(row.outcome) if row.outcome else None,
        other_request_id=row.other_request_id,
        verification_id=row.verification_id,
        ticket_number=row.ticket_number,
    )
