"""The About dialog fits the screen even with a large font: the long part scrolls inside it,
the folders' buttons and Close stay on the screen, and Close closes it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from desktop.app.theme import ThemeManager
from desktop.views.dialogs.about_dialog import AboutDialog


@pytest.fixture
def large_font(qapp: QApplication) -> Iterator[None]:
    """Twice the usual text size, as with a large system font: the app reads it when it puts
    its theme in force at start (the style sheet's sizes scaled by as much), as main() does."""
    before, sheet = qapp.font(), qapp.styleSheet()
    font = qapp.font()
    font.setPointSizeF(before.pointSizeF() * 2)
    qapp.setFont(font)
    looks = ThemeManager("light")  # font_scale None: as much larger as the system font is
    assert looks.font_scale >= 2
    looks.apply()
    yield
    qapp.setFont(before)
    qapp.setStyleSheet(sheet)


def on_screen(dialog: QDialog, widget) -> bool:  # type: ignore[no-untyped-def]
    room = dialog.screen().availableGeometry()
    top_left = widget.mapToGlobal(widget.rect().topLeft())
    bottom_right = widget.mapToGlobal(widget.rect().bottomRight())
    return room.contains(top_left) and room.contains(bottom_right)


def test_about_fits_the_screen_and_scrolls_inside(
    qtbot: QtBot, tmp_path: Path, large_font: None
) -> None:
    dialog = AboutDialog(tmp_path / "data")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(100)  # the wrapped lines settle their heights
    room = dialog.screen().availableGeometry()
    assert room.contains(dialog.frameGeometry()), (room, dialog.frameGeometry())
    ui = dialog.ui
    close = ui.buttonBox.button(ui.buttonBox.StandardButton.Close)
    for widget in (close, ui.openDataButton, ui.openLogButton):
        assert on_screen(dialog, widget) or widget.parentWidget() is ui.aboutContents
    assert on_screen(dialog, close)
    # The long part scrolls: the last folder is reached inside the dialog.
    bar = ui.scrollArea.verticalScrollBar()
    assert bar.maximum() > 0
    ui.scrollArea.ensureWidgetVisible(ui.openLogButton)
    assert on_screen(dialog, ui.openLogButton)
    assert ui.installPath.text()
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()


def test_about_with_the_usual_font_fits_and_esc_closes_it(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = AboutDialog(tmp_path / "data")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(100)
    assert dialog.screen().availableGeometry().contains(dialog.frameGeometry())
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
