"""The About dialog's title, version and heading wear the house style (their names are set
after the form built them, so the style sheet must be applied to them again)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.app.resources import style_sheet
from desktop.views.dialogs.about_dialog import AboutDialog


def test_about_title_and_heading_are_styled(qtbot: QtBot, tmp_path: Path) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.styleSheet()
    app.setStyleSheet(style_sheet())
    try:
        dialog = AboutDialog(tmp_path / "data")
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        ui = dialog.ui
        body = ui.leadLabel.font()
        # QLabel#dialogTitle and #sectionTitle: larger and semi-bold; #muted: a lighter grey.
        assert ui.nameLabel.font().pointSizeF() > body.pointSizeF()
        assert ui.nameLabel.font().weight() > body.weight()
        assert ui.componentsHeading.font().weight() > body.weight()
        muted = ui.versionLabel.palette().windowText().color()
        plain = ui.leadLabel.palette().windowText().color()
        assert muted.name() != plain.name()
    finally:
        app.setStyleSheet(before)
