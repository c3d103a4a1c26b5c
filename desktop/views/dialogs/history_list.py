"""A request's or ticket's history: when, what happened, details; event words translated."""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from desktop.domain.types import HistoryEntry
from desktop.models.local_time import format_datetime
from desktop.views.retranslate import Retranslating

# Older portals wrote a few details as English phrases; shown in the user's language too.
_BUYER_COUNT = re.compile(r"^(\d+)(?: buyer\(s\))?$")
_REQUEST_TO = re.compile(r"^Connection request to (.+)$")


class HistoryList(Retranslating, QTreeWidget):
    """Also a promoted widget in Designer forms (built with its parent only, then
    `set_history`)."""

    def __init__(
        self, parent: QWidget | None = None, *, history: Sequence[HistoryEntry] = ()
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historyList")
        self.setRootIsDecorated(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.set_history(history)

    def set_history(self, history: Sequence[HistoryEntry]) -> None:
        self._history = sorted(history, key=lambda e: e.at)
        self.retranslate()

    def retranslate(self) -> None:
        """Headers, event words and dates in the language (and locale) spoken now."""
        self.setHeaderLabels([self.tr("When"), self.tr("What happened"), self.tr("Details")])
        self.setAccessibleName(self.tr("History"))
        self.clear()
        for entry in self._history:
            detail = self.detail_text(entry.event, entry.detail)
            line = QTreeWidgetItem(
                self, [format_datetime(entry.at), self.event_text(entry.event), detail]
            )
            line.setToolTip(2, detail)  # the whole detail where the column cuts it
        for column in range(2):  # the details column takes the rest of the width
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
            "completed": self.tr("Completed"),
            "closed": self.tr("Closed"),
            "cancelled": self.tr("Cancelled"),
            "already_connected": self.tr("Already connected"),
            "already_requested": self.tr("Already requested"),
        }
        return names.get(event, event.replace("_", " "))

    def detail_text(self, event: str, detail: str | None) -> str:
        """The portal's detail in the user's language where it is one of its set phrases."""
        if not detail:
            return ""
        if event == "in_progress" and detail == "The network is contacting the customer":
            return ""  # the event says it already
        if event == "closed" and detail == "cancelled":
            return self.tr("The connection request was cancelled")
        if event == "resolved" and detail in ("connected", "rejected"):
            return self.tr("Connected") if detail == "connected" else self.tr("Rejected")
        count = _BUYER_COUNT.match(detail)
        if event == "created" and count:
            return self.tr("%n customer(s)", "", int(count.group(1)))
        if event == "opened":  # the buyer's name (older portals: a phrase around it)
            to = _REQUEST_TO.match(detail)
            buyer = to.group(1) if to else detail
            return self.tr("Connection request to {buyer}").format(buyer=buyer)
        return detail
