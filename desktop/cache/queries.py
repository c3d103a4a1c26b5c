"""The cache's reads. Each opens its own short session and returns domain dataclasses."""

from __future__ import annotations

import json

from sqlalchemy import case, or_, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain import types as d
from wire.text import compact_vat, fold

from .plain import PENDING_OUTBOX
from .rows import history_from_json, request_item_of
from .schema import (
    AccountRow,
    BuyerRow,
    ConnectionRequestItemOrm,
    ConnectionRequestOrm,
    OutboxOrm,
    RelationshipRowOrm,
)

Sessions = sessionmaker[Session]

# Items still waiting on the network: a new request for the same buyer would duplicate them.
OPEN_ITEM_STATES = ("submitted", "verification_required", "ticket_opened")


def relationships(sessions: Sessions, account_id: str | None = None) -> list[d.RelationshipRow]:
    # Plain columns, not ORM objects: no identity map to fill, so 100,000 relationships read
    # in a fraction of the time and memory (bench/README.md, "Invoices on the desktop").
    rel, buyer = RelationshipRowOrm, BuyerRow
    q = (
        select(
            rel.id,
            rel.status,
            rel.since,
            rel.vendor_code,
            rel.account_id,
            AccountRow.name,
            buyer.id,
            buyer.name,
            buyer.network_number,
            buyer.country,
            buyer.vat_number,
            buyer.group_id,
            buyer.group_name,
        )
        .join(buyer, buyer.id == rel.buyer_id)
        .outerjoin(AccountRow, AccountRow.id == rel.account_id)
        .order_by(buyer.name_folded, rel.id)
    )
    if account_id is not None:
        q = q.where(rel.account_id == account_id)
    # The few values many rows repeat (account, country, group) are held once, not once a
    # row: about 15 MB less at 100,000 relationships.
    same: dict[str, str] = {}

    def once(text: str | None) -> str | None:
        return None if text is None else same.setdefault(text, text)

    with sessions() as s:
        return [
            d.RelationshipRow(
                id=r[0],
                status=d.RelationshipStatus(r[1]),
                since=r[2],
                vendor_code=r[3],
                account_id=same.setdefault(r[4], r[4]),
                account_name=same.setdefault(r[5] or "", r[5] or ""),
                buyer=d.Buyer(
                    id=r[6],
                    name=r[7],
                    network_number=r[8],
                    country=same.setdefault(r[9], r[9]),
                    vat_number=r[10],
                    group_id=once(r[11]),
                    group_name=once(r[12]),
                ),
            )
            # In windows: the driver's rows are not all held beside the finished list.
            for r in s.execute(q, execution_options={"yield_per": 2000})
        ]


def relationship_status(
    sessions: Sessions, account_id: str, buyer_id: str
) -> d.RelationshipStatus | None:
    with sessions() as s:
        status = s.scalar(
            select(RelationshipRowOrm.status).where(
                RelationshipRowOrm.account_id == account_id,
                RelationshipRowOrm.buyer_id == buyer_id,
            )
        )
        return d.RelationshipStatus(status) if status else None


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search_buyers(sessions: Sessions, text: str, limit: int = 20) -> list[d.DirectoryEntry]:
    """Cached buyers and their groups whose name, network number or VAT matches, ranked."""
    folded = fold(text)
    compact = compact_vat(text)
    if not folded and not compact:
        return []
    name_any = f"%{_like_escape(folded)}%"
    name_start = f"{_like_escape(folded)}%"
    word_start = f"% {_like_escape(folded)}%"
    number_like = f"%{_like_escape(compact)}%" if compact else None
    with sessions() as s:
        conds = [BuyerRow.name_folded.like(name_any, escape="\\")]
        if number_like:
            conds.append(BuyerRow.network_number.like(number_like, escape="\\"))
            conds.append(BuyerRow.vat_compact.like(number_like, escape="\\"))
        rank = case(
            (BuyerRow.name_folded.like(name_start, escape="\\"), 0),
            (BuyerRow.name_folded.like(word_start, escape="\\"), 1),
            else_=2,
        )
        rows = s.scalars(
            select(BuyerRow)
            .where(or_(*conds))
            .order_by(rank, BuyerRow.name_folded, BuyerRow.id)
            .limit(limit)
        ).all()
        entries = [
            d.DirectoryEntry(
                id=r.id,
                kind="entity",
                name=r.name,
                network_number=r.network_number,
                vat_number=r.vat_number,
                country=r.country,
                group_id=r.group_id,
                group_name=r.group_name,
            )
            for r in rows
        ]
        groups = s.execute(
            select(BuyerRow.group_id, BuyerRow.group_name)
            .where(BuyerRow.group_folded.like(name_any, escape="\\"))
            .group_by(BuyerRow.group_id, BuyerRow.group_name)
            .order_by(BuyerRow.group_name)
            .limit(limit)
        ).all()
    group_entries = [
        d.DirectoryEntry(id=gid, kind="group", name=gname) for gid, gname in groups if gid and gname
    ]
    return (group_entries + entries)[:limit]


