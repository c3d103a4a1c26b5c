"""What every page needs: the cache, the portal client, the task runner, and change signals."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.app.tasks import TaskRunner
from desktop.domain.types import Account, SyncStatus

if TYPE_CHECKING:
    from desktop.cache import Cache
    from desktop.sync import PortalClient, SyncEngine

log = logging.getLogger(__name__)


class AppContext(QObject):
    changed = Signal(object)  # frozenset[str] of collections
    status_changed = Signal(object)  # SyncStatus
    ticket_resolved = Signal(object)  # TicketRow
    account_changed = Signal(str)
    sync_progress = Signal(str, int)  # collection, items so far

    def __init__(
        self,
        cache: Cache,
        client: PortalClient,
        sync_engine: SyncEngine,
        *,
        user_display_name: str,
        retry_interval_ms: int = 15000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.cache = cache
        self.client = client
        self.sync_engine = sync_engine
        self.tasks = TaskRunner(self)
        self.user_display_name = user_display_name
        self.accounts: list[Account] = cache.accounts()
        self.current_account_id: str | None = self.accounts[0].id if self.accounts else None
        self._syncing = False
        self._again = False
        self.status = SyncStatus(online=False, last_synced_at=cache.last_synced_at())
        # Offline: try again by itself until the portal answers.
        self._retry = QTimer(self)
        self._retry.setInterval(retry_interval_ms)
        self._retry.timeout.connect(self.request_sync)

    # --- account ---------------------------------------------------------
    def set_current_account(self, account_id: str) -> None:
        if account_id != self.current_account_id:
            self.current_account_id = account_id
            self.account_changed.emit(account_id)

    # --- sync ------------------------------------------------------------
    def request_sync(self) -> None:
        """Push the outbox and pull changes, off the GUI thread; coalesces bursts."""
        if self._syncing:
            self._again = True
            return
        self._syncing = True
        progress = self.sync_progress.emit
        self.tasks.run(
            lambda: self.sync_engine.sync(progress=progress),
            self._sync_done,
            self._sync_failed,
            lane="serial",
        )

    def _sync_done(self, result: Any) -> None:
        self._syncing = False
        self._retry.stop()
        self.accounts = self.cache.accounts()
        if self.current_account_id is None and self.accounts:
            self.current_account_id = self.accounts[0].id
        self._set_status(online=True)
        if result.changed:
            self.changed.emit(frozenset(result.changed))
        for ticket in result.resolved_tickets:
            self.ticket_resolved.emit(ticket)
        self._maybe_again()

    def _sync_failed(self, exc: BaseException) -> None:
        self._syncing = False
        from desktop.sync import PortalUnreachable

        if isinstance(exc, PortalUnreachable):
            self._set_status(online=False)
            self._retry.start()
        else:
            log.warning("sync failed: %s", type(exc).__name__)
            self._set_status(online=self.status.online)
            self._retry.start()
        self._maybe_again()

    def _maybe_again(self) -> None:
        if self._again:
            self._again = False
            self.request_sync()

    def _set_status(self, *, online: bool) -> None:
        self.status = SyncStatus(
            online=online,
            last_synced_at=self.cache.last_synced_at(),
            queued_requests=len(self.cache.outbox()),
        )
        self.status_changed.emit(self.status)

    def notify_local_change(self, collections: frozenset[str] | set[str]) -> None:
        """A local write (e.g. a queued request): refresh views, then try to send."""
        self._set_status(online=self.status.online)
        self.changed.emit(frozenset(collections))

    @staticmethod
    def now() -> datetime:
        return datetime.now(UTC)
