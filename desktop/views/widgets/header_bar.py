"""The portal's header: logo, Welcome {name}, account selector, links and the invoice search."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.types import Account
from desktop.models.accounts_model import FirstRow
from desktop.views.retranslate import Retranslating
from desktop.views.widgets.account_combo import AccountCombo


class HeaderBar(Retranslating, QFrame):
    account_selected = Signal(str)
    log_out_requested = Signal()
    my_account_requested = Signal()
    invoice_search_requested = Signal(str)  # Enter in the invoice search: Where is my invoice?

    def __init__(self, logo: QIcon, help_menu: QMenu, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("headerBar")

        self.logo = QLabel(self)
        self.logo.setObjectName("logo")
        size = self.fontMetrics().height() * 2  # follows the font, so it scales with the screen
        self.logo.setPixmap(logo.pixmap(QSize(size, size), self.devicePixelRatioF()))

        self.welcome = QLabel(self)
        self.welcome.setObjectName("welcome")

        self.account_combo = AccountCombo(self)  # each account's network number its tooltip
        self.account_combo.setObjectName("accountCombo")
        self.account_combo.configure(FirstRow.NONE)
        self.account_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.account_combo.chosen.connect(self._on_account_chosen)
        self._filling = False  # the list is refilled: no choice of the user's

        self.my_account = self._link("")
        self.my_account.setObjectName("myAccountLink")
        self.my_account.clicked.connect(self.my_account_requested)
        self.help = self._link("")
        self.help.setMenu(help_menu)
        self.help.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.log_out = self._link("")
        self.log_out.clicked.connect(self.log_out_requested)

        self.search = QLineEdit(self)
        self.search.setObjectName("invoiceSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setMaxLength(200)  # no invoice number, PO or transaction id is longer
        self.search.returnPressed.connect(self._search_entered)
        self.search.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.search.setMinimumWidth(self.fontMetrics().averageCharWidth() * 40)

        top = QHBoxLayout()
        top.addWidget(self.logo)
        top.addWidget(self.welcome)
        top.addStretch(1)
        for link in (self.my_account, self.help, self.log_out):
            top.addWidget(link)
        self.top = top  # the window adds the notices bell before Help
        bottom = QHBoxLayout()
        bottom.addWidget(self.account_combo)
        bottom.addStretch(1)
        bottom.addWidget(self.search, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(bottom)
        self._user: str | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.logo.setAccessibleName(self.tr("Supplier Desk"))
        self.account_combo.setAccessibleName(self.tr("Supplier account"))
        self.account_combo.setToolTip(self.tr("The supplier account you are working for"))
        self.my_account.setText(self.tr("My account"))
        self.my_account.setToolTip(
            self.tr("Your company's data on the invoices of the selected supplier account")
        )
        self.help.setText(self.tr("Help && Support"))
        self.log_out.setText(self.tr("Log out"))
        self.search.setPlaceholderText(self.tr("Search invoice by invoice number, PO, transaction"))
        self.search.setAccessibleName(self.tr("Invoice search"))
        self.search.setToolTip(
            self.tr("Press Enter to see the matching invoices in Where is my invoice?")
        )
        if self._user is not None:
            self.set_user(self._user)

    def _search_entered(self) -> None:
        self.invoice_search_requested.emit(self.search.text().strip())

    def _link(self, text: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setProperty("role", "link")
        button.setAutoRaise(True)
        return button

    def set_user(self, name: str) -> None:
        self._user = name
        self.welcome.setText(self.tr("Welcome {name}").format(name=name))

    def set_accounts(self, accounts: list[Account], current: str | None) -> None:
        """The accounts, `current` chosen (else the first); `account_selected` stays quiet."""
        combo = self.account_combo
        self._filling = True
        try:
            combo.set_accounts(accounts)
            if combo.accounts_model.row_of(current) >= 0:
                combo.select(current)
            elif combo.count():
                combo.setCurrentIndex(0)
        finally:
            self._filling = False

    def _on_account_chosen(self, account_id: str | None) -> None:
        if account_id and not self._filling:
            self.account_selected.emit(account_id)
