"""Customers > Connection requests: every request with where it stands, and its history;
a waiting one can be cancelled (context menu or its detail dialog). The layout and its words
are the Designer form ui/connection_requests_page.ui."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from desktop.domain.types import ConnectionRequestRow
from desktop.forms.ui_connection_requests_page import Ui_ConnectionRequestsPage
from desktop.models.connection_requests_model import BUYERS, UPDATED, ConnectionRequestsModel
from desktop.models.row_table_model import RowRole
from desktop.operations.op import QueryOp
from desktop.operations.requests import RequestsRead, load_requests
from desktop.views.dialogs.connection_request_dialog import ConnectionRequestDialog
from desktop.views.dialogs.request_actions import RequestActions, can_cancel, has_document
from desktop.views.page_keys import PageKey
from desktop.views.pages.row_list_page import RowListPage
from desktop.views.wizards.launcher import add_verification_actions
from wire.collections import Collection

if TYPE_CHECKING:
    from desktop.app.context import AppContext

WATCHED = frozenset({Collection.CONNECTION_REQUESTS, Collection.ACCOUNTS})


class ConnectionRequestsPage(RowListPage):
    watched = WATCHED
    elide_column = BUYERS

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.model: ConnectionRequestsModel
        super().__init__(
            ctx,
            Ui_ConnectionRequestsPage(),
            ConnectionRequestsModel(),
            sort_column=UPDATED,
            parent=parent,
        )
        self.table.setObjectName("connectionRequestsTable")
        self._accounts: dict[str, str] = {}
        self.dialog: ConnectionRequestDialog | None = None
        self.connect_more = self.ui.primaryButton
        self.connect_more.clicked.connect(lambda: self.navigate.emit(PageKey.CONNECT))
        self.request_actions = RequestActions(ctx, self)
        self.request_actions.problem.connect(self._show_problem)
        self.request_actions.cancelled.connect(self._cancelled)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.reload()

    def load(self) -> QueryOp[RequestsRead]:
        return load_requests(self._ctx, self)

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
            actions=self.request_actions,
            verify_ctx=self._ctx,
            parent=self,
        )
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.destroyed.connect(self._dialog_gone)
        self.dialog.open()

    def _dialog_gone(self) -> None:
        self.dialog = None

    def _context_menu(self, at: QPoint) -> None:
        index = self.table.indexAt(at)
        row = index.data(RowRole) if index.isValid() else None
        if not isinstance(row, ConnectionRequestRow):
            return
        menu = QMenu(self)
        menu.setObjectName("requestMenu")
        menu.addAction(self.tr("View details"), lambda: self.open_row(row))
        if has_document(row):
            menu.addAction(
                self.tr("Open document"), lambda: self.request_actions.open_document(row)
            )
        if can_cancel(row):
            menu.addAction(self.tr("Cancel request"), lambda: self.request_actions.cancel(row))
        add_verification_actions(menu, self._ctx, row, self)  # one per buyer asking for it
        self.menu = menu
        menu.popup(self.table.viewport().mapToGlobal(at))

    def _show_problem(self, text: str) -> None:
        if self.dialog is not None:
            return  # the dialog says it itself
        QMessageBox.warning(self, self.tr("Connection request"), text)

    def _cancelled(self, _local_id: str) -> None:
        bar = getattr(self.window(), "statusBar", None)
        if callable(bar):
            bar().showMessage(self.tr("Connection request cancelled"), 10_000)
