"""CREATE INVOICE: the invoice (or credit note) editor.

Layout in ui/invoice_editor.ui; here the behaviour: the parties from the network and My
account, the lines (InvoiceLinesModel), totals as the user types (einvoice.totals, Decimal),
Save (a draft, offline too), Check (the official rules, off the GUI thread) and Send (into
the invoice outbox; the sync sends it once). Files (attachments, export) live in
invoice_editor_files.py.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QDialog, QHeaderView, QWidget

from desktop.domain.finding_fields import FieldRef
from desktop.domain.invoice_form import (
    LineEntry,
    Problem,
    build_document,
    buyer_party,
    entries_of,
    seller_party,
)
from desktop.forms.ui_invoice_editor import Ui_InvoiceEditorDialog
from desktop.models.invoice_lines_model import COLUMNS, InvoiceLinesModel
from desktop.operations import invoices as operations
from desktop.operations.invoices import CheckResult, Customer, EditorSetup
from desktop.views.dialogs.invoice_editor_actions import EditorActions
from desktop.views.dialogs.invoice_editor_fields import TEXT_FIELDS, HeaderFields
from desktop.views.dialogs.invoice_editor_files import EditorFiles
from desktop.views.dialogs.invoice_editor_totals import EditorTotals
from desktop.views.dialogs.invoice_findings import FindingsPanel
from desktop.views.invoice_editor_words import InvoiceEditorWords
from desktop.views.retranslate import Retranslating
from desktop.views.widgets.invoice_line_delegate import InvoiceLineDelegate
from einvoice.document import DocumentKind, InvoiceDocument, Party, PrecedingInvoice

if TYPE_CHECKING:
    from desktop.app.context import AppContext

_CURRENCY_OF_COUNTRY = {"PL": "PLN", "GB": "GBP", "CH": "CHF", "SE": "SEK", "CZ": "CZK"}
_NOBODY = Party(name="")


class InvoiceEditorDialog(Retranslating, QDialog):
    def __init__(
        self,
        ctx: AppContext,
        *,
        draft_id: str | None = None,
        document: InvoiceDocument | None = None,
        account_id: str | None = None,
        buyer_id: str | None = None,
        marks: tuple[str, ...] = (),
        original_ubl: bytes | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_InvoiceEditorDialog()
        self.ui.setupUi(self)
        self.setObjectName("invoiceEditorDialog")
        self.ctx = ctx
        self.draft_id = draft_id
        self.kind = document.kind if document is not None else DocumentKind.INVOICE
        self.preceding: PrecedingInvoice | None = document.preceding_invoice if document else None
        self.setup: EditorSetup | None = None
        self.last_check: CheckResult | None = None
        self.queued_id: str | None = None
        # An imported file is checked and sent as it is, until the user changes something.
        self.original_ubl = original_ubl
        self._filling = False  # a document is being filled in, not typed
        self.words = InvoiceEditorWords(self)
        self.fields = HeaderFields(self.ui)
        self.files = EditorFiles(self, self)
        self.commands = EditorActions(self, self)
        self.totals = EditorTotals(self, self)
        self.model = InvoiceLinesModel(self)
        self.model.credit = self.kind is DocumentKind.CREDIT_NOTE
        view = self.ui.linesView
        view.setModel(self.model)
        view.setItemDelegate(InvoiceLineDelegate(self.words, view))
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            & ~QAbstractItemView.EditTrigger.CurrentChanged
        )
        # Not ResizeToContents: that reads every row's every cell again on each keystroke.
        view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Room for what matters most (the lines, the totals, the findings) whatever the font:
        # wrapped labels in group boxes would otherwise be squeezed to a line each.
        line = self.fontMetrics().height()
        view.setMinimumHeight(line * 12)
        self.ui.totalsText.setMinimumHeight(line * 8)
        for label in (self.ui.sellerSummary, self.ui.buyerSummary):
            label.setMinimumHeight(line * 3)
        self.ui.findingsTree.setMinimumHeight(line * 7)
        self.ui.attachmentsList.setMaximumHeight(line * 5)
        for box in (self.ui.partiesBox, self.ui.totalsBox):
            box.setMinimumWidth(self.fontMetrics().averageCharWidth() * 48)
        self.ui.layout.setStretchFactor(self.ui.linesBox, 1)
        self.findings = FindingsPanel(
            self.ui.findingsTree, self.ui.findingsSummary, self.words, self.go_to
        )
        self._wanted = (account_id, buyer_id, document, marks)
        self._wire()
        self.retranslate()
        self.set_busy(True)
        operations.load_editor(ctx, self, date.today().year, draft_id).success(
            self._loaded
        ).failure(self._load_failed).run()

    def _wire(self) -> None:
        ui = self.ui
        self.model.lines_changed.connect(self.recompute)
        self.model.edited.connect(self._edited)
        for field in TEXT_FIELDS:
            self.fields.edit(field).textEdited.connect(self._edited)
        for field in ("allowance", "charge"):
            self.fields.edit(field).textEdited.connect(lambda _t: self.recompute())
        ui.currencyCombo.currentTextChanged.connect(lambda _t: self.recompute())
        ui.accountCombo.currentIndexChanged.connect(self._account_chosen)
        ui.customerCombo.currentIndexChanged.connect(lambda _i: self._show_parties())
        ui.addLineButton.clicked.connect(self.add_line)
        ui.removeLineButton.clicked.connect(self.remove_line)
        ui.closeButton.clicked.connect(self.reject)

    def _edited(self, *_args: object) -> None:
        if self.original_ubl is not None and not self._filling:
            self.original_ubl = None  # changed: the editor's own UBL from now on

    # --- words ------------------------------------------------------------------------
    def retranslate(self) -> None:
        """The words set here (the form's own are said again by `Retranslating` first)."""
        self.model.headers = self.words.column_names()
        header = self.ui.linesView.horizontalHeader()
        titles = QFont(header.font())
        titles.setWeight(QFont.Weight.DemiBold)  # the style sheet's header: semi-bold, padded
        metrics = QFontMetrics(titles)
        for column, word in enumerate(self.model.headers[1:], start=1):  # each title whole
            header.resizeSection(column, max(metrics.horizontalAdvance(word) + 24, 90))
        delegate = self.ui.linesView.itemDelegate()
        if isinstance(delegate, InvoiceLineDelegate):
            delegate.retranslate()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        credit = self.kind is DocumentKind.CREDIT_NOTE
        self.setWindowTitle(self.tr("Credit note") if credit else self.tr("Invoice"))
        title = self.tr("New credit note") if credit else self.tr("New invoice")
        if self.preceding is not None:
            title = self.tr("Credit note for invoice {number}").format(number=self.preceding.number)
        self.ui.kindTitle.setText(title)
        self._show_parties()
        self.recompute()

    # --- filling ------------------------------------------------------------------------
    def set_busy(self, busy: bool) -> None:
        for button in (self.ui.saveButton, self.ui.checkButton, self.ui.sendButton):
            button.setEnabled(not busy)

    def _loaded(self, setup: EditorSetup) -> None:
        self._filling = True
        try:
            self._fill(setup)
        finally:
            self._filling = False
        self.set_busy(False)

    def _fill(self, setup: EditorSetup) -> None:
        self.setup = setup
        account_id, buyer_id, document, marks = self._wanted
        document = document or setup.document
        marks = marks or setup.marks
        combo = self.ui.accountCombo
        combo.blockSignals(True)
        for account in setup.accounts:
            combo.addItem(account.name, account.id)
        wanted = account_id or self.ctx.current_account_id
        combo.setCurrentIndex(max(0, combo.findData(wanted)))
        combo.blockSignals(False)
        if document is not None and buyer_id is None:
            buyer_id = _customer_for(setup, self.account_id, document)
        self._account_chosen(combo.currentIndex(), buyer_id)
        if document is not None:
            header, lines = entries_of(document)
            if self.kind is DocumentKind.CREDIT_NOTE and document.number == "":
                header.number = setup.credit_numbers.get(self.account_id or "", "")
            self.fields.fill(header)
            self.model.set_entries(lines)
            self.files.set_attachments(list(document.attachments))
            self.mark(marks)

    def _load_failed(self, _exc: BaseException) -> None:
        self.ui.statusLabel.setText(
            self.tr("The invoice could not be prepared from this computer's copy.")
        )

    @property
    def account_id(self) -> str | None:
        value = self.ui.accountCombo.currentData()
        return str(value) if value else None

    def customer(self) -> Customer | None:
        setup, account = self.setup, self.account_id
        index = self.ui.customerCombo.currentIndex()
        if setup is None or account is None or index < 0:
            return None
        customers = setup.customers.get(account, [])
        return customers[index] if index < len(customers) else None

    def _account_chosen(self, _index: int, buyer_id: str | None = None) -> None:
        setup, account = self.setup, self.account_id
        if setup is None or account is None:
            return
        combo = self.ui.customerCombo
        combo.blockSignals(True)
        combo.clear()
        for customer in setup.customers.get(account, []):
            label = customer.name
            if customer.is_test:
                label = self.tr("{name} (test customer)").format(name=customer.name)
            combo.addItem(label, customer.buyer_id)
        combo.setCurrentIndex(max(0, combo.findData(buyer_id)) if combo.count() else -1)
        combo.blockSignals(False)
        profile = setup.profiles.get(account, {})
        country = profile.get("country", "")
        entry = self.fields.entry()
        self.fields.fill(
            replace(
                entry,
                number=(
                    setup.credit_numbers if self.kind is DocumentKind.CREDIT_NOTE else setup.numbers
                ).get(account, ""),
                due_date=entry.due_date or entry.issue_date + timedelta(days=30),
                currency=_CURRENCY_OF_COUNTRY.get(country, "EUR"),
                iban=profile.get("iban", ""),
                bic=profile.get("bic", ""),
            )
        )
        if self.model.rowCount() == 0:
            self.model.add_line(LineEntry(rate="23" if country == "PL" else "22"))
        self._show_parties()

    def _show_parties(self) -> None:
        setup, account = self.setup, self.account_id
        if setup is None or account is None:
            return
        seller = self.seller()
        lines = [
            seller.name,
            seller.address.street,
            f"{seller.address.postal_code} {seller.address.city}".strip(),
            seller.address.country,
        ]
        self.ui.sellerSummary.setText(
            self.tr("From: {party}").format(party=", ".join(p for p in lines if p))
            + "\n"
            + self.tr("VAT number: {vat}").format(vat=seller.vat_number or "—")
        )
        customer = self.customer()
        if customer is None:
            self.ui.buyerSummary.setText(self.tr("To: choose a customer (an active relationship)."))
            self.ui.testBadge.clear()
            return
        self.ui.buyerSummary.setText(
            self.tr("To: {name}, {country}, network number {number}").format(
                name=customer.name, country=customer.country, number=customer.network_number
            )
            + "\n"
            + self.tr("VAT number: {vat}").format(vat=customer.vat_number or "—")
        )
        self.ui.testBadge.setText(
            self.tr("A test customer: practise here, nothing is billed.")
            if customer.is_test
            else ""
        )

    def seller(self) -> Party:
        setup, account = self.setup, self.account_id
        if setup is None or account is None:
            return _NOBODY
        number = next((a.network_number for a in setup.accounts if a.id == account), "")
        return seller_party(setup.profiles.get(account, {}), number)

    # --- lines and totals ---------------------------------------------------------------
    def add_line(self) -> None:
        last = self.model.entries()[-1] if self.model.rowCount() else LineEntry()
        row = self.model.add_line(LineEntry(unit=last.unit, category=last.category, rate=last.rate))
        index = self.model.index(row, 0)
        self.ui.linesView.setCurrentIndex(index)
        self.ui.linesView.edit(index)

    def remove_line(self) -> None:
        self.model.remove_line(self.ui.linesView.currentIndex().row())

    def recompute(self) -> None:
        """The totals of the lines that pass, as the user types (invoice_editor_totals)."""
        self.totals.show()

    # --- the document -------------------------------------------------------------------
    def document(self) -> InvoiceDocument:
        """The whole document, or Problem naming the first field that does not pass."""
        customer = self.customer()
        if customer is None:
            raise Problem("customer", "no_customer")
        lines = self.model.lines()
        if isinstance(lines, Problem):
            raise lines
        buyer = buyer_party(
            customer.name, customer.country, customer.vat_number, customer.network_number
        )
        return build_document(
            self.kind,
            self.fields.entry(),
            self.seller(),
            buyer,
            lines,
            tuple(self.files.attachments),
            self.preceding,
        )

    def checked_document(self) -> InvoiceDocument | None:
        """The document, or None with a message at the field and the cursor there."""
        self.fields.clear_problems()
        self.ui.linesProblem.hide()
        try:
            return self.document()
        except Problem as problem:
            self.show_problem(problem)
            return None

    def show_problem(self, problem: Problem) -> None:
        text = self.words.problem_at(problem.field, problem.word, problem.line)
        self.ui.statusLabel.setText(text)
        if problem.line is not None:
            self.ui.linesProblem.setText(text)
            self.ui.linesProblem.show()
        else:
            self.fields.show_problem(problem.field, self.words.problem_text(problem.word))
        self.go_to(FieldRef(problem.field, problem.line))

    def go_to(self, ref: FieldRef) -> None:
        """The cursor into the field a problem or a finding names."""
        if ref.line is not None and ref.field in COLUMNS:
            row = min(ref.line, max(0, self.model.rowCount() - 1))
            index = self.model.index(row, COLUMNS.index(ref.field))
            view = self.ui.linesView
            view.setFocus(Qt.FocusReason.OtherFocusReason)
            view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            view.scrollTo(index)
            return
        if ref.field == "seller":
            self.ui.statusLabel.setText(
                self.tr(
                    "Correct your company's data in My account (in the header), then check again."
                )
            )
        widget = self.fields.widget(ref.field)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def mark(self, marks: tuple[str, ...]) -> None:
        """Fix and resend: the fields the findings named, marked until edited."""
        cells: set[tuple[int, str]] = set()
        for key in marks:
            field, _, line = key.partition("@")
            if line:
                cells.add((int(line), field))
            else:
                self.fields.show_problem(
                    field, self.tr("A finding of the network named this field.")
                )
        self.model.set_marks(cells)


def _customer_for(setup: EditorSetup, account_id: str | None, doc: InvoiceDocument) -> str | None:
    """The customer a document is addressed to: by network number, VAT number or name."""
    for customer in setup.customers.get(account_id or "", []):
        if doc.buyer.endpoint_id and doc.buyer.endpoint_id == customer.network_number:
            return customer.buyer_id
        if doc.buyer.vat_number and doc.buyer.vat_number == customer.vat_number:
            return customer.buyer_id
        if doc.buyer.name.casefold() == customer.name.casefold():
            return customer.buyer_id
    return None
