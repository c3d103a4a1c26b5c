"""The language switched while dialogs and the verification wizard are open: their words
change at once, what was typed stays (an amount typed the English way is rewritten the
Polish way); an invoice's detail writes its dates and amount the new locale's way."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QMainWindow, QWidget, QWizard
from pytestqt.qtbot import QtBot

from desktop.app.language import LanguageSwitcher
from desktop.domain.verification_flow import Step
from desktop.models.invoice_words import format_amount
from desktop.models.local_time import format_day
from desktop.views.dialogs.about_dialog import AboutDialog
from desktop.views.dialogs.invoice_detail_dialog import InvoiceDetailDialog
from desktop.views.pages.connection_requests_page import ConnectionRequestsPage
from desktop.views.pages.invoices_page import InvoicesPage
from desktop.views.pages.row_list_page import RowListPage
from desktop.views.pages.support_requests_page import SupportRequestsPage
from desktop.views.wizards.launcher import open_verification
from portal.sandbox.demo import VERIFY_BUYER
from tests.conftest import FreshPortal
from tests.ui.conftest import StartApp, wait_for_rows
from tests.ui_i18n.texts import speaking
from tests.ui_verify.conftest import ask_verification
from tests.ui_verify.wizard_driver import TIMEOUT_MS, click_next, wait_page

WORDS = {"en": "Connection request", "pl": "Prośba o połączenie"}
CLOSE = {"en": "Close", "pl": "Zamknij"}
CANCEL = {"en": "Cancel", "pl": "Anuluj"}


def open_first_row(qtbot: QtBot, page: RowListPage) -> QWidget:
    qtbot.waitUntil(lambda: page.proxy.rowCount() > 0, timeout=TIMEOUT_MS)
    page.table.selectRow(0)
    qtbot.mouseClick(page.details, Qt.MouseButton.LeftButton)  # View details
    dialog = getattr(page, "dialog", None)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def open_invoice_detail(qtbot: QtBot, window: QMainWindow) -> InvoiceDetailDialog:
    """Where is my invoice?: the first invoice's detail, opened as a double-click does."""
    window.show_page("invoices")  # type: ignore[attr-defined]
    page = window.pages["invoices"]  # type: ignore[attr-defined]
    assert isinstance(page, InvoicesPage)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=TIMEOUT_MS)
    with qtbot.waitSignal(page.details_shown, timeout=TIMEOUT_MS) as shown:
        page.open_details(page.model.index(0, 0))
    dialog = shown.args[0]
    assert isinstance(dialog, InvoiceDetailDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def open_about(qtbot: QtBot, window: QWidget, data_dir: Path) -> AboutDialog:
    """Help & Support > About, left open (show, not exec: the test goes on meanwhile)."""
    dialog = AboutDialog(data_dir, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_open_dialogs_and_the_wizard_follow_the_language_and_keep_what_was_typed(
    qtbot: QtBot,
    start_app: StartApp,
    fresh_portal: FreshPortal,
    switcher: LanguageSwitcher,
    tmp_path: Path,
) -> None:
    server = fresh_portal(generated_buyers=20)
    session = start_app(server.base_url)
    ctx, window = session.ctx, session.window
    wait_for_rows(qtbot, session)  # signed in and synced
    item, _account = ask_verification(ctx, VERIFY_BUYER)
    with qtbot.waitSignal(ctx.status_changed, timeout=TIMEOUT_MS):
        ctx.request_sync()
    window.show()

    requests, support = window.pages["requests"], window.pages["support"]
    assert isinstance(requests, ConnectionRequestsPage)
    assert isinstance(support, SupportRequestsPage)
    window.show_page("requests")
    request_dialog = open_first_row(qtbot, requests)
    window.show_page("support")
    ticket_dialog = open_first_row(qtbot, support)
    detail = open_invoice_detail(qtbot, window)
    invoice = detail.invoice
    about = open_about(qtbot, window, tmp_path / "data")

    wizard = open_verification(ctx, item, window)
    assert wizard is not None
    qtbot.addWidget(wizard)
    wait_page(qtbot, wizard, Step.INTRO)
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.INVOICE)
    ui = wizard.invoice.ui
    qtbot.keyClicks(ui.invoiceNumberEdit, "INV-00338")
    qtbot.keyClicks(ui.amountEdit, "6,198.44")
    assert not wizard.invoice.problems()

    opened = {
        "request": request_dialog,
        "ticket": ticket_dialog,
        "invoice detail": detail,
        "about": about,
        "wizard": wizard,
    }
    written: dict[str, tuple[str, str]] = {}
    backs: dict[str, str] = {}
    for language, other in (("pl", "en"), ("en", "pl")):
        switcher.switch(language)
        left = {name: speaking(w, other) for name, w in opened.items()}
        assert not any(left.values()), left
        assert request_dialog.windowTitle() == WORDS[language]
        # The invoice detail: the form's captions, its own words, dates and amount, now.
        assert detail.ui.buyerCaption.text() == {"en": "Buyer:", "pl": "Nabywca:"}[language]
        assert detail.ui.buttons.buttons()[0].text() == CLOSE[language]
        assert detail.ui.issuedValue.text() == format_day(invoice.issue_date, QLocale())
        assert detail.ui.amountValue.text() == format_amount(
            invoice.amount, invoice.currency, QLocale()
        )
        assert detail.timeline_rows(), "the timeline emptied"
        written[language] = (detail.ui.issuedValue.text(), detail.ui.amountValue.text())
        # QWizard's own buttons too (Qt words them once, when the wizard is made).
        assert wizard.button(QWizard.WizardButton.CancelButton).text() == CANCEL[language]
        backs[language] = wizard.button(QWizard.WizardButton.BackButton).text()
        assert (
            about.windowTitle()
            == {
                "en": "About Supplier Desk",
                "pl": "O programie Supplier Desk",
            }[language]
        )
        assert ui.invoiceNumberEdit.text() == "INV-00338"
        assert not wizard.invoice.problems(), "the amount no longer reads as an amount"
    assert written["pl"][0] != written["en"][0] and written["pl"][1] != written["en"][1]
    assert backs["pl"] != backs["en"]
    assert ui.amountEdit.text() == "6,198.44"  # back in English, written as it was typed
    switcher.switch("pl")
    assert ui.amountEdit.text() == "6198,44"
