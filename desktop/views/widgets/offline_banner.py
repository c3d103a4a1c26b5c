"""The visible "Offline, data as of {time}" strip under the navigation bar."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.domain.types import SyncStatus
from desktop.models.local_time import format_datetime
from desktop.views.announce import announce
from desktop.views.retranslate import Retranslating


def format_when(at: datetime | None) -> str:
    """A sync time in the user's locale and time zone."""
    return format_datetime(at)


class OfflineBanner(Retranslating, QFrame):
    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("offlineBanner")
        self.message = QLabel(self)
        self.message.setObjectName("offlineMessage")
        self.message.setWordWrap(True)
        self.retry = QPushButton(self)
        self.retry.setObjectName("bannerButton")
        self.retry.clicked.connect(self.retry_requested)
        layout = QHBoxLayout(self)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.retry)
        self._status: SyncStatus | None = None
        self.retranslate()
        self.hide()

    def apply(self, status: SyncStatus) -> None:
        was_offline = self._status is not None and not self._status.online
        self._status = status
        if status.online:
            self.hide()
            return
        self._say_status(status)
        self.show()
        if not was_offline:  # a screen reader hears the change once, not every retry
            announce(self.message, self.message.text())

    def _say_status(self, status: SyncStatus) -> None:
        if status.last_synced_at is None:
            self.message.setText(
                self.tr("Offline: the portal cannot be reached and nothing has been synced yet.")
            )
        else:
            self.message.setText(
                self.tr("Offline, data as of {time}").format(
                    time=format_when(status.last_synced_at)
                )
            )
        self.message.setAccessibleName(self.message.text())

    def retranslate(self) -> None:
        self.retry.setText(self.tr("&Try again"))
        self.retry.setAccessibleDescription(self.tr("Try to reach the network portal now"))
        if self._status is not None and not self._status.online:
            self._say_status(self._status)
