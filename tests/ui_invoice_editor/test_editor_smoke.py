from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.conftest import StartApp
from tests.ui_invoice_editor.editor_driver import fill_simple_invoice, open_editor, press_check

TIMEOUT_MS = 30000


def test_smoke(qtbot: QtBot, start_app: StartApp, editor_portal) -> None:  # type: ignore[no-untyped-def]
    session = start_app(editor_portal.base_url)
    session.window.show()
    qtbot.waitUntil(lambda: session.ctx.status.online, timeout=TIMEOUT_MS)
    editor = open_editor(qtbot, session)
    print(editor.ui.customerCombo.currentText(), editor.fields.edit("number").text())
    fill_simple_invoice(qtbot, editor)
    print(editor.ui.totalsText.text())
    result = press_check(qtbot, editor)
    for f in result.findings:
        print(f.rule, f.flag, f.text[:90])
    editor.fields.edit("buyer_reference").clear()
    press_check(qtbot, editor)
    editor.grab().save("/tmp/invdesk/editor.png")
