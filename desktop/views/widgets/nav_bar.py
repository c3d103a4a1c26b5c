"""The dark navy navigation bar. A QMenuBar, so Alt mnemonics and keyboard menus work natively."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from desktop.app.language import LANGUAGE_NAMES, switcher
from desktop.views.page_keys import PageKey
from desktop.views.retranslate import Retranslating


class NavBar(Retranslating, QMenuBar):
    """Emits `navigate(key)`; what is not built yet is a visibly disabled entry. Help & Support
    also holds the Language choice (the header shows the same menu)."""

    navigate = Signal(str)
    how_to_requested = Signal()
    create_invoice_requested = Signal()
    import_invoice_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navBar")
        self.setNativeMenuBar(False)  # stays in the window on macOS too: it is the portal's bar
        self.page_actions: dict[str, QAction] = {}

        self.home = self._page_action(self, PageKey.HOME)
        self.invoicing_menu = QMenu(self)
        self.invoicing_menu.setObjectName("navMenu")
        create = self.invoicing_menu.addAction("")
        create.setObjectName("createInvoiceAction")
        create.triggered.connect(self.create_invoice_requested)
        self.create_invoice_action = create
        import_file = self.invoicing_menu.addAction("")
        import_file.triggered.connect(self.import_invoice_requested)
        self.import_invoice_action = import_file
        self._page_action(self.invoicing_menu, PageKey.INVOICES)
        self.addMenu(self.invoicing_menu)
        self.pos_action = self._disabled()

        self.customers_menu = QMenu(self)
        self.customers_menu.setObjectName("navMenu")
        self.documents_action = self.customers_menu.addAction("")
        self.documents_action.setEnabled(False)
        for key in (PageKey.CONNECT, PageKey.BULK, PageKey.RELATIONSHIPS, PageKey.REQUESTS):
            self._page_action(self.customers_menu, key)
        self.addMenu(self.customers_menu)

        self.reporting_action = self._disabled()

        self.help_menu = QMenu(self)
        self.help_menu.setObjectName("navMenu")
        self._page_action(self.help_menu, PageKey.SUPPORT)
        self.how_to_action = self.help_menu.addAction("")
        self.how_to_action.triggered.connect(self.how_to_requested)
        self.language_menu = self._language_menu()
        self.help_menu.addSeparator()
        self.help_menu.addMenu(self.language_menu)
        self.addMenu(self.help_menu)
        self.retranslate()

    # --- language --------------------------------------------------------------------
    def _language_menu(self) -> QMenu:
        """English / Polski, each in its own words; the one spoken is checked."""
        menu = QMenu(self)
        menu.setObjectName("languageMenu")
        group = QActionGroup(menu)
        group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGE_NAMES.items():
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setData(code)
            group.addAction(action)
            action.triggered.connect(lambda _=False, c=code: self.choose_language(c))
            self.language_actions[code] = action
        return menu

    def choose_language(self, code: str) -> None:
        switcher().switch(code)

    def _check_language(self) -> None:
        spoken = switcher().language
        for code, action in self.language_actions.items():
            action.setChecked(code == spoken)

    # --- words -----------------------------------------------------------------------
    def page_words(self) -> dict[PageKey, str]:
        return {
            PageKey.HOME: self.tr("&Home"),
            PageKey.INVOICES: self.tr("&Where is my invoice?"),
            PageKey.CONNECT: self.tr("C&onnect with customer"),
            PageKey.BULK: self.tr("Connect with &many customers"),
            PageKey.RELATIONSHIPS: self.tr("Customer &relationships"),
            PageKey.REQUESTS: self.tr("Connection re&quests"),
            PageKey.SUPPORT: self.tr("&Support requests"),
        }

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Navigation"))
        for key, words in self.page_words().items():
            self.page_actions[key].setText(words)
        self.invoicing_menu.setTitle(self.tr("&Invoicing"))
        self.create_invoice_action.setText(self.tr("&Create invoice"))
        self.import_invoice_action.setText(self.tr("I&mport an invoice file…"))
        self.pos_action.setText(self.tr("My &POs"))
        self.customers_menu.setTitle(self.tr("&Customers"))
        self.documents_action.setText(self.tr("Customer &documents"))
        self.reporting_action.setText(self.tr("&Reporting"))
        self.help_menu.setTitle(self.tr("Help && S&upport"))
        self.how_to_action.setText(self.tr("&How to connect with customers"))
        self.language_menu.setTitle(self.tr("&Language"))
        for action in (self.pos_action, self.reporting_action):
            action.setToolTip(self.tr("Not available yet"))
        self._check_language()

    def _page_action(self, owner: QMenuBar | QMenu, key: PageKey) -> QAction:
        action = owner.addAction("")
        action.setCheckable(False)
        action.setData(key)
        action.triggered.connect(lambda *_: self.navigate.emit(key))
        self.page_actions[key] = action
        return action

    def _disabled(self) -> QAction:
        action = self.addAction("")
        action.setEnabled(False)
        return action
