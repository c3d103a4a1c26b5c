"""Switching the language while the app runs: every page, at once, nothing typed lost."""

from __future__ import annotations

import re

from pytestqt.qtbot import QtBot

from desktop.app.language import LanguageSwitcher
from desktop.app.settings import AppSettings
from desktop.models.invoice_table_model import ISSUE_DATE
from desktop.views.pages.connect_page import ConnectPage
from desktop.views.pages.invoices_page import InvoicesPage
from desktop.views.pages.relationships_page import RelationshipsPage
from tests.ui.conftest import StartApp, wait_for_rows
from tests.ui_i18n.texts import speaking


def test_every_page_speaks_the_chosen_language_at_once_and_keeps_what_was_typed(
    qtbot: QtBot, start_app: StartApp, portal_url: str, switcher: LanguageSwitcher, tmp_path
) -> None:
    session = start_app(portal_url, data_dir=tmp_path / "data")
    window = session.window
    window.resize(1280, 800)
    window.show()
    wait_for_rows(qtbot, session)
    connect = window.pages["connect"]
    relationships = window.pages["relationships"]
    assert isinstance(connect, ConnectPage) and isinstance(relationships, RelationshipsPage)
    window.show_page("connect")
    qtbot.keyClicks(connect.vendor, "V-77 kod")
    qtbot.keyClicks(connect.notes, "Call Lucja on Monday")
    window.show_page("relationships")
    qtbot.keyClicks(relationships.filter_edit, "zzz-no-match")

    failures: dict[str, list[str]] = {}
    for language, other in (("pl", "en"), ("en", "pl")):
        window.nav.language_actions[language].trigger()  # Help & Support > Language
        assert switcher.language == language
        assert window.nav.language_actions[language].isChecked()
        for key in window.page_keys():
            window.show_page(key)
            left = speaking(window, other)
            if left:
                failures[f"{language}:{key}"] = left
    assert not failures, "\n".join(f"{k}:\n  " + "\n  ".join(v) for k, v in failures.items())

    invoices = window.pages["invoices"]
    assert isinstance(invoices, InvoicesPage)
    qtbot.waitUntil(lambda: invoices.model.rowCount() > 0, timeout=30000)
    switcher.switch("pl")  # rows already shown are written the Polish way at once
    issued = invoices.model.index(0, ISSUE_DATE).data()
    assert re.fullmatch(r"\d{2}\.\d{2}\.\d{4}", issued), issued
    switcher.switch("en")
    assert connect.vendor.text() == "V-77 kod"
    assert connect.notes.toPlainText() == "Call Lucja on Monday"
    assert relationships.filter_edit.text() == "zzz-no-match"
    assert AppSettings(tmp_path / "data").language() == "en"  # the last choice is remembered


def test_started_in_polish_no_page_shows_english_that_polish_translates(
    qtbot: QtBot, start_app: StartApp, portal_url: str, switcher: LanguageSwitcher, tmp_path
) -> None:
    """Every text a page shows went through tr(): rendered in Polish from the start, none of
    the English sources the Polish catalogue translates is on screen."""
    switcher.start("pl")
    session = start_app(portal_url, data_dir=tmp_path / "data")
    window = session.window
    window.resize(1280, 800)
    window.show()
    wait_for_rows(qtbot, session)
    left = {}
    for key in window.page_keys():
        window.show_page(key)
        if found := speaking(window, "en"):
            left[key] = found
    assert not left, "\n".join(f"{k}:\n  " + "\n  ".join(v) for k, v in left.items())
    assert window.nav.language_actions["pl"].isChecked()
