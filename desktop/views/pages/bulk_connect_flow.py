"""The bulk connect's work off the GUI thread, through `desktop.operations.bulk`: matching on
the portal, what the cache knows of each (account, customer) pair, queueing the ticked rows in
the outbox in one transaction, and following the requests until the portal has answered them
(and their tickets resolved)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop.domain.bulk_preview import PlannedRequest
from desktop.domain.bulk_rows import BulkRow
from desktop.domain.types import Changed
from desktop.operations import bulk
from desktop.operations.bulk import Pairs
from wire.collections import Collection

if TYPE_CHECKING:
    from desktop.app.context import AppContext

__all__ = ["BulkConnectFlow", "Pairs"]


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
        bulk.forget_last_list(self._ctx).run()

    # --- the last list, across a restart -------------------------------------------------
    def load_last_list(self) -> None:
        bulk.load_last_list(self._ctx, parent=self._page).success(self._last_list_loaded).run()

    def _last_list_loaded(self, record: dict[str, Any] | None) -> None:
        if record is not None:
            self.last_list_found.emit(record)

    def follow(self, local_ids: list[str]) -> None:
        """The requests of a list sent before a restart, followed again."""
        self.local_ids = list(local_ids)
        self.read_requests()

    def save_last_list(self, record: dict[str, Any]) -> None:
        bulk.save_last_list(self._ctx, record).run()

    # --- matching ----------------------------------------------------------------------
    def match(self, rows: Sequence[BulkRow]) -> None:
        if self.matching:
            return
        self.matching = True
        bulk.match_rows(self._ctx, rows, self.match_progress.emit, parent=self._page).success(
            self._matched
        ).failure(self._match_failed).run()

    def _matched(self, results: object) -> None:
        self.matching = False
        self.matched.emit(results)

    def _match_failed(self, exc: BaseException) -> None:
        self.matching = False
        self.match_failed.emit(exc)

    # --- what the cache knows ------------------------------------------------------------
    def look_up_existing(self) -> None:
        # This bulk connect's own requests are followed, not "existing".
        bulk.existing_pairs(self._ctx, self.local_ids, parent=self._page).success(
            self.existing_known.emit
        ).latest_only().run()

    # --- connect -----------------------------------------------------------------------
    def connect_rows(self, planned: list[PlannedRequest]) -> None:
        """Queued once: a second call while the first is being written does nothing."""
        if self.queueing or not planned:
            return
        self.queueing = True
        bulk.queue_requests(self._ctx, [p.draft for p in planned], parent=self._page).success(
            lambda ids: self._queued(planned, ids)
        ).failure(self._queue_failed).run()

    def _queue_failed(self, exc: BaseException) -> None:
        self.queueing = False
        self.queue_failed.emit(exc)

    def _queued(self, planned: list[PlannedRequest], local_ids: list[str]) -> None:
        self.queueing = False
        self.local_ids += local_ids
        # then the outbox's change goes out, and a sync is asked for
        self.queued.emit(list(zip(planned, local_ids, strict=True)))

    def _on_changed(self, collections: Changed) -> None:
        if self.local_ids and Collection.CONNECTION_REQUESTS in collections:
            self.read_requests()

    def read_requests(self) -> None:
        bulk.read_requests(self._ctx, self.local_ids, parent=self._page).success(
            self.requests_read.emit
        ).latest_only().run()
