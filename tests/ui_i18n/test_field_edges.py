"""In the dark and high-contrast looks a plain text field, a combo box and a date field show
their edge at 3:1 against the page (Fusion's own frame, a shade darker than the window, was
1.2:1 in dark and nearly black on black in high contrast: the field vanished)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, QRect
from PySide6.QtWidgets import QApplication, QComboBox, QDateEdit, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.app.theme import Theme, ThemeManager
from tests.ui_i18n.rendered_contrast import GRAPHICS, grab, hex_of, ratio


@pytest.fixture
def looks(qapp: QApplication) -> Iterator[ThemeManager]:
    manager = ThemeManager("light")
    yield manager
    manager.choose("light")
    manager.deleteLater()


def edge_ratio(field: QWidget) -> tuple[float, str, str]:
    """The field's left edge (its best pixel in the first 2 columns) against the page just
    outside it."""
    middle = field.height() // 2
    page = grab(field.parentWidget(), QRect(field.x() - 3, field.y() + middle, 1, 1))
    outside = page.pixel(0, 0) & 0xFFFFFF
    inside = grab(field, QRect(0, middle, 2, 1))
    best = max((inside.pixel(x, 0) & 0xFFFFFF for x in range(2)), key=lambda c: ratio(c, outside))
    return ratio(best, outside), hex_of(best), hex_of(outside)


@pytest.mark.parametrize("theme", [Theme.DARK, Theme.HIGH_CONTRAST])
def test_plain_fields_show_their_edge(qtbot: QtBot, looks: ThemeManager, theme: Theme) -> None:
    looks.choose(theme.value)
    page = QWidget()
    qtbot.addWidget(page)
    box = QVBoxLayout(page)
    box.setContentsMargins(12, 12, 12, 12)
    line = QLineEdit(page)
    line.setPlaceholderText("Filter rows")
    combo = QComboBox(page)
    combo.addItems(["All rows", "Ready"])
    day = QDateEdit(QDate(2026, 12, 7), page)
    day.setCalendarPopup(True)
    for field in (line, combo, day):
        box.addWidget(field)
    page.resize(400, 160)
    page.show()
    qtbot.waitExposed(page)
    for field in (line, combo, day):
        got, edge, behind = edge_ratio(field)
        assert got + 1e-6 >= GRAPHICS, (theme.value, type(field).__name__, edge, behind, got)
