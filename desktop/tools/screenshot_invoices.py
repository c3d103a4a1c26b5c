"""`--screenshots`: Where is my invoice? as a supplier uses it, the invoice detail, and the
status bar during a long first sync; reached by driving the real widgets.

Typing goes through QTest key events, answers come from the cache through the task runner,
and every wait is an event loop that quits on a signal.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtTest import QTest

from desktop.app.startup import Session
from desktop.tools.screenshot_connect import wait_for
from desktop.views.pages.home_page import HomePage
from desktop.views.pages.invoices_page import InvoicesPage

SEARCH = "FV/2026*"  # a wildcard search over the sandbox's invoice numbers


class InvoiceScenes:
    def __init__(self, session: Session, settle: Callable[[], None]) -> None:
        self.session = session
        self.window = session.window
        page = self.window.pages["invoices"]
        assert isinstance(page, InvoicesPage)
        self.page = page
        self.settle = settle

    def take(self, out_dir: Path, save: Callable[[QPixmap, Path], Path]) -> list[Path]:
        written: list[Path] = []
        home = self.window.pages["home"]
        if isinstance(home, HomePage):
            self.window.show_page("home")
            self.settle()
            written.append(save(self.window.grab(), out_dir / "30-home-invoices.png"))

        self.window.show_page("invoices")
        self.page.show_view("all")
        wait_for(self.page.searched)
        self.settle()
        written.append(save(self.window.grab(), out_dir / "31-invoices.png"))

        self.page.filters.search.setFocus()
        QTest.keyClicks(self.page.filters.search, SEARCH)
        QTest.keyClick(self.page.filters.search, Qt.Key.Key_Return)
        wait_for(self.page.searched)
        self.settle()
        written.append(save(self.window.grab(), out_dir / "32-invoices-search.png"))

        self.page.show_view("failed")
        wait_for(self.page.searched)
        self.settle()
        written.append(save(self.window.grab(), out_dir / "33-invoices-failed.png"))

        if self.page.model.rowCount() > 0:
            self.page.open_details(self.page.model.index(0, 0, QModelIndex()))
            wait_for(self.page.details_shown)
            self.settle()
            dialog = self.page.detail_dialog
            if dialog is not None:
                written.append(save(dialog.grab(), out_dir / "34-invoice-detail.png"))
                dialog.close()
        paid = self._a_paid_invoice()
        if paid is not None:
            self.page.open_details(paid)
            wait_for(self.page.details_shown)
            self.settle()
            dialog = self.page.detail_dialog
            if dialog is not None:
                written.append(save(dialog.grab(), out_dir / "35-invoice-timeline.png"))
                dialog.close()

        # A long first sync as the status bar shows it (counts as the engine reports them).
        widgets = self.window.status_widgets
        widgets.on_counts("invoices", 12_000, 1_000_000)
        self.settle()
        written.append(save(self.window.grab(), out_dir / "36-sync-progress.png"))
        widgets.on_status(self.session.ctx.status)
        return written

    def _a_paid_invoice(self) -> QModelIndex | None:
        """A paid invoice's row: its timeline has the whole way from received to paid."""
        self.page.filters.select(self.page.filters.status_combo, "paid")
        wait_for(self.page.searched)
        self.settle()
        model = self.page.model
        for row in range(model.rowCount()):
            invoice = model.invoice_at(row)
            if invoice is not None and invoice.status == "paid":
                return model.index(row, 0, QModelIndex())
        return None
