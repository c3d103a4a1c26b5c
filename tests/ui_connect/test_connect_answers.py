"""The Connect page in the real main window against a real portal of its own: the header's
account, the answer after "Connect anyway", SHOW GROUP scrolling to the tree, the tree's marks
for entities already connected or asked for, and the last answer row in view."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from connect_helpers import TIMEOUT_MS, synced
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QScrollArea, QWidget
from pytestqt.qtbot import QtBot
from test_connect_page import choose

from desktop.app.context import AppContext
from desktop.cache import Cache
from desktop.models.roles import Roles
from desktop.sync import PortalClient, SyncEngine
from desktop.views.main_window import MainWindow
from desktop.views.pages.connect_page import ConnectPage
from portal.sandbox.demo import GROUP_NAME, VERIFY_BUYER
from wire import schemas as w

CHECK = Qt.ItemDataRole.CheckStateRole


@pytest.fixture
def own_ctx(
    qtbot: QtBot,
    tmp_path: Path,
    fresh_portal: Callable[..., object],
) -> Iterator[AppContext]:
    """elise, signed in to a portal of this test's own (the requests here change its data)."""
    server = fresh_portal(generated_buyers=20)
    cache = Cache.open(tmp_path / "cache.db")
    client = PortalClient(server.base_url, retries=1, backoff=0.05)  # type: ignore[attr-defined]
    client.sign_in("elise", "sandbox")
    ctx = AppContext(
        cache, client, SyncEngine(client, cache), user_display_name="elise", retry_interval_ms=300
    )
    synced(qtbot, ctx)
    yield ctx
    ctx._retry.stop()
    ctx.tasks.wait()
    client.close()
    cache.close()


def open_connect(qtbot: QtBot, ctx: AppContext, height: int = 640) -> ConnectPage:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1280, height)
    window.show()
    window.show_page("connect")
    page = window.pages["connect"]
    assert isinstance(page, ConnectPage)
    return page


def scroll_of(page: ConnectPage) -> QScrollArea:
    widget = page.parentWidget()
    while not isinstance(widget, QScrollArea):
        assert widget is not None
        widget = widget.parentWidget()
    return widget


def in_view(scroll: QScrollArea, widget: QWidget) -> bool:
    top = widget.mapTo(scroll.viewport(), QPoint(0, 0)).y()
    return top >= 0 and top + widget.height() <= scroll.viewport().height()


def ask_for(ctx: AppContext, account_id: str, buyer_name: str) -> w.ConnectionRequestItem:
    found = ctx.client.directory(buyer_name)
    buyer = next(e for e in found.items if e.name == buyer_name)
    request = ctx.client.create_connection_request(
        w.ConnectionRequestCreate(account_id=account_id, buyer_ids=[buyer.id]), str(uuid.uuid4())
    )
    return request.items[0]


def test_an_empty_form_starts_on_the_headers_account(qtbot: QtBot, own_ctx: AppContext) -> None:
    second = own_ctx.accounts[-1]
    own_ctx.set_current_account(second.id)
    page = open_connect(qtbot, own_ctx)
    assert page.selected_account_id() == second.id
    assert page.account.currentText().startswith(second.name)
    first = own_ctx.accounts[0]
    own_ctx.set_current_account(first.id)  # the header changes: the empty form follows
    assert page.selected_account_id() == first.id


def test_after_connect_anyway_the_answer_names_the_ticket(
    qtbot: QtBot, own_ctx: AppContext
) -> None:
    page = open_connect(qtbot, own_ctx)
    account = own_ctx.accounts[0].id
    page.select_account(account)
    entry = choose(qtbot, page, "demonstration example", VERIFY_BUYER)
    qtbot.mouseClick(page.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: page.outcome.texts().get(entry.id) == "Verification required",
        timeout=TIMEOUT_MS,
    )
    assert entry.id in page.outcome.verify_buttons
    verification = next(v for v in own_ctx.cache.verifications() if v.buyer_id == entry.id).id
    ticket = own_ctx.client.fall_back(verification).ticket_number  # as "Connect anyway" does
    own_ctx.request_sync()
    qtbot.waitUntil(lambda: ticket in page.outcome.texts().get(entry.id, ""), timeout=TIMEOUT_MS)
    assert "Verification required" not in page.outcome.texts()[entry.id]
    assert entry.id not in page.outcome.verify_buttons


def test_show_group_scrolls_to_the_tree_and_marks_what_the_account_has(
    qtbot: QtBot, own_ctx: AppContext
) -> None:
    account = own_ctx.accounts[0].id
    asked = ask_for(own_ctx, account, "Nordwind Logistik GmbH")
    synced(qtbot, own_ctx)
    page = open_connect(qtbot, own_ctx, height=600)
    page.select_account(account)
    with qtbot.waitSignal(page.group_section.known, timeout=TIMEOUT_MS):
        choose(qtbot, page, "nordwind deutsch", "Nordwind Deutschland GmbH")
    scroll = scroll_of(page)
    assert not in_view(scroll, page.group_panel.view) or not page.group_panel.isVisible()
    with qtbot.waitSignal(page.group_panel.loaded, timeout=TIMEOUT_MS):
        qtbot.mouseClick(page.show_group, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: in_view(scroll, page.group_panel.view), timeout=TIMEOUT_MS)
    assert page.group_panel.view.hasFocus()

    model = page.group_panel.model
    rows = {}
    for r in range(model.rowCount()):
        country = model.index(r, 0)
        for c in range(model.rowCount(country)):
            index = model.index(c, 0, country)
            rows[index.data(Roles.ENTRY).id] = index
    marked = rows[asked.buyer_id]
    assert "already requested" in marked.data()
    assert marked.data(CHECK) == Qt.CheckState.Unchecked
    assert not model.flags(marked) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.setData(marked, Qt.CheckState.Checked, CHECK)
    # Checking its whole country leaves it out; the request never names it.
    germany = model.parent(marked)
    assert model.setData(germany, Qt.CheckState.Checked, CHECK)
    assert asked.buyer_id not in {e.id for e in page.chosen_buyers()}
    assert marked.data(CHECK) == Qt.CheckState.Unchecked
    assert germany.data(CHECK) == Qt.CheckState.Checked


def test_after_connect_the_last_answer_row_is_in_view(qtbot: QtBot, own_ctx: AppContext) -> None:
    page = open_connect(qtbot, own_ctx, height=600)
    page.select_account(own_ctx.accounts[-1].id)
    with qtbot.waitSignal(page.group_panel.loaded, timeout=TIMEOUT_MS):
        choose(qtbot, page, "nordwind", GROUP_NAME)
    model = page.group_panel.model
    for r in range(model.rowCount()):
        model.setData(model.index(r, 0), Qt.CheckState.Checked, CHECK)
    count = len(page.chosen_buyers())
    assert count >= 5
    scroll = scroll_of(page)
    qtbot.mouseClick(page.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(page.outcome.texts()) == count, timeout=TIMEOUT_MS)
    qtbot.waitUntil(
        lambda: all("Sending" not in t for t in page.outcome.texts().values()),
        timeout=TIMEOUT_MS,
    )
    last = list(page.outcome.outcome_labels.values())[-1]
    qtbot.waitUntil(lambda: in_view(scroll, last), timeout=TIMEOUT_MS)
    qtbot.wait(300)  # and it stays there
    assert in_view(scroll, last)
