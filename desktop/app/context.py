"""What every page needs: the cache, the portal client, the task runner, and change signals."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.app.tasks import TaskRunner
from desktop.domain.types import Account, SyncResult, SyncStatus

if TYPE_CHECKING:
    from desktop.cache import Cache
    from desktop.sync import PortalClient, SyncEngine

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LocalState:
    """What the header and status bar show from the cache, read on a worker thread."""

    accounts: tuple[Account, ...]
    last_synced_at: datetime | None
    queued_requests: int

    @classmethod
    def read(cls, cache: Cache) -> LocalState:
        return cls(tuple(cache.accounts()), cache.last_synced_at(), cache.outbox_count())


@dataclass(frozen=True)
class _SyncOutcome:
    """A sync's end, all read on the worker: the GUI thread only applies it."""

    state: LocalState
    display_name: str | None = None
    result: SyncResult | None = None
    error: Exception | None = None


class AppContext(QObject):
    changed = Signal(object)  # frozenset[str] of collections
    status_changed = Signal(object)  # SyncStatus
    ticket_resolved = Signal(object)  # TicketRow
    account_changed = Signal(str)
    sync_progress = Signal(str, int)  # collection, items so far
    display_name_changed = Signal(str)
    session_expired = Signal()  # the portal refused our token: sign in again
    # Why the last sync failed while the portal did answer: "bad_answer" (malformed or
    # oversized), "refused" (an error answer), "failed" (anything else); "" once a sync works.
    sync_problem = Signal(str)

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
        # The one synchronous read on the GUI thread, at start-up before any window exists:
        # the window's first frame needs the accounts (header, Connect page) and the time of
        # the last sync (offline banner). Two indexed reads of a handful of rows; every later
        # read of this state runs on the task runner.
        state = LocalState.read(cache)
        self.accounts: list[Account] = list(state.accounts)
        self.current_account_id: str | None = self.accounts[0].id if self.accounts else None
        self._prepare = prepare
        self._syncing = False
        self._again = False
        self.sync_attempted = False  # until the first attempt ends, neither online nor offline
        self.status = SyncStatus(
            online=False,
            last_synced_at=state.last_synced_at,
            queued_requests=state.queued_requests,
        )
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
        prepare, engine, cache = self._prepare, self.sync_engine, self.cache

        def work() -> _SyncOutcome:
            name: str | None = None
            try:
                name = prepare() if prepare is not None else None
                result = engine.sync(progress=progress)
            except Exception as exc:  # noqa: BLE001 - handed to _sync_failed with the state
                return _SyncOutcome(LocalState.read(cache), error=exc)
            return _SyncOutcome(LocalState.read(cache), name, result)

        self.tasks.run(work, self._sync_finished, self._sync_failed, lane="serial")

    def _sync_finished(self, outcome: _SyncOutcome) -> None:
        if outcome.error is not None:
            self._sync_failed(outcome.error, outcome.state)
        else:
            self._sync_done(outcome)

    def _sync_done(self, outcome: _SyncOutcome) -> None:
        name, result = outcome.display_name, outcome.result
        assert result is not None
        self._syncing = False
        self.sync_attempted = True
        self._retry.stop()
        if name and name != self.user_display_name:
            self.user_display_name = name
            self.display_name_changed.emit(name)
        self.accounts = list(outcome.state.accounts)
        if self.current_account_id is None and self.accounts:
            self.current_account_id = self.accounts[0].id
        self._set_status(online=True, state=outcome.state)
        self.sync_problem.emit("")
        if result.changed:
            self.changed.emit(frozenset(result.changed))
        for ticket in result.resolved_tickets:
            self.ticket_resolved.emit(ticket)
        self._maybe_again()

    def _sync_failed(self, exc: BaseException, state: LocalState | None = None) -> None:
        """`state` is None when even reading the cache failed: the status keeps what it had."""
        self._syncing = False
        self.sync_attempted = True
        from desktop.sync import AuthFailed, BadAnswer, PortalRefused, PortalUnreachable

        if isinstance(exc, PortalUnreachable):
            self.sync_problem.emit("")  # offline says it all: the banner and the status bar
            self._set_status(online=False, state=state)
            self._retry.start()
        elif isinstance(exc, AuthFailed):
            # The portal answers but will not sync without a sign-in: stop retrying (no stack
            # of sign-in dialogs) and show the cache as offline until the user signs in;
            # "Try again" asks again.
            log.info("session refused by the portal; asking to sign in")
            self._retry.stop()
            self._again = False
            self._set_status(online=False, state=state)
            self.session_expired.emit()
            return
        else:
            log.warning("sync failed: %s", type(exc).__name__)
            self._set_status(online=self.status.online, state=state)
            kind = (
                "bad_answer"
                if isinstance(exc, BadAnswer)
                else "refused"
                if isinstance(exc, PortalRefused)
                else "failed"
            )
            self.sync_problem.emit(kind)  # the cache is untouched: a page is all or nothing
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

    def _set_status(self, *, online: bool, state: LocalState | None) -> None:
        old = self.status
        self.status = SyncStatus(
            online=online,
            last_synced_at=state.last_synced_at if state is not None else old.last_synced_at,
            queued_requests=state.queued_requests if state is not None else old.queued_requests,
        )
        self.status_changed.emit(self.status)

    def notify_local_change(self, collections: frozenset[str] | set[str]) -> None:
        """A local write (e.g. a queued request): refresh views, and the status bar's count.

        The count is read on the serial lane, behind the write and before any sync queued
        after it, so an older count never lands after a newer one."""
        self.changed.emit(frozenset(collections))
        cache = self.cache
        self.tasks.run(
            lambda: LocalState.read(cache),
            lambda state: self._set_status(online=self.status.online, state=state),
            lane="serial",
            owner=self,
        )

    @staticmethod
    def now() -> datetime:
        return datetime.now(UTC)
