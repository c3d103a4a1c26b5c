"""`--screenshots`: every page of the verification wizard, reached through its real widgets.

On the throwaway sandbox: a connection request to a buyer that shares invoice history opens
the wizard; step 1 is filled from the sandbox's practice invoices (once wrong, to show the
attempts left), the challenge is answered, and a second buyer's verification is locked with
wrong answers to show the fallback and its ticket number.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWizard

from desktop.app.startup import Session
from desktop.domain.types import Outcome as ItemOutcome
from desktop.domain.types import RequestItem, RequestItemState
from desktop.domain.verification_flow import Step
from desktop.tools.screenshot_connect import run_off_gui
from desktop.views.wizards.amount_input import format_amount
from desktop.views.wizards.launcher import open_verification
from desktop.views.wizards.verification_wizard import VerificationWizard
from wire import schemas as w

# Sandbox buyers that share invoice history with every demo account (portal/sandbox/invoices.py).
PASS_BUYER = "Demonstration Example Buyer"
LOCK_BUYER = "Kraków Świat Biura Sp. z o.o."
WIZARD_WIDTH, WIZARD_HEIGHT = 900, 560


class VerifyScenes:
    def __init__(self, session: Session, settle: Callable[[], None]) -> None:
        self.session = session
        self.settle = settle

    def ask(self, buyer_name: str) -> tuple[RequestItem, str] | None:
        """A real connection request to `buyer_name`: its verification item and account."""
        client = self.session.client

        def send() -> tuple[w.ConnectionRequestItem, str] | None:
            account = client.me().accounts[0]
            entry = next(e for e in client.directory(buyer_name).items if e.name == buyer_name)
            body = w.ConnectionRequestCreate(account_id=account.id, buyer_ids=[entry.id])
            answer = client.create_connection_request(body, str(uuid.uuid4()))
            return answer.items[0], account.id

        got = run_off_gui(self.session, send)
        if got is None or not got[0].verification_id:
            return None
        item, account_id = got
        return (
            RequestItem(
                buyer_id=item.buyer_id,
                buyer_name=item.buyer_name,
                buyer_network_number=item.buyer_network_number,
                buyer_country=item.buyer_country,
                state=RequestItemState.VERIFICATION_REQUIRED,
                outcome=ItemOutcome.VERIFICATION_REQUIRED,
                verification_id=item.verification_id,
            ),
            account_id,
        )

    def open(self, item: RequestItem) -> VerificationWizard:
        wizard = open_verification(self.session.ctx, item, self.session.window)
        assert wizard is not None
        wizard.resize(WIZARD_WIDTH, WIZARD_HEIGHT)
        self.settle()
        return wizard

    def press_next(self, wizard: VerificationWizard) -> None:
        for which in (QWizard.WizardButton.CommitButton, QWizard.WizardButton.NextButton):
            button = wizard.button(which)
            if button.isVisible() and button.isEnabled():
                QTest.mouseClick(button, Qt.MouseButton.LeftButton)
                break
        self.settle()

    def fill_invoice(
        self, wizard: VerificationWizard, number: str, invoice: w.PracticeInvoice
    ) -> None:
        ui = wizard.invoice.ui
        ui.invoiceNumberEdit.clear()
        QTest.keyClicks(ui.invoiceNumberEdit, number)
        d = invoice.invoice_date
        ui.invoiceDateEdit.setDate(QDate(d.year, d.month, d.day))
        ui.amountEdit.clear()
        QTest.keyClicks(ui.amountEdit, format_amount(invoice.amount, QLocale()))
        ui.currencyCombo.setCurrentIndex(ui.currencyCombo.findData(invoice.currency))
        self.settle()

    def take(self, out_dir: Path, save: Callable[[QPixmap, Path], Path]) -> list[Path]:
        written: list[Path] = []
        client = self.session.client
        asked = self.ask(PASS_BUYER)
        if asked is None:
            return written
        item, account_id = asked
        practice: list[w.PracticeInvoice] = (
            run_off_gui(self.session, lambda: client.practice_invoices(item.buyer_id, account_id))
            or []
        )
        if len(practice) < 2:
            return written
        wizard = self.open(item)
        shot = self._shooter(out_dir, save, written)
        shot(wizard, "10-verify-intro")
        self.press_next(wizard)
        self.fill_invoice(wizard, practice[0].invoice_number, practice[0])
        shot(wizard, "11-verify-invoice")
        self.fill_invoice(wizard, practice[0].invoice_number + "7", practice[0])
        self.press_next(wizard)
        shot(wizard, "12-verify-wrong-answer")
        self.fill_invoice(wizard, practice[0].invoice_number, practice[0])
        self.press_next(wizard)
        if wizard.currentId() == Step.CHALLENGE:
            number = wizard.challenge.ui.challengeNumber.text()
            asked_for = next((p for p in practice if p.invoice_number == number), None)
            if asked_for is not None:
                d = asked_for.invoice_date
                wizard.challenge.ui.invoiceDateEdit.setDate(QDate(d.year, d.month, d.day))
                QTest.keyClicks(
                    wizard.challenge.ui.amountEdit, format_amount(asked_for.amount, QLocale())
                )
                self.settle()
            shot(wizard, "13-verify-challenge")
            self.press_next(wizard)
            shot(wizard, "14-verify-done")
        wizard.close()

        locked = self.ask(LOCK_BUYER)
        if locked is None:
            return written
        item, account_id = locked
        wizard = self.open(item)
        self.press_next(wizard)
        wrong = w.PracticeInvoice(
            invoice_number="FV/2026/00001",
            invoice_date=practice[0].invoice_date,
            amount="100.00",
            currency="PLN",
        )
        for attempt in range(w.VERIFY_INVOICE_ATTEMPTS):
            if wizard.currentId() != Step.INVOICE:
                break
            self.fill_invoice(wizard, f"FV/2026/{attempt:05d}", wrong)
            self.press_next(wizard)
        if wizard.currentId() == Step.LOCKED:
            shot(wizard, "15-verify-locked")
            QTest.mouseClick(wizard.locked.ui.fallbackButton, Qt.MouseButton.LeftButton)
            self.settle()
            shot(wizard, "16-verify-ticket")
        wizard.close()
        self.settle()
        return written

    def _shooter(
        self, out_dir: Path, save: Callable[[QPixmap, Path], Path], written: list[Path]
    ) -> Callable[[VerificationWizard, str], Any]:
        def shot(wizard: VerificationWizard, name: str) -> None:
            self.settle()
            written.append(save(wizard.grab(), out_dir / f"{name}.png"))

        return shot
