"""Connection requests as a table: state, buyers, account, ticket numbers, dates."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from desktop.domain.types import ConnectionRequestRow
from desktop.models.local_time import as_utc, format_datetime

RowRole = Qt.ItemDataRole.UserRole + 1
ToneRole = Qt.ItemDataRole.UserRole + 2  # good | warn | bad | info | neutral: the dot's colour
SortRole = Qt.ItemDataRole.UserRole + 3

_Index = QModelIndex | QPersistentModelIndex

STATE, BUYERS, ACCOUNT, TICKETS, CREATED, UPDATED = range(6)

_TONES = {
    "queued": "info",
    "open": "warn",
    "completed": "good",
    "cancelled": "neutral",
    "failed": "bad",
}


class ConnectionRequestsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ConnectionRequestRow] = []
        self._accounts: dict[str, str] = {}

    def set_rows(
        self, rows: Sequence[ConnectionRequestRow], accounts: Mapping[str, str] | None = None
    ) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if accounts is not None:
            self._accounts = dict(accounts)
        self.endResetModel()

    def row_at(self, row: int) -> ConnectionRequestRow | None:
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
            self.tr("State"),
            self.tr("Buyers"),
            self.tr("Account"),
            self.tr("Ticket number"),
            self.tr("Created"),
            self.tr("Updated"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def state_text(self, state: str) -> str:
        names = {
            "queued": self.tr("Queued"),
            "open": self.tr("Open"),
            "completed": self.tr("Completed"),
            "cancelled": self.tr("Cancelled"),
            "failed": self.tr("Not sent"),
        }
        return names.get(state, state)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == RowRole:
            return row
        if role == ToneRole:
            return _TONES.get(row.state, "neutral") if column == STATE else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if role == Qt.ItemDataRole.ToolTipRole and column != STATE:
                return None
            if role == Qt.ItemDataRole.ToolTipRole:
                return row.error
            return self._text(row, column)
        if role == SortRole:
            if column == CREATED:
                return as_utc(row.created_at).timestamp()
            if column == UPDATED:
                return as_utc(row.updated_at).timestamp()
            return self._text(row, column)
        return None

    def _text(self, row: ConnectionRequestRow, column: int) -> str:
        if column == STATE:
            return self.state_text(row.state)
        if column == BUYERS:
            return ", ".join(item.buyer_name for item in row.items)
        if column == ACCOUNT:
            return self._accounts.get(row.account_id, row.account_id)
        if column == TICKETS:
            return ", ".join(item.ticket_number for item in row.items if item.ticket_number)
        if column == CREATED:
            return format_datetime(row.created_at)
        if column == UPDATED:
            return format_datetime(row.updated_at)
        return ""
