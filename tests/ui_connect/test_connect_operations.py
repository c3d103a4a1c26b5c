"""The Connect pages on the operations floor and the one account chooser, against the real
portal and a real cache: answers that come too late are dropped; the form takes the header's
account once the accounts arrive; the bulk page's "per row" choice survives a refill."""

from __future__ import annotations

from pathlib import Path

from connect_helpers import TIMEOUT_MS
from pytestqt.qtbot import QtBot

from desktop.app.context import AppContext
from desktop.views.pages.bulk_connect_page import BulkConnectPage
from desktop.views.pages.connect_page import ConnectPage
from desktop.views.widgets.attachment_field import AttachmentField
from desktop.views.widgets.bulk_mapping import FROM_COLUMN
from desktop.views.widgets.customer_combo import CustomerCombo


def test_an_answer_to_a_search_emptied_meanwhile_is_dropped(qtbot: QtBot, ctx: AppContext) -> None:
    combo = CustomerCombo(ctx)
    qtbot.addWidget(combo)
    combo.show()
    combo.edit.setText("nordwind")
    combo.search("nordwind")
    combo.clear()  # before the answer is back (it comes through the event loop)
    qtbot.waitUntil(lambda: not ctx.tasks.busy(), timeout=TIMEOUT_MS)
    qtbot.wait(50)
    assert combo.model.rowCount() == 0 and not combo.popup.isVisible()
    with qtbot.waitSignal(combo.results_shown, timeout=TIMEOUT_MS):
        combo.edit.setText("nordwind")
        combo.search("nordwind")  # the same search again is answered
    assert combo.model.rowCount() > 0


def test_a_check_of_a_removed_attachment_is_dropped(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    field = AttachmentField(ctx)
    qtbot.addWidget(field)
    document = tmp_path / "po.pdf"
    document.write_bytes(b"%PDF-1.4\n" + b"0" * 2000)
    field.set_file(document)
    field.clear()  # Remove, before the check is back
    qtbot.waitUntil(lambda: not ctx.tasks.busy(), timeout=TIMEOUT_MS)
    qtbot.wait(50)
    assert field.path is None and not field.checking and field.problem is None
    with qtbot.waitSignal(field.changed, timeout=TIMEOUT_MS):
        field.set_file(document)
    qtbot.waitUntil(lambda: field.path == document, timeout=TIMEOUT_MS)


def test_the_form_takes_the_headers_account_once_the_accounts_arrive(
    qtbot: QtBot, make_ctx
) -> None:  # type: ignore[no-untyped-def]
    ctx = make_ctx(sync=False)  # a first start: no accounts on this computer yet
    page = ConnectPage(ctx)
    qtbot.addWidget(page)
    assert page.selected_account_id() is None and page.account.count() == 1  # Please select
    with qtbot.waitSignal(ctx.status_changed, timeout=TIMEOUT_MS):
        ctx.request_sync()
    qtbot.waitUntil(lambda: page.account.count() == len(ctx.accounts) + 1, timeout=TIMEOUT_MS)
    assert page.selected_account_id() == ctx.current_account_id is not None


def test_the_bulk_per_row_choice_survives_a_refill_of_the_accounts(
    qtbot: QtBot, ctx: AppContext
) -> None:
    page = BulkConnectPage(ctx)
    qtbot.addWidget(page)
    combo = page.mapping.account
    assert combo.account_id() == ctx.current_account_id
    assert combo.itemText(combo.count() - 1) == "Per row, from the Account column"
    combo.setCurrentIndex(combo.findData(FROM_COLUMN))
    combo.set_accounts(list(reversed(ctx.accounts)))
    assert combo.currentData() == FROM_COLUMN
    combo.setCurrentIndex(0)
    assert page.mapping.account_choice() == ctx.accounts[-1].id
