"""One connection request in detail: its buyers, what the network answered, its history;
open its supporting document, cancel it while it waits.

The layout is the Designer form ui/connection_request_dialog.ui; the values, the rows a request
has and the actions live here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTreeWidgetItem, QWidget

from desktop.domain.types import ConnectionRequestRow
from desktop.forms.ui_connection_request_dialog import Ui_ConnectionRequestDialog
from desktop.models.connection_requests_model import ConnectionRequestsModel
from desktop.models.local_time import format_datetime
from desktop.models.refusals import refusal_text
from desktop.views.dialogs.request_actions import RequestActions, can_cancel, has_document
from desktop.views.retranslate import Retranslating
from desktop.views.widgets.request_outcome_panel import RequestOutcomePanel
from desktop.views.wizards.launcher import verification_buttons

if TYPE_CHECKING:
    from desktop.app.context import AppContext


class ConnectionRequestDialog(Retranslating, QDialog):
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
        self.ui = ui = Ui_ConnectionRequestDialog()
        ui.setupUi(self)
        ui.historyTitle.setObjectName("sectionTitle")  # styled as the other heading
        self.row = row
        self._account_name = account_name
        self._online = online
        self._states = ConnectionRequestsModel(self)
        form = ui.form
        form.setRowVisible(ui.vendorCodeCaption, bool(row.vendor_code))
        form.setRowVisible(ui.notesCaption, bool(row.notes))
        form.setRowVisible(ui.attachmentCaption, bool(row.attachment_name or row.attachment_id))
        form.setRowVisible(ui.errorCaption, bool(row.error))
        self.open_document = ui.secondaryButton
        self.open_document.setVisible(actions is not None and has_document(row))

        self.items = ui.requestItems
        self._outcome = RequestOutcomePanel(self)  # the same words as on the Connect page
        self._outcome.hide()

        self.history = ui.historyList
        self.history.set_history(row.history)
        buttons = ui.buttons
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)  # Enter or Esc closes; the lists stay reachable by Tab
        close.setFocus(Qt.FocusReason.OtherFocusReason)
        buttons.accepted.connect(self.accept)
        self.cancel_request = buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_request.setObjectName("cancelRequestButton")
        self.cancel_request.setAutoDefault(False)
        self.cancel_request.setVisible(actions is not None and can_cancel(row))
        self.problem = ui.problemLabel
        self.problem.setObjectName("formError")  # styled as the form's error
        self.request_actions = actions
        if actions is not None:
            self.open_document.clicked.connect(lambda: self._run(actions.open_document))
            self.cancel_request.clicked.connect(lambda: self._run(actions.cancel))
            actions.problem.connect(self._show_problem)
            actions.cancelled.connect(self._cancelled)
        if verify_ctx is not None:
            self.verify_buttons = verification_buttons(verify_ctx, row, self)
            ui.layout.insertWidget(ui.layout.indexOf(ui.historyTitle), self.verify_buttons)
        self.retranslate()

    def retranslate(self) -> None:
        """The values and the words set here, in the language spoken now."""
        row, ui = self.row, self.ui
        self.setWindowTitle(self.tr("Connection request"))
        ui.statusValue.setText(self._states.status_text(row))
        ui.accountValue.setText(self._account_name)
        ui.createdValue.setText(format_datetime(row.created_at))
        ui.updatedValue.setText(format_datetime(row.updated_at))
        ui.vendorCodeValue.setText(row.vendor_code or "")
        ui.notesValue.setText(row.notes or "")
        ui.attachmentValue.setText(row.attachment_name or self.tr("Supporting document"))
        ui.formError.setText(refusal_text(row.error) if row.error else "")
        self.cancel_request.setText(self.tr("Cancel &request"))
        self._fill_items()

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
