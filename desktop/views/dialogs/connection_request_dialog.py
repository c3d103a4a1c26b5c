"""One connection request in detail: its buyers, what the network answered, its history;
open its supporting document, cancel it while it waits."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.types import ConnectionRequestRow
from desktop.models.connection_requests_model import ConnectionRequestsModel
from desktop.models.local_time import format_datetime
from desktop.models.refusals import refusal_text
from desktop.views.dialogs.history_list import HistoryList
from desktop.views.dialogs.request_actions import RequestActions, can_cancel, has_document
from desktop.views.widgets.request_outcome_panel import RequestOutcomePanel
from desktop.views.wizards.launcher import verification_buttons

if TYPE_CHECKING:
    from desktop.app.context import AppContext


class ConnectionRequestDialog(QDialog):
    def __init__(
        self,
        row: ConnectionRequestRow,
        account_name: str,
        *,
        online: bool = True,
        actions: RequestActions | None = None,
        verify_ctx: AppContext | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """With `actions`, the dialog offers to open the document and to cancel the request;
        with `verify_ctx`, to start the verification of each buyer that asks for one."""
        super().__init__(parent)
        self.setObjectName("connectionRequestDialog")
        self.setWindowTitle(self.tr("Connection request"))
        self.row = row
        states = ConnectionRequestsModel(self)
        form = QFormLayout()
        form.addRow(self.tr("Status:"), self._value(states.status_text(row)))
        form.addRow(self.tr("Account:"), self._value(account_name))
        form.addRow(self.tr("Created:"), self._value(format_datetime(row.created_at)))
        form.addRow(self.tr("Updated:"), self._value(format_datetime(row.updated_at)))
        if row.vendor_code:
            form.addRow(self.tr("Vendor code:"), self._value(row.vendor_code))
        if row.notes:
            form.addRow(self.tr("Notes:"), self._value(row.notes))
        self.open_document = QPushButton(self.tr("&Open document"), self)
        self.open_document.setObjectName("secondaryButton")
        self.open_document.setVisible(actions is not None and has_document(row))
        if row.attachment_name or row.attachment_id:
            attachment = QHBoxLayout()
            attachment.addWidget(
                self._value(row.attachment_name or self.tr("Supporting document")), 1
            )
            attachment.addWidget(self.open_document)
            form.addRow(self.tr("Attachment:"), attachment)
        if row.error:
            error = self._value(refusal_text(row.error))
            error.setObjectName("formError")
            form.addRow(self.tr("Not sent because:"), error)

        self.items = QTreeWidget(self)
        self.items.setObjectName("requestItems")
        self.items.setRootIsDecorated(False)
        self.items.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.items.setHeaderLabels(
            [self.tr("Customer"), self.tr("Network number"), self.tr("Where it stands")]
        )
        outcome = RequestOutcomePanel(self)  # the same words as on the Connect page
        outcome.hide()
        for item in row.items:
            where = outcome.outcome_text(item, online=online)[0]
            line = QTreeWidgetItem(self.items, [item.buyer_name, item.buyer_network_number, where])
            line.setToolTip(2, where)  # the whole sentence where the column cuts it
        self.items.setWordWrap(True)  # "where it stands" wraps in the width that is left
        for column in range(2):
            self.items.resizeColumnToContents(column)

        self.history = HistoryList(row.history, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)  # Enter or Esc closes; the lists stay reachable by Tab
        close.setFocus(Qt.FocusReason.OtherFocusReason)
        buttons.accepted.connect(self.accept)
        self.cancel_request = buttons.addButton(
            self.tr("Cancel &request"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.cancel_request.setObjectName("cancelRequestButton")
        self.cancel_request.setAutoDefault(False)
        self.cancel_request.setVisible(actions is not None and can_cancel(row))
        self.problem = QLabel(self)
        self.problem.setObjectName("formError")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.request_actions = actions
        if actions is not None:
            self.open_document.clicked.connect(lambda: self._run(actions.open_document))
            self.cancel_request.clicked.connect(lambda: self._run(actions.cancel))
            actions.problem.connect(self._show_problem)
            actions.cancelled.connect(self._cancelled)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._heading(self.tr("Customers")))
        layout.addWidget(self.items)
        if verify_ctx is not None:
            self.verify_buttons = verification_buttons(verify_ctx, row, self)
            layout.addWidget(self.verify_buttons)
        layout.addWidget(self._heading(self.tr("History")))
        layout.addWidget(self.history)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(860, 520)

    def _run(self, action: Callable[[ConnectionRequestRow], None]) -> None:
        self.problem.hide()
        action(self.row)

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def _cancelled(self, local_id: str) -> None:
        if local_id == self.row.local_id:
            self.accept()

    def _value(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        return label

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName("sectionTitle")
        return label
