"""The bulk preview's words fit in both languages: its last column's title whole (no
"/endor code"), its filter's hint whole ("Filtruj wiersze według nazwy…")."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.app.language import LanguageSwitcher
from desktop.views.pages.bulk_connect_page import BulkConnectPage
from tests.ui.conftest import StartApp
from tests.ui_bulk.test_bulk_layout import product_looks  # noqa: F401 - a fixture
from tests.ui_i18n.clipping import settle


@pytest.mark.parametrize("language", ["en", "pl"])
def test_the_last_title_and_the_filter_hint_fit(
    product_looks: None,  # noqa: F811 - the fixture imported above
    qtbot: QtBot,
    start_app: StartApp,
    portal_url: str,
    switcher: LanguageSwitcher,
    tmp_path: Path,
    language: str,
) -> None:
    names = [f"Hurtownia Bardzo Długiej Nazwy Numer {i};;;PL;V-{i:03d}" for i in range(12)]
    names += ["Żółta Łódka;;;PL;V-900", "Network Demo Test Buyer;;;GB;V-901"]
    path = tmp_path / "klienci.csv"
    path.write_text("Nazwa;NIP;Numer w sieci;Kraj;Kod dostawcy\n" + "\n".join(names) + "\n")
    session = start_app(portal_url)
    switcher.switch(language)
    window = session.window
    window.resize(1280, 800)
    window.show()
    window.show_page("bulk")
    page = window.pages["bulk"]
    assert isinstance(page, BulkConnectPage)
    with qtbot.waitSignal(page.imported, timeout=20000):
        page.open_file(path)
    with qtbot.waitSignal(page.preview_ready, timeout=60000):
        page.match()
    settle()
    header = page.table.horizontalHeader()
    cut = [
        f"{page.proxy.headerData(c, header.orientation())!r}: {header.sectionSize(c)} < "
        f"{header.sectionSizeHint(c)}"
        for c in range(header.count())
        if header.sectionSize(c) < header.sectionSizeHint(c)
    ]
    assert not cut, cut
    hint = page.filter.placeholderText()
    room = page.filter.width() - 16  # the edit's frame and text margins
    assert page.filter.fontMetrics().horizontalAdvance(hint) <= room, (hint, page.filter.width())
