"""Walk a window with the Tab key as a keyboard user does, and read what a screen reader hears."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
from pytestqt.qtbot import QtBot


@dataclass(frozen=True)
class Stop:
    widget: QWidget
    name: str  # what assistive technology reads as its name
    role: str
    at: QPoint  # top-left on the page as laid out, in window coordinates, before any scrolling

    def __str__(self) -> str:
        w = self.widget
        return f"{type(w).__name__}#{w.objectName()} {self.name!r} at ({self.at.x()},{self.at.y()})"


def heard_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return (iface.text(QAccessible.Text.Name) if iface is not None else "") or ""


def role_of(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.role().name if iface is not None else "?"


def tab_walk(qtbot: QtBot, start: QWidget, limit: int = 120) -> list[Stop]:
    """Focus `start`, then press Tab until the focus comes back round; the stops in order."""
    window = start.window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    first = QApplication.focusWidget()
    stops: list[Stop] = []
    seen: set[int] = set()
    current = first
    for _ in range(limit):
        assert current is not None
        if id(current) in seen:
            break
        seen.add(id(current))
        stops.append(
            Stop(current, heard_name(current), role_of(current), laid_out_at(current, window))
        )
        before = current
        for _section in range(6):  # a date edit takes Tab through its day, month, year first
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            if QApplication.focusWidget() is not before:
                break
        current = QApplication.focusWidget()
    return stops


def laid_out_at(widget: QWidget, window: QWidget) -> QPoint:
    """Where the widget sits on its page, unmoved by scrolling: focusing a stop lower down
    scrolls the page, which would make the stops seen before it look lower than they are."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QScrollArea) and parent.widget() is not None:
            content = parent.widget()
            if content is widget or content.isAncestorOf(widget):
                inner = widget.mapTo(content, QPoint(0, 0))
                return inner + laid_out_at(parent.viewport(), window)
        parent = parent.parentWidget()
    return widget.mapTo(window, QPoint(0, 0))


def spoken_name(widget: QWidget) -> str:
    """The name a screen reader gives the control: its accessible name, else what Qt derives
    (a button's text, a field's buddy label). A combo box's derived "name" on Linux is its
    current value, so it needs an accessible name or a label naming it."""
    if widget.accessibleName():
        return widget.accessibleName()
    iface = QAccessible.queryAccessibleInterface(widget)
    if iface is None:
        return ""
    if iface.role() == QAccessible.Role.ComboBox:
        labels = iface.relations(QAccessible.RelationFlag.Label)
        return " ".join(other.text(QAccessible.Text.Name) for other, _flag in labels)
    return iface.text(QAccessible.Text.Name) or ""


def out_of_reading_order(stops: list[Stop], slack: int = 8) -> list[str]:
    """Steps that go back up the page without moving on to a column further right."""
    wrong = []
    for before, after in zip(stops, stops[1:], strict=False):
        if after.widget.isAncestorOf(before.widget):
            continue  # back out to the page that holds it (a scroll area), not up the page
        up = after.at.y() < before.at.y() - slack
        right_column = after.at.x() >= before.at.x() + before.widget.width() - slack
        if up and not right_column:
            wrong.append(f"{before}  ->  {after}")
    return wrong


def column_headers(view: QWidget) -> list[str]:
    """The column headers a screen reader finds in a table (its ColumnHeader children)."""
    iface = QAccessible.queryAccessibleInterface(view)
    if iface is None:
        return []
    names = []
    for i in range(min(iface.childCount(), 64)):
        child = iface.child(i)
        if child is not None and child.role() == QAccessible.Role.ColumnHeader:
            names.append(child.text(QAccessible.Text.Name) or "")
    return names
