"""One connection request in detail: its buyers, what the network answered, its history."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
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
from desktop.views.widgets.request_outcome_panel import RequestOutcomePanel


class ConnectionRequestDialog(QDialog):
    def __init__(
        self,
        row: ConnectionRequestRow,
        account_name: str,
        *,
        online: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("connectionRequestDialog")
        self.setWindowTitle(self.tr("Connection request"))
        self.row = row
        states = ConnectionRequestsModel(self)
        form = QFormLayout()
        form.addRow(self.tr("State:"), self._value(states.state_text(row.state)))
        form.addRow(self.tr("Account:"), self._value(account_name))
        form.addRow(self.tr("Created:"), self._value(format_datetime(row.created_at)))
        form.addRow(self.tr("Updated:"), self._value(format_datetime(row.updated_at)))
        if row.vendor_code:
            form.addRow(self.tr("Vendor code:"), self._value(row.vendor_code))
        if row.notes:
            form.addRow(self.tr("Notes:"), self._value(row.notes))
        if row.attachment_name:
            form.addRow(self.tr("Attachment:"), self._value(row.attachment_name))
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

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._heading(self.tr("Customers")))
        layout.addWidget(self.items)
        layout.addWidget(self._heading(self.tr("History")))
        layout.addWidget(self.history)
        layout.addWidget(buttons)
        self.resize(860, 520)

    def _value(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        return label

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName("sectionTitle")
        return label
