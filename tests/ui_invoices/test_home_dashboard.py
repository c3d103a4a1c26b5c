"""Home as a supplier reads it after a sync: the failed and saved invoices and their counts
agree with the portal for the header's account, also offline; each card and link leads to
a real page; an empty cache says so plainly."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from desktop.app.context import AppContext
from desktop.cache import Cache
from desktop.models.invoice_words import format_amount
from desktop.sync import PortalClient, SyncEngine
from desktop.views.dialogs.invoice_editor_dialog import InvoiceEditorDialog
from desktop.views.main_window import MainWindow
from desktop.views.pages.home_page import HomePage
from desktop.views.pages.invoices_page import InvoicesPage
from tests.ui.conftest import StartApp
from tests.ui_invoices.invoice_app import (
    TIMEOUT_MS,
    closed_port_url,
    home_page,
    invoices_page,
    sync_now,
    synced,
)
from tests.ui_invoices.invoice_truth import portal_invoices
from wire import schemas as w


def _expected(truth: list[w.Invoice], account: str, status: str) -> list[w.Invoice]:
    return [i for i in truth if i.account_id == account and i.status == status]


def test_dashboard_agrees_with_the_portal_for_each_account_and_offline(
    qtbot: QtBot, start_app: StartApp, invoice_url: str
) -> None:
    truth = portal_invoices(invoice_url)
    session = start_app(invoice_url, sync_ms=3_600_000)
    synced(qtbot, session)
    home = home_page(session)
    names = {a.id: a.name for a in session.ctx.accounts}
    assert len(names) == 2

    def check(account: str) -> None:
        failed = _expected(truth, account, "failed")
        saved = _expected(truth, account, "saved")
        assert failed and saved  # the sandbox seeds both for every demo account
        locale = QLocale()
        qtbot.waitUntil(
            lambda: home.notifications.item(0, 1).text() == locale.toString(len(failed)),
            timeout=TIMEOUT_MS,
        )
        by_number = {i.number: i for i in failed}
        rows = home.failed_table.rows()
        assert len(rows) == min(5, len(failed))
        for number, supplier, buyer in rows:
            assert number in by_number
            assert supplier == names[account]
            assert buyer == by_number[number].buyer_name
        newest = max(failed, key=lambda i: i.issue_date)
        assert rows[0][0] in {i.number for i in failed if i.issue_date == newest.issue_date}
        saved_rows = home.saved_table.rows()
        assert len(saved_rows) == min(5, len(saved))
        amounts = {(i.number, i.buyer_name, format_amount(i.amount, i.currency)) for i in saved}
        assert {tuple(r) for r in saved_rows} <= amounts
        assert home.failed_table.count.text() == f"({locale.toString(len(failed))})"

    first, second = list(names)
    assert session.ctx.current_account_id == first
    check(first)
    combo = session.window.header.account_combo
    combo.select(second)  # the header's account
    check(second)
    page = invoices_page(session)
    assert page.filters.account_combo.account_id() == second  # the invoice page follows it

    session.ctx.client.base_url = closed_port_url()  # the portal goes away
    sync_now(qtbot, session)
    assert not session.ctx.status.online
    combo.select(first)
    check(first)  # from the cache alone


def test_cards_and_links_lead_to_real_pages(
    qtbot: QtBot, start_app: StartApp, invoice_url: str
) -> None:
    session = start_app(invoice_url, sync_ms=3_600_000)
    synced(qtbot, session)
    window, home = session.window, home_page(session)
    page = invoices_page(session)
    window.show()

    # CREATE INVOICE opens the invoice editor (issue 20), for the header's account.
    qtbot.mouseClick(home.create_invoice_button, Qt.MouseButton.LeftButton)
    editor = window.invoice_editor
    assert isinstance(editor, InvoiceEditorDialog) and editor.isVisible()
    qtbot.waitUntil(lambda: editor.ui.saveButton.isEnabled(), timeout=TIMEOUT_MS)
    assert editor.account_id == session.ctx.current_account_id
    editor.reject()

    for button, key, status in (
        (home.where_button, "invoices", None),
        (home.failed_go, "invoices", "failed"),
        (home.failed_table.view_all, "invoices", "failed"),
        (home.saved_table.view_all, "invoices", "saved"),
    ):
        window.show_page("home")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert window.current_page_key() == key
        assert page.filters.status_combo.currentData() == status
        account = session.ctx.current_account_id
        assert page.filters.account_combo.account_id() == account  # what Home counted
        qtbot.waitUntil(lambda: not session.ctx.tasks.busy(), timeout=TIMEOUT_MS)
        if status is not None:
            table = home.failed_table if status == "failed" else home.saved_table
            assert table.count.text() == f"({QLocale().toString(page.matches)})"
            rows = [page.model.invoice_at(r) for r in range(page.model.rowCount())]
            assert rows and all(
                r is not None and r.status == status and r.account_id == account for r in rows
            )

    window.show_page("home")
    qtbot.mouseClick(home.view_all_button, Qt.MouseButton.LeftButton)
    assert window.current_page_key() == "relationships"
    window.show_page("home")
    qtbot.mouseClick(home.connect_button, Qt.MouseButton.LeftButton)
    assert window.current_page_key() == "connect"


def test_an_empty_cache_says_so_plainly(qtbot: QtBot, tmp_path: Path) -> None:
    """A new computer whose first sync cannot reach the portal: nothing cached yet."""
    cache = Cache.open(tmp_path / "empty.db")
    client = PortalClient(closed_port_url(), retries=1, backoff=0.05)
    ctx = AppContext(cache, client, SyncEngine(client, cache), user_display_name="elise")
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        with qtbot.waitSignal(ctx.status_changed, timeout=TIMEOUT_MS):
            ctx.request_sync()
        qtbot.waitUntil(lambda: not ctx.tasks.busy(), timeout=TIMEOUT_MS)
        home = window.pages["home"]
        assert isinstance(home, HomePage)
        assert "No invoices on this computer yet" in home.failed_table.empty.text()
        assert home.failed_table.empty.isVisible() and home.saved_table.empty.isVisible()
        assert home.failed_table.rows() == [] and home.saved_table.rows() == []
        assert not home.failed_table.view_all.isEnabled()
        assert home.notifications.item(0, 1).text() == "0"

        window.show_page("invoices")
        page = window.pages["invoices"]
        assert isinstance(page, InvoicesPage)
        assert page.stack.currentWidget() is page.empty_label
        assert "No invoices on this computer yet" in page.empty_label.text()
        assert page.offline_note.isVisible()
        assert not page.export_button.isEnabled()
    finally:
        ctx.shutdown()
        client.close()
        cache.close()
