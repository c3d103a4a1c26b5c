"""One support request (ticket) in detail, with its history."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop.app.language import Texts
from desktop.domain.types import TicketRow
from desktop.models.local_time import format_datetime
from desktop.models.tickets_model import TicketsModel
from desktop.views.dialogs.history_list import HistoryList

_CONNECT_WITH = re.compile(r"^Connect with (.+)$")  # the portal's subject, in English


class TicketDialog(QDialog):
    def __init__(self, ticket: TicketRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ticketDialog")
        self.ticket = ticket
        self._texts = Texts()
        self._texts.say(
            self.setWindowTitle,
            lambda: self.tr("Support request {number}").format(number=ticket.number),
        )
        words = TicketsModel(self)
        form = QFormLayout()
        self._row(form, lambda: self.tr("Ticket number:"), lambda: ticket.number)
        self._row(form, lambda: self.tr("Customer:"), lambda: ticket.buyer_name)
        self._row(form, lambda: self.tr("Subject:"), lambda: self.subject_text(ticket.subject))
        self._row(form, lambda: self.tr("Status:"), lambda: words.state_text(ticket.state))
        if ticket.resolution:
            resolution = ticket.resolution
            self._row(
                form, lambda: self.tr("Resolution:"), lambda: words.resolution_text(resolution)
            )
        self._row(form, lambda: self.tr("Opened:"), lambda: format_datetime(ticket.created_at))
        self._row(form, lambda: self.tr("Updated:"), lambda: format_datetime(ticket.updated_at))
        heading = QLabel(self)
        self._texts.say(heading.setText, lambda: self.tr("History"))
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

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._texts.again()
        super().changeEvent(event)

    def _row(self, form: QFormLayout, caption: Callable[[], str], value: Callable[[], str]) -> None:
        name = QLabel(self)
        self._texts.say(name.setText, caption)
        label = QLabel(self)
        label.setWordWrap(True)
        label.setTextInteractionFlags(
            label.textInteractionFlags()
            | Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self._texts.say(label.setText, value)
        name.setBuddy(label)
        form.addRow(name, label)
