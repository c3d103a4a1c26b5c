"""What every page needs: the cache, the portal client, the task runner, and change signals."""

from __future__ import annotations

import logging
from collections.abc import Callable
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
    display_name_changed = Signal(str)
    session_expired = Signal()  # the portal refused our token: sign in again

    def __init__(
        self,
        cache: Cache,
        client: PortalClient,
        sync_engine: SyncEngine,
        *,
        user_display_name: str,
        retry_interval_ms: int = 15000,
        prepare: Callable[[], str | None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        """`prepare` runs on the worker before each sync (e.g. sign in or resume the session);
        it may return the user's display name once it knows it."""
        super().__init__(parent)
        self.cache = cache
        self.client = client
        self.sync_engine = sync_engine
        self.tasks = TaskRunner(self)
        self.user_display_name = user_display_name
        self.accounts: list[Account] = cache.accounts()
        self.current_account_id: str | None = self.accounts[0].id if self.accounts else None
        self._prepare = prepare
        self._syncing = False
        self._again = False
        self.sync_attempted = False  # until the first attempt ends, neither online nor offline
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
        prepare = self._prepare

        def work() -> tuple[str | None, Any]:
            name = prepare() if prepare is not None else None
            return name, self.sync_engine.sync(progress=progress)

        self.tasks.run(
            work,
            self._sync_done,
            self._sync_failed,
            lane="serial",
        )

    def _sync_done(self, outcome: tuple[str | None, Any]) -> None:
        name, result = outcome
        self._syncing = False
        self.sync_attempted = True
        self._retry.stop()
        if name and name != self.user_display_name:
            self.user_display_name = name
            self.display_name_changed.emit(name)
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
        self.sync_attempted = True
        from desktop.sync import AuthFailed, PortalUnreachable

        if isinstance(exc, PortalUnreachable):
            self._set_status(online=False)
            self._retry.start()
        elif isinstance(exc, AuthFailed):
            # The portal answers but will not sync without a sign-in: stop retrying (no stack
            # of sign-in dialogs) and show the cache as offline until the user signs in;
            # "Try again" asks again.
            log.info("session refused by the portal; asking to sign in")
            self._retry.stop()
            self._again = False
            self._set_status(online=False)
            self.session_expired.emit()
            return
        else:
            log.warning("sync failed: %s", type(exc).__name__)
            self._set_status(online=self.status.online)
            self._retry.start()
        self._maybe_again()

    def set_retry_interval(self, msecs: int) -> None:
        self._retry.setInterval(msecs)

    def shutdown(self, msecs: int = 10000) -> None:
        """Stop retrying and let running work finish (on quit)."""
        self._retry.stop()
        self.tasks.wait(msecs)

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
