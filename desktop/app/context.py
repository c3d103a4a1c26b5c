"""What every page is handed: one object that reaches the app's parts by their old names.

The parts live apart:
- `services.Services`: the cache, the portal client, the sync engine, the task runner;
- `services.AppState`: the accounts, the current one, the user's name, the sync status;
- `signals.AppSignals`: the app-wide signal hub (`changed`, `status_changed`, ...);
- `desktop.sync.scheduler.SyncScheduler`: when to sync (plain Python), driven by
  `sync_driver.SyncDriver` (the QTimer, the modal dialog, the keyboard);
- `indexing.InvoiceIndexer`: the search's index after a pull.

`AppContext` only wires them together and passes each name through, so a page keeps writing
`ctx.changed.connect(...)`, `ctx.accounts` or `ctx.request_sync()`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, SignalInstance

from desktop.app.indexing import InvoiceIndexer
from desktop.app.later import Later
from desktop.app.services import AppState, LocalState, Services
from desktop.app.signals import AppSignals
from desktop.app.sync_driver import SyncDriver
from desktop.app.tasks import TaskRunner
from desktop.domain.types import Account, LocalChange, SyncStatus
from desktop.sync.scheduler import MAX_BACKOFF_MS, STALE_AFTER_MS, SYNC_INTERVAL_MS, SyncScheduler
from wire.collections import Collection

if TYPE_CHECKING:
    from desktop.cache import Cache
    from desktop.sync import PortalClient, SyncEngine

__all__ = ["MAX_BACKOFF_MS", "STALE_AFTER_MS", "SYNC_INTERVAL_MS", "AppContext"]


class _Hub:
    """A signal of the hub under the same name on the context."""

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    def __get__(self, obj: AppContext | None, objtype: type | None = None) -> SignalInstance:
        assert obj is not None, "a signal of the context's hub, read on an instance"
        signal: SignalInstance = getattr(obj.signals, self._name)
        return signal


class _Part:
    """An attribute of one of the context's parts under the same name (settable)."""

    def __init__(self, part: str) -> None:
        self._part = part

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    def __get__(self, obj: AppContext | None, objtype: type | None = None) -> Any:
        assert obj is not None
        return getattr(getattr(obj, self._part), self._name)

    def __set__(self, obj: AppContext, value: Any) -> None:
        setattr(getattr(obj, self._part), self._name, value)


