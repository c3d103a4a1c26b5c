"""The bulk connect's work off the GUI thread: matching on the portal, what the cache knows
of each (account, customer) pair, queueing the ticked rows in the outbox in one transaction,
and following the requests until the portal has answered them (and their tickets resolved)."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop.cache.bulk_outbox import forget_last_list, load_last_list, save_last_list
from desktop.domain.bulk_preview import PlannedRequest
from desktop.domain.bulk_rows import BulkRow
from desktop.domain.lanes import Lane
from desktop.domain.types import Changed, ConnectionRequestRow, RelationshipStatus
from desktop.sync.bulk_match import match_all
from wire.collections import Collection

if TYPE_CHECKING:
    from desktop.app.context import AppContext

log = logging.getLogger(__name__)
_WAITING = ("queued", "submitted", "verification_required", "ticket_opened")

Pairs = dict[tuple[str, str], str]  # (account id, buyer id) -> "connected" | "requested"


class BulkConnectFlow(QObject):
    match_progress = Signal(int, int)  # rows matched, rows to match (emitted from the worker)
    matched = Signal(object)  # {ref: wire MatchResult}
    match_failed = Signal(object)  # the exception
    existing_known = Signal(object)  # Pairs
    queued = Signal(object)  # [(PlannedRequest, local id)]
    queue_failed = Signal(object)
    requests_read = Signal(object)  # {local id: ConnectionRequestRow}
    last_list_found = Signal(object)  # the record `save_last_list` wrote before a restart

    def __init__(self, ctx: AppContext, page: QWidget) -> None:
        super().__init__(page)
        self._ctx = ctx
        self._page = page
        self.matching = False
        self.queueing = False  # the ticked rows are being written to the outbox
        self.local_ids: list[str] = []  # the requests of this list (this bulk connect)
        ctx.changed.connect(self._on_changed)

    def new_session(self) -> None:
        """Another list: its requests are followed from now on, the last list's no more."""
        self.local_ids = []
        path = self._ctx.cache.path
        self._ctx.tasks.run(lambda: forget_last_list(path), lane=Lane.SERIAL)

    # --- the last list, across a restart -------------------------------------------------
    def load_last_list(self) -> None:
        path = self._ctx.cache.path
        self._ctx.tasks.run(
            lambda: load_last_list(path), self._last_list_loaded, lane=Lane.POOL, owner=self._page
        )

    def _last_list_loaded(self, record: dict[str, Any] | None) -> None:
        if record is not None:
            self.last_list_found.emit(record)

    def follow(self, local_ids: list[str]) -> None:
        """The requests of a list sent before a restart, followed again."""
        self.local_ids = list(local_ids)
        self.read_requests()

    def save_last_list(self, record: dict[str, Any]) -> None:
        path = self._ctx.cache.path
        self._ctx.tasks.run(
            lambda: save_last_list(path, record),
            None,
            lambda exc: log.warning("the last list was not kept: %s", type(exc).__name__),
            lane=Lane.SERIAL,
        )

    # --- matching ----------------------------------------------------------------------
    def match(self, rows: Sequence[BulkRow]) -> None:
        if self.matching:
            return
        self.matching = True
        client, progress = self._ctx.client, self.match_progress.emit
        self._ctx.tasks.run(
            lambda: match_all(client, list(rows), progress),
            self._matched,
            self._match_failed,
            lane=Lane.POOL,
            owner=self._page,
        )

    def _matched(self, results: object) -> None:
        self.matching = False
        self.matched.emit(results)

    def _match_failed(self, exc: BaseException) -> None:
        self.matching = False
        log.info("matching failed: %s", type(exc).__name__)
        self.match_failed.emit(exc)

    # --- what the cache knows ------------------------------------------------------------
    def look_up_existing(self) -> None:
        cache = self._ctx.cache

        def read() -> Pairs:
            pairs: Pairs = {}
            for rel in cache.relationships():
                if rel.status == RelationshipStatus.ACTIVE:
                    pairs[(rel.account_id, rel.buyer.id)] = "connected"
            for req in cache.connection_requests():
                if req.local_id in self.local_ids:
                    continue  # this bulk connect's own requests are followed, not "existing"
                for item in req.items:
                    if item.state.value in _WAITING:
                        pairs.setdefault((req.account_id, item.buyer_id), "requested")
            return pairs

        self._ctx.tasks.run(read, self.existing_known.emit, lane=Lane.POOL, owner=self._page)

    # --- connect -----------------------------------------------------------------------
    def connect_rows(self, planned: list[PlannedRequest]) -> None:
        """Queued once: a second call while the first is being written does nothing."""
        if self.queueing or not planned:
            return
        self.queueing = True
        cache = self._ctx.cache
        drafts = [p.draft for p in planned]
        self._ctx.tasks.run(
            lambda: cache.enqueue_requests(drafts),
            lambda ids: self._queued(planned, list(ids)),
            self._queue_failed,
            lane=Lane.SERIAL,
            owner=self._page,
        )

    def _queue_failed(self, exc: BaseException) -> None:
        self.queueing = False
        self.queue_failed.emit(exc)

    def _queued(self, planned: list[PlannedRequest], local_ids: list[str]) -> None:
        self.queueing = False
        self.local_ids += local_ids
        self.queued.emit(list(zip(planned, local_ids, strict=True)))
        self._ctx.notify_local_change({Collection.CONNECTION_REQUESTS})
        self._ctx.request_sync()

    def _on_changed(self, collections: Changed) -> None:
        if self.local_ids and Collection.CONNECTION_REQUESTS in collections:
            self.read_requests()

    def read_requests(self) -> None:
        wanted, cache = set(self.local_ids), self._ctx.cache

        def read() -> dict[str, ConnectionRequestRow]:
            return {r.local_id: r for r in cache.connection_requests() if r.local_id in wanted}

        self._ctx.tasks.run(read, self.requests_read.emit, lane=Lane.POOL, owner=self._page)
