"""The editor's Save, Check and Send (a mixin of InvoiceEditorDialog): a draft on the serial
lane, the official rules on the pool (the rule book is loaded at start), the outbox after a
check without a fatal finding."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog

from desktop.domain.invoice_form import Problem
from desktop.operations import invoices as operations
from desktop.operations.invoices import CheckResult
from desktop.views.dialogs.invoice_editor_parts import EditorParts
from einvoice.document import InvoiceDocument


class EditorActions(QObject):
    """Save, Check and Send of one editor (its buttons are wired here)."""

    checked = Signal(object)  # CheckResult, once its findings are shown

    def __init__(self, dialog: EditorParts, widget: QDialog) -> None:
        """`dialog` and `widget` are the same editor: its parts, and the widget that owns
        this helper (and its questions and tasks)."""
        super().__init__(widget)
        self._widget = widget
        self.d = dialog
        dialog.ui.saveButton.clicked.connect(self.save)
        dialog.ui.checkButton.clicked.connect(lambda: self.check())
        dialog.ui.sendButton.clicked.connect(self.send)

    def save(self) -> None:
        document, customer, account = (
            self.d.checked_document(),
            self.d.customer(),
            self.d.account_id,
        )
        if document is None or customer is None or account is None:
            return
        self.d.set_busy(True)
        operations.save_draft(
            self.d.ctx, self._widget, self.d.draft_id, account, customer, document
        ).success(self._saved).failure(self._write_failed).run()

    def _saved(self, draft_id: str) -> None:
        self.d.draft_id = draft_id
        self.d.set_busy(False)
        self.d.ui.statusLabel.setText(
            self.tr("Saved on this computer. Find it in Home's Saved invoices.")
        )

    def _write_failed(self, exc: BaseException) -> None:
        self.d.set_busy(False)
        if isinstance(exc, Problem):
            self.d.show_problem(exc)
            return
        self.d.ui.statusLabel.setText(self.tr("The invoice could not be written on this computer."))

    def check(self, then_send: bool = False) -> None:
        document = self.d.checked_document()
        if document is None:
            return
        self.d.set_busy(True)
        self.d.ui.statusLabel.setText(self.tr("Checking against the Peppol BIS Billing 3.0 rules…"))
        operations.check_invoice(self.d.ctx, self._widget, document, self.d.original_ubl).success(
            lambda result: self._checked(result, document, then_send)
        ).failure(self._check_failed).run()

    def _checked(self, result: CheckResult, document: InvoiceDocument, then_send: bool) -> None:
        self.d.last_check = result
        self.d.set_busy(False)
        self.d.findings.show(result.findings)
        self.checked.emit(result)
        self.d.ui.statusLabel.setText(self.d.ui.findingsSummary.text())
        if result.fatal:
            first = next(
                (
                    r
                    for r, f in zip(self.d.findings.refs, result.findings, strict=True)
                    if f.fatal and r
                ),
                None,
            )
            if first is not None:
                self.d.go_to(first)
            return
        if then_send:
            self._enqueue(document, result.ubl)

    def _check_failed(self, _exc: BaseException) -> None:
        self.d.set_busy(False)
        self.d.ui.statusLabel.setText(self.tr("The rules could not be run on this invoice."))

    def send(self) -> None:
        """Check, then into the outbox when no fatal rule fired; the sync sends it once."""
        self.check(then_send=True)

    def _enqueue(self, document: InvoiceDocument, ubl: bytes) -> None:
        customer, account = self.d.customer(), self.d.account_id
        if customer is None or account is None:
            return
        self.d.set_busy(True)
        operations.queue_to_send(
            self.d.ctx, self._widget, self.d.draft_id, account, customer, document, ubl
        ).success(self._queued).failure(self._write_failed).run()

    def _queued(self, local_id: str) -> None:
        self.d.queued_id = local_id  # the outbox's change is announced once this returns
        self.d.ctx.request_sync()
        self.d.accept()
