"""Where the wizard opens: the Connect outcome's Start verification, a request's context menu
and its detail dialog (one per buyer asking for it)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.domain.verification_flow import Step
from desktop.models.row_table_model import RowRole
from desktop.views.dialogs.connection_request_dialog import ConnectionRequestDialog
from desktop.views.pages.connection_requests_page import ConnectionRequestsPage
from desktop.views.widgets.request_outcome_panel import RequestOutcomePanel
from desktop.views.wizards.launcher import open_wizards
from tests.ui_verify.conftest import TIMEOUT_MS, MakeEnv
from tests.ui_verify.wizard_driver import wait_page


def test_start_verification_on_the_connect_outcome_opens_the_wizard(
    qtbot: QtBot, make_env: MakeEnv
) -> None:
    env = make_env()
    row = next(r for r in env.ctx.cache.connection_requests() if r.items[0].verification_id)
    panel = RequestOutcomePanel(ctx=env.ctx)
    qtbot.addWidget(panel)
    panel.show_request(row, {}, online=True)
    button = panel.verify_buttons[env.item.buyer_id]
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    wizard = open_wizards()[env.item.verification_id or ""]
    qtbot.addWidget(wizard)
    assert wizard.isVisible()
    wait_page(qtbot, wizard, Step.INTRO)
    assert env.item.buyer_name in wizard.intro.ui.introText.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # again: the same wizard, raised
    assert list(open_wizards()) == [env.item.verification_id]


def test_a_requests_menu_and_detail_dialog_offer_the_verification(
    qtbot: QtBot, make_env: MakeEnv
) -> None:
    env = make_env()
    page = ConnectionRequestsPage(env.ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=TIMEOUT_MS)
    row = next(r for r in env.ctx.cache.connection_requests() if r.items[0].verification_id)
    model = page.table.model()
    index = next(
        model.index(r, 0)
        for r in range(model.rowCount())
        if getattr(model.index(r, 0).data(RowRole), "local_id", None) == row.local_id
    )
    page.open_row(row)
    dialog = page.dialog
    assert isinstance(dialog, ConnectionRequestDialog)
    qtbot.addWidget(dialog)
    buttons = dialog.verify_buttons.findChildren(type(dialog.cancel_request), "startVerification")
    assert [b.text() for b in buttons] == [f"Start verification: {env.item.buyer_name}"]
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    wizard = open_wizards()[env.item.verification_id or ""]
    qtbot.addWidget(wizard)
    wait_page(qtbot, wizard, Step.INTRO)
    # The row's context menu names the same verification.
    rect = page.table.visualRect(index)
    page.table.customContextMenuRequested.emit(rect.center())
    actions = [a.text() for a in page.menu.actions()]
    assert any(env.item.buyer_name in text and "verification" in text for text in actions)