def _portal_request(
    req: ConnectionRequestOrm, items: list[ConnectionRequestItemOrm], sent: OutboxOrm | None
) -> d.ConnectionRequestRow:
    return d.ConnectionRequestRow(
        local_id=sent.local_id if sent else req.id,
        remote_id=req.id,
        account_id=req.account_id,
        state=req.state,
        vendor_code=req.vendor_code,
        notes=req.notes,
        attachment_name=sent.attachment_name if sent else None,
        created_at=req.created_at,
        updated_at=req.updated_at,
        items=tuple(request_item_of(i) for i in items),
        history=history_from_json(req.history),
        attachment_id=req.attachment_id,
    )


def _outbox_request(s: Session, row: OutboxOrm) -> d.ConnectionRequestRow:
    buyer_ids: list[str] = json.loads(row.buyer_ids)
    known = {b.id: b for b in s.scalars(select(BuyerRow).where(BuyerRow.id.in_(buyer_ids)))}
    failed = row.state == "failed"
    item_state = d.RequestItemState.FAILED if failed else d.RequestItemState.QUEUED
    items = []
    for bid in buyer_ids:
        b = known.get(bid)
        items.append(
            d.RequestItem(
                buyer_id=bid,
                buyer_name=b.name if b else bid,
                buyer_network_number=b.network_number if b else "",
                buyer_country=b.country if b else "",
                state=item_state,
            )
        )
    return d.ConnectionRequestRow(
        local_id=row.local_id,
        remote_id=None,
        account_id=row.account_id,
        state="failed" if failed else "queued",
        vendor_code=row.vendor_code,
        notes=row.notes,
        attachment_name=row.attachment_name,
        created_at=row.created_at,
        updated_at=row.created_at,
        items=tuple(items),
        error=row.error,
    )


def connection_requests(sessions: Sessions) -> list[d.ConnectionRequestRow]:
    """The portal's requests and the outbox's not yet accepted ones, newest first."""
    with sessions() as s:
        sent = {
            o.remote_id: o
            for o in s.scalars(select(OutboxOrm).where(OutboxOrm.remote_id.is_not(None)))
        }
        items: dict[str, list[ConnectionRequestItemOrm]] = {}
        for it in s.scalars(
            select(ConnectionRequestItemOrm).order_by(
                ConnectionRequestItemOrm.request_id, ConnectionRequestItemOrm.position
            )
        ):
            items.setdefault(it.request_id, []).append(it)
        out = [
            _portal_request(r, items.get(r.id, []), sent.get(r.id))
            for r in s.scalars(select(ConnectionRequestOrm))
        ]
        for row in s.scalars(
            select(OutboxOrm).where(OutboxOrm.state.in_((*PENDING_OUTBOX, "failed")))
        ):
            out.append(_outbox_request(s, row))
    out.sort(key=lambda r: (r.created_at, r.local_id), reverse=True)
    return out


def open_request_for(
    sessions: Sessions, account_id: str, buyer_id: str
) -> d.ConnectionRequestRow | None:
    """A request for this buyer that still waits: on the portal or in the outbox."""
    for row in connection_requests(sessions):
        if row.account_id != account_id:
            continue
        for item in row.items:
            if item.buyer_id == buyer_id and item.state.value in (*OPEN_ITEM_STATES, "queued"):
                return row
    return None
