"""Connect with many customers' operations: reading the customer list, matching it on the
portal, what the cache knows of each (account, customer) pair, queueing the ticked rows in the
outbox in one transaction, reading their requests back, keeping the last list across a restart,
and writing the result's export.

Reads, the portal's matching and the export (a file of the user's, not the cache) are
`QueryOp`s on the pool; the outbox and the last list's record are writes on the serial lane.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.cache import bulk_outbox
from desktop.domain.bulk_export import write_csv, write_xlsx
from desktop.domain.bulk_import import ImportedTable, read_table
from desktop.domain.bulk_rows import BulkRow
from desktop.domain.types import ConnectionRequestRow, RelationshipStatus, RequestDraft
from desktop.operations.op import CollectionOp, QueryOp
from desktop.operations.outbox import OutboxWrite
from desktop.sync.bulk_match import match_all
from wire import schemas as w
from wire.collections import Collection

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

    from desktop.app.context import AppContext

log = logging.getLogger(__name__)

Pairs = dict[tuple[str, str], str]  # (account id, buyer id) -> "connected" | "requested"
_WAITING = ("queued", "submitted", "verification_required", "ticket_opened")


def _only_logged(what: str) -> Callable[[BaseException], None]:
    """The last list is a convenience: when it cannot be kept the user loses nothing now."""
    return lambda exc: log.warning("%s: %s", what, type(exc).__name__)


def read_list(ctx: AppContext, path: Path, *, parent: QObject) -> QueryOp[ImportedTable]:
    """The customer list (CSV or XLSX) read and decoded."""
    return QueryOp(ctx, lambda: read_table(path), parent=parent, name="bulk.read_list")


def match_rows(
    ctx: AppContext,
    rows: Sequence[BulkRow],
    progress: Callable[[int, int], None],
    *,
    parent: QObject,
) -> QueryOp[dict[str, w.MatchResult]]:
    """The portal's match of every row; `progress(done, total)` is called from the worker."""
    client, wanted = ctx.client, list(rows)
    return QueryOp(
        ctx, lambda: match_all(client, wanted, progress), parent=parent, name="bulk.match_rows"
    )


def existing_pairs(ctx: AppContext, own: Sequence[str], *, parent: QObject) -> QueryOp[Pairs]:
    """The (account, customer) pairs already connected or asked for, apart from the requests
    `own` (this bulk connect's, which are followed instead)."""
    cache, mine = ctx.cache, set(own)

    def work() -> Pairs:
        pairs: Pairs = {}
        for rel in cache.relationships():
            if rel.status == RelationshipStatus.ACTIVE:
                pairs[(rel.account_id, rel.buyer.id)] = "connected"
        for req in cache.connection_requests():
            if req.local_id in mine:
                continue
            for item in req.items:
                if item.state.value in _WAITING:
                    pairs.setdefault((req.account_id, item.buyer_id), "requested")
        return pairs

    return QueryOp(ctx, work, parent=parent, name="bulk.existing_pairs")


def queue_requests(
    ctx: AppContext, drafts: Sequence[RequestDraft], *, parent: QObject
) -> OutboxWrite[list[str]]:
    """Every draft into the outbox in one transaction; their local ids, in order, follow."""
    cache, wanted = ctx.cache, list(drafts)
    return OutboxWrite(
        ctx,
        lambda: list(cache.enqueue_requests(wanted)),
        parent=parent,
        name="bulk.queue_requests",
        changes={Collection.CONNECTION_REQUESTS},
    )


def read_requests(
    ctx: AppContext, local_ids: Sequence[str], *, parent: QObject
) -> QueryOp[dict[str, ConnectionRequestRow]]:
    """The requests queued here as `local_ids`, as the cache holds them now."""
    cache, wanted = ctx.cache, set(local_ids)
    return QueryOp(
        ctx,
        lambda: {r.local_id: r for r in cache.connection_requests() if r.local_id in wanted},
        parent=parent,
        name="bulk.read_requests",
    )


# --- the last list, across a restart ---------------------------------------------------------
def load_last_list(ctx: AppContext, *, parent: QObject) -> QueryOp[dict[str, Any] | None]:
    path = ctx.cache.path
    return QueryOp(
        ctx, lambda: bulk_outbox.load_last_list(path), parent=parent, name="bulk.load_last_list"
    ).failure(_only_logged("the last list was not read"))


def save_last_list(ctx: AppContext, record: dict[str, Any]) -> CollectionOp[None]:
    path = ctx.cache.path
    return CollectionOp(
        ctx, lambda: bulk_outbox.save_last_list(path, record), parent=None, name="bulk.save"
    ).failure(_only_logged("the last list was not kept"))


def forget_last_list(ctx: AppContext) -> CollectionOp[None]:
    path = ctx.cache.path
    return CollectionOp(
        ctx, lambda: bulk_outbox.forget_last_list(path), parent=None, name="bulk.forget"
    ).failure(_only_logged("the last list was not forgotten"))


# --- the result ------------------------------------------------------------------------------
def export_result(
    ctx: AppContext,
    path: Path,
    headers: list[str],
    rows: list[list[str]],
    delimiter: str,
    *,
    parent: QObject,
) -> QueryOp[Path]:
    """The list with its outcomes as XLSX (by the file's suffix) or CSV."""

    def work() -> Path:
        if path.suffix.lower() == ".xlsx":
            write_xlsx(path, headers, rows)
        else:
            write_csv(path, headers, rows, delimiter)
        return path

    return QueryOp(ctx, work, parent=parent, name="bulk.export_result")
