"""A table whose state column shows a coloured dot (the shell's dot icons in resources/icons).

The models give each state cell a tone (good, warn, bad, info, neutral) in `ToneRole`; the
view maps it to the same dots the Customer relationships table uses. A page that knows its
tone columns names them (`set_tone_columns`): the other cells are painted without Python.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from desktop.app.resources import icon
from desktop.domain.tones import Tone
from desktop.models.row_table_model import ToneRole

DOTS: dict[str, str] = {  # a tone (its Tone or the string a model role carries) -> dot
    Tone.GOOD: "dot-active",
    Tone.WARN: "dot-pending",
    Tone.BAD: "dot-rejected",
    Tone.INFO: "dot-open",
    Tone.NEUTRAL: "dot-neutral",
}


def tone_icons() -> dict[str, QIcon]:
    """Each tone's dot, for a model that answers the decoration itself (no Python delegate:
    painting a screen of rows then runs no Python for the dots)."""
    return {str(tone): icon(name) for tone, name in DOTS.items()}


class StatusTableView(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(_DotDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSortingEnabled(True)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)

    def set_tone_columns(self, columns: tuple[int, ...]) -> None:
        """Only these columns carry a tone: the dot's delegate (Python, asked on every paint)
        draws them alone; Qt's own draws the rest."""
        dots = self.itemDelegate()
        self._plain = QStyledItemDelegate(self)
        self.setItemDelegate(self._plain)
        for column in columns:
            self.setItemDelegateForColumn(column, dots)


class _DotDelegate(QStyledItemDelegate):
    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        tone = index.data(ToneRole)
        if not tone:
            return
        option.icon = icon(DOTS.get(str(tone), "dot-neutral"))  # type: ignore[attr-defined]
        option.features |= QStyleOptionViewItem.ViewItemFeature.HasDecoration  # type: ignore[attr-defined]
