"""What a supplier does with an invoice from its details: Create credit note (all or some
lines), Fix and resend a failed one (the editor on a copy, the findings' fields marked),
export it as UBL XML or PDF. The document comes from this computer when it was sent from
here, otherwise from the network (GET /v1/invoices/{id}/document), on the task runner."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog

from desktop.domain.finding_fields import field_of
from desktop.domain.invoice_form import credit_note_of
from desktop.operations import invoices as operations
from desktop.operations.invoices import KnownInvoice
from desktop.views.dialogs.credit_note_lines_dialog import CreditNoteLinesDialog
from desktop.views.document_export import save_document
from desktop.views.invoice_window import InvoiceWindow

if TYPE_CHECKING:
    from desktop.views.dialogs.invoice_detail_dialog import InvoiceDetailDialog


class InvoiceFollowUps(QObject):
    def __init__(self, window: InvoiceWindow) -> None:
        super().__init__(window.window())
        self.window = window
        self.ctx = window.ctx
        self.lines_dialog: CreditNoteLinesDialog | None = None
        self.problem = ""

    def attach(self, dialog: InvoiceDetailDialog) -> None:
        dialog.credit_note_requested.connect(lambda i: self.credit_note(i, dialog))
        dialog.fix_requested.connect(lambda i: self.fix_and_resend(i, dialog))
        dialog.export_requested.connect(lambda i, kind: self.export(i, kind, dialog))
        operations.findings_sent_here(self.ctx, dialog, dialog.invoice.id).success(
            lambda findings: (
                dialog.show_findings([_Finding(**f) for f in findings]) if findings else None
            )
        ).run()

    def known(self, invoice_id: str, then: Callable[[KnownInvoice], None], owner: QObject) -> None:
        operations.known_invoice(self.ctx, owner, invoice_id).success(then).failure(
            self._failed
        ).run()

    def _failed(self, _exc: BaseException) -> None:
        self.problem = self.tr(
            "The invoice's document could not be read, neither here nor from the network."
        )
        self.window.statusBar().showMessage(self.problem, 10000)

    # --- the three actions ----------------------------------------------------------------
    def credit_note(self, invoice_id: str, dialog: InvoiceDetailDialog) -> None:
        detail = dialog.invoice

        def chosen(known: KnownInvoice) -> None:
            lines = CreditNoteLinesDialog(known.document, self.window.window())
            lines.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.lines_dialog = lines

            def done(result: int) -> None:
                if result != QDialog.DialogCode.Accepted:
                    return
                credit = credit_note_of(known.document, lines.chosen(), "")
                self.window.create_invoice(
                    document=credit, account_id=detail.account_id, buyer_id=detail.buyer_id
                )

            lines.finished.connect(done)
            lines.open()

        self.known(invoice_id, chosen, dialog)

    def fix_and_resend(self, invoice_id: str, dialog: InvoiceDetailDialog) -> None:
        detail = dialog.invoice

        def open_copy(known: KnownInvoice) -> None:
            marks = []
            for f in known.findings:
                finding = _Finding(**f)
                ref = field_of(finding.terms, finding.path, finding.text)
                if ref is not None:
                    marks.append(ref.key)
            self.window.create_invoice(
                document=known.document,
                account_id=detail.account_id,
                buyer_id=detail.buyer_id,
                marks=tuple(dict.fromkeys(marks)),
            )

        self.known(invoice_id, open_copy, dialog)

    def export(self, invoice_id: str, kind: str, dialog: InvoiceDetailDialog) -> None:
        def save(known: KnownInvoice) -> None:
            save_document(dialog, known.document, kind, known.ubl or None)

        self.known(invoice_id, save, dialog)


@dataclass(frozen=True)
class _Finding:
    rule: str
    flag: str
    location: str = ""
    text: str = ""

    @property
    def terms(self) -> tuple[str, ...]:
        return tuple(_terms(self.text))

    @property
    def path(self) -> str:
        return self.location


def _terms(text: str) -> list[str]:
    import re

    return list(dict.fromkeys(re.findall(r"\b(B[TG]-\d+)\b", text)))
