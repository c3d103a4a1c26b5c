"""A request's or ticket's history: when, what happened, details; event words translated."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from desktop.domain.types import HistoryEntry
from desktop.models.local_time import format_datetime


class HistoryList(QTreeWidget):
    def __init__(self, history: Sequence[HistoryEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyList")
        self.setRootIsDecorated(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHeaderLabels([self.tr("When"), self.tr("What happened"), self.tr("Details")])
        self.setAccessibleName(self.tr("History"))
        for entry in sorted(history, key=lambda e: e.at):
            QTreeWidgetItem(
                self, [format_datetime(entry.at), self.event_text(entry.event), entry.detail or ""]
            )
        for column in range(3):
            self.resizeColumnToContents(column)

    def event_text(self, event: str) -> str:
        names = {
            "created": self.tr("Request created"),
            "submitted": self.tr("Request sent"),
            "queued": self.tr("Queued on this computer"),
            "verification_required": self.tr("Verification required"),
            "ticket_opened": self.tr("Support request opened"),
            "opened": self.tr("Support request opened"),
            "in_progress": self.tr("The network is contacting the customer"),
            "connected": self.tr("Connected"),
            "rejected": self.tr("Rejected by the customer"),
            "resolved": self.tr("Resolved"),
            "closed": self.tr("Closed"),
            "cancelled": self.tr("Cancelled"),
            "already_connected": self.tr("Already connected"),
            "already_requested": self.tr("Already requested"),
        }
        return names.get(event, event.replace("_", " "))
