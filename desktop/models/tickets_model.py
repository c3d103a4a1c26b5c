"""Support requests (tickets) as a table: number, customer, state, resolution, dates."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop.domain.types import TicketRow, TicketState
from desktop.models.local_time import as_utc, format_datetime

RowRole = Qt.ItemDataRole.UserRole + 1
ToneRole = Qt.ItemDataRole.UserRole + 2
SortRole = Qt.ItemDataRole.UserRole + 3

_Index = QModelIndex | QPersistentModelIndex

NUMBER, CUSTOMER, STATE, RESOLUTION, OPENED, UPDATED = range(6)


def ticket_tone(ticket: TicketRow) -> str:
    if ticket.state == TicketState.RESOLVED:
        return "bad" if ticket.resolution == "rejected" else "good"
    if ticket.state == TicketState.CLOSED:
        return "neutral"
    return "warn"


class TicketsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[TicketRow] = []

    def set_rows(self, rows: Sequence[TicketRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> TicketRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Ticket number"),
            self.tr("Customer"),
            self.tr("State"),
            self.tr("Resolution"),
            self.tr("Opened"),
            self.tr("Updated"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def state_text(self, state: str) -> str:
        names = {
            TicketState.OPEN.value: self.tr("Open"),
            TicketState.IN_PROGRESS.value: self.tr("In progress"),
            TicketState.RESOLVED.value: self.tr("Resolved"),
            TicketState.CLOSED.value: self.tr("Closed"),
        }
        return names.get(str(state), str(state))

    def resolution_text(self, resolution: str | None) -> str:
        names = {"connected": self.tr("Connected"), "rejected": self.tr("Rejected")}
        return names.get(resolution or "", resolution or "")

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        ticket = self._rows[index.row()]
        column = index.column()
        if role == RowRole:
            return ticket
        if role == ToneRole:
            return ticket_tone(ticket) if column == STATE else None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(ticket, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == CUSTOMER:
            return ticket.subject
        if role == SortRole:
            if column == OPENED:
                return as_utc(ticket.created_at).timestamp()
            if column == UPDATED:
                return as_utc(ticket.updated_at).timestamp()
            return self._text(ticket, column)
        return None

    def _text(self, ticket: TicketRow, column: int) -> str:
        if column == NUMBER:
            return ticket.number
        if column == CUSTOMER:
            return ticket.buyer_name
        if column == STATE:
            return self.state_text(ticket.state)
        if column == RESOLUTION:
            return self.resolution_text(ticket.resolution)
        if column == OPENED:
            return format_datetime(ticket.created_at)
        if column == UPDATED:
            return format_datetime(ticket.updated_at)
        return ""
