"""Step 1: a recent invoice to the buyer (number, date, amount, currency), or from a UBL file."""

from __future__ import annotations

from pathlib import Path

from babel.numbers import get_territory_currencies
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QFileDialog, QWidget, QWizard

from desktop.domain.invoice_file import (
    BuyerIdentity,
    InvoiceFile,
    InvoiceFileError,
)
from desktop.domain.sentences import one_full_stop
from desktop.domain.tones import Tone
from desktop.domain.verification_flow import Step, VerificationFlow
from desktop.forms.ui_verification_invoice import Ui_VerificationInvoice
from desktop.operations import verification
from desktop.views.file_dialogs import file_dialog, remember_choice
from desktop.views.wizards.amount_input import (
    currency_label,
    current_currencies,
    format_amount,
    invoice_number_problem,
    is_real_currency,
)
from desktop.views.wizards.answer_fields import (
    amount_problem,
    check_amount,
    date_of,
    follow_locale,
    invoice_date_problem,
    set_date,
    setup_amount_edit,
    setup_date_edit,
)
from desktop.views.wizards.verification_page import VerificationActions, VerificationPage
from wire import schemas as w


class InvoicePage(VerificationPage):
    step = Step.INVOICE

    def __init__(
        self,
        flow: VerificationFlow,
        actions: VerificationActions,
        buyer: BuyerIdentity,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(flow, actions, parent)
        self.buyer = buyer
        self.ui = Ui_VerificationInvoice()
        self.ui.setupUi(self)
        self.attach_labels(self.ui.problemLabel, self.ui.busyLabel)
        self.ui.fileNote.setObjectName("verifyFileNote")
        self.ui.fileNote.hide()
        self.file_dialog: QFileDialog | None = None
        ui = self.ui
        setup_date_edit(ui.invoiceDateEdit)
        setup_amount_edit(ui.amountEdit)
        self._locale = QLocale()
        self._fill_currencies()
        self.registerField("invoiceNumber*", ui.invoiceNumberEdit)
        self.registerField("amount*", ui.amountEdit)
        self.registerField("invoiceDate", ui.invoiceDateEdit, "date")
        self.registerField("currency", ui.currencyCombo, "currentData")
        self._filled: tuple[object, ...] | None = None  # what a file filled in
        for edit in (ui.invoiceNumberEdit, ui.amountEdit):
            edit.textChanged.connect(self._check)
            edit.textChanged.connect(self._forget_fill)
        ui.invoiceDateEdit.dateChanged.connect(self._check)
        ui.invoiceDateEdit.dateChanged.connect(self._forget_fill)
        ui.currencyCombo.currentIndexChanged.connect(self._check)
        ui.currencyCombo.currentIndexChanged.connect(self._forget_fill)
        ui.fillFromFileButton.clicked.connect(self.choose_file)
        self.setCommitPage(True)  # once accepted, step 1 is behind; the challenge is next
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Step 1. Please provide the details of a recent invoice."))
        self.setSubTitle(
            self.tr("An invoice you sent to {buyer}, as written on the invoice.").format(
                buyer=self.buyer.name
            )
        )
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Continue"))
        self.ui.currencyCombo.setPlaceholderText(self.tr("Choose the currency"))
        self._locale = follow_locale(self.ui.invoiceDateEdit, self.ui.amountEdit, self._locale)
        combo, language = self.ui.currencyCombo, QLocale().name()
        for index in range(combo.count()):  # the currency names in the new language
            combo.setItemText(index, currency_label(combo.itemData(index), language))
        self._check()

    # --- fields ------------------------------------------------------------------------
    def _fill_currencies(self) -> None:
        combo = self.ui.currencyCombo
        language = QLocale().name()
        for code in current_currencies():
            combo.addItem(currency_label(code, language), code)
        combo.setCurrentIndex(-1)
        if self.buyer.country:
            usual = get_territory_currencies(self.buyer.country, tender=True)
            if usual:
                combo.setCurrentIndex(combo.findData(usual[0]))

    def problems(self) -> list[str]:
        """What stops Next, in the user's language (empty fields are simply not complete)."""
        ui = self.ui
        found = []
        if ui.invoiceNumberEdit.text():
            found.append(invoice_number_problem(ui.invoiceNumberEdit.text()))
        found.append(invoice_date_problem(ui.invoiceDateEdit))
        found.append(amount_problem(ui.amountEdit))
        return [p for p in found if p]

    def answer(self) -> w.VerificationInvoiceAnswer | None:
        ui = self.ui
        amount = check_amount(ui.amountEdit).value
        currency = ui.currencyCombo.currentData()
        number = ui.invoiceNumberEdit.text().strip()
        if self.problems() or amount is None or not currency or invoice_number_problem(number):
            return None
        return w.VerificationInvoiceAnswer(
            invoice_number=number,
            invoice_date=date_of(ui.invoiceDateEdit),
            amount=amount,
            currency=str(currency),
        )

    def ready(self) -> bool:
        return self.answer() is not None

    def typed(self) -> bool:
        return bool(self.ui.invoiceNumberEdit.text().strip() or self.ui.amountEdit.text().strip())

    def submit(self) -> None:
        answer = self.answer()
        if answer is not None:
            self.calls.send_invoice(answer)

    def set_busy(self, busy: bool) -> None:
        for widget in (
            self.ui.invoiceNumberEdit,
            self.ui.invoiceDateEdit,
            self.ui.amountEdit,
            self.ui.currencyCombo,
            self.ui.fillFromFileButton,
        ):
            widget.setEnabled(not busy)
        super().set_busy(busy)

    # --- fill from an invoice file ---------------------------------------------------
    def choose_file(self) -> None:
        # The app's one file dialog (Documents, then the last folder), shown without blocking.
        dialog = file_dialog(
            self,
            self.tr("Fill from invoice file"),
            [self.tr("Invoice files (*.xml)"), self.tr("All files (*)")],
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.read_file)
        self.file_dialog = dialog
        dialog.open()

    def read_file(self, path: str) -> None:
        """Read and check the file on a worker (up to 10 MB of XML), then fill or explain."""
        remember_choice(Path(path))
        name = Path(path).name
        verification.read_invoice(self.calls.ctx, Path(path), self.buyer, parent=self).success(
            lambda invoice: self._fill(invoice, name)
        ).failure(lambda exc: self._file_failed(exc, name)).run()

    def _fill(self, invoice: InvoiceFile, name: str) -> None:
        ui = self.ui
        combo = ui.currencyCombo
        if combo.findData(invoice.currency) < 0 and is_real_currency(invoice.currency):
            combo.addItem(currency_label(invoice.currency, QLocale().name()), invoice.currency)
        ui.invoiceNumberEdit.setText(invoice.invoice_number)
        set_date(ui.invoiceDateEdit, invoice.issue_date)
        ui.amountEdit.setText(format_amount(invoice.amount, QLocale()))
        combo.setCurrentIndex(combo.findData(invoice.currency))
        self._file_note(
            self.tr("Filled from {file}. Check the details before you continue.").format(file=name),
            Tone.INFO,
        )
        self._filled = self._values()  # the note goes once the user changes what was filled

    def _values(self) -> tuple[object, ...]:
        ui = self.ui
        return (
            ui.invoiceNumberEdit.text(),
            ui.invoiceDateEdit.date(),
            ui.amountEdit.text(),
            ui.currencyCombo.currentData(),
        )

    def _forget_fill(self) -> None:
        """The fields no longer hold what the file gave: "Filled from" would mislead."""
        if self._filled is not None and self._values() != self._filled:
            self._filled = None
            if self.ui.fileNote.property("tone") == Tone.INFO:
                self.ui.fileNote.hide()

    def _file_failed(self, exc: BaseException, name: str) -> None:
        cause = exc.cause if isinstance(exc, InvoiceFileError) else "unreadable"
        why = {
            "too_large": self.tr("{file} is larger than 10 MB; an invoice file is far smaller."),
            "not_xml": self.tr(
                "{file} is not an XML invoice. Choose a UBL or Peppol BIS invoice or credit "
                "note (.xml)."
            ),
            "hostile": self.tr(
                "{file} holds XML declarations an invoice never needs (a DTD or entities), so "
                "it was not read."
            ),
            "not_ubl": self.tr("{file} is XML, but not a UBL invoice or credit note."),
            "incomplete": self.tr("{file} has no invoice number, issue date or payable amount."),
            "bad_value": self.tr(
                "{file} holds an invoice number, date, amount or currency that cannot be used."
            ),
            "other_buyer": self.tr("{file} is an invoice to another customer, not to {buyer}."),
        }
        if getattr(exc, "kind", "invoice") == "credit_note":  # never called an invoice
            why |= {
                "incomplete": self.tr(
                    "{file} has no credit note number, issue date or payable amount."
                ),
                "other_buyer": self.tr(
                    "{file} is a credit note to another customer, not to {buyer}."
                ),
            }
        words = why.get(cause, self.tr("{file} could not be read."))
        text = one_full_stop(words.format(file=name, buyer=self.buyer.name))
        self._file_note(text + " " + self.tr("Nothing was filled."), Tone.BAD)

    def _file_note(self, text: str, tone: Tone) -> None:
        note = self.ui.fileNote
        note.setText(text)
        note.setProperty("tone", tone)
        note.style().unpolish(note)
        note.style().polish(note)
        note.show()
