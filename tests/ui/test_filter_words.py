"""The same filter reads the same on every page, and the search hint's example is a pattern
the sandbox's invoices really have."""

from __future__ import annotations

import re

from pytestqt.qtbot import QtBot

from desktop.views.pages.invoices_page import InvoicesPage
from desktop.views.pages.relationships_page import RelationshipsPage
from desktop.views.pages.support_requests_page import SupportRequestsPage
from tests.ui.conftest import StartApp, wait_for_rows


def test_the_account_filter_reads_the_same_on_every_page(
    qtbot: QtBot, start_app: StartApp, portal_url: str
) -> None:
    session = start_app(portal_url)
    window = session.window
    wait_for_rows(qtbot, session)
    relationships, support, invoices = (
        window.pages["relationships"],
        window.pages["support"],
        window.pages["invoices"],
    )
    assert isinstance(relationships, RelationshipsPage)
    assert isinstance(support, SupportRequestsPage)
    assert isinstance(invoices, InvoicesPage)
    words = {
        "relationships": relationships.account_combo.itemText(0),
        "support": support.account_combo.itemText(0),
        "invoices": invoices.filters.account_combo.itemText(0),
    }
    assert set(words.values()) == {"All accounts"}, words


def test_the_search_hints_example_finds_the_sandboxs_invoices(
    qtbot: QtBot, start_app: StartApp, portal_url: str
) -> None:
    session = start_app(portal_url)
    window = session.window
    window.resize(1280, 800)
    window.show()
    invoices = window.pages["invoices"]
    assert isinstance(invoices, InvoicesPage)
    window.show_page("invoices")
    qtbot.waitUntil(lambda: invoices.model.rowCount() > 0, timeout=30000)
    with qtbot.waitSignal(invoices.searched, timeout=30000):
        invoices.search_for("*1")  # too short a pattern: the hint shows its examples
    hint = invoices.empty_label.text()
    examples = re.findall(r"[\w/-]+\*", hint)
    assert examples, hint
    for example in examples:
        with qtbot.waitSignal(invoices.searched, timeout=30000) as answer:
            invoices.search_for(example)
        assert answer.args and answer.args[0] > 0, f"{example} finds nothing in the sandbox"
