"""The window opens no larger than its screen has room for: at 200% a 1920x1080 screen leaves
960x540 (the offscreen test screen is 800x800, smaller than the 1280x800 the window wants)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from pytestqt.qtbot import QtBot

from desktop.views.window_size import FRAME, fitted
from tests.ui.conftest import StartApp


def test_the_window_opens_within_the_screens_room(
    qtbot: QtBot, start_app: StartApp, portal_url: str
) -> None:
    session = start_app(portal_url)
    window = session.window
    qtbot.waitUntil(window.isVisible)
    room = window.screen().availableGeometry()
    assert room.width() < 1280  # the case this is about: a screen smaller than the window
    assert window.width() + FRAME.width() <= room.width()
    assert window.height() + FRAME.height() <= room.height()
    assert room.contains(window.geometry().topLeft())


def test_a_200_percent_full_hd_screen_gets_a_window_that_fits() -> None:
    size = fitted(QSize(1280, 800), QRect(0, 0, 960, 540))
    assert size.width() <= 960 - FRAME.width() and size.height() <= 540 - FRAME.height()
    assert fitted(QSize(1280, 800), QRect(0, 0, 2560, 1400)) == QSize(1280, 800)
