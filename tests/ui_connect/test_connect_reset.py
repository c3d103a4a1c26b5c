"""After CONNECT the form starts clean; New request, Home's CONNECT, the search's clear
button and Ctrl+F, in the real main window against the real portal."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from connect_helpers import TIMEOUT_MS
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QScrollArea, QToolButton, QWidget
from pytestqt.qtbot import QtBot
from test_attachment_field import PDF
from test_connect_page import choose

from desktop.app.context import AppContext
from desktop.views.main_window import MainWindow
from desktop.views.pages.connect_page import ConnectPage
from desktop.views.pages.home_page import HomePage
from tests.file_dialog_driver import answer_file_dialog


def _window(qtbot: QtBot, ctx: AppContext, height: int = 640) -> tuple[MainWindow, ConnectPage]:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1280, height)
    window.show()
    window.show_page("connect")
    page = window.pages["connect"]
    assert isinstance(page, ConnectPage)
    return window, page


def _scroll(page: ConnectPage) -> QScrollArea:
    widget = page.parentWidget()
    while not isinstance(widget, QScrollArea):
        assert widget is not None
        widget = widget.parentWidget()
    return widget


def _in_view(scroll: QScrollArea, widget: QWidget) -> bool:
    top = widget.mapTo(scroll.viewport(), QPoint(0, 0)).y()
    return top >= 0 and top + widget.height() <= scroll.viewport().height()


def _fill(qtbot: QtBot, page: ConnectPage, number: str, tmp_path: Path) -> None:
    choose(qtbot, page, number, number)
    qtbot.keyClicks(page.vendor, "V-9")
    qtbot.keyClicks(page.notes, "Our PO 4711")
    document = tmp_path / "po.pdf"
    document.write_bytes(PDF)
    answer_file_dialog(document)
    qtbot.mouseClick(page.attachment.choose, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.attachment.path == document, timeout=TIMEOUT_MS)


def _is_empty(page: ConnectPage) -> bool:
    return (
        page.combo.edit.text() == ""
        and page.combo.chosen is None
        and page.vendor.text() == ""
        and page.notes.toPlainText() == ""
        and page.attachment.path is None
        and page.attachment.name.text() == "No file chosen"
        and not page.selected_box.isVisible()
        and not page.group_section.isVisible()
        and page.chosen_buyers() == []
    )


def test_after_connect_the_form_starts_clean_and_the_answer_is_in_view(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, free_buyers: Iterator[tuple[str, str, str]]
) -> None:
    window, page = _window(qtbot, ctx)
    buyer_id, name, number = next(free_buyers)
    account = ctx.accounts[-1].id
    page.select_account(account)
    _fill(qtbot, page, number, tmp_path)
    assert page.connect_button.isEnabled()
    scroll = _scroll(page)
    assert not _in_view(scroll, page.outcome.title) or scroll.verticalScrollBar().value() == 0

    with qtbot.waitSignal(page.request_queued, timeout=TIMEOUT_MS):
        qtbot.mouseClick(page.connect_button, Qt.MouseButton.LeftButton)
    assert _is_empty(page)
    assert page.selected_account_id() == account  # the account stays
    assert not page.connect_button.isEnabled()  # nobody chosen yet

    qtbot.waitUntil(
        lambda: "ticket number" in page.outcome.texts().get(buyer_id, ""), timeout=TIMEOUT_MS
    )
    qtbot.waitUntil(lambda: _in_view(scroll, page.outcome), timeout=TIMEOUT_MS)
    assert scroll.verticalScrollBar().value() > 0  # it was below the fold
    assert page.outcome.isVisible() and _is_empty(page)

    # New request: the answer goes too, the page is back at the top, the search has the keys.
    assert page.new_request.isEnabled()
    qtbot.mouseClick(page.new_request, Qt.MouseButton.LeftButton)
    assert not page.outcome.isVisible() and _is_empty(page)
    assert scroll.verticalScrollBar().value() == 0
    assert window.focusWidget() is page.combo.edit
    assert not page.new_request.isEnabled()  # nothing left to empty


def test_clearing_the_search_clears_the_choice_and_the_tree(qtbot: QtBot, ctx: AppContext) -> None:
    _window_, page = _window(qtbot, ctx, height=900)
    with qtbot.waitSignal(page.group_panel.loaded, timeout=TIMEOUT_MS):
        choose(qtbot, page, "nordwind", "NORDWIND ALL COMPANIES GROUP")
    assert page.group_panel.isVisible() and page.selected_box.isVisible()
    clear = page.combo.edit.findChild(QToolButton)
    assert clear is not None and clear.isVisible()
    qtbot.mouseClick(clear, Qt.MouseButton.LeftButton)  # the ⓧ in the search
    assert page.combo.edit.text() == ""
    assert not page.selected_box.isVisible() and not page.group_section.isVisible()
    assert page.chosen_buyers() == [] and page.group_panel.model.rowCount() == 0

    # Emptying it by hand does the same.
    choose(qtbot, page, "network demo test", "Network Demo Test Buyer")
    assert page.selected_box.isVisible()
    page.combo.edit.selectAll()
    qtbot.keyClick(page.combo.edit, Qt.Key.Key_Delete)
    assert not page.selected_box.isVisible() and page.chosen_buyers() == []


def test_home_connect_opens_an_empty_form_at_the_top_but_the_menu_keeps_it(
    qtbot: QtBot, ctx: AppContext, free_buyers: Iterator[tuple[str, str, str]]
) -> None:
    window, page = _window(qtbot, ctx)
    _, _, number = next(free_buyers)
    page.select_account(ctx.accounts[0].id)
    choose(qtbot, page, number, number)
    qtbot.keyClicks(page.vendor, "half-way")
    scroll = _scroll(page)
    scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
    assert scroll.verticalScrollBar().value() > 0

    # Away and back through the menu: the form the user is half-way through stays.
    window.show_page("home")
    window.nav.page_actions["connect"].trigger()
    assert window.current_page_key() == "connect"
    assert page.vendor.text() == "half-way" and page.combo.chosen is not None

    # Home's CONNECT card: a new request, at the top.
    window.show_page("home")
    home = window.pages["home"]
    assert isinstance(home, HomePage)
    qtbot.mouseClick(home.connect_button, Qt.MouseButton.LeftButton)
    assert window.current_page_key() == "connect"
    assert _is_empty(page)
    assert page.selected_account_id() == ctx.accounts[0].id
    assert scroll.verticalScrollBar().value() == 0
    assert window.focusWidget() is page.combo.edit


def test_ctrl_f_on_connect_goes_to_find_your_customers(qtbot: QtBot, ctx: AppContext) -> None:
    window, page = _window(qtbot, ctx)
    page.vendor.setFocus()
    qtbot.waitUntil(page.vendor.hasFocus)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(page.combo.edit.hasFocus)
