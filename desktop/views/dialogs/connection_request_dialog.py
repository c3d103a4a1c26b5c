"""One connection request in detail: its buyers, what the network answered, its history;
open its supporting document, cancel it while it waits."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
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

from desktop.app.language import Texts
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
        self._texts = Texts()
        say = self._texts.say
        say(self.setWindowTitle, lambda: self.tr("Connection request"))
        self.row = row
        self._online = online
        states = ConnectionRequestsModel(self)
        form = QFormLayout()
        self._row(form, lambda: self.tr("Status:"), self._value(lambda: states.status_text(row)))
        self._row(form, lambda: self.tr("Account:"), self._value(lambda: account_name))
        self._row(
            form, lambda: self.tr("Created:"), self._value(lambda: format_datetime(row.created_at))
        )
        self._row(
            form, lambda: self.tr("Updated:"), self._value(lambda: format_datetime(row.updated_at))
        )
        if row.vendor_code:
            vendor_code = row.vendor_code
            self._row(form, lambda: self.tr("Vendor code:"), self._value(lambda: vendor_code))
        if row.notes:
            notes = row.notes
            self._row(form, lambda: self.tr("Notes:"), self._value(lambda: notes))
        self.open_document = QPushButton(self)
        say(self.open_document.setText, lambda: self.tr("&Open document"))
        self.open_document.setObjectName("secondaryButton")
        self.open_document.setVisible(actions is not None and has_document(row))
        if row.attachment_name or row.attachment_id:
            attachment = QHBoxLayout()
            name = row.attachment_name
            attachment.addWidget(self._value(lambda: name or self.tr("Supporting document")), 1)
            attachment.addWidget(self.open_document)
            self._row(form, lambda: self.tr("Attachment:"), attachment)
        if row.error:
            code = row.error
            error = self._value(lambda: refusal_text(code))
            error.setObjectName("formError")
            self._row(form, lambda: self.tr("Not sent because:"), error)

        self.items = QTreeWidget(self)
        self.items.setObjectName("requestItems")
        self.items.setRootIsDecorated(False)
        self.items.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        say(self.items.setAccessibleName, lambda: self.tr("Customers"))
        self._outcome = RequestOutcomePanel(self)  # the same words as on the Connect page
        self._outcome.hide()
        self.items.setWordWrap(True)  # "where it stands" wraps in the width that is left
        self._fill_items()

        self.history = HistoryList(row.history, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)  # Enter or Esc closes; the lists stay reachable by Tab
        close.setFocus(Qt.FocusReason.OtherFocusReason)
        buttons.accepted.connect(self.accept)
        self.cancel_request = buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        say(self.cancel_request.setText, lambda: self.tr("Cancel &request"))
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
        layout.addWidget(self._heading(lambda: self.tr("Customers")))
        layout.addWidget(self.items)
        if verify_ctx is not None:
            self.verify_buttons = verification_buttons(verify_ctx, row, self)
            layout.addWidget(self.verify_buttons)
        layout.addWidget(self._heading(lambda: self.tr("History")))
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

    def _fill_items(self) -> None:
        """The buyers and where each stands, in the language spoken now."""
        self.items.setHeaderLabels(
            [self.tr("Customer"), self.tr("Network number"), self.tr("Where it stands")]
        )
        self.items.clear()
        for item in self.row.items:
            where = self._outcome.outcome_text(item, online=self._online)[0]
            line = QTreeWidgetItem(self.items, [item.buyer_name, item.buyer_network_number, where])
            line.setToolTip(2, where)  # the whole sentence where the column cuts it
        for column in range(2):
            self.items.resizeColumnToContents(column)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._texts.again()
            self._fill_items()
        super().changeEvent(event)

    def _row(
        self, form: QFormLayout, caption: Callable[[], str], value: QWidget | QHBoxLayout
    ) -> None:
        name = QLabel(self)
        self._texts.say(name.setText, caption)
        if isinstance(value, QWidget):
            name.setBuddy(value)
        form.addRow(name, value)

    def _value(self, words: Callable[[], str]) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        self._texts.say(label.setText, words)
        return label

    def _heading(self, words: Callable[[], str]) -> QLabel:
        label = QLabel(self)
        label.setObjectName("sectionTitle")
        self._texts.say(label.setText, words)
        return label
