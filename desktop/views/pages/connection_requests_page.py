"""Customers > Connection requests: every request with where it stands, and its history."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.domain.types import ConnectionRequestRow
from desktop.models.connection_requests_model import (
    UPDATED,
    ConnectionRequestsModel,
    RowRole,
    SortRole,
)
from desktop.views.dialogs.connection_request_dialog import ConnectionRequestDialog
from desktop.views.widgets.status_table import StatusTableView

if TYPE_CHECKING:
    from desktop.app.context import AppContext

WATCHED = frozenset({"connection-requests", "accounts"})


class ConnectionRequestsPage(QWidget):
    navigate = Signal(str)
    loaded = Signal(int)  # rows shown

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectionRequestsPage")
        self._ctx = ctx
        self._generation = 0
        self._accounts: dict[str, str] = {}
        self.dialog: ConnectionRequestDialog | None = None

        self.title = QLabel(self)
        self.title.setObjectName("pageTitle")
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("pageSubtitle")
        self.subtitle.setWordWrap(True)
        self.details = QPushButton(self)
        self.details.setEnabled(False)
        self.details.clicked.connect(self.open_current)
        self.connect_more = QPushButton(self)
        self.connect_more.setObjectName("primaryButton")
        self.connect_more.clicked.connect(lambda: self.navigate.emit("connect"))
        self.model = ConnectionRequestsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.table = StatusTableView(self)
        self.table.setObjectName("connectionRequestsTable")
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
        actions.addWidget(self.connect_more)
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
        self.title.setText(self.tr("Connection requests"))
        self.subtitle.setText(
            self.tr("Every connection request you sent, with where it stands for each customer")
        )
        self.details.setText(self.tr("View details"))
        self.connect_more.setText(self.tr("CONNECT"))
        self.connect_more.setToolTip(self.tr("Connect with customer"))
        self.empty.setText(
            self.tr("No connection requests yet. Use Connect with customer to send one.")
        )
        self.table.setAccessibleName(self.tr("Connection requests"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reload(self) -> None:
        """Read the requests from the cache on the task runner."""
        self._generation += 1
        generation = self._generation
        cache = self._ctx.cache

        def read() -> tuple[list[ConnectionRequestRow], dict[str, str]]:
            return cache.connection_requests(), {a.id: a.name for a in cache.accounts()}

        self._ctx.tasks.run(
            read, lambda result: self._loaded(generation, *result), lane="pool", owner=self
        )

    def _loaded(
        self, generation: int, rows: list[ConnectionRequestRow], accounts: dict[str, str]
    ) -> None:
        if generation != self._generation:
            return
        self._accounts = accounts
        self.model.set_rows(rows, accounts)
        self.table.resizeColumnsToContents()
        self.empty.setVisible(not rows)
        self.details.setEnabled(self.table.currentIndex().isValid())
        self.loaded.emit(len(rows))

    def _on_changed(self, collections: frozenset[str]) -> None:
        if collections & WATCHED:
            self.reload()

    def open_current(self) -> None:
        self._open_index(self.table.currentIndex())

    def _open_index(self, index: QModelIndex) -> None:
        row = index.data(RowRole) if index.isValid() else None
        if not isinstance(row, ConnectionRequestRow):
            return
        self.dialog = ConnectionRequestDialog(
            row,
            self._accounts.get(row.account_id, row.account_id),
            online=self._ctx.status.online,
            parent=self,
        )
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.open()
