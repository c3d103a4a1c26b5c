"""Help & Support > Support requests: tickets the network opened, and how they ended."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.domain.types import TicketRow
from desktop.models.tickets_model import UPDATED, RowRole, SortRole, TicketsModel
from desktop.views.dialogs.ticket_dialog import TicketDialog
from desktop.views.widgets.status_table import StatusTableView

if TYPE_CHECKING:
    from desktop.app.context import AppContext


class SupportRequestsPage(QWidget):
    navigate = Signal(str)
    loaded = Signal(int)  # rows shown

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("supportRequestsPage")
        self._ctx = ctx
        self._generation = 0
        self.dialog: TicketDialog | None = None

        self.title = QLabel(self)
        self.title.setObjectName("pageTitle")
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("pageSubtitle")
        self.subtitle.setWordWrap(True)
        self.details = QPushButton(self)
        self.details.setEnabled(False)
        self.details.clicked.connect(self.open_current)
        self.model = TicketsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.table = StatusTableView(self)
        self.table.setObjectName("supportRequestsTable")
        self.table.setModel(self.proxy)
        self.table.sortByColumn(UPDATED, Qt.SortOrder.DescendingOrder)
        self.table.activated.connect(self._open_index)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.details.setEnabled(current.isValid())
        )
        self.empty = QLabel(self)
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.empty.hide()

        actions = QHBoxLayout()
        actions.addWidget(self.details)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addLayout(actions)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self.retranslate()
        ctx.changed.connect(self._on_changed)
        self.reload()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Support requests"))
        self.subtitle.setText(
            self.tr(
                "When a customer shares no invoice history, the network opens a support "
                "request and contacts the customer for you."
            )
        )
        self.details.setText(self.tr("View details"))
        self.empty.setText(self.tr("No support requests."))
        self.table.setAccessibleName(self.tr("Support requests"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        cache = self._ctx.cache
        self._ctx.tasks.run(
            cache.tickets, lambda rows: self._loaded(generation, rows), lane="pool", owner=self
        )

    def _loaded(self, generation: int, rows: list[TicketRow]) -> None:
        if generation != self._generation:
            return
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.empty.setVisible(not rows)
        self.details.setEnabled(self.table.currentIndex().isValid())
        self.loaded.emit(len(rows))

    def _on_changed(self, collections: frozenset[str]) -> None:
        if "tickets" in collections:
            self.reload()

    def open_current(self) -> None:
        self._open_index(self.table.currentIndex())

    def _open_index(self, index: QModelIndex) -> None:
        ticket = index.data(RowRole) if index.isValid() else None
        if not isinstance(ticket, TicketRow):
            return
        self.dialog = TicketDialog(ticket, self)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.open()
