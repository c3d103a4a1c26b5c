"""A table whose state column shows a coloured dot; the colours come from the style sheet.

The models give each state cell a tone (good, warn, bad, info, neutral) in
`ToneRole`; `resources/style.qss` sets the colour of each tone, e.g.
`StatusTableView { qproperty-dotGood: #2e9d5b; }`.
"""

from __future__ import annotations

from PySide6.QtCore import Property as QtProperty
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

ToneRole = Qt.ItemDataRole.UserRole + 2
_TONES = ("good", "warn", "bad", "info", "neutral")


def _tone_property(tone: str) -> QtProperty:
    def get(view: StatusTableView) -> QColor:
        return view._colours[tone]

    def set_(view: StatusTableView, value: QColor) -> None:
        view._colours[tone] = QColor(value)
        view.viewport().update()

    return QtProperty(QColor, get, set_)


class StatusTableView(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colours: dict[str, QColor] = {tone: QColor() for tone in _TONES}
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

    def tone_colour(self, tone: str) -> QColor:
        colour = self._colours.get(tone, QColor())
        if colour.isValid():
            return colour
        return self.palette().color(QPalette.ColorRole.Mid)  # no style sheet: a neutral dot

    dotGood = _tone_property("good")
    dotWarn = _tone_property("warn")
    dotBad = _tone_property("bad")
    dotInfo = _tone_property("info")
    dotNeutral = _tone_property("neutral")


class _DotDelegate(QStyledItemDelegate):
    def __init__(self, view: StatusTableView) -> None:
        super().__init__(view)
        self._view = view
        self._icons: dict[tuple[str, int], QIcon] = {}

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        tone = index.data(ToneRole)
        if not tone:
            return
        size = max(8, option.fontMetrics.height() // 2)  # type: ignore[attr-defined]
        option.icon = self._dot(str(tone), size)  # type: ignore[attr-defined]
        option.features |= QStyleOptionViewItem.ViewItemFeature.HasDecoration  # type: ignore[attr-defined]

    def _dot(self, tone: str, size: int) -> QIcon:
        colour = self._view.tone_colour(tone)
        key = (colour.name() + tone, size)
        icon = self._icons.get(key)
        if icon is None:
            ratio = self._view.devicePixelRatioF()
            pixmap = QPixmap(int(size * ratio), int(size * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawEllipse(QRectF(1, 1, size - 2, size - 2))
            painter.end()
            icon = QIcon(pixmap)
            self._icons[key] = icon
        return icon
