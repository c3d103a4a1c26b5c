"""Status bar: sync progress, online/offline, and how many requests wait in the outbox.

A long sync (a first one of many invoices) shows a progress bar with counts and a Cancel
button; a cancelled sync keeps every page it wrote and the next one resumes there."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStatusBar,
    QWidget,
)

from desktop.app.resources import icon
from desktop.domain.types import SyncStatus
from desktop.models.formats import format_count, with_count
from desktop.models.refusals import sync_problem_text
from desktop.views.announce import announce
from wire.collections import Collection

if TYPE_CHECKING:
    from desktop.cache.collections import SyncCollection


def _declared(collection: str) -> SyncCollection | None:
    """The collection's declaration, with its words (`desktop/cache/collections.py`, imported
    by the first sync's progress: it brings the cache's ORM, not wanted before the first paint)."""
    from desktop.cache.collections import SYNC_COLLECTIONS

    try:
        return SYNC_COLLECTIONS[Collection(collection)]
    except ValueError:
        return None


def _say(words: str) -> str:
    from desktop.cache.collections import WORDS_CONTEXT

    return QCoreApplication.translate(WORDS_CONTEXT, words)


# A sync bringing more than this many items of one collection shows the progress bar.
LONG_SYNC_ITEMS = 500


class SyncStatusWidgets(QObject):
    """Owns the labels it puts on a QStatusBar; fed by AppContext's signals."""

    cancel_requested = Signal()

    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(bar)
        self.bar = bar
        self.progress = QLabel(bar)
        self.progress.setObjectName("syncProgress")
        self.long_sync = QWidget(bar)
        self.long_sync.setObjectName("longSync")
        self.counts = QLabel(self.long_sync)
        self.counts.setObjectName("syncCounts")
        self.progress_bar = QProgressBar(self.long_sync)
        self.progress_bar.setObjectName("syncProgressBar")
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumWidth(self.counts.fontMetrics().averageCharWidth() * 30)
        self.cancel_button = QPushButton(self.tr("Cancel sync"), self.long_sync)
        self.cancel_button.setObjectName("cancelSync")
        self.cancel_button.setToolTip(
            self.tr("Stop syncing now; the next sync continues where this one stopped.")
        )
        self.cancel_button.clicked.connect(self._cancel_clicked)
        long_row = QHBoxLayout(self.long_sync)
        long_row.setContentsMargins(0, 0, 0, 0)
        long_row.addWidget(self.counts)
        long_row.addWidget(self.progress_bar)
        long_row.addWidget(self.cancel_button)
        self.long_sync.hide()
        self.queued = QLabel(bar)
        self.queued.setObjectName("queuedCount")
        self.connection = QWidget(bar)
        self.dot = QLabel(self.connection)
        self.state = QLabel(self.connection)
        self.state.setObjectName("connectionState")
        row = QHBoxLayout(self.connection)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.dot)
        row.addWidget(self.state)
        bar.addWidget(self.progress, 1)
        bar.addWidget(self.long_sync)
        bar.addPermanentWidget(self.queued)
        bar.addPermanentWidget(self.connection)
        self.queued.hide()
        self._problem = ""
        self._set_dot("neutral")
        self.state.setText(self.tr("Connecting…"))
        self._status: SyncStatus | None = None
        self._problem_kind = ""
        self.state.installEventFilter(self)  # a QObject hears LanguageChange through a widget

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.state and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        """The language changed: every text the bar shows, again in the new one."""
        self.cancel_button.setText(self.tr("Cancel sync"))
        self.cancel_button.setToolTip(
            self.tr("Stop syncing now; the next sync continues where this one stopped.")
        )
        self._problem = self.problem_text(self._problem_kind)
        if self._status is None:
            self.state.setText(self.tr("Connecting…"))
            return
        self.progress.setText(self._problem)
        self._say_status(self._status)

    def _set_dot(self, name: str) -> None:
        size = self.state.fontMetrics().height() * 3 // 4
        self.dot.setPixmap(
            icon(f"dot-{name}").pixmap(QSize(size, size), self.dot.devicePixelRatioF())
        )

    def on_step(self, step: str) -> None:
        """Before a sync's first page: what it waits for (the sandbox, the sign-in)."""
        self.progress.setText(self.step_text(step))

    def step_text(self, step: str) -> str:
        steps = {
            "sandbox": self.tr("Starting the sandbox network…"),
            "sign_in": self.tr("Signing in…"),
        }
        return steps.get(step, self.tr("Syncing…"))

    def on_progress(self, collection: str, items: int) -> None:
        self.progress.setText(self.syncing_text(collection, items))

    def on_counts(self, collection: str, items: int, total: int) -> None:
        """A long sync: a real progress bar, "Invoices 12,000 of 1,000,000", and Cancel."""
        if total <= LONG_SYNC_ITEMS or items >= total:
            if items >= total:
                self.long_sync.hide()
            return
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.setValue(int(1000 * items / total))
        self.counts.setText(self.counts_text(collection, items, total))
        self.progress_bar.setAccessibleName(self.counts.text())
        self.cancel_button.setEnabled(True)
        self.long_sync.show()

    def counts_text(self, collection: str, items: int, total: int) -> str:
        declared = _declared(collection)
        words = None if declared is None else declared.counts_words
        text = self.tr("Items {done} of {total}") if words is None else _say(words)
        return text.format(done=format_count(items), total=format_count(total))

    def _cancel_clicked(self) -> None:
        self.cancel_button.setEnabled(False)  # once; the sync stops after the page it writes
        self.counts.setText(self.tr("Stopping the sync…"))
        self.cancel_requested.emit()

    def on_cancelled(self) -> None:
        self.long_sync.hide()
        self.progress.setText(
            self.tr("Sync cancelled. The next sync continues where this one stopped.")
        )

    def syncing_text(self, collection: str, items: int) -> str:
        declared = _declared(collection)
        words = None if declared is None else declared.syncing_words
        text = self.tr("Syncing… {count}") if words is None else _say(words)
        return text.format(count=format_count(items))

    def on_problem(self, kind: str) -> None:
        """Say why a sync failed while the portal answered; the cached data stays as it was.
        A screen reader hears the failure (at once) and, when a sync works again, the recovery."""
        was = self._problem_kind
        self._problem_kind = kind
        self._problem = self.problem_text(kind)
        self.progress.setText(self._problem)
        if kind and kind != was:
            announce(self.progress, self._problem, urgent=True)
        elif was and not kind:
            announce(self.progress, self.tr("Sync works again. Your data here is up to date."))

    def problem_text(self, kind: str) -> str:
        texts = {
            "bad_answer": self.tr(
                "The network portal sent an answer Supplier Desk cannot read. Your data here is "
                "unchanged; Supplier Desk will try again."
            ),
            "refused": self.tr(
                "The network portal refused to sync. Your data here is unchanged; Supplier Desk "
                "will try again."
            ),
            "failed": self.tr(
                "Sync failed. Your data here is unchanged; Supplier Desk will try again."
            ),
        }
        return texts.get(kind) or sync_problem_text(kind)

    def on_status(self, status: SyncStatus) -> None:
        self.long_sync.hide()  # the sync has ended
        self.progress.setText(self._problem)
        was = self._status
        self._status = status
        self._say_status(status)
        if was is None or was.online != status.online:  # a screen reader hears the change
            announce(self.state, self.state.text())

    def _say_status(self, status: SyncStatus) -> None:
        if status.online:
            self._set_dot("active")
            self.state.setText(self.tr("Online"))
        else:
            self._set_dot("rejected")
            self.state.setText(self.tr("Offline"))
        if status.queued_requests:
            self.queued.setText(
                with_count(
                    self.tr("%n request(s) waiting to be sent", "", status.queued_requests),
                    status.queued_requests,
                )
            )
            self.queued.show()
        else:
            self.queued.hide()
