"""The customer combo's result list: directory entries (legal entities and groups)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QApplication, QStyle

from desktop.domain.types import DirectoryEntry
from desktop.models.roles import Roles

_Index = QModelIndex | QPersistentModelIndex


class DirectoryResultsModel(QAbstractListModel):
    """Rows of `DirectoryEntry`; shown as "AAA… - Name (VAT)", groups as "Name (group)"."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[DirectoryEntry] = []

    def set_entries(self, entries: Sequence[DirectoryEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def clear(self) -> None:
        self.set_entries([])

    def entry(self, row: int) -> DirectoryEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def entries(self) -> list[DirectoryEntry]:
        return list(self._entries)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.display_text(entry)
        if role == Qt.ItemDataRole.ToolTipRole:
            if entry.kind == "group":
                return self.tr("A group of buyers: choose it to see its legal entities")
            if entry.group_name:
                return self.tr("Part of the group {group}").format(group=entry.group_name)
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            app = QApplication.instance()
            if not isinstance(app, QApplication):
                return None
            pixmap = (
                QStyle.StandardPixmap.SP_DirIcon
                if entry.kind == "group"
                else QStyle.StandardPixmap.SP_FileIcon
            )
            return app.style().standardIcon(pixmap)
        if role == Roles.ENTRY:
            return entry
        if role == Roles.KIND:
            return entry.kind
        return None

    def display_text(self, entry: DirectoryEntry) -> str:
        if entry.kind == "group":
            return self.tr("{name} (group)").format(name=entry.name)
        return entity_text(entry)


def entity_text(entry: DirectoryEntry) -> str:
    """ "AAA206515132 - Technical Services Test Buyer 17 (GB177907267)", as the portal shows it."""
    text = f"{entry.network_number} - {entry.name}" if entry.network_number else entry.name
    if entry.vat_number:
        text += f" ({entry.vat_number})"
    return text
