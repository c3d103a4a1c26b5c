"""One of Home's small invoice tables (Failed invoices, Saved invoices): a title, View all,
the first few rows, and a clear line instead of an empty grid when there are none."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.models.formats import format_count


class InvoiceSummaryTable(QFrame):
    def __init__(self, title: str, columns: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("section")
        self.title = QLabel(title, self)
        self.title.setObjectName("sectionTitle")
        self.count = QLabel(self)
        self.count.setObjectName("muted")
        self.view_all = QPushButton(self.tr("View all"), self)
        self.view_all.setObjectName("summaryViewAll")
        self.view_all.setProperty("role", "link")
        self.view_all.setCursor(Qt.CursorShape.PointingHandCursor)
        self.view_all.setAccessibleName(self.tr("View all: {title}").format(title=title))
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addWidget(self.count)
        head.addStretch(1)
        head.addWidget(self.view_all)

        self.table = QTableWidget(0, len(columns), self)
        self.table.setHorizontalHeaderLabels(columns)
        self.table.setAccessibleName(title)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setWordWrap(False)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._right: set[int] = set()

        self.empty = QLabel(self.tr("Loading invoices…"), self)
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        self._fit()

    def set_words(self, title: str, columns: list[str]) -> None:
        """Title and headers again, in the language spoken now (the owner translates them)."""
        self.title.setText(title)
        self.table.setHorizontalHeaderLabels(columns)
        self.table.setAccessibleName(title)
        self.view_all.setText(self.tr("View all"))
        self.view_all.setAccessibleName(self.tr("View all: {title}").format(title=title))
        if self.empty.text() and not self.table.rowCount():
            self.empty.setText(self.tr("Loading invoices…"))

    def align_right(self, column: int) -> None:
        """Amounts line up on the right, as in every ledger."""
        self._right.add(column)

    def set_rows(self, rows: list[list[str]], total: int) -> None:
        self.table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if c in self._right:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(r, c, item)
        self.count.setText(f"({format_count(total)})" if total else "")
        self.view_all.setEnabled(total > 0)
        self.empty.setVisible(not rows)
        self._fit()

    def show_empty(self, text: str) -> None:
        self.table.setRowCount(0)
        self.count.setText("")
        self.view_all.setEnabled(False)
        self.empty.setText(text)
        self.empty.show()
        self._fit()

    def rows(self) -> list[list[str]]:
        """What the table shows (tests read it as a user would)."""
        return [
            [self._text(r, c) for c in range(self.table.columnCount())]
            for r in range(self.table.rowCount())
        ]

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def _fit(self) -> None:
        """As tall as its rows: no inner scrolling, no blank grid."""
        height = self.table.horizontalHeader().sizeHint().height() + 2 * self.table.frameWidth()
        for r in range(self.table.rowCount()):
            height += self.table.rowHeight(r)
        self.table.setFixedHeight(height)
