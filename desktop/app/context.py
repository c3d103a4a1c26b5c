"""What every page needs: the cache, the portal client, the task runner, and change signals."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from desktop.app.tasks import TaskRunner
from desktop.domain.lanes import Lane
from desktop.domain.types import Account, LocalChange, SyncResult, SyncStatus
from wire.collections import Collection

if TYPE_CHECKING:
    from desktop.cache import Cache
    from desktop.sync import PortalClient, SyncEngine

log = logging.getLogger(__name__)

SYNC_INTERVAL_MS = 60_000  # online: pull what the network changed every minute
MAX_BACKOFF_MS = 600_000  # failing: wait twice as long each time, at most ten minutes
STALE_AFTER_MS = 30_000  # the window comes back after this long: sync at once


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
    changed = Signal(object)  # Changed: a frozenset of Collection / LocalChange members
    status_changed = Signal(object)  # SyncStatus
    ticket_resolved = Signal(object)  # TicketRow
    account_changed = Signal(str)
    sync_progress = Signal(str, int)  # collection, items so far
    # collection, items so far, items in all (0 while unknown): the status bar's progress bar
    sync_counts = Signal(str, int, int)
    sync_cancelled = Signal()  # cancel_sync() stopped a sync after a committed page
    display_name_changed = Signal(str)
    # invoices still waiting for the search's index after a batch (0: all indexed)
    invoices_indexed = Signal(int)
    session_expired = Signal()  # the portal refused our token: sign in again
    operation_failed = Signal(str)  # an operation without its own failure handler: the sentence
    # What a sync waits for before its first page: "sandbox" (the embedded network starts),
    # "sign_in", "sync"; emitted on the worker, shown by the status bar.
    sync_step = Signal(str)
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
        sync_interval_ms: int = SYNC_INTERVAL_MS,
        max_backoff_ms: int = MAX_BACKOFF_MS,
        stale_after_ms: int = STALE_AFTER_MS,
        prepare: Callable[[], str | None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        """`prepare` runs on the worker before each sync (e.g. sign in or resume the session);
        it may return the user's display name once it knows it.

        In the background it syncs every `sync_interval_ms` while the portal answers; after a
        failure it tries again after `retry_interval_ms`, doubling up to `max_backoff_ms`."""
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
        # One single-shot timer schedules the next background sync: every minute while the
        # portal answers, with a growing pause while it fails (offline: until it answers).
        self._sync_interval_ms = sync_interval_ms
        self._retry_interval_ms = retry_interval_ms
        self._max_backoff_ms = max_backoff_ms
        self._stale_after_ms = stale_after_ms
        self._failures = 0
        self._problem = ""
        self._last_sync_end = time.monotonic()
        self._waiting_for: QWidget | None = None  # the modal dialog a due sync waits for
        self._due = False  # the timer fired under a modal dialog: sync once it closes
        self._in_background = False  # the running sync was the timer's, not the user's
        self._sign_in_waits = False  # refused while the user typed: ask once they stop
        self.next_sync_ms = 0  # the delay last scheduled (the backoff, for the status and tests)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self._background_sync)
        self._cancel = threading.Event()  # set by cancel_sync(), read by the worker
        # After a pull, new invoices go into the search's trigram index one batch per serial
        # task: a sync the user asks for waits behind one batch at most, then indexing goes on.
        self.index_batch: int | None = None  # None: the cache's own (invoices.INDEX_BATCH)
        self._indexing = False
        self._closing = False

    # --- account ---------------------------------------------------------
    def set_current_account(self, account_id: str) -> None:
        if account_id != self.current_account_id:
            self.current_account_id = account_id
            self.account_changed.emit(account_id)

    # --- sync ------------------------------------------------------------
    def request_sync(self, *, background: bool = False) -> None:
        """Push the outbox and pull changes, off the GUI thread; coalesces bursts."""
        if self._syncing:
            self._again = True
            return
        self._syncing = True
        self._in_background = background
        self._cancel.clear()
        progress = _Progress(self.sync_progress.emit, self.sync_counts.emit)
        cancelled = self._cancel.is_set
        prepare, engine, cache = self._prepare, self.sync_engine, self.cache

        def work() -> _SyncOutcome:
            name: str | None = None
            try:
                name = prepare() if prepare is not None else None
                result = engine.sync(progress=progress, cancelled=cancelled)
            except Exception as exc:  # noqa: BLE001 - handed to _sync_failed with the state
                return _SyncOutcome(LocalState.read(cache), error=exc)
            return _SyncOutcome(LocalState.read(cache), name, result)

        self.tasks.run(work, self._sync_finished, self._sync_failed, lane=Lane.SERIAL)

    def _sync_finished(self, outcome: _SyncOutcome) -> None:
        if outcome.error is not None:
            self._sync_failed(outcome.error, outcome.state)
        else:
            self._sync_done(outcome)

    def _sync_done(self, outcome: _SyncOutcome) -> None:
        name, result = outcome.display_name, outcome.result
        assert result is not None
        self._sync_ended(failed=False)
        if name and name != self.user_display_name:
            self.user_display_name = name
            self.display_name_changed.emit(name)
        self.accounts = list(outcome.state.accounts)
        if self.current_account_id is None and self.accounts:
            self.current_account_id = self.accounts[0].id
        self._set_status(online=True, state=outcome.state)
        self._say_problem("")
        if result.changed:
            self.changed.emit(frozenset(result.changed))
        for ticket in result.resolved_tickets:
            self.ticket_resolved.emit(ticket)
        self._maybe_again()
        self.index_invoices()

    # --- the search's index -------------------------------------------------------
    def index_invoices(self) -> None:
        """Index the invoices a pull left unindexed, batch after batch on the serial lane,
        until none wait; a sync coming meanwhile goes first and starts it again at its end.
        Searches are right meanwhile, only slower (the unindexed rows are checked one by one)."""
        if self._indexing or self._syncing or self._closing:
            return
        self._indexing = True
        cache, batch = self.cache, self.index_batch
        self.tasks.run(
            lambda: cache.index_invoices() if batch is None else cache.index_invoices(batch),
            self._indexed,
            self._index_failed,
            lane=Lane.SERIAL,
            owner=self,
        )

    def _indexed(self, remaining: int) -> None:
        self._indexing = False
        self.invoices_indexed.emit(int(remaining))
        if remaining:
            self.index_invoices()

    def _index_failed(self, exc: BaseException) -> None:
        self._indexing = False  # the next sync's end tries again
        log.warning("indexing invoices for the search failed: %s", type(exc).__name__)

    def cancel_sync(self) -> None:
        """Stop the running sync after the page it is writing (the next one resumes there)."""
        if self._syncing:
            self._cancel.set()

    def _sync_failed(self, exc: BaseException, state: LocalState | None = None) -> None:
        """`state` is None when even reading the cache failed: the status keeps what it had."""
        from desktop.sync import SyncCancelled

        if isinstance(exc, SyncCancelled):
            # Not a failure: the next sync is due at the usual interval and resumes where
            # this one stopped; what it brought so far is shown.
            self._sync_ended(failed=False)
            self._set_status(online=self.status.online, state=state)
            self.changed.emit(
                frozenset(
                    {
                        Collection.INVOICES,
                        Collection.RELATIONSHIPS,
                        Collection.CONNECTION_REQUESTS,
                        Collection.TICKETS,
                    }
                )
            )
            self.sync_cancelled.emit()
            self._again = False
            self.index_invoices()
            return
        self._sync_ended(failed=True)
        self.index_invoices()  # a first sync stopped half way: its deferred indexes, at least
        from desktop.models.refusals import wait_minutes
        from desktop.sync import (
            AuthFailed,
            BadAnswer,
            PortalRefused,
            PortalUnreachable,
            TooManyAttempts,
        )

        if isinstance(exc, PortalUnreachable):
            self._say_problem("")  # offline says it all: the banner and the status bar
            self._set_status(online=False, state=state)
        elif isinstance(exc, TooManyAttempts):
            # A 429 on renewing the sign-in: queued requests stay queued; the status bar says
            # how long (desktop/models/refusals.py words it) and the next sync waits that long.
            log.info("sync throttled for %s s", exc.retry_after)
            self._set_status(online=self.status.online, state=state)
            self._say_problem(f"too_many_attempts:{wait_minutes(exc.retry_after)}")
            self.next_sync_ms = max(self.next_sync_ms, exc.retry_after * 1000)
            self._retry.start(self.next_sync_ms)
        elif isinstance(exc, AuthFailed):
            # The portal answers but will not sync without a sign-in: stop retrying (no stack
            # of sign-in dialogs) and show the cache as offline until the user signs in;
            # "Try again" asks again.
            log.info("session refused by the portal; asking to sign in")
            self._retry.stop()
            self._again = False
            self._set_status(online=False, state=state)
            if self._in_background and _user_is_typing():
                self._ask_sign_in_when_typing_stops()  # never a dialog under the user's keys
            else:
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
            self._say_problem(kind)  # the cache is untouched: a page is all or nothing
        self._maybe_again()

    def set_retry_interval(self, msecs: int) -> None:
        self._retry_interval_ms = msecs

    # --- background sync ----------------------------------------------------
    def _sync_ended(self, *, failed: bool) -> None:
        """Every sync's end schedules the next one: the interval, or the backoff."""
        self._syncing = False
        self.sync_attempted = True
        self._last_sync_end = time.monotonic()
        self._due = False
        if failed:
            self._failures += 1
            delay = self._retry_interval_ms * 2 ** min(self._failures - 1, 20)
            self.next_sync_ms = min(delay, max(self._max_backoff_ms, self._retry_interval_ms))
        else:
            self._failures = 0
            self.next_sync_ms = self._sync_interval_ms
        self._retry.start(self.next_sync_ms)  # AuthFailed stops it again: no sign-in, no sync

    def _say_problem(self, kind: str) -> None:
        """Once per kind of trouble: a failing sync repeated every few minutes says it once."""
        if kind != self._problem:
            self._problem = kind
            self.sync_problem.emit(kind)

    def _background_sync(self) -> None:
        """The timer's sync: never beside another one, never under a modal dialog (it runs when
        the dialog closes; the user may be answering it, or typing in it)."""
        if self._syncing:
            return  # its end schedules the next one
        modal = self._modal_dialog()
        if modal is not None:
            self._due = True
            self._wait_for_dialog(modal)
            return
        self.request_sync(background=True)

    def _ask_sign_in_when_typing_stops(self) -> None:
        app = QApplication.instance()
        if self._sign_in_waits or not isinstance(app, QApplication):
            return
        self._sign_in_waits = True
        app.focusChanged.connect(self._focus_moved)

    def _focus_moved(self, _old: QWidget | None, _new: QWidget | None) -> None:
        if not self._sign_in_waits or _user_is_typing():
            return
        self._sign_in_waits = False
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.disconnect(self._focus_moved)
        self.session_expired.emit()

    def window_activated(self) -> None:
        """The user came back to the window: after a while away, sync at once."""
        away_ms = (time.monotonic() - self._last_sync_end) * 1000
        if self._retry.isActive() and away_ms >= self._stale_after_ms:
            self._retry.stop()
            self._background_sync()

    @staticmethod
    def _modal_dialog() -> QWidget | None:
        app = QApplication.instance()
        return app.activeModalWidget() if isinstance(app, QApplication) else None

    def _wait_for_dialog(self, modal: QWidget) -> None:
        if self._waiting_for is modal:
            return
        self._waiting_for = modal
        modal.installEventFilter(self)
        modal.destroyed.connect(self._dialog_gone)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._waiting_for and event.type() == QEvent.Type.Hide:
            self._dialog_gone()
        return False

    def _dialog_gone(self) -> None:
        if self._waiting_for is None:
            return
        dialog, self._waiting_for = self._waiting_for, None
        try:
            dialog.removeEventFilter(self)
            dialog.destroyed.disconnect(self._dialog_gone)
        except (RuntimeError, TypeError):
            pass  # already destroyed
        # After the dialog's own closing work; another modal dialog may have come up.
        QTimer.singleShot(0, self._due_after_dialog)

    def _due_after_dialog(self) -> None:
        if self._due:
            self._due = False
            self._background_sync()

    def shutdown(self, msecs: int = 10000) -> None:
        """Stop syncing in the background and let running work finish (on quit)."""
        self._retry.stop()
        self._due = False
        self._closing = True  # no further index batch: the next start goes on with them
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

    def notify_local_change(
        self, collections: frozenset[Collection | LocalChange] | set[Collection | LocalChange]
    ) -> None:
        """A local write (e.g. a queued request): refresh views, and the status bar's count.

        The count is read on the serial lane, behind the write and before any sync queued
        after it, so an older count never lands after a newer one."""
        self.changed.emit(frozenset(collections))
        cache = self.cache
        self.tasks.run(
            lambda: LocalState.read(cache),
            lambda state: self._set_status(online=self.status.online, state=state),
            lane=Lane.SERIAL,
            owner=self,
        )

    @staticmethod
    def now() -> datetime:
        return datetime.now(UTC)


class _Progress:
    """The sync engine's progress hook, on the worker: (collection, items so far, items in all
    or None) to the two signals (queued to the GUI thread)."""

    def __init__(
        self, emit: Callable[[str, int], None], emit_counts: Callable[[str, int, int], None]
    ) -> None:
        self._emit = emit
        self._emit_counts = emit_counts

    def __call__(self, collection: str, items: int, total: int | None = None) -> None:
        self._emit(collection, items)
        self._emit_counts(collection, items, total or 0)


def _user_is_typing() -> bool:
    """The keyboard focus is in a field the user can type into."""
    focus = QApplication.focusWidget()
    if isinstance(focus, QLineEdit | QTextEdit | QPlainTextEdit):
        return not focus.isReadOnly()
    if isinstance(focus, QAbstractSpinBox):
        return not focus.isReadOnly()
    return isinstance(focus, QComboBox) and focus.isEditable()
