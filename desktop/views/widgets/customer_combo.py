"""Find your customers: a line edit that searches the directory as you type.

Each keystroke restarts a short timer; when it fires, the search runs off the GUI thread
(`operations.directory.search_customers`, latest only): a slow answer to an old keystroke
never replaces the results of the last one, nor fills a search emptied or chosen from since.
Offline, the search covers the buyers already in the local cache, and says so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.types import DirectoryEntry, SyncStatus
from desktop.models.directory_results_model import DirectoryResultsModel
from desktop.operations import directory
from desktop.views.retranslate import Retranslating

if TYPE_CHECKING:
    from desktop.app.context import AppContext

SEARCH_DELAY_MS = 200
RESULT_LIMIT = 20
_NAV_KEYS = {
    Qt.Key.Key_Down,
    Qt.Key.Key_Up,
    Qt.Key.Key_PageDown,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_Return,
    Qt.Key.Key_Enter,
    Qt.Key.Key_Escape,
}


class CustomerCombo(Retranslating, QWidget):
    """Emits `entry_chosen(DirectoryEntry)` when the user picks a legal entity or a group."""

    entry_chosen = Signal(object)
    results_shown = Signal(int)  # how many rows the latest answer brought
    cleared = Signal()  # the user emptied the search (the clear button or by deleting)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._asked = ""  # the text the search in flight is for ("": none is wanted)
        self._offline = False
        self._chosen: DirectoryEntry | None = None

        self.edit = QLineEdit(self)
        self.edit.setObjectName("customerSearch")
        self.edit.setClearButtonEnabled(True)
        self.status = QLabel(self)
        self.status.setObjectName("customerSearchStatus")
        self.status.setWordWrap(True)
        self.status.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.edit)
        layout.addWidget(self.status)

        self.model = DirectoryResultsModel(self)
        self.popup = QListView()
        self.popup.setObjectName("customerResults")
        self.popup.setWindowFlags(Qt.WindowType.Popup)
        self.popup.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.popup.setFocusProxy(self.edit)
        self.popup.setModel(self.model)
        self.popup.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.popup.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.popup.setUniformItemSizes(True)
        self.popup.installEventFilter(self)
        self.popup.clicked.connect(self._choose_index)
        self.destroyed.connect(self.popup.deleteLater)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._search_now)

        self.edit.textEdited.connect(self._text_edited)
        self.edit.installEventFilter(self)
        ctx.status_changed.connect(self._status_changed)
        self.setFocusProxy(self.edit)
        self.retranslate()

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("Find your customers"))
        self.edit.setAccessibleName(self.tr("Find your customers"))
        self.edit.setAccessibleDescription(
            self.tr("Arrow keys move through the customers found; Enter chooses one")
        )
        self.edit.setToolTip(
            self.tr("Type part of a customer's name, its VAT number or its network number")
        )
        if self._offline:
            self.status.setText(self.tr("Offline: searching customers already on this computer"))

    # --- state -------------------------------------------------------------
    @property
    def chosen(self) -> DirectoryEntry | None:
        return self._chosen

    @property
    def offline(self) -> bool:
        return self._offline

    def clear(self) -> None:
        self._asked = ""
        self._timer.stop()
        self.edit.clear()
        self.model.clear()
        self.popup.hide()
        self._set_status("", self._offline)
        self._chosen = None

    # --- searching -----------------------------------------------------------
    def _text_edited(self, text: str) -> None:
        self._asked = ""  # any answer in flight is now stale
        self._chosen = None
        if not text.strip():
            self._timer.stop()
            self.model.clear()
            self.popup.hide()
            self._set_status("", self._offline)
            self.cleared.emit()
            return
        self._timer.start()

    def search(self, text: str) -> None:
        """Search for `text` now (the timer calls this after the user pauses)."""
        query = text.strip()
        self._asked = query
        if not query:
            return
        directory.search_customers(self._ctx, query, limit=RESULT_LIMIT, parent=self).success(
            lambda found: self._answer(query, found)
        ).failure(lambda exc: self._failed(query, exc)).latest_only().run()

    def _search_now(self) -> None:
        self.search(self.edit.text())

    def _failed(self, query: str, exc: BaseException) -> None:
        if query != self._asked:
            return
        self.model.clear()
        self.popup.hide()
        offline = isinstance(exc, directory.OfflineSearchFailed)
        self._set_status(self.tr("The search did not work. Please try again."), offline)

    def _answer(self, query: str, found: directory.CustomerSearch) -> None:
        if query != self._asked:
            return  # the search was emptied, or a customer chosen, meanwhile
        entries, offline = found.entries, found.offline
        self._offline = offline
        self.model.set_entries(entries)
        if offline:
            self._set_status(
                self.tr("Offline: searching customers already on this computer"), offline
            )
        elif not entries:
            self._set_status(self.tr("No customers found"), offline)
        else:
            self._set_status("", offline)
        if entries:
            self._show_popup()
        else:
            self.popup.hide()
        self.results_shown.emit(len(entries))

    def _set_status(self, text: str, offline: bool) -> None:
        self.status.setText(text)
        self.status.setProperty("offline", offline)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setVisible(bool(text))

    def _status_changed(self, status: SyncStatus) -> None:
        # Back online while showing offline results: search the portal again.
        if status.online and self._offline and self.edit.text().strip() and self._chosen is None:
            self._offline = False
            self._timer.start()

    # --- popup ------------------------------------------------------------------
    def _show_popup(self) -> None:
        self.popup.setCurrentIndex(self.model.index(0, 0))
        rows = min(self.model.rowCount(), 10)
        row_height = max(self.popup.sizeHintForRow(0), 1)
        frame = 2 * self.popup.frameWidth()
        self.popup.setFixedSize(self.edit.width(), rows * row_height + frame)
        self.popup.move(self.edit.mapToGlobal(QPoint(0, self.edit.height())))
        if not self.popup.isVisible():
            self.popup.show()

    def _move_current(self, step: int) -> None:
        count = self.model.rowCount()
        if not count:
            return
        row = self.popup.currentIndex().row()
        row = 0 if row < 0 else max(0, min(count - 1, row + step))
        self.popup.setCurrentIndex(self.model.index(row, 0))

    def _choose_index(self, index: QModelIndex) -> None:
        entry = self.model.entry(index.row())
        if entry is None:
            return
        self._asked = ""
        self._timer.stop()
        self.popup.hide()
        self._chosen = entry
        self.edit.setText(self.model.display_text(entry))
        self.edit.setCursorPosition(0)
        self.entry_chosen.emit(entry)

    def _navigate(self, key: int) -> bool:
        """Down/Up/Page keys move, Enter chooses, Escape closes; True when handled."""
        visible = self.popup.isVisible()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and not visible:
            if self.model.rowCount():
                self._show_popup()
                return True
            return False
        if not visible:
            return False
        if key == Qt.Key.Key_Down:
            self._move_current(1)
        elif key == Qt.Key.Key_Up:
            self._move_current(-1)
        elif key == Qt.Key.Key_PageDown:
            self._move_current(10)
        elif key == Qt.Key.Key_PageUp:
            self._move_current(-10)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            current = self.popup.currentIndex()
            if current.isValid():
                self._choose_index(current)
            else:
                self.popup.hide()
        elif key == Qt.Key.Key_Escape:
            self.popup.hide()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in _NAV_KEYS and self._navigate(key):
                return True
            if watched is self.popup:
                # The popup holds the keyboard while open: typing goes on in the line edit.
                QApplication.sendEvent(self.edit, event)
                return True
        elif watched is self.popup and event.type() == QEvent.Type.Hide:
            self.edit.setFocus()
        return super().eventFilter(watched, event)
