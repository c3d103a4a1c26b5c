"""The outbox: connection requests written locally first, sent when the network answers.

A request, its attachment's bytes and a fresh idempotency key are written in one
transaction; every retry reuses the key, so the portal never creates it twice.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.domain import types as d
from wire import schemas as w

from .plain import PENDING_OUTBOX
from .rows import upsert_request
from .schema import ConnectionRequestOrm, OutboxOrm

Sessions = sessionmaker[Session]
ERROR_MAX = 500


def _item_of(row: OutboxOrm) -> d.OutboxItem:
    return d.OutboxItem(
        local_id=row.local_id,
        idempotency_key=row.idempotency_key,
        account_id=row.account_id,
        buyer_ids=tuple(json.loads(row.buyer_ids)),
        vendor_code=row.vendor_code,
        notes=row.notes,
        attachment_name=row.attachment_name,
        attachment_size=row.attachment_size,
        attachment_sha256=row.attachment_sha256,
        attachment_id=row.attachment_id,
        state=d.OutboxState(row.state),
        error=row.error,
        created_at=row.created_at,
        remote_id=row.remote_id,
    )


def enqueue_request(writer: Sessions, draft: d.RequestDraft, attachment: Path | None) -> str:
    data = attachment.read_bytes() if attachment is not None else None
    local_id = uuid.uuid4().hex
    row = OutboxOrm(
        local_id=local_id,
        idempotency_key=str(uuid.uuid4()),
        account_id=draft.account_id,
        buyer_ids=json.dumps(list(draft.buyer_ids)),
        vendor_code=draft.vendor_code or None,
        notes=draft.notes or None,
        attachment_name=attachment.name if attachment is not None else None,
        attachment_bytes=data,
        attachment_size=len(data) if data is not None else None,
        attachment_sha256=hashlib.sha256(data).hexdigest() if data is not None else None,
        attachment_id=None,
        state=d.OutboxState.QUEUED.value,
        error=None,
        created_at=datetime.now(UTC),
        remote_id=None,
    )
    with writer.begin() as s:
        s.add(row)
    return local_id


def outbox(reader: Sessions, *, include_done: bool = False) -> list[d.OutboxItem]:
    """Items still to send (queued, or caught mid-send), oldest first; all with include_done."""
    with reader() as s:
        q = select(OutboxOrm).order_by(OutboxOrm.created_at, OutboxOrm.local_id)
        if not include_done:
            q = q.where(OutboxOrm.state.in_(PENDING_OUTBOX))
        return [_item_of(r) for r in s.scalars(q)]


def outbox_item(reader: Sessions, local_id: str) -> d.OutboxItem | None:
    with reader() as s:
        row = s.get(OutboxOrm, local_id)
        return _item_of(row) if row is not None else None


def attachment_bytes(reader: Sessions, local_id: str) -> bytes | None:
    with reader() as s:
        return s.scalar(select(OutboxOrm.attachment_bytes).where(OutboxOrm.local_id == local_id))


def _update(writer: Sessions, local_id: str, **values: object) -> None:
    with writer.begin() as s:
        row = s.get(OutboxOrm, local_id)
        if row is None:
            raise KeyError(local_id)
        for name, value in values.items():
            setattr(row, name, value)


def set_attachment_id(writer: Sessions, local_id: str, attachment_id: str) -> None:
    _update(writer, local_id, attachment_id=attachment_id)


def mark_sending(writer: Sessions, local_id: str) -> None:
    _update(writer, local_id, state=d.OutboxState.SENDING.value)


def mark_failed(writer: Sessions, local_id: str, code: str) -> None:
    _update(writer, local_id, state=d.OutboxState.FAILED.value, error=code[:ERROR_MAX])


def mark_sent(writer: Sessions, local_id: str, response: w.ConnectionRequest) -> None:
    """The portal accepted it: remember its id and show the request with its outcomes at once."""
    with writer.begin() as s:
        row = s.get(OutboxOrm, local_id)
        if row is None:
            raise KeyError(local_id)
        row.state = d.OutboxState.SENT.value
        row.remote_id = response.id
        row.error = None
        row.attachment_bytes = None  # the portal has it now
        # A replayed answer (same key) can be older than what a pull already brought.
        known = s.get(ConnectionRequestOrm, response.id)
        if known is None or known.version == 0:
            upsert_request(s, response, version=0)


def withdraw(writer: Sessions, local_id: str) -> d.OutboxItem | None:
    """Cancel a request not yet sent: a queued item is removed (with its attachment) and can
    never go out. Returns the item as it was; one already sending or sent stays as it is (the
    caller asks the portal instead). None when the outbox does not know it."""
    with writer.begin() as s:
        row = s.get(OutboxOrm, local_id)
        if row is None:
            return None
        item = _item_of(row)
        if row.state == d.OutboxState.QUEUED.value:
            s.delete(row)
        return item
