"""Home's Saved invoices, the desktop's part: drafts written in the editor (and invoices
queued to go) above the network's saved ones; open a draft to go on, delete one after a
confirmation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QPushButton, QTableWidget

from desktop.domain.types import Changed
from desktop.models.invoice_words import format_amount
from desktop.operations.home import WRITTEN, Written, delete_draft, load_written_invoices
from desktop.views.widgets.invoice_summary_table import InvoiceSummaryTable
from wire.collections import Collection

if TYPE_CHECKING:
    from desktop.app.context import AppContext
    from desktop.cache.written_rows import DraftRow, OutgoingInvoice


class HomeDrafts(QObject):
    open_draft = Signal(str)  # a draft's local id: the editor on it
    deleted = Signal(str)

    def __init__(self, ctx: AppContext, table: InvoiceSummaryTable) -> None:
        super().__init__(table)
        self.ctx = ctx
        self.table = table
        self.drafts: list[DraftRow] = []
        self.queued: list[OutgoingInvoice] = []
        self._network: tuple[list[list[str]], int] = ([], 0)
        view = table.table
        view.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        view.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        view.cellActivated.connect(self._activated)
        view.cellDoubleClicked.connect(self._activated)
        view.itemSelectionChanged.connect(self._selection)
        self.delete_button = QPushButton(table)
        self.delete_button.setObjectName("deleteDraft")
        self.delete_button.setProperty("role", "link")
        self.delete_button.setEnabled(False)
        self.delete_button.clicked.connect(self.ask_delete)
        table.layout().itemAt(0).layout().insertWidget(3, self.delete_button)  # type: ignore[union-attr]
        self.confirm: QMessageBox | None = None
        self.retranslate()
        ctx.changed.connect(self._changed)
        ctx.account_changed.connect(lambda _a: self.reload())
        self.reload()

    def retranslate(self) -> None:
        self.delete_button.setText(self.tr("Delete draft"))
        self.delete_button.setToolTip(self.tr("Delete the selected draft from this computer"))

    def _changed(self, collections: Changed) -> None:
        if WRITTEN in collections or Collection.INVOICES in collections:
            self.reload()

    def reload(self) -> None:
        load_written_invoices(self.ctx, self, self.ctx.current_account_id).success(
            self._loaded
        ).run()

    def _loaded(self, found: Written) -> None:
        self.drafts, self.queued = found
        self.show(*self._network)

    def show(self, rows: list[list[str]], total: int) -> None:
        """The network's saved rows below the drafts and the queued invoices."""
        self._network = (rows, total)
        mine = [
            [
                self.tr("{number} (draft)").format(number=d.number),
                d.buyer_name,
                format_amount(d.amount, d.currency),
            ]
            for d in self.drafts
        ] + [
            [
                self.tr("{number} (waiting to be sent)").format(number=o.number),
                o.buyer_name,
                format_amount(o.amount, o.currency),
            ]
            for o in self.queued
        ]
        if not mine and not rows:
            return  # the owner's empty line stays
        self.table.set_rows(mine + rows, total + len(mine))

    def selected_draft(self) -> DraftRow | None:
        row = self.table.table.currentRow()
        return self.drafts[row] if 0 <= row < len(self.drafts) else None

    def _selection(self) -> None:
        self.delete_button.setEnabled(self.selected_draft() is not None)

    def _activated(self, row: int, _column: int) -> None:
        if 0 <= row < len(self.drafts):
            self.open_draft.emit(self.drafts[row].local_id)

    def ask_delete(self) -> None:
        draft = self.selected_draft()
        if draft is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete draft"),
            self.tr(
                "Delete the draft {number} for {buyer}? It was never sent; this cannot be undone."
            ).format(number=draft.number, buyer=draft.buyer_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.table.window(),
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda answer: self._answered(answer, draft.local_id))
        self.confirm = box
        box.open()

    def _answered(self, answer: int, local_id: str) -> None:
        self.confirm = None
        if answer != QMessageBox.StandardButton.Yes:
            return
        delete_draft(self.ctx, self, local_id).success(
            lambda _done: self.deleted.emit(local_id)
        ).run()
