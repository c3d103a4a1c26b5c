"""An invoice's detail as a user opens it (double-click, Enter): the status timeline is the
portal's history, a failed one says why; a status the sandbox moves on arrives with the next
sync and shows in the table, the detail and the chart."""

from __future__ import annotations

import requests
from PySide6.QtCore import QDate, QLocale, Qt
from pytestqt.qtbot import QtBot

from desktop.models.invoice_words import status_text
from desktop.models.local_time import format_datetime
from desktop.views.dialogs.invoice_detail_dialog import InvoiceDetailDialog
from desktop.views.pages.invoices_page import InvoicesPage
from tests.ui.conftest import StartApp
from tests.ui_invoices.invoice_app import (
    TIMEOUT_MS,
    invoices_page,
    search,
    shown_numbers,
    sync_now,
    synced,
)
from tests.ui_invoices.invoice_truth import portal_invoices
from wire import schemas as w


def _row_of(qtbot: QtBot, page: InvoicesPage, invoice: w.Invoice) -> int:
    """Search its number as a user would; the table row holding this very invoice."""
    search(qtbot, page, invoice.number)
    shown_numbers(qtbot, page)  # every row loaded
    rows = [page.model.invoice_at(r) for r in range(page.model.rowCount())]
    return next(r for r, row in enumerate(rows) if row is not None and row.id == invoice.id)


def _open_by_keyboard(qtbot: QtBot, page: InvoicesPage, invoice: w.Invoice) -> InvoiceDetailDialog:
    row = _row_of(qtbot, page, invoice)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(row, 0))
    with qtbot.waitSignal(page.details_shown, timeout=TIMEOUT_MS) as shown:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = shown.args[0]
    assert isinstance(dialog, InvoiceDetailDialog)
    return dialog


def _timeline(invoice: w.Invoice, failure_text: str) -> list[tuple[str, str, str]]:
    """The portal's history as the dialog words it: its own phrases in the user's language
    (the failure's reason, the payment date), a buyer's notes as written."""
    rows = []
    for event in sorted(invoice.history, key=lambda e: e.at):
        note = event.note or ""
        if event.status == "failed" and note:
            note = failure_text
        elif note.startswith("Payment scheduled for "):
            day = QDate.fromString(note.rsplit(" ", 1)[1], "yyyy-MM-dd")
            note = (
                f"Payment scheduled for {QLocale().toString(day, QLocale.FormatType.ShortFormat)}"
            )
        rows.append((format_datetime(event.at, QLocale()), status_text(event.status), note))
    return rows


def test_the_timeline_is_the_portals_history_and_a_failure_says_why(
    qtbot: QtBot, start_app: StartApp, invoice_url: str
) -> None:
    truth = portal_invoices(invoice_url)
    session = start_app(invoice_url, sync_ms=3_600_000)
    synced(qtbot, session)
    session.window.show_page("invoices")
    page = invoices_page(session)

    failed = next(i for i in truth if i.status == "failed" and i.failure_reason)
    dialog = _open_by_keyboard(qtbot, page, failed)
    reason = dialog.ui.failureText.text()
    assert reason and dialog.ui.failureBox.isVisible()
    assert dialog.timeline_rows() == _timeline(failed, reason)
    assert dialog.ui.statusLabel.text() == "Failed"
    dialog.close()

    paid = next(i for i in truth if i.status == "paid" and len(i.history) > 2)
    row = _row_of(qtbot, page, paid)
    with qtbot.waitSignal(page.details_shown, timeout=TIMEOUT_MS) as shown:
        page.table.doubleClicked.emit(page.model.index(row, 1))  # a double-click on its row
    dialog = shown.args[0]
    assert dialog.timeline_rows() == _timeline(paid, "")
    assert any(note.startswith("Payment scheduled for") for _w, _s, note in dialog.timeline_rows())
    assert not dialog.ui.failureBox.isVisible()
    dialog.close()


def test_a_status_moved_on_by_the_sandbox_arrives_with_the_next_sync(
    qtbot: QtBot, start_app: StartApp, fresh_portal
) -> None:  # type: ignore[no-untyped-def]
    server = fresh_portal()
    url = server.base_url
    session = start_app(url, sync_ms=3_600_000)
    synced(qtbot, session)
    session.window.show_page("invoices")
    page = invoices_page(session)
    tokens = session.ctx.client.tokens
    assert tokens is not None
    answer = requests.post(
        f"{url}/v1/sandbox/invoices/advance?count=3",
        headers={"Authorization": f"Bearer {tokens.access_token}"},
        timeout=15,
    )
    assert answer.status_code == 200, answer.text
    moved = answer.json()["moved"]
    assert moved
    sync_now(qtbot, session)
    after = {i.id: i for i in portal_invoices(url)}
    for move in moved:
        invoice = after[move["invoice_id"]]
        assert invoice.status == move["after"]
        dialog = _open_by_keyboard(qtbot, page, invoice)
        assert dialog.ui.statusLabel.text() == status_text(move["after"])
        assert dialog.timeline_rows() == _timeline(invoice, dialog.ui.failureText.text())
        assert dialog.timeline_rows()[-1][1] == status_text(move["after"])
        dialog.close()
