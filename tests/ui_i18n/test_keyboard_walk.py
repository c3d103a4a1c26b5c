"""Keyboard only: Tab through every page; each stop has a name a screen reader says, the order
follows the page as it reads (left to right, top to bottom), tables expose their headers."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QTreeWidget
from pytestqt.qtbot import QtBot

from desktop.app.language import LanguageSwitcher
from desktop.domain.verification_flow import Step
from desktop.views.pages.connection_requests_page import ConnectionRequestsPage
from desktop.views.pages.support_requests_page import SupportRequestsPage
from desktop.views.wizards.launcher import open_verification
from portal.sandbox.demo import VERIFY_BUYER
from tests.conftest import FreshPortal
from tests.ui.conftest import StartApp, wait_for_rows
from tests.ui_bulk.test_bulk_layout import product_looks  # noqa: F401 - a fixture
from tests.ui_i18n.focus_walk import column_headers, out_of_reading_order, spoken_name, tab_walk
from tests.ui_i18n.test_dialogs_switch import open_about, open_first_row, open_invoice_detail
from tests.ui_verify.conftest import ask_verification
from tests.ui_verify.wizard_driver import TIMEOUT_MS, click_next, wait_page


def test_tab_walks_every_page_in_reading_order_and_every_stop_is_named(
    product_looks: None,  # noqa: F811 - the fixture imported above
    qtbot: QtBot,
    start_app: StartApp,
    portal_url: str,
    switcher: LanguageSwitcher,
) -> None:
    session = start_app(portal_url)
    window = session.window
    window.resize(1280, 800)
    window.show()
    wait_for_rows(qtbot, session)
    problems: dict[str, list[str]] = {}
    for language in ("en", "pl"):
        switcher.switch(language)
        for key in window.page_keys():
            window.show_page(key)
            stops = tab_walk(qtbot, window.header.account_combo)
            page = window.pages[key]
            on_page = [s for s in stops if page.isAncestorOf(s.widget)]
            assert on_page, f"{key}: Tab never reaches the page"
            found = [f"no name: {s}" for s in stops if not spoken_name(s.widget).strip()]
            found += [f"order: {step}" for step in out_of_reading_order(stops)]
            for stop in on_page:
                if stop.role == "Table":
                    headers = column_headers(stop.widget)
                    if not headers or not all(h.strip() for h in headers):
                        found.append(f"table headers not exposed: {stop} {headers}")
            if found:
                problems[f"{language}:{key}"] = found
    assert not problems, "\n".join(f"{k}:\n  " + "\n  ".join(v) for k, v in problems.items())


def test_tab_walks_the_dialogs_and_the_wizard_in_order_with_names(
    qtbot: QtBot,
    start_app: StartApp,
    fresh_portal: FreshPortal,
    switcher: LanguageSwitcher,
    tmp_path: Path,
) -> None:
    server = fresh_portal(generated_buyers=20)
    session = start_app(server.base_url)
    ctx, window = session.ctx, session.window
    wait_for_rows(qtbot, session)
    item, _account = ask_verification(ctx, VERIFY_BUYER)
    with qtbot.waitSignal(ctx.status_changed, timeout=TIMEOUT_MS):
        ctx.request_sync()
    window.show()
    requests, support = window.pages["requests"], window.pages["support"]
    assert isinstance(requests, ConnectionRequestsPage)
    assert isinstance(support, SupportRequestsPage)
    window.show_page("requests")
    request_dialog = open_first_row(qtbot, requests)
    window.show_page("support")
    ticket_dialog = open_first_row(qtbot, support)
    detail = open_invoice_detail(qtbot, window)
    about = open_about(qtbot, window, tmp_path / "data")
    wizard = open_verification(ctx, item, window)
    assert wizard is not None
    qtbot.addWidget(wizard)
    wait_page(qtbot, wizard, Step.INTRO)
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.INVOICE)

    problems: dict[str, list[str]] = {}
    for name, dialog, first in (
        ("request", request_dialog, request_dialog.findChild(QTreeWidget)),
        ("ticket", ticket_dialog, ticket_dialog.findChild(QTreeWidget)),
        ("invoice detail", detail, detail.ui.timeline),
        ("about", about, about.ui.componentsTable),
        ("wizard", wizard, wizard.invoice.ui.invoiceNumberEdit),
    ):
        dialog.raise_()
        stops = tab_walk(qtbot, first)
        assert len(stops) > 1, f"{name}: Tab goes nowhere"
        found = [f"no name: {s}" for s in stops if not spoken_name(s.widget).strip()]
        found += [f"order: {step}" for step in out_of_reading_order(stops)]
        if found:
            problems[name] = found
    assert not problems, "\n".join(f"{k}:\n  " + "\n  ".join(v) for k, v in problems.items())
