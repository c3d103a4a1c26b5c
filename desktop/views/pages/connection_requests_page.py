"""Customers > Connection requests: every request with where it stands, and its history."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from desktop.domain.types import ConnectionRequestRow
from desktop.models.connection_requests_model import UPDATED, ConnectionRequestsModel
from desktop.views.dialogs.connection_request_dialog import ConnectionRequestDialog
from desktop.views.pages.row_list_page import RowListPage

if TYPE_CHECKING:
    from desktop.app.context import AppContext

WATCHED = frozenset({"connection-requests", "accounts"})

_Read = tuple[list[ConnectionRequestRow], dict[str, str]]


class ConnectionRequestsPage(RowListPage):
    watched = WATCHED

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.model: ConnectionRequestsModel
        super().__init__(ctx, ConnectionRequestsModel(), sort_column=UPDATED, parent=parent)
        self.setObjectName("connectionRequestsPage")
        self.table.setObjectName("connectionRequestsTable")
        self._accounts: dict[str, str] = {}
        self.dialog: ConnectionRequestDialog | None = None
        self.connect_more = QPushButton(self)
        self.connect_more.setObjectName("primaryButton")
        self.connect_more.clicked.connect(lambda: self.navigate.emit("connect"))
        self.action_row.addWidget(self.connect_more)
        self.retranslate()
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

    def read(self) -> Callable[[], _Read]:
        cache = self._ctx.cache
        return lambda: (cache.connection_requests(), {a.id: a.name for a in cache.accounts()})

    def fill(self, result: Any) -> int:
        rows, accounts = result
        self._accounts = accounts
        self.model.set_rows(rows, accounts)
        return len(rows)

    def open_row(self, row: Any) -> None:
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
