"""My account in the header: the supplier account's own data, read from the network, checked
field by field (python-stdnum), saved here and sent by the sync; bad input changes nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.sync import PortalClient
from desktop.views.dialogs.my_account_dialog import MyAccountDialog
from tests.ui.conftest import StartApp
from wire.profile import PROFILE_FIELDS

TIMEOUT_MS = 60_000  # a wait, not a limit: returns as soon as it holds; a loaded CI box is slow


def _open(qtbot: QtBot, session) -> MyAccountDialog:  # type: ignore[no-untyped-def]
    window = session.window
    qtbot.mouseClick(window.header.my_account, Qt.MouseButton.LeftButton)
    dialog = window.my_account_dialog
    assert isinstance(dialog, MyAccountDialog)
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=TIMEOUT_MS)
    return dialog


def _network_profile(url: str, account_id: str):  # type: ignore[no-untyped-def]
    client = PortalClient(url)
    try:
        client.sign_in("elise", "sandbox")
        return client.profile(account_id)
    finally:
        client.close()


def test_my_account_edit_goes_through_the_network_and_bad_fields_are_refused(
    qtbot: QtBot, start_app: StartApp, fresh_portal
) -> None:  # type: ignore[no-untyped-def]
    server = fresh_portal()
    session = start_app(server.base_url)
    window, ctx = session.window, session.ctx
    window.show()
    qtbot.waitUntil(lambda: ctx.status.online and bool(ctx.accounts), timeout=TIMEOUT_MS)
    account = ctx.current_account_id
    assert account is not None
    qtbot.waitUntil(lambda: session.cache.profile(account).synced is not None, timeout=TIMEOUT_MS)
    assert window.header.my_account.isEnabled()

    dialog = _open(qtbot, session)
    seeded = _network_profile(server.base_url, account)
    assert dialog.edit("vat_number").text() == seeded.vat_number
    assert dialog.edit("iban").text() == seeded.iban

    # Bad input: a message at each field, the cursor in the first, nothing saved.
    for field, bad in (("iban", "PL00 1234"), ("bic", "XX"), ("vat_number", "123")):
        dialog.edit(field).clear()
        qtbot.keyClicks(dialog.edit(field), bad)
    dialog.edit("legal_name").clear()
    QApplication.clipboard().setText("x" * 1_000_000)  # a pasted megabyte
    dialog.edit("contact_name").clear()
    dialog.edit("contact_name").paste()
    assert len(dialog.edit("contact_name").text()) == PROFILE_FIELDS["contact_name"]
    save = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    for field in ("legal_name", "iban", "bic", "vat_number"):
        assert dialog.problem_label(field).isVisibleTo(dialog), field
        assert dialog.problem_label(field).text()
    assert dialog.problem_label("iban").text() == "This is not a valid IBAN (check the digits)."
    assert dialog.edit("legal_name").hasFocus()
    assert session.cache.profile(account).pending is None

    # Corrected: saved here, sent by the sync, on the network.
    for field, good in (
        ("legal_name", "Adams Office Supplies Test Srl"),
        ("iban", seeded.iban),
        ("bic", seeded.bic),
        ("vat_number", seeded.vat_number),
        ("contact_name", "Elise Adams"),
        ("city", "Torino"),
    ):
        dialog.edit(field).clear()
        qtbot.keyClicks(dialog.edit(field), good)
    assert not dialog.problem_label("iban").isVisibleTo(dialog)  # cleared while typing
    with qtbot.waitSignal(dialog.finished, timeout=TIMEOUT_MS):
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: _network_profile(server.base_url, account).city == "Torino", timeout=TIMEOUT_MS
    )
    qtbot.waitUntil(lambda: session.cache.profile(account).pending is None, timeout=TIMEOUT_MS)
    assert _network_profile(server.base_url, account).legal_name == "Adams Office Supplies Test Srl"

    # Opened again: what the network holds; Cancel (the last button) changes nothing.
    again = _open(qtbot, session)
    assert again.edit("city").text() == "Torino"
    again.edit("city").setText("Elsewhere")
    cancel = again.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    with qtbot.waitSignal(again.finished, timeout=TIMEOUT_MS):
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert session.cache.profile(account).pending is None


def test_my_account_saved_offline_waits_for_the_network(
    qtbot: QtBot, start_app: StartApp, fresh_portal
) -> None:  # type: ignore[no-untyped-def]
    server = fresh_portal()
    session = start_app(server.base_url)
    ctx = session.ctx
    session.window.show()
    qtbot.waitUntil(lambda: ctx.status.online, timeout=TIMEOUT_MS)
    account = ctx.current_account_id
    assert account is not None
    qtbot.waitUntil(lambda: session.cache.profile(account).synced is not None, timeout=TIMEOUT_MS)
    url = session.client.base_url
    session.client.base_url = "http://127.0.0.1:9"  # the network goes away
    dialog = _open(qtbot, session)
    dialog.edit("city").setText("Bari")
    with qtbot.waitSignal(dialog.finished, timeout=TIMEOUT_MS):
        dialog.save()
    qtbot.waitUntil(lambda: not ctx.status.online, timeout=TIMEOUT_MS)
    state = session.cache.profile(account)
    assert state.pending is not None and state.pending.city == "Bari"
    assert _network_profile(server.base_url, account).city != "Bari"
    session.client.base_url = url  # and comes back
    ctx.request_sync()
    qtbot.waitUntil(
        lambda: _network_profile(server.base_url, account).city == "Bari", timeout=TIMEOUT_MS
    )
    qtbot.waitUntil(lambda: session.cache.profile(account).pending is None, timeout=TIMEOUT_MS)


def test_my_account_speaks_polish(qtbot: QtBot, start_app: StartApp, fresh_portal, polish) -> None:  # type: ignore[no-untyped-def]
    server = fresh_portal()
    session = start_app(server.base_url)
    session.window.show()
    qtbot.waitUntil(lambda: session.ctx.status.online, timeout=TIMEOUT_MS)
    assert session.window.header.my_account.text() == "Moje konto"
    dialog = _open(qtbot, session)
    assert dialog.windowTitle() == "Moje konto"
    dialog.edit("iban").setText("PL00")
    dialog.save()
    assert dialog.problem_label("iban").text() == "To nie jest poprawny IBAN (sprawdź cyfry)."
    dialog.reject()
