"""Help & Support > About Supplier Desk: version, components and licences, data and log folders."""

from __future__ import annotations

from collections.abc import Iterator
from importlib import metadata
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer, qVersion
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.app.i18n import Translations
from desktop.app.logging_setup import default_log_dir
from desktop.views.dialogs.about_dialog import QT_SOURCE_URL, AboutDialog
from tests.ui.conftest import StartApp


@pytest.fixture
def polish(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    translations = Translations()
    translations.install("pl")
    yield
    translations.remove()


def rows(dialog: AboutDialog) -> dict[str, tuple[str, str]]:
    table = dialog.ui.componentsTable
    return {
        table.topLevelItem(i).text(0): (
            table.topLevelItem(i).text(1),
            table.topLevelItem(i).text(2),
        )
        for i in range(table.topLevelItemCount())
    }


def test_help_menu_opens_about_with_version_licences_and_folders(
    qtbot: QtBot, start_app: StartApp, portal_url: str
) -> None:
    session = start_app(portal_url)
    window = session.window
    menu = window.nav.help_menu
    about = next(a for a in menu.actions() if a.text() == "&About Supplier Desk")
    seen: dict[str, object] = {}

    def look() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, AboutDialog))
        seen["title"] = dialog.windowTitle()
        seen["version"] = dialog.ui.versionLabel.text()
        seen["rows"] = rows(dialog)
        seen["notice"] = dialog.ui.qtNotice.text()
        seen["data"] = dialog.ui.dataPath.text()
        seen["log"] = dialog.ui.logPath.text()
        dialog.reject()

    QTimer.singleShot(0, look)
    about.trigger()  # modal: look() closes it
    assert seen["title"] == "About Supplier Desk"
    assert seen["version"] == f"Version {metadata.version('supplier-desk')}"
    components = seen["rows"]
    assert isinstance(components, dict)
    assert components["Qt"] == (qVersion(), "LGPL-3.0")
    assert components["PySide6 / Shiboken6"][1] == "LGPL-3.0"
    assert components["SQLAlchemy"] == (metadata.version("SQLAlchemy"), "MIT")
    assert QT_SOURCE_URL in str(seen["notice"]) and "Lesser General Public License" in str(
        seen["notice"]
    )
    assert seen["data"] == str(session.cache.path.parent)
    assert seen["log"] == str(default_log_dir())


def test_about_in_polish(qtbot: QtBot, polish: None, tmp_path: Path) -> None:
    data = tmp_path / "Użytkownicy" / "Łukasz Żółć"
    dialog = AboutDialog(data)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "O programie Supplier Desk"
    assert dialog.ui.versionLabel.text() == f"Wersja {metadata.version('supplier-desk')}"
    assert dialog.ui.dataLabel.text() == "Folder danych:"
    assert dialog.ui.dataPath.text() == str(data)
    assert "Qt" in rows(dialog) and "licencji" in dialog.ui.qtNotice.text()
    assert dialog.ui.buttonBox.buttons()[0].text() == "Zamknij"  # Qt's own, from qtbase_pl
