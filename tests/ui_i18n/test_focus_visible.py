"""Focus is always visible (WCAG 2.4.7): every styled kind of push button and line edit looks
different with the keyboard on it, in the light, dark and high-contrast looks."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.app.theme import Theme, ThemeManager

# (kind, object name, role property) as the pages style them.
BUTTONS = [
    ("plain", "", ""),
    ("primary", "primaryButton", ""),
    ("secondary", "secondaryButton", ""),
    ("link", "", "link"),
    ("card action", "", "cardAction"),
    ("cancel sync", "cancelSync", ""),
]
EDITS = [
    ("plain", ""),
    ("filter", "filterEdit"),
    ("customer search", "customerSearch"),
    ("invoice search", "invoiceSearch"),
]


@pytest.fixture
def look(qapp: QApplication) -> Iterator[list[ThemeManager]]:
    made: list[ThemeManager] = []
    yield made
    for manager in made:
        manager.choose("light")
        manager.deleteLater()


def picture(widget: QWidget) -> QImage:
    return widget.grab().toImage()


@pytest.mark.parametrize("theme", list(Theme))
def test_a_focused_button_or_field_looks_different(
    qtbot: QtBot, look: list[ThemeManager], theme: Theme
) -> None:
    manager = ThemeManager(theme.value)
    look.append(manager)
    manager.apply()
    page = QWidget()
    page.setProperty("page", True)
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    anchor = QPushButton("Somewhere else", page)  # holds the focus while the others are shot
    layout.addWidget(anchor)
    widgets: dict[str, QWidget] = {}
    for kind, name, role in BUTTONS:
        button = QPushButton(f"Export {kind}", page)
        button.setObjectName(name)
        if role:
            button.setProperty("role", role)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout.addWidget(button)
        widgets[f"button {kind}"] = button
    for kind, name in EDITS:
        edit = QLineEdit(page)
        edit.setObjectName(name)
        edit.setPlaceholderText(f"Search {kind}")
        layout.addWidget(edit)
        widgets[f"line edit {kind}"] = edit
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    anchor.setFocus()
    qtbot.keyClick(anchor, Qt.Key.Key_Tab)  # a keyboard user: styles now mark the focus
    unseen = []
    for label, widget in widgets.items():
        anchor.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(anchor.hasFocus)
        without = picture(widget)
        widget.setFocus(Qt.FocusReason.TabFocusReason)  # as the Tab key gives it
        qtbot.waitUntil(widget.hasFocus)
        if picture(widget) == without:
            unseen.append(label)
    assert not unseen, f"{theme.value}: focus not visible on {unseen}"
