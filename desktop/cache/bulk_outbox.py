"""Many connection requests into the outbox at once (bulk connect): one transaction, so
either every request of the bulk connect is queued or none is. Beside the cache, the rows of
the last list sent (a JSON file), so the page shows their outcomes again after a restart."""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from desktop.domain import types as d

from .schema import OutboxOrm


def enqueue_requests(writer: sessionmaker[Session], drafts: Sequence[d.RequestDraft]) -> list[str]:
    """Local ids, in the order of `drafts`; each request with its own idempotency key."""
    now = datetime.now(UTC)
    local_ids = [uuid.uuid4().hex for _ in drafts]
    with writer.begin() as s:
        for local_id, draft in zip(local_ids, drafts, strict=True):
            s.add(
                OutboxOrm(
                    local_id=local_id,
                    idempotency_key=str(uuid.uuid4()),
                    account_id=draft.account_id,
                    buyer_ids=json.dumps(list(draft.buyer_ids)),
                    vendor_code=draft.vendor_code or None,
                    notes=draft.notes or None,
                    attachment_name=None,
                    attachment_bytes=None,
                    attachment_size=None,
                    attachment_sha256=None,
                    attachment_id=None,
                    state=d.OutboxState.QUEUED.value,
                    error=None,
                    created_at=now,
                    remote_id=None,
                )
            )
    return local_ids


def last_list_path(cache_path: Path) -> Path:
    """Where the rows of the last bulk connect's list are kept (beside the cache)."""
    return cache_path.with_name(cache_path.name + ".bulk-last-list.json")


def save_last_list(cache_path: Path, record: dict[str, Any]) -> None:
    path = last_list_path(cache_path)
    part = path.with_name(path.name + ".part")
    part.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    part.replace(path)  # whole or not at all


def load_last_list(cache_path: Path) -> dict[str, Any] | None:
    try:
        found = json.loads(last_list_path(cache_path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return found if isinstance(found, dict) else None


def forget_last_list(cache_path: Path) -> None:
    last_list_path(cache_path).unlink(missing_ok=True)
