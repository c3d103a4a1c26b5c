"""Status bar: sync progress, online/offline, and how many requests wait in the outbox."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSize
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStatusBar, QWidget

from desktop.app.resources import icon
from desktop.domain.types import SyncStatus


class SyncStatusWidgets(QObject):
    """Owns the labels it puts on a QStatusBar; fed by AppContext's signals."""

    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(bar)
        self.bar = bar
        self.progress = QLabel(bar)
        self.progress.setObjectName("syncProgress")
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
        bar.addPermanentWidget(self.queued)
        bar.addPermanentWidget(self.connection)
        self.queued.hide()
        self._problem = ""
        self._set_dot("neutral")
        self.state.setText(self.tr("Connecting…"))

    def _set_dot(self, name: str) -> None:
        size = self.state.fontMetrics().height() * 3 // 4
        self.dot.setPixmap(
            icon(f"dot-{name}").pixmap(QSize(size, size), self.dot.devicePixelRatioF())
        )

    def on_progress(self, collection: str, items: int) -> None:
        self.progress.setText(self.syncing_text(collection, items))

    def syncing_text(self, collection: str, items: int) -> str:
        names = {
            "accounts": self.tr("Syncing accounts… {count}"),
            "relationships": self.tr("Syncing relationships… {count}"),
            "connection-requests": self.tr("Syncing connection requests… {count}"),
            "tickets": self.tr("Syncing support requests… {count}"),
            "invoices": self.tr("Syncing invoices… {count}"),
        }
        text = names.get(collection, self.tr("Syncing… {count}"))
        return text.format(count=items)

    def on_problem(self, kind: str) -> None:
        """Say why a sync failed while the portal answered; the cached data stays as it was."""
        self._problem = self.problem_text(kind)
        self.progress.setText(self._problem)

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
        return texts.get(kind, "")

    def on_status(self, status: SyncStatus) -> None:
        self.progress.setText(self._problem)
        if status.online:
            self._set_dot("active")
            self.state.setText(self.tr("Online"))
        else:
            self._set_dot("rejected")
            self.state.setText(self.tr("Offline"))
        if status.queued_requests:
            self.queued.setText(
                self.tr("%n request(s) waiting to be sent", "", status.queued_requests)
            )
            self.queued.show()
        else:
            self.queued.hide()
