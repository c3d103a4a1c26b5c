"""Bring a widget fully into view in the scroll area the main window puts every page in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QScrollArea, QWidget


def scroll_area_of(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent


def reveal(widget: QWidget, margin: int = 20) -> None:
    """Scroll `widget` fully into view (its top first if it is taller than the view)."""
    scroll = scroll_area_of(widget)
    body = scroll.widget() if scroll is not None else None
    if scroll is None or body is None or widget.isHidden():
        return
    # Rows just added have posted layout requests: run them, up to the scroll area, so the
    # widget has its real height and the scroll bar its full range (else it stops half-way).
    for _ in range(4):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    scroll.ensureWidgetVisible(widget, 0, margin)
    top = widget.mapTo(body, widget.rect().topLeft()).y()
    bar = scroll.verticalScrollBar()
    if top < bar.value():
        bar.setValue(max(top - margin, 0))
