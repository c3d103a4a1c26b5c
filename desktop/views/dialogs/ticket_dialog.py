"""One support request (ticket) in detail, with its history.

The layout is the Designer form ui/ticket_dialog.ui; the values and their words live here.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from desktop.domain.types import TicketRow
from desktop.forms.ui_ticket_dialog import Ui_TicketDialog
from desktop.models.local_time import format_datetime
from desktop.models.tickets_model import TicketsModel
from desktop.views.retranslate import Retranslating

_CONNECT_WITH = re.compile(r"^Connect with (.+)$")  # the portal's subject, in English


class TicketDialog(Retranslating, QDialog):
    def __init__(self, ticket: TicketRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_TicketDialog()
        self.ui.setupUi(self)
        self.ticket = ticket
        self._words = TicketsModel(self)
        self.ui.form.setRowVisible(self.ui.resolutionValue, bool(ticket.resolution))
        self.history = self.ui.historyList
        self.history.set_history(ticket.history)
        buttons = self.ui.buttons
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)  # Enter or Esc closes; the lists stay reachable by Tab
        close.setFocus(Qt.FocusReason.OtherFocusReason)
        self.retranslate()

    def retranslate(self) -> None:
        ticket, ui = self.ticket, self.ui
        self.setWindowTitle(self.tr("Support request {number}").format(number=ticket.number))
        ui.numberValue.setText(ticket.number)
        ui.customerValue.setText(ticket.buyer_name)
        ui.subjectValue.setText(self.subject_text(ticket.subject))
        ui.statusValue.setText(self._words.state_text(ticket.state))
        if ticket.resolution:
            ui.resolutionValue.setText(self._words.resolution_text(ticket.resolution))
        ui.openedValue.setText(format_datetime(ticket.created_at))
        ui.updatedValue.setText(format_datetime(ticket.updated_at))

    def subject_text(self, subject: str) -> str:
        found = _CONNECT_WITH.match(subject)
        if found:
            return self.tr("Connect with {buyer}").format(buyer=found.group(1))
        return subject
