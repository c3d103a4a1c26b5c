"""What the network answered for each chosen buyer, shown under the Connect button."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.domain.tones import Tone
from desktop.domain.types import ConnectionRequestRow, Outcome, RequestItem, RequestItemState
from desktop.models.refusals import refusal_text
from desktop.views.announce import announce
from desktop.views.retranslate import Retranslating
from desktop.views.wizards.launcher import open_verification

if TYPE_CHECKING:
    from desktop.app.context import AppContext


class RequestOutcomePanel(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None, *, ctx: AppContext | None = None) -> None:
        """With `ctx`, each buyer that asks for verification gets a "Start verification"
        button that opens the verification wizard (one per verification)."""
        super().__init__(parent)
        self._ctx = ctx
        self.setObjectName("requestOutcome")
        self.title = QLabel(self)
        self.title.setObjectName("requestOutcomeTitle")
        self.error = QLabel(self)
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.hide()
        self._grid = QGridLayout()
        self._grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.error)
        layout.addLayout(self._grid)
        self._row: ConnectionRequestRow | None = None
        self._names: dict[str, str] = {}
        self._online = True
        self.outcome_labels: dict[str, QLabel] = {}
        self.verify_buttons: dict[str, QPushButton] = {}
        self.hide()

    def show_request(
        self, row: ConnectionRequestRow, names: Mapping[str, str], *, online: bool
    ) -> None:
        self._row = row
        self._names = dict(names)
        self._online = online
        self._render()
        if self.isVisible():  # a screen reader hears the network's answer
            announce(self, self.spoken())

    def spoken(self) -> str:
        """The answer as one sentence: each buyer and where its request stands."""
        lines = [self.error.text()] if self.error.isVisibleTo(self) else []
        for buyer_id, label in self.outcome_labels.items():
            name = self._names.get(buyer_id) or next(
                (
                    i.buyer_name
                    for i in (self._row.items if self._row else ())
                    if i.buyer_id == buyer_id
                ),
                "",
            )
            lines.append(f"{name}: {label.text()}")
        return "\n".join(lines)

    def retranslate(self) -> None:
        if self._row is not None:
            self._render()

    def set_online(self, online: bool) -> None:
        if online != self._online and self._row is not None:
            self._online = online
            self._render()

    def clear(self) -> None:
        self._row = None
        self._clear_grid()
        self.hide()

    def texts(self) -> dict[str, str]:
        """buyer id -> the outcome shown (for tests and accessibility)."""
        return {bid: label.text() for bid, label in self.outcome_labels.items()}

    def _clear_grid(self) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.outcome_labels.clear()
        self.verify_buttons.clear()

    def _render(self) -> None:
        row = self._row
        if row is None:
            return
        self._clear_grid()
        self.title.setText(self.tr("Connection request"))
        self.error.setVisible(bool(row.error))
        if row.error:
            self.error.setText(
                self.tr("The network refused the request. {reason}").format(
                    reason=refusal_text(row.error)
                )
            )
        for line, item in enumerate(row.items):
            name = QLabel(self._names.get(item.buyer_id) or item.buyer_name, self)
            name.setObjectName("outcomeBuyer")
            text, tone = self.outcome_text(item, online=self._online)
            outcome = QLabel(text, self)
            outcome.setObjectName("outcomeText")
            outcome.setProperty("tone", tone)
            outcome.setWordWrap(True)
            outcome.setAccessibleName(f"{name.text()}: {text}")
            outcome.setTextInteractionFlags(
                outcome.textInteractionFlags() | Qt.TextInteractionFlag.TextSelectableByMouse
            )
            self._grid.addWidget(name, line, 0)
            self._grid.addWidget(outcome, line, 1)
            self.outcome_labels[item.buyer_id] = outcome
            if item.outcome == Outcome.VERIFICATION_REQUIRED and item.state == (
                RequestItemState.VERIFICATION_REQUIRED
            ):
                button = QPushButton(self.tr("Start verification"), self)
                button.setObjectName("startVerification")
                button.setEnabled(self._ctx is not None and bool(item.verification_id))
                button.clicked.connect(lambda _=False, it=item: self._start_verification(it))
                self._grid.addWidget(button, line, 2)
                self.verify_buttons[item.buyer_id] = button
        self.show()

    def _start_verification(self, item: RequestItem) -> None:
        if self._ctx is not None:
            open_verification(self._ctx, item, self)

    def outcome_text(self, item: RequestItem, *, online: bool) -> tuple[str, str]:
        """The text for one buyer and its tone (good, warn, bad, info)."""
        state = item.state
        if state == RequestItemState.QUEUED:
            if online:
                return self.tr("Sending…"), Tone.INFO
            return self.tr("Queued — will be sent when the network is reachable"), Tone.INFO
        if state == RequestItemState.FAILED:
            return self.tr("Not sent"), Tone.BAD
        # The network's answer first where the state alone would mislead: an already
        # requested buyer's item is closed ("cancelled") because the other request waits.
        if item.outcome == Outcome.ALREADY_CONNECTED:
            return self.tr("Already connected"), Tone.GOOD
        if item.outcome == Outcome.ALREADY_REQUESTED:
            return self.tr("Already requested"), Tone.WARN
        if state == RequestItemState.CONNECTED:
            return self.tr("Connected"), Tone.GOOD
        if state == RequestItemState.REJECTED:
            return self.tr("Rejected by the customer"), Tone.BAD
        if state == RequestItemState.CANCELLED:
            return self.tr("Cancelled"), Tone.NEUTRAL
        if state == RequestItemState.VERIFICATION_REQUIRED:
            # Not after "Connect anyway": then a ticket is open (below), the outcome stays.
            return self.tr("Verification required"), Tone.WARN
        if item.ticket_number:
            return (
                self.tr(
                    "Request pending — ticket number {ticket}. The network will contact the "
                    "customer; note this number."
                ).format(ticket=item.ticket_number),
                Tone.WARN,
            )
        return self.tr("Sent — waiting for the network's answer"), Tone.INFO
