"""The size a window opens at: what it is made for, never more than the screen has room for
(at 200% a 1920x1080 screen has 960x540 for it; a window larger than that opens off-screen)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QWidget

# Room left for the window manager's title bar and borders around the window.
FRAME = QSize(16, 40)


def fitted(wanted: QSize, available: QRect) -> QSize:
    """`wanted`, shrunk to fit `available` (a screen's available geometry) with its frame."""
    room = available.size() - FRAME
    return QSize(
        max(1, min(wanted.width(), room.width())), max(1, min(wanted.height(), room.height()))
    )


def open_at(window: QWidget, wanted: QSize) -> None:
    """Resize `window` to `wanted` or what its screen has room for, and place it on it."""
    screen = window.screen()
    if screen is None:
        window.resize(wanted)
        return
    available = screen.availableGeometry()
    size = fitted(wanted, available)
    window.resize(size)
    if size != wanted:  # it fills the screen: its top left corner on the screen
        window.move(available.topLeft())
