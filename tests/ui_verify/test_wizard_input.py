"""Bad input on step 1 is explained on the page in the user's language, Next stays disabled,
nothing is sent and no attempt counted; a Peppol file fills step 1, another buyer's fills
nothing; QWizard's own buttons speak Polish."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from desktop.views.wizards.verification_wizard import VerificationWizard
from tests.ui_verify.conftest import TIMEOUT_MS, MakeEnv
from tests.ui_verify.test_wizard_answers import open_on_step_1
from tests.ui_verify.wizard_driver import next_button, type_into
from wire.schemas import VERIFY_INVOICE_ATTEMPTS

PEPPOL = Path(__file__).resolve().parents[1] / "data" / "peppol"


def problem(wizard: VerificationWizard) -> str:
    label = wizard.invoice.ui.problemLabel
    return label.text() if label.isVisible() else ""


def test_next_stays_disabled_until_step_1_is_valid_and_bad_input_is_explained(
    qtbot: QtBot, make_env: MakeEnv
) -> None:
    env = make_env()
    wizard = open_on_step_1(qtbot, env)
    ui = wizard.invoice.ui
    assert not next_button(wizard).isEnabled()
    type_into(qtbot, ui.invoiceNumberEdit, "INV-1")
    ui.currencyCombo.setCurrentIndex(ui.currencyCombo.findData("GBP"))
    assert not next_button(wizard).isEnabled()  # no amount yet
    cases = {
        "1234,56": "Use “.” for the decimals",
        "12.345": "at most two decimals",
        "0": "greater than zero",
        "-5": "greater than zero",
        "1,000,000,000,000": "too large",
        "12abc": "as digits",
    }
    for typed, said in cases.items():
        type_into(qtbot, ui.amountEdit, typed)
        assert said in problem(wizard), typed
        assert not next_button(wizard).isEnabled(), typed
    type_into(qtbot, ui.amountEdit, "1,234.56")
    assert problem(wizard) == ""
    assert next_button(wizard).isEnabled()
    ui.invoiceNumberEdit.setText("9" * 10_000)  # pasted
    assert "at most 64 characters" in problem(wizard)
    assert not next_button(wizard).isEnabled()
    assert ui.invoiceDateEdit.calendarPopup()
    assert ui.invoiceDateEdit.maximumDate() <= ui.invoiceDateEdit.date().currentDate()
    # Nothing was sent: the portal still has every attempt.
    v = env.ctx.client.verification(env.item.verification_id or "")
    assert (v.state, v.attempts_left) == ("awaiting_invoice", VERIFY_INVOICE_ATTEMPTS)


@pytest.mark.parametrize("language", ["pl"], indirect=True)
def test_polish_amounts_and_messages_and_qt_buttons(
    qtbot: QtBot, make_env: MakeEnv, language: str
) -> None:
    env = make_env()
    wizard = open_on_step_1(qtbot, env)
    ui = wizard.invoice.ui
    type_into(qtbot, ui.invoiceNumberEdit, "INV-1")
    ui.currencyCombo.setCurrentIndex(ui.currencyCombo.findData("PLN"))
    assert "złoty" in ui.currencyCombo.currentText()
    type_into(qtbot, ui.amountEdit, "1234.56")
    assert "Część dziesiętną oddziel znakiem „,”" in problem(wizard)
    assert not next_button(wizard).isEnabled()
    type_into(qtbot, ui.amountEdit, "1 234,56")
    assert problem(wizard) == ""
    assert wizard.invoice.answer() is not None
    assert wizard.invoice.answer().amount == "1234.56"  # type: ignore[union-attr]
    assert next_button(wizard).text() == "Kontynuuj"
    assert wizard.buttonText(wizard.WizardButton.BackButton) == "< &Wstecz"
    assert wizard.buttonText(wizard.WizardButton.NextButton) == "&Dalej >"
    assert wizard.buttonText(wizard.WizardButton.FinishButton) == "&Zakończ"
    assert wizard.buttonText(wizard.WizardButton.CancelButton) == "Anuluj"
    assert wizard.side_panel.ui.panelTitle.text() == "Proces aktywacji"
    assert wizard.invoice.title() == "Krok 1. Podaj dane niedawnej faktury."


def choose_in_file_dialog(qtbot: QtBot, wizard: VerificationWizard, path: Path) -> None:
    """Press "Fill from invoice file...", type the path in the real file dialog, Open."""
    qtbot.mouseClick(wizard.invoice.ui.fillFromFileButton, Qt.MouseButton.LeftButton)
    dialog = wizard.invoice.file_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=TIMEOUT_MS)
    name = dialog.findChild(QLineEdit, "fileNameEdit")
    assert name is not None
    name.setText(str(path))
    dialog.accept()


def test_a_peppol_invoice_file_fills_step_1(
    qtbot: QtBot, make_env: MakeEnv, tmp_path: Path
) -> None:
    env = make_env()
    wizard = open_on_step_1(qtbot, env)
    first = env.practice[0]
    # The real Peppol BIS example, sent to this buyer: its invoice's number, date and amount.
    text = (PEPPOL / "base-example.xml").read_text(encoding="utf-8")
    text = (
        text.replace("BuyerTradingName AS", env.item.buyer_name)
        .replace("<cbc:ID>Snippet1</cbc:ID>", f"<cbc:ID>{first.invoice_number}</cbc:ID>")
        .replace("2017-11-13", first.invoice_date.isoformat())
        .replace(
            '<cbc:PayableAmount currencyID="EUR">1656.25',
            f'<cbc:PayableAmount currencyID="{first.currency}">{first.amount}',
        )
    )
    path = tmp_path / "invoice.xml"
    path.write_text(text, encoding="utf-8")
    choose_in_file_dialog(qtbot, wizard, path)
    ui = wizard.invoice.ui
    qtbot.waitUntil(lambda: ui.invoiceNumberEdit.text() == first.invoice_number, timeout=TIMEOUT_MS)
    answer = wizard.invoice.answer()
    assert answer is not None
    assert (answer.invoice_date, answer.amount, answer.currency) == (
        first.invoice_date,
        first.amount,  # the sandbox's amounts have cents: "1234.56"
        first.currency,
    )
    assert "Filled from invoice.xml" in ui.fileNote.text()
    assert next_button(wizard).isEnabled()


def test_another_buyers_invoice_file_fills_nothing(qtbot: QtBot, make_env: MakeEnv) -> None:
    env = make_env()
    wizard = open_on_step_1(qtbot, env)
    ui = wizard.invoice.ui
    choose_in_file_dialog(qtbot, wizard, PEPPOL / "base-example.xml")
    qtbot.waitUntil(ui.fileNote.isVisible, timeout=TIMEOUT_MS)
    assert "another customer" in ui.fileNote.text()
    assert "Nothing was filled" in ui.fileNote.text()
    assert ui.invoiceNumberEdit.text() == "" and ui.amountEdit.text() == ""
    assert not next_button(wizard).isEnabled()
