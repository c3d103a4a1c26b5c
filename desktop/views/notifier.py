"""Tells the user when sync finds a support request resolved: a tray message where the
platform has a system tray, else a status-bar message (or a callback the shell gives)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMainWindow, QSystemTrayIcon, QWidget

from desktop.domain.types import TicketRow

if TYPE_CHECKING:
    from desktop.app.context import AppContext

SHOW_MS = 10000


def ticket_message(number: str, buyer: str, resolution: str | None) -> tuple[str, str]:
    """(title, text) for a resolved support request, in the language spoken now."""

    title = QCoreApplication.translate("TicketNotifier", "Support request resolved")
    if resolution == "rejected":
        text = QCoreApplication.translate(
            "TicketNotifier", "Support request {number} resolved: {buyer} declined the connection"
        )
    elif resolution == "connected":
        text = QCoreApplication.translate(
            "TicketNotifier", "Support request {number} resolved: connected to {buyer}"
        )
    else:
        text = QCoreApplication.translate("TicketNotifier", "Support request {number} resolved")
    return title, text.format(number=number, buyer=buyer)


class TicketNotifier(QObject):
    """Listens to `ctx.ticket_resolved`; `shown(text)` fires with every message it gives."""

    shown = Signal(str)
    open_requested = Signal()  # the user clicked the tray message

    def __init__(
        self,
        ctx: AppContext,
        window: QWidget | None = None,
        *,
        toast: Callable[[str], None] | None = None,
        icon: QIcon | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent if parent is not None else ctx)
        self._window = window
        self._toast = toast
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            app_icon = icon or QApplication.windowIcon()
            self.tray = QSystemTrayIcon(app_icon, self)
            self.tray.setToolTip(QApplication.applicationDisplayName() or "Supplier Desk")
            self.tray.messageClicked.connect(self.open_requested)
            self.tray.show()
        ctx.ticket_resolved.connect(self.ticket_resolved)

    def message_for(self, ticket: TicketRow) -> tuple[str, str]:
        """(title, text) in the user's language."""
        return ticket_message(ticket.number, ticket.buyer_name, ticket.resolution)

    def ticket_resolved(self, ticket: TicketRow) -> None:
        title, text = self.message_for(ticket)
        if self.tray is not None and QSystemTrayIcon.supportsMessages():
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, SHOW_MS)
        elif self._toast is not None:
            self._toast(text)
        elif isinstance(self._window, QMainWindow):
            self._window.statusBar().showMessage(text, SHOW_MS)
        self.shown.emit(text)
