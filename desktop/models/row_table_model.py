"""A read-only table over a list of frozen rows (requests, tickets).

Subclasses say what a column shows (`titles`, `text`) and, where it differs from the text,
its dot (`tone`), tooltip and sort key; the base answers Qt's questions the same way for all.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop.models.roles import Roles

# The rows' roles are `Roles.ROW`, `TONE`, `SORT` and `EXPORT` (what a CSV export writes where it
# differs from the display: dates as ISO 8601). The old names stay for the views that import them.
RowRole = Roles.ROW
ToneRole = Roles.TONE
SortRole = Roles.SORT
ExportRole = Roles.EXPORT

Index = QModelIndex | QPersistentModelIndex
RowT = TypeVar("RowT")


class RowTableModel(QAbstractTableModel, Generic[RowT]):
    columns = 0  # how many columns `titles()` names

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RowT] = []

    # --- what a subclass says --------------------------------------------------------
    def titles(self) -> tuple[str, ...]:
        """The column headers, translated (asked each time: the language may change)."""
        raise NotImplementedError

    def text(self, row: RowT, column: int) -> str:
        raise NotImplementedError

    def tone(self, row: RowT, column: int) -> str | None:
        return None

    def tooltip(self, row: RowT, column: int) -> str | None:
        return None

    def sort_key(self, row: RowT, column: int) -> Any:
        return self.text(row, column)

    def export_text(self, row: RowT, column: int) -> str | None:
        """None: the export writes the displayed text."""
        return None

    # --- rows ------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[RowT]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> RowT | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # --- Qt ---------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.columns

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = self.titles()
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == Roles.ROW:
            return row
        if role == Roles.TONE:
            return self.tone(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        if role == Roles.SORT:
            return self.sort_key(row, column)
        if role == Roles.EXPORT:
            return self.export_text(row, column)
        return None