class AppContext(QObject):
    # The hub's signals (desktop/app/signals.py says what each carries).
    changed = _Hub()
    status_changed = _Hub()
    ticket_resolved = _Hub()
    account_changed = _Hub()
    sync_progress = _Hub()
    sync_counts = _Hub()
    sync_cancelled = _Hub()
    display_name_changed = _Hub()
    invoices_indexed = _Hub()
    session_expired = _Hub()
    operation_failed = _Hub()
    sync_step = _Hub()
    sync_problem = _Hub()

    if TYPE_CHECKING:
        cache: Cache
        client: PortalClient
        sync_engine: SyncEngine
        tasks: TaskRunner
        accounts: list[Account]
        current_account_id: str | None
        user_display_name: str
        status: SyncStatus
    else:
        cache = _Part("services")
        client = _Part("services")
        sync_engine = _Part("services")
        tasks = _Part("services")
        accounts = _Part("state")
        current_account_id = _Part("state")
        user_display_name = _Part("state")
        status = _Part("state")

    def __init__(
        self,
        cache: Cache,
        client: PortalClient | Later[PortalClient],
        sync_engine: SyncEngine | Later[SyncEngine],
        *,
        user_display_name: str,
        retry_interval_ms: int = 15000,
        sync_interval_ms: int = SYNC_INTERVAL_MS,
        max_backoff_ms: int = MAX_BACKOFF_MS,
        stale_after_ms: int = STALE_AFTER_MS,
        prepare: Callable[[], str | None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        """`client` and `sync_engine` may be `Later` parts, made by the first sync on its
        worker (desktop.app.later). `prepare` runs on the worker before each sync (e.g. sign
        in or resume the session); it may return the user's display name once it knows it.

        In the background it syncs every `sync_interval_ms` while the portal answers; after a
        failure it tries again after `retry_interval_ms`, doubling up to `max_backoff_ms`."""
        super().__init__(parent)
        self.services = Services(cache, client, sync_engine, TaskRunner(self))
        self.signals = AppSignals(self)
        # The one synchronous read on the GUI thread, at start-up before any window exists:
        # the window's first frame needs the accounts (header, Connect page) and the time of
        # the last sync (offline banner). Two indexed reads of a handful of rows; every later
        # read of this state runs on the task runner.
        self.state = AppState.starting(user_display_name, LocalState.read(cache))
        self.scheduler = SyncScheduler(
            interval_ms=sync_interval_ms,
            retry_ms=retry_interval_ms,
            max_backoff_ms=max_backoff_ms,
            stale_after_ms=stale_after_ms,
        )
        self.indexer = InvoiceIndexer(
            self.services,
            self,
            self.signals.invoices_indexed.emit,
            may_start=lambda: not self.scheduler.syncing,
        )
        self.sync_driver = SyncDriver(
            self.services,
            self.signals,
            self.state,
            self.scheduler,
            prepare=prepare,
            synced=self.indexer.start,
            parent=self,
        )

    # --- account ---------------------------------------------------------
    def set_current_account(self, account_id: str) -> None:
        if account_id != self.state.current_account_id:
            self.state.current_account_id = account_id
            self.signals.account_changed.emit(account_id)

    # --- sync ------------------------------------------------------------
    def request_sync(self, *, background: bool = False) -> None:
        """Push the outbox and pull changes, off the GUI thread; coalesces bursts."""
        self.sync_driver.request(background=background)

    def cancel_sync(self) -> None:
        """Stop the running sync after the page it is writing (the next one resumes there)."""
        self.sync_driver.cancel()

    def window_activated(self) -> None:
        """The user came back to the window: after a while away, sync at once."""
        self.sync_driver.window_activated()

    def set_retry_interval(self, msecs: int) -> None:
        self.scheduler.retry_ms = msecs

    @property
    def sync_attempted(self) -> bool:
        """Until the first sync attempt ends, the app is neither online nor offline."""
        return self.scheduler.attempted

    @property
    def next_sync_ms(self) -> int:
        """The delay last scheduled (the interval or the backoff)."""
        return self.scheduler.next_delay_ms

    def notify_local_change(
        self, collections: frozenset[Collection | LocalChange] | set[Collection | LocalChange]
    ) -> None:
        """A local write (e.g. a queued request): refresh views, and the status bar's count."""
        self.sync_driver.local_change(collections)

    # --- the search's index -------------------------------------------------------
    def index_invoices(self) -> None:
        self.indexer.start()

    @property
    def index_batch(self) -> int | None:
        return self.indexer.batch

    @index_batch.setter
    def index_batch(self, batch: int | None) -> None:
        self.indexer.batch = batch

    def shutdown(self, msecs: int = 10000) -> None:
        """Stop syncing in the background and let running work finish (on quit)."""
        self.sync_driver.stop()
        self.indexer.closing = True  # no further index batch: the next start goes on with them
        self.services.tasks.wait(msecs)

    @staticmethod
    def now() -> datetime:
        return datetime.now(UTC)

    # --- for the tests written before the split ----------------------------------
    @property
    def _retry(self) -> QTimer:
        return self.sync_driver.timer

    @property
    def _syncing(self) -> bool:
        return self.scheduler.syncing

    @property
    def _due(self) -> bool:
        return self.scheduler.due

    @property
    def _stale_after_ms(self) -> int:
        return self.scheduler.stale_after_ms

    @_stale_after_ms.setter
    def _stale_after_ms(self, msecs: int) -> None:
        self.scheduler.stale_after_ms = msecs
