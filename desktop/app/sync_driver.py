"""The sync on the GUI side: one timer, the modal dialog and the keyboard watched, each
sync's outcome told on the app's signals.

What to do when is `desktop.sync.scheduler.SyncScheduler`'s (plain Python, tested without Qt);
this drives it with a QTimer and runs each sync on the task runner's serial lane.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from desktop.app.services import AppState, LocalState, Services
from desktop.app.signals import AppSignals
from desktop.domain.lanes import Lane
from desktop.domain.types import LocalChange, SyncResult
from desktop.sync.scheduler import SyncScheduler, TimerAction
from wire.collections import Collection

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SyncOutcome:
    """A sync's end, all read on the worker: the GUI thread only applies it."""

    state: LocalState
    display_name: str | None = None
    result: SyncResult | None = None
    error: Exception | None = None


class SyncDriver(QObject):
    def __init__(
        self,
        services: Services,
        signals: AppSignals,
        state: AppState,
        scheduler: SyncScheduler,
        *,
        prepare: Callable[[], str | None] | None = None,
        synced: Callable[[], None] = lambda: None,
        parent: QObject | None = None,
    ) -> None:
        """`prepare` runs on the worker before each sync (e.g. sign in or resume the session)
        and may return the user's display name; `synced()` runs after every sync's end (the
        search's index goes on then)."""
        super().__init__(parent)
        self.services = services
        self.signals = signals
        self.state = state
        self.scheduler = scheduler
        self._prepare = prepare
        self._synced = synced
        # One single-shot timer schedules the next background sync: every minute while the
        # portal answers, with a growing pause while it fails (offline: until it answers).
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._timer_fired)
        self._cancel = threading.Event()  # set by cancel(), read by the worker
        self._waiting_for: QWidget | None = None  # the modal dialog a due sync waits for
        self._watching_focus = False

    # --- one sync ----------------------------------------------------------------
    def request(self, *, background: bool = False) -> None:
        """Push the outbox and pull changes, off the GUI thread; coalesces bursts."""
        if not self.scheduler.begin(background=background):
            return
        self._cancel.clear()
        signals = self.signals
        progress = _Progress(signals.sync_progress.emit, signals.sync_counts.emit)
        cancelled = self._cancel.is_set
        prepare, services, cache = self._prepare, self.services, self.services.cache

        def work() -> SyncOutcome:
            name: str | None = None
            try:
                name = prepare() if prepare is not None else None
                # made here by the first sync (its imports off the GUI thread), if it waited
                result = services.sync_engine.sync(progress=progress, cancelled=cancelled)
            except Exception as exc:  # noqa: BLE001 - handed to _failed with the state
                return SyncOutcome(LocalState.read(cache), error=exc)
            return SyncOutcome(LocalState.read(cache), name, result)

        self.services.tasks.run(work, self._finished, self._failed, lane=Lane.SERIAL)

    def cancel(self) -> None:
        """Stop the running sync after the page it is writing (the next one resumes there)."""
        if self.scheduler.syncing:
            self._cancel.set()

    def _finished(self, outcome: SyncOutcome) -> None:
        if outcome.error is not None:
            self._failed(outcome.error, outcome.state)
        else:
            self._done(outcome)

    def _done(self, outcome: SyncOutcome) -> None:
        name, result = outcome.display_name, outcome.result
        assert result is not None
        self._ended(failed=False)
        if name and name != self.state.user_display_name:
            self.state.user_display_name = name
            self.signals.display_name_changed.emit(name)
        self.state.took(outcome.state)
        log.info("sync done: %d item(s) pulled, %d pushed", result.items_pulled, len(result.pushed))
        self._set_status(online=True, local=outcome.state)
        self._say_problem("")
        if result.changed:
            self.signals.changed.emit(frozenset(result.changed))
        for ticket in result.resolved_tickets:
            self.signals.ticket_resolved.emit(ticket)
        self._maybe_again()
        self._synced()

    def _failed(self, exc: BaseException, local: LocalState | None = None) -> None:
        """`local` is None when even reading the cache failed: the status keeps what it had."""
        from desktop.sync import SyncCancelled

        online = self.state.status.online
        if isinstance(exc, SyncCancelled):
            # Not a failure: the next sync is due at the usual interval and resumes where
            # this one stopped; what it brought so far is shown.
            self._ended(failed=False)
            self._set_status(online=online, local=local)
            self.signals.changed.emit(
                frozenset(
                    {
                        Collection.INVOICES,
                        Collection.RELATIONSHIPS,
                        Collection.CONNECTION_REQUESTS,
                        Collection.TICKETS,
                    }
                )
            )
            self.signals.sync_cancelled.emit()
            self.scheduler.forget_again()
            self._synced()
            return
        self._ended(failed=True)
        self._synced()  # a first sync stopped half way: its deferred indexes, at least
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
            self._set_status(online=False, local=local)
        elif isinstance(exc, TooManyAttempts):
            # A 429 on renewing the sign-in: queued requests stay queued; the status bar says
            # how long (desktop/models/refusals.py words it) and the next sync waits that long.
            log.info("sync throttled for %s s", exc.retry_after)
            self._set_status(online=online, local=local)
            self._say_problem(f"too_many_attempts:{wait_minutes(exc.retry_after)}")
            self.timer.start(self.scheduler.throttled(exc.retry_after))
        elif isinstance(exc, AuthFailed):
            # The portal answers but will not sync without a sign-in: stop retrying (no stack
            # of sign-in dialogs) and show the cache as offline until the user signs in;
            # "Try again" asks again.
            log.info("session refused by the portal; asking to sign in")
            self.timer.stop()
            self.scheduler.forget_again()
            self._set_status(online=False, local=local)
            if self.scheduler.sign_in_now(typing=user_is_typing()):
                self.signals.session_expired.emit()
            else:
                self._watch_typing()  # never a dialog under the user's keys
            return
        else:
            log.warning("sync failed: %s", type(exc).__name__)
            self._set_status(online=online, local=local)
            kind = (
                "bad_answer"
                if isinstance(exc, BadAnswer)
                else "refused"
                if isinstance(exc, PortalRefused)
                else "failed"
            )
            self._say_problem(kind)  # the cache is untouched: a page is all or nothing
        self._maybe_again()

    def _ended(self, *, failed: bool) -> None:
        """Every sync's end schedules the next one (AuthFailed stops it again)."""
        self.timer.start(self.scheduler.end(failed=failed))

    def _maybe_again(self) -> None:
        if self.scheduler.take_again():
            self.request()

    def _say_problem(self, kind: str) -> None:
        if self.scheduler.new_problem(kind):
            self.signals.sync_problem.emit(kind)

    def _set_status(self, *, online: bool, local: LocalState | None) -> None:
        self.signals.status_changed.emit(self.state.set_status(online=online, local=local))

    # --- a local write ---------------------------------------------------------------
    def local_change(
        self, collections: frozenset[Collection | LocalChange] | set[Collection | LocalChange]
    ) -> None:
        """Refresh views, and the status bar's count. The count is read on the serial lane,
        behind the write and before any sync queued after it, so an older count never lands
        after a newer one."""
        self.signals.changed.emit(frozenset(collections))
        cache = self.services.cache
        self.services.tasks.run(
            lambda: LocalState.read(cache),
            lambda local: self._set_status(online=self.state.status.online, local=local),
            lane=Lane.SERIAL,
            owner=self,
        )

    # --- the timer, the modal dialog, the window -------------------------------------
    def _timer_fired(self) -> None:
        """Never beside another sync, never under a modal dialog (it runs when the dialog
        closes; the user may be answering it, or typing in it)."""
        modal = _modal_dialog()
        action = self.scheduler.timer_fired(modal_open=modal is not None)
        if action is TimerAction.WAIT_FOR_DIALOG and modal is not None:
            self._wait_for_dialog(modal)
        elif action is TimerAction.SYNC:
            self.request(background=True)

    def window_activated(self) -> None:
        """The user came back to the window: after a while away, sync at once."""
        if self.timer.isActive() and self.scheduler.back_after_a_while():
            self.timer.stop()
            self._timer_fired()

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
        QTimer.singleShot(0, self._after_dialog)

    def _after_dialog(self) -> None:
        if self.scheduler.dialog_closed():
            self._timer_fired()

    # --- the keyboard ----------------------------------------------------------------
    def _watch_typing(self) -> None:
        app = QApplication.instance()
        if self._watching_focus or not isinstance(app, QApplication):
            return
        self._watching_focus = True
        app.focusChanged.connect(self._focus_moved)

    def _focus_moved(self, _old: QWidget | None, _new: QWidget | None) -> None:
        if user_is_typing() or not self.scheduler.typing_stopped():
            return
        self._watching_focus = False
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.disconnect(self._focus_moved)
        self.signals.session_expired.emit()

    def stop(self) -> None:
        self.timer.stop()
        self.scheduler.stop()


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


def _modal_dialog() -> QWidget | None:
    app = QApplication.instance()
    return app.activeModalWidget() if isinstance(app, QApplication) else None


def user_is_typing() -> bool:
    """The keyboard focus is in a field the user can type into."""
    focus = QApplication.focusWidget()
    if isinstance(focus, QLineEdit | QTextEdit | QPlainTextEdit):
        return not focus.isReadOnly()
    if isinstance(focus, QAbstractSpinBox):
        return not focus.isReadOnly()
    return isinstance(focus, QComboBox) and focus.isEditable()
