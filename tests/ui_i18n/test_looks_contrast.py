"""Every page, in each look, as Qt draws it: each control's words keep 4.5:1 and its parts
(check boxes and their ticks, scroll bar handles, icons) 3:1 in every state the user meets
(resting, hovered, pressed, focused, disabled, checked and not), measured on the pixels."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QModelIndex, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.app.theme import Theme, ThemeManager
from desktop.domain.types import DirectoryEntry
from desktop.views.pages.invoices_page import InvoicesPage
from desktop.views.widgets.group_tree import GroupTreePanel
from tests.ui.conftest import StartApp, wait_for_rows
from tests.ui_i18n.clipping import settle
from tests.ui_i18n.contrast_walk import nav_findings, view_findings, walk


@pytest.fixture
def looks(qapp: QApplication) -> Iterator[ThemeManager]:
    manager = ThemeManager("light")
    yield manager
    manager.choose("light")
    manager.deleteLater()


@pytest.mark.parametrize("theme", list(Theme))
def test_every_control_on_every_page_keeps_contrast_in_every_state(
    qtbot: QtBot, start_app: StartApp, portal_url: str, looks: ThemeManager, theme: Theme
) -> None:
    looks.choose(theme.value)
    session = start_app(portal_url)
    window = session.window
    window.resize(1280, 800)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    wait_for_rows(qtbot, session)
    light = theme == Theme.LIGHT

    weak: list[str] = []
    for key in window.page_keys():
        window.show_page(key)
        settle()
        weak += walk(window.pages[key], f"{theme}:{key}", light)
    weak += walk(window.header, f"{theme}:header", light)

    def hover(point: QPoint) -> None:
        at = QPointF(point)
        move = QMouseEvent(
            QEvent.Type.MouseMove,
            at,
            window.nav.mapToGlobal(at),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(window.nav, move)

    weak += nav_findings(window.nav, str(theme), hover)
    hover(QPoint(window.nav.width() - 2, 2))

    invoices = window.pages["invoices"]
    assert isinstance(invoices, InvoicesPage)
    window.show_page("invoices")
    qtbot.waitUntil(lambda: invoices.model.rowCount() > 0, timeout=30000)
    with qtbot.waitSignal(invoices.details_shown, timeout=30000):
        invoices.open_details(invoices.model.index(0, 0, QModelIndex()))
    dialog = invoices.detail_dialog
    assert dialog is not None
    settle()
    weak += walk(dialog, f"{theme}:invoice detail", light)
    dialog.close()
    assert not weak, f"{len(weak)} weak:\n" + "\n".join(weak)


def entity(number: int, country: str) -> DirectoryEntry:
    return DirectoryEntry(
        id=f"e{number}",
        kind="entity",
        name=f"Nordwind {country} {number}",
        network_number=f"1000{number}",
        country=country,
        group_id="g1",
        group_name="Nordwind",
    )


@pytest.mark.parametrize("theme", list(Theme))
def test_the_group_trees_ticks_show_in_every_look(
    qtbot: QtBot, start_app: StartApp, portal_url: str, looks: ThemeManager, theme: Theme
) -> None:
    """Unticked, ticked and partly ticked countries and entities, on the Connect page's card."""
    looks.choose(theme.value)
    session = start_app(portal_url)
    window = session.window
    window.resize(1280, 800)
    window.show()
    window.show_page("connect")
    connect = window.pages["connect"]
    panel = connect.findChild(GroupTreePanel)
    assert panel is not None
    countries = [("DE", [entity(1, "DE"), entity(2, "DE")]), ("PL", [entity(3, "PL")])]
    panel.model.set_group(countries, {"e1"})
    panel.view.expandAll()
    panel.show()
    panel.parentWidget().show()
    settle()
    assert panel.view.isVisible()
    assert panel.view.visualRect(panel.model.index(0, 0)).isValid()
    weak = view_findings(panel.view, f"{theme}:group tree")
    assert not weak, "\n".join(weak)
