"""What the invoice editor's helpers (`invoice_editor_actions`, `_files`, `_totals`) use of
the editor: declared here, below them and the editor, so no helper imports the editor that
builds it (the editor hands itself in, as these parts and as the widget they belong to)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from desktop.domain.finding_fields import FieldRef
from desktop.domain.invoice_form import Problem
from desktop.forms.ui_invoice_editor import Ui_InvoiceEditorDialog
from desktop.models.invoice_lines_model import InvoiceLinesModel
from desktop.operations.invoices import CheckResult, Customer
from desktop.views.dialogs.invoice_editor_fields import HeaderFields
from desktop.views.dialogs.invoice_findings import FindingsPanel
from einvoice.document import DocumentKind, InvoiceDocument

if TYPE_CHECKING:
    from desktop.app.context import AppContext


class EditorParts(Protocol):
    ui: Ui_InvoiceEditorDialog
    ctx: AppContext
    draft_id: str | None
    kind: DocumentKind
    last_check: CheckResult | None
    queued_id: str | None
    original_ubl: bytes | None
    fields: HeaderFields
    model: InvoiceLinesModel
    findings: FindingsPanel

    @property
    def account_id(self) -> str | None: ...

    def customer(self) -> Customer | None: ...

    def checked_document(self) -> InvoiceDocument | None: ...

    def set_busy(self, busy: bool) -> None: ...

    def show_problem(self, problem: Problem) -> None: ...

    def go_to(self, ref: FieldRef) -> None: ...

    def accept(self) -> None: ...
