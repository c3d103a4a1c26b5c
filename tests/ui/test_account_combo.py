"""The one account chooser, bound to a real signed-in session (elise has two supplier accounts)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from pytestqt.qtbot import QtBot

from desktop.app.i18n import Translations
from desktop.models.accounts_model import FirstRow
from desktop.views.widgets.account_combo import AccountCombo
from tests.ui.conftest import StartApp


def texts(combo: AccountCombo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_a_filter_combo_follows_the_header_and_keeps_its_choice(
    qtbot: QtBot, start_app: StartApp, portal_url: str
) -> None:
    session = start_app(portal_url)
    ctx = session.ctx
    qtbot.waitUntil(lambda: len(ctx.accounts) == 2, timeout=30000)
    first, second = ctx.accounts
    combo = AccountCombo()
    qtbot.addWidget(combo)
    combo.configure(FirstRow.ALL)
    combo.bind(ctx, follow_header=True)
    assert texts(combo) == ["All accounts", first.name, second.name]
    assert combo.isEnabled()
    assert combo.account_id() == ctx.current_account_id

    chosen: list[object] = []
    combo.chosen.connect(chosen.append)
    combo.setCurrentIndex(0)
    assert combo.account_id() is None and chosen == [None]

    ctx.set_current_account(second.id)  # the header switches: the filter follows
    assert combo.account_id() == second.id and chosen[-1] == second.id

    combo.set_accounts([second])  # a sync dropped the other account: the choice stays
    assert texts(combo) == ["All accounts", second.name] and combo.account_id() == second.id
    assert not combo.isEnabled()  # one account: nothing to filter by


def test_a_form_combo_starts_unchosen_and_speaks_polish_after_a_switch(
    qtbot: QtBot, start_app: StartApp, portal_url: str
) -> None:
    session = start_app(portal_url)
    ctx = session.ctx
    qtbot.waitUntil(lambda: len(ctx.accounts) == 2, timeout=30000)
    combo = AccountCombo()
    qtbot.addWidget(combo)
    combo.configure(FirstRow.PLEASE_SELECT, with_number=True)
    combo.bind(ctx)  # a form does not follow the header
    assert combo.itemText(0) == "Please select" and combo.account_id() is None
    account = ctx.accounts[0]
    assert combo.itemText(1) == f"{account.name} ({account.network_number})"
    ctx.set_current_account(ctx.accounts[1].id)
    assert combo.account_id() is None
    translations = Translations()
    translations.install("pl")  # a live switch: Qt sends every widget a LanguageChange
    try:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        assert combo.itemText(0) == "Prosimy wybrać"
        assert combo.currentText() == "Prosimy wybrać"
    finally:
        translations.remove()
