"""The dark navy navigation bar. A QMenuBar, so Alt mnemonics and keyboard menus work natively."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget


class NavBar(QMenuBar):
    """Emits `navigate(key)`; what is not built yet is a visibly disabled entry."""

    navigate = Signal(str)
    how_to_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navBar")
        self.setNativeMenuBar(False)  # stays in the window on macOS too: it is the portal's bar
        self.page_actions: dict[str, QAction] = {}

        self.home = self._page_action(self, "home", self.tr("&Home"))
        self._disabled(self.tr("&Invoicing"))
        self._disabled(self.tr("My &POs"))

        self.customers_menu = QMenu(self.tr("&Customers"), self)
        self.customers_menu.setObjectName("navMenu")
        documents = self.customers_menu.addAction(self.tr("Customer &documents"))
        documents.setEnabled(False)
        self._page_action(self.customers_menu, "connect", self.tr("C&onnect with customer"))
        self._page_action(self.customers_menu, "bulk", self.tr("Connect with &many customers"))
        self._page_action(self.customers_menu, "relationships", self.tr("Customer &relationships"))
        self._page_action(self.customers_menu, "requests", self.tr("Connection re&quests"))
        self.addMenu(self.customers_menu)

        self._disabled(self.tr("&Reporting"))

        self.help_menu = QMenu(self.tr("Help && S&upport"), self)
        self.help_menu.setObjectName("navMenu")
        self._page_action(self.help_menu, "support", self.tr("&Support requests"))
        how_to = self.help_menu.addAction(self.tr("&How to connect with customers"))
        how_to.triggered.connect(self.how_to_requested)
        self.addMenu(self.help_menu)

    def _page_action(self, owner: QMenuBar | QMenu, key: str, text: str) -> QAction:
        action = owner.addAction(text)
        action.setCheckable(False)
        action.setData(key)
        action.triggered.connect(lambda *_: self.navigate.emit(key))
        self.page_actions[key] = action
        return action

    def _disabled(self, text: str) -> QAction:
        action = self.addAction(text)
        action.setEnabled(False)
        action.setToolTip(self.tr("Not available yet"))
        return action
