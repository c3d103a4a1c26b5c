"""A filter's choices as a list model: "All" (in the words the widget gives) first, then
(key, name) pairs in the order given.

A combo over it is filled with one reset, however long the list (the invoice page's buyer
filter holds every buyer with an invoice: 100,000 at the bench's size), where `addItem` would
insert them one by one on the GUI thread. The key is the row's `UserRole`, as `addItem(text,
key)` would have it, so `QComboBox.currentData()` reads it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Choices:
    """(key, name) pairs in the order to offer them, with each key's row: made where the
    pairs are read (on a worker for 100,000 buyers), so the GUI thread only swaps lists."""

    items: list[tuple[str, str]] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)  # key -> its row (after "All")

    @classmethod
    def of(cls, items: Sequence[tuple[str, str]]) -> Choices:
        items = list(items)
        return cls(items, {key: row for row, (key, _name) in enumerate(items, start=1)})


class ChoicesModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._choices = Choices()
        self._all = ""  # the first row's words, in the language spoken (the widget says them)

    def set_choices(self, choices: Choices) -> None:
        """What to offer after "All" (row 0), in its order."""
        if choices.items == self._choices.items:
            return
        self.beginResetModel()
        self._choices = choices
        self.endResetModel()

    def row_of(self, key: str | None) -> int:
        """The row offering `key` (None: "All"), or -1 when it is not offered."""
        return 0 if key is None else self._choices.rows.get(key, -1)

    def set_all_text(self, text: str) -> None:
        self._all = text
        self.dataChanged.emit(self.index(0), self.index(0))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's API
        return 0 if parent.isValid() else len(self._choices.items) + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.UserRole,
        ):
            return None
        row = index.row()
        if row == 0:
            if role == Qt.ItemDataRole.UserRole:
                return None
            return self._all
        if row > len(self._choices.items):
            return None
        key, name = self._choices.items[row - 1]
        return key if role == Qt.ItemDataRole.UserRole else name
