"""The search's index, caught up after a pull: one batch per serial task until none wait.

A sync the user asks for waits behind one batch at most, then indexing goes on. Searches are
right meanwhile, only slower (the unindexed rows are checked one by one).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject

from desktop.app.services import Services
from desktop.domain.lanes import Lane

log = logging.getLogger(__name__)


class InvoiceIndexer:
    def __init__(
        self,
        services: Services,
        owner: QObject,
        indexed: Callable[[int], None],
        *,
        may_start: Callable[[], bool],
    ) -> None:
        """`indexed(remaining)` after each batch; `may_start()` is False while a sync runs
        (the sync's end starts indexing again)."""
        self._services = services
        self._owner = owner
        self._indexed_cb = indexed
        self._may_start = may_start
        self.batch: int | None = None  # None: the cache's own (invoices.INDEX_BATCH)
        self._running = False
        self.closing = False  # on quit: no further batch (the next start goes on with them)

    def start(self) -> None:
        """Index the invoices a pull left unindexed, batch after batch on the serial lane."""
        if self._running or self.closing or not self._may_start():
            return
        self._running = True
        cache, batch = self._services.cache, self.batch
        self._services.tasks.run(
            lambda: cache.index_invoices() if batch is None else cache.index_invoices(batch),
            self._indexed,
            self._failed,
            lane=Lane.SERIAL,
            owner=self._owner,
        )

    def _indexed(self, remaining: int) -> None:
        self._running = False
        self._indexed_cb(int(remaining))
        if remaining:
            self.start()

    def _failed(self, exc: BaseException) -> None:
        self._running = False  # the next sync's end tries again
        log.warning("indexing invoices for the search failed: %s", type(exc).__name__)
