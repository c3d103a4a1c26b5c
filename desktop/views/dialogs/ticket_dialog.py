"""One support request (ticket) in detail, with its history."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop.domain.types import TicketRow
from desktop.models.local_time import format_datetime
from desktop.models.tickets_model import TicketsModel
from desktop.views.dialogs.history_list import HistoryList

_CONNECT_WITH = re.compile(r"^Connect with (.+)$")  # the portal's subject, in English


class TicketDialog(QDialog):
    def __init__(self, ticket: TicketRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ticketDialog")
        self.setWindowTitle(self.tr("Support request {number}").format(number=ticket.number))
        self.ticket = ticket
        words = TicketsModel(self)
        form = QFormLayout()
        form.addRow(self.tr("Ticket number:"), self._value(ticket.number))
        form.addRow(self.tr("Customer:"), self._value(ticket.buyer_name))
        form.addRow(self.tr("Subject:"), self._value(self.subject_text(ticket.subject)))
        form.addRow(self.tr("Status:"), self._value(words.state_text(ticket.state)))
        if ticket.resolution:
            form.addRow(
                self.tr("Resolution:"), self._value(words.resolution_text(ticket.resolution))
            )
        form.addRow(self.tr("Opened:"), self._value(format_datetime(ticket.created_at)))
        form.addRow(self.tr("Updated:"), self._value(format_datetime(ticket.updated_at)))
        heading = QLabel(self.tr("History"), self)
        heading.setObjectName("sectionTitle")
        self.history = HistoryList(ticket.history, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)  # Enter or Esc closes; the lists stay reachable by Tab
        close.setFocus(Qt.FocusReason.OtherFocusReason)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(heading)
        layout.addWidget(self.history)
        layout.addWidget(buttons)
        self.resize(760, 460)

    def subject_text(self, subject: str) -> str:
        found = _CONNECT_WITH.match(subject)
        if found:
            return self.tr("Connect with {buyer}").format(buyer=found.group(1))
        return subject

    def _value(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setTextInteractionFlags(
            label.textInteractionFlags()
            | Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        return label
