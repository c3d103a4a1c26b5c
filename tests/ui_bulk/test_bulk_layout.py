"""The bulk preview is where a long list is worked through: at 1280x800 it shows many rows,
it grows with the window, and the page around it does not scroll as a whole."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.app.theme import ThemeManager
from desktop.views.pages.bulk_connect_page import BulkConnectPage
from tests.ui.conftest import StartApp, memory_keyring, start_app  # noqa: F401 - fixtures
from tests.ui_bulk.conftest import TIMEOUT_MS
from tests.ui_i18n.clipping import settle


def rows_in_view(page: BulkConnectPage) -> int:
    """Rows the user sees whole in the preview, without scrolling it."""
    viewport = page.table.viewport().rect()
    return sum(
        1
        for i in range(page.proxy.rowCount())
        if viewport.contains(page.table.visualRect(page.proxy.index(i, 1)))
    )


@pytest.fixture
def product_looks(qapp: QApplication) -> Iterator[None]:
    """The style sheet main() puts in force (its fonts, paddings and row heights): without it
    the page is measured in looks no user sees."""
    sheet = qapp.styleSheet()
    ThemeManager("light", font_scale=1.0).apply()
    yield
    qapp.setStyleSheet(sheet)


def test_the_preview_takes_the_free_height_and_grows_with_the_window(
    product_looks: None,
    qtbot: QtBot,
    start_app: StartApp,  # noqa: F811 - the fixture imported above
    portal_url: str,
    tmp_path: Path,
) -> None:
    names = [f"Hurtownia Numer {i};;;PL;V-{i:03d}" for i in range(80)]
    path = tmp_path / "klienci.csv"
    path.write_text("Nazwa;NIP;Numer w sieci;Kraj;Kod dostawcy\n" + "\n".join(names) + "\n")
    session = start_app(portal_url)
    window = session.window
    window.resize(1280, 800)
    window.show()
    window.show_page("bulk")
    page = window.pages["bulk"]
    assert isinstance(page, BulkConnectPage)
    with qtbot.waitSignal(page.imported, timeout=TIMEOUT_MS):
        page.open_file(path)
    settle()
    qtbot.waitUntil(lambda: rows_in_view(page) > 0)

    at_800 = rows_in_view(page)
    outer = page.parentWidget().parentWidget().verticalScrollBar()  # the page's scroll area
    assert outer.maximum() == 0, "the page scrolls as a whole around the preview"
    assert at_800 >= 10, f"only {at_800} rows of the list shown at 1280x800"
    assert page.split.setup_scroll.verticalScrollBar().value() == 0  # the title and file shown

    window.resize(1440, 900)
    settle()
    qtbot.waitUntil(lambda: rows_in_view(page) > at_800)
