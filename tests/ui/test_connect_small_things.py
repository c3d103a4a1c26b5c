"""The Connect page's smaller things. The group tree lists a group's countries by their names in the user's language, not by
their ISO codes (CH, DE, ES would read Switzerland, Germany, Spain); the how-to link is
no disclosure."""

from __future__ import annotations

from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QTreeView
from pytestqt.qtbot import QtBot

from desktop.app.language import LanguageSwitcher
from desktop.domain.types import DirectoryEntry
from desktop.models.group_tree_model import GroupTreeModel
from desktop.views.pages.connect_page import ConnectPage
from tests.ui.conftest import StartApp
from tests.ui_i18n.conftest import switcher  # noqa: F401 - fixture


def entity(code: str) -> DirectoryEntry:
    return DirectoryEntry(id=f"e-{code}", kind="entity", name=f"Nordwind {code}", country=code)


def shown(view: QTreeView) -> list[str]:
    model = view.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_countries_are_in_the_order_of_their_names_in_each_language(
    qtbot: QtBot,
    switcher: LanguageSwitcher,  # noqa: F811 - the fixture imported above
) -> None:
    countries = [(code, [entity(code)]) for code in ("CH", "DE", "ES")]
    model = GroupTreeModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    view = QTreeView()
    qtbot.addWidget(view)
    view.setModel(model)
    model.set_group(countries)
    assert shown(view) == ["GERMANY", "SPAIN", "SWITZERLAND"]
    switcher.switch("pl")
    model.set_group(countries)
    assert shown(view) == ["HISZPANIA", "NIEMCY", "SZWAJCARIA"]


def test_the_how_to_link_promises_no_disclosure_it_does_not_have(
    qtbot: QtBot, start_app: StartApp, portal_url: str
) -> None:
    """ "How to connect" opens the help in a message box; a ▶ would promise it unfolds here."""
    session = start_app(portal_url)
    connect = session.window.pages["connect"]
    assert isinstance(connect, ConnectPage)
    text = connect.howto.text()
    assert "How to connect with customers" in text
    assert not any(mark in text for mark in "▶▸►▼▾")
