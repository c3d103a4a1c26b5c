"""Drive the verification wizard as a user does: type, pick, click its real buttons."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from desktop.domain.verification_flow import Step
from desktop.views.wizards.amount_input import format_amount
from desktop.views.wizards.verification_wizard import VerificationWizard

TIMEOUT_MS = 60_000  # a wait, not a limit: returns as soon as it holds; a loaded CI box is slow


def button(wizard: VerificationWizard, which: QWizard.WizardButton):  # type: ignore[no-untyped-def]
    return wizard.button(which)


def next_button(wizard: VerificationWizard):  # type: ignore[no-untyped-def]
    """Next, or Continue on a commit page (the one shown)."""
    for which in (QWizard.WizardButton.CommitButton, QWizard.WizardButton.NextButton):
        b = wizard.button(which)
        if b.isVisible():
            return b
    raise AssertionError("no Next button shown")


def wait_page(qtbot: QtBot, wizard: VerificationWizard, step: Step) -> None:
    qtbot.waitUntil(lambda: wizard.currentId() == step and not wizard.busy, timeout=TIMEOUT_MS)


def wait_idle(qtbot: QtBot, wizard: VerificationWizard) -> None:
    qtbot.waitUntil(lambda: not wizard.busy, timeout=TIMEOUT_MS)


def click_next(qtbot: QtBot, wizard: VerificationWizard) -> None:
    b = next_button(wizard)
    assert b.isEnabled(), "Next is disabled"
    qtbot.mouseClick(b, Qt.MouseButton.LeftButton)


def set_date(edit, value: date) -> None:  # type: ignore[no-untyped-def]
    edit.setDate(QDate(value.year, value.month, value.day))


def type_into(qtbot: QtBot, edit, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.clear()
    qtbot.keyClicks(edit, text)


def fill_invoice(
    qtbot: QtBot, wizard: VerificationWizard, number: str, day: date, amount: str, currency: str
) -> None:
    ui = wizard.invoice.ui
    type_into(qtbot, ui.invoiceNumberEdit, number)
    set_date(ui.invoiceDateEdit, day)
    type_into(qtbot, ui.amountEdit, format_amount(amount, QLocale()))
    ui.currencyCombo.setCurrentIndex(ui.currencyCombo.findData(currency))


def fill_challenge(qtbot: QtBot, wizard: VerificationWizard, day: date, amount: str) -> None:
    ui = wizard.challenge.ui
    set_date(ui.invoiceDateEdit, day)
    type_into(qtbot, ui.amountEdit, format_amount(amount, QLocale()))
