"""The editor's Save, Check and Send (a mixin of InvoiceEditorDialog): a draft on the serial
lane, the official rules on the pool (the rule book is loaded at start), the outbox after a
check without a fatal finding."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog

from desktop.app.invoice_ops import CheckResult, check_document, check_ubl, enqueue_send
from desktop.domain.invoice_form import Problem
from desktop.domain.lanes import Lane
from desktop.domain.types import LocalChange
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
        cache, draft_id = self.d.ctx.cache, self.d.draft_id
        self.d.set_busy(True)
        self.d.ctx.tasks.run(
            lambda: cache.invoices_written.save_draft(
                draft_id, account, customer.buyer_id, customer.name, document
            ),
            self._saved,
            self._write_failed,
            lane=Lane.SERIAL,
            owner=self._widget,
        )

    def _saved(self, draft_id: str) -> None:
        self.d.draft_id = draft_id
        self.d.set_busy(False)
        self.d.ui.statusLabel.setText(
            self.tr("Saved on this computer. Find it in Home's Saved invoices.")
        )
        self.d.ctx.notify_local_change({LocalChange.INVOICES_WRITTEN})

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
        original = self.d.original_ubl
        self.d.ctx.tasks.run(
            lambda: check_ubl(original) if original is not None else check_document(document),
            lambda result: self._checked(result, document, then_send),
            self._check_failed,
            lane=Lane.POOL,
            owner=self._widget,
        )

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
        cache, draft_id = self.d.ctx.cache, self.d.draft_id
        self.d.set_busy(True)
        self.d.ctx.tasks.run(
            lambda: enqueue_send(cache, draft_id, account, customer, document, ubl),
            self._queued,
            self._write_failed,
            lane=Lane.SERIAL,
            owner=self._widget,
        )

    def _queued(self, local_id: str) -> None:
        self.d.queued_id = local_id
        self.d.ctx.notify_local_change({LocalChange.INVOICES_WRITTEN})
        self.d.ctx.request_sync()
        self.d.accept()
