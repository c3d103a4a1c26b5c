"""The dark navy navigation bar. A QMenuBar, so Alt mnemonics and keyboard menus work natively."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from desktop.app.language import LANGUAGE_NAMES, Texts, switcher
from desktop.views.page_keys import PageKey


class NavBar(QMenuBar):
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
        self.setAccessibleName(self.tr("Navigation"))
        self.page_actions: dict[str, QAction] = {}
        self._texts = Texts()
        say = self._texts.say

        self.home = self._page_action(self, PageKey.HOME, lambda: self.tr("&Home"))
        self.invoicing_menu = QMenu(self)
        say(self.invoicing_menu.setTitle, lambda: self.tr("&Invoicing"))
        self.invoicing_menu.setObjectName("navMenu")
        create = self.invoicing_menu.addAction("")
        create.setObjectName("createInvoiceAction")
        say(create.setText, lambda: self.tr("&Create invoice"))
        create.triggered.connect(self.create_invoice_requested)
        self.create_invoice_action = create
        import_file = self.invoicing_menu.addAction("")
        say(import_file.setText, lambda: self.tr("I&mport an invoice file…"))
        import_file.triggered.connect(self.import_invoice_requested)
        self.import_invoice_action = import_file
        self._page_action(
            self.invoicing_menu, PageKey.INVOICES, lambda: self.tr("&Where is my invoice?")
        )
        self.addMenu(self.invoicing_menu)
        self._disabled(lambda: self.tr("My &POs"))

        self.customers_menu = QMenu(self)
        say(self.customers_menu.setTitle, lambda: self.tr("&Customers"))
        self.customers_menu.setObjectName("navMenu")
        documents = self.customers_menu.addAction("")
        say(documents.setText, lambda: self.tr("Customer &documents"))
        documents.setEnabled(False)
        self._page_action(
            self.customers_menu, PageKey.CONNECT, lambda: self.tr("C&onnect with customer")
        )
        self._page_action(
            self.customers_menu, PageKey.BULK, lambda: self.tr("Connect with &many customers")
        )
        self._page_action(
            self.customers_menu, PageKey.RELATIONSHIPS, lambda: self.tr("Customer &relationships")
        )
        self._page_action(
            self.customers_menu, PageKey.REQUESTS, lambda: self.tr("Connection re&quests")
        )
        self.addMenu(self.customers_menu)

        self._disabled(lambda: self.tr("&Reporting"))

        self.help_menu = QMenu(self)
        say(self.help_menu.setTitle, lambda: self.tr("Help && S&upport"))
        self.help_menu.setObjectName("navMenu")
        self._page_action(self.help_menu, PageKey.SUPPORT, lambda: self.tr("&Support requests"))
        how_to = self.help_menu.addAction("")
        say(how_to.setText, lambda: self.tr("&How to connect with customers"))
        how_to.triggered.connect(self.how_to_requested)
        self.language_menu = self._language_menu()
        self.help_menu.addSeparator()
        self.help_menu.addMenu(self.language_menu)
        self.addMenu(self.help_menu)

    # --- language --------------------------------------------------------------------
    def _language_menu(self) -> QMenu:
        """English / Polski, each in its own words; the one spoken is checked."""
        menu = QMenu(self)
        menu.setObjectName("languageMenu")
        self._texts.say(menu.setTitle, lambda: self.tr("&Language"))
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
        self._check_language()
        return menu

    def choose_language(self, code: str) -> None:
        switcher().switch(code)

    def _check_language(self) -> None:
        spoken = switcher().language
        for code, action in self.language_actions.items():
            action.setChecked(code == spoken)

    # --- words -----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Navigation"))
        self._texts.again()
        self._check_language()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _page_action(
        self, owner: QMenuBar | QMenu, key: PageKey, words: Callable[[], str]
    ) -> QAction:
        action = owner.addAction("")
        self._texts.say(action.setText, words)
        action.setCheckable(False)
        action.setData(key)
        action.triggered.connect(lambda *_: self.navigate.emit(key))
        self.page_actions[key] = action
        return action

    def _disabled(self, words: Callable[[], str]) -> QAction:
        action = self.addAction("")
        self._texts.say(action.setText, words)
        action.setEnabled(False)
        self._texts.say(action.setToolTip, lambda: self.tr("Not available yet"))
        return action
