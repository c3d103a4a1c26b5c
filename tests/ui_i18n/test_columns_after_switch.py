"""After a live switch of language, the tables' columns are sized again for the new words:
every header reads whole, and the relationship statuses ("Odrzucona") are not elided."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from desktop.app.language import LanguageSwitcher
from desktop.models.relationships_model import Column
from desktop.views.pages.invoices_page import InvoicesPage
from tests.ui.conftest import StartApp, wait_for_rows
from tests.ui_i18n.clipping import settle


def cut_headers(table: QTableView) -> list[str]:
    header = table.horizontalHeader()
    model = table.model()
    return [
        f"{model.headerData(c, header.orientation())!r}: {header.sectionSize(c)} < "
        f"{header.sectionSizeHint(c)}"
        for c in range(header.count())
        if not header.isSectionHidden(c) and header.sectionSize(c) < header.sectionSizeHint(c)
    ]


def test_columns_fit_the_new_words_after_a_live_switch_to_polish(
    qtbot: QtBot, start_app: StartApp, portal_url: str, switcher: LanguageSwitcher
) -> None:
    session = start_app(portal_url)
    window = session.window
    window.resize(1280, 800)
    window.show()
    relationships = wait_for_rows(qtbot, session)
    invoices = window.pages["invoices"]
    assert isinstance(invoices, InvoicesPage)
    for key in ("relationships", "invoices", "requests", "support"):
        window.show_page(key)
        settle()
    qtbot.waitUntil(lambda: invoices.model.rowCount() > 0, timeout=30000)

    switcher.switch("pl")
    cut: dict[str, list[str]] = {}
    for key in ("relationships", "invoices", "requests", "support"):
        window.show_page(key)
        settle()
        for table in window.pages[key].findChildren(QTableView):
            if table.isVisible() and (found := cut_headers(table)):
                cut[f"{key}:{table.objectName()}"] = found
    assert not cut, cut

    table = relationships.table
    status = table.horizontalHeader().sectionSize(Column.STATUS)
    assert status >= table.sizeHintForColumn(Column.STATUS), "statuses elided in Polish"
