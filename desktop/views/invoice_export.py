"""Export CSV of the invoices Where is my invoice? shows: the same search, filters and sort,
every matching row (not only the rows scrolled into view), written off the GUI thread.

Dates go out as ISO 8601 and amounts as plain decimals with their currency in a column of its
own, so every spreadsheet reads them; text cells a spreadsheet could run as a formula get an
apostrophe and amounts stay plain decimals (`desktop.domain.export_cells`, the rule of every
export); failures say why in the user's language."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop.app.context import AppContext
from desktop.domain.export_cells import csv_number, neutralise
from desktop.models.formats import with_count
from desktop.models.invoice_words import STATUS_ORDER, status_text
from desktop.operations import invoices as operations
from desktop.views.file_dialogs import choose_csv_to_save, tell_write_failed
from desktop.views.table_export import csv_delimiter


class InvoiceExport(QObject):
    finished = Signal()
    exported = Signal(object, int)  # Path, rows written

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.parent_widget = parent
        self.running = False

    def headers(self) -> list[str]:
        return [
            self.tr("Number"),
            self.tr("PO number"),
            self.tr("Transaction ID"),
            self.tr("Buyer"),
            self.tr("Account"),
            self.tr("Issue date"),
            self.tr("Due date"),
            self.tr("Amount"),
            self.tr("Currency"),
            self.tr("Status"),
        ]

    def run(self, rows_source: Callable[[], Iterable[Any]]) -> None:
        """`rows_source` runs on a worker and yields the invoices to write (their plain rows)."""
        target = choose_csv_to_save(
            self.parent_widget, self.tr("Export invoices"), self.tr("invoices.csv")
        )
        if target is not None:
            self.write_to(target, rows_source)

    def write_to(self, target: Path, rows_source: Callable[[], Iterable[Any]]) -> None:
        headers = self.headers()
        delimiter = csv_delimiter()
        accounts = {a.id: a.name for a in self.ctx.accounts}
        # Status words read here, on the GUI thread, in the language the user sees.
        words = {status: status_text(status) for status in STATUS_ORDER}

        def write() -> int:
            count = 0
            with target.open("w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.writer(handle, delimiter=delimiter)
                writer.writerow(headers)
                for inv in rows_source():
                    # Text from the portal: never a formula in a spreadsheet. Dates go out as
                    # ISO 8601, amounts (checked decimals) as plain numbers, e.g. -5.00.
                    writer.writerow(
                        [
                            neutralise(inv.number),
                            neutralise(inv.po_number or ""),
                            neutralise(inv.transaction_id or ""),
                            neutralise(inv.buyer_name),
                            neutralise(accounts.get(inv.account_id, "")),
                            inv.issue_date.isoformat(),
                            inv.due_date.isoformat() if inv.due_date else "",
                            csv_number(inv.amount),
                            neutralise(inv.currency),
                            neutralise(words.get(inv.status, inv.status)),
                        ]
                    )
                    count += 1
            return count

        self.running = True
        operations.write_file(self.ctx, self, write).success(
            lambda count: self._done(target, count)
        ).failure(lambda exc: self._failed(target, exc)).run()

    def _done(self, target: Path, count: int) -> None:
        self.running = False
        self.finished.emit()
        self.exported.emit(target, count)
        bar = getattr(self.parent_widget.window(), "statusBar", None)
        if callable(bar):
            bar().showMessage(
                with_count(self.tr("Exported %n invoice(s) to {file}", "", count), count).format(
                    file=target.name
                ),
                10_000,
            )

    def _failed(self, target: Path, exc: BaseException) -> None:
        self.running = False
        self.finished.emit()
        self.last_error = tell_write_failed(  # tests read it
            self.parent_widget, self.tr("Export failed"), target, exc
        )
