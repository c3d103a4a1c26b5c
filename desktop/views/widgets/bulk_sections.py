"""Small layout helpers of the bulk connect page: labels by object name, white section cards
and rows of widgets (the style sheet styles them by object name)."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget


def label(name: str, parent: QWidget, *, wrap: bool = False) -> QLabel:
    made = QLabel(parent)
    made.setObjectName(name)
    made.setWordWrap(wrap)
    return made


def card(parent: QWidget, parts: list[QWidget | QHBoxLayout]) -> QFrame:
    frame = QFrame(parent)
    frame.setObjectName("section")
    box = QVBoxLayout(frame)
    box.setContentsMargins(20, 14, 20, 16)
    for part in parts:
        if isinstance(part, QHBoxLayout):
            box.addLayout(part)
        else:
            box.addWidget(part)
    return frame


def row(*widgets: QWidget, stretch: int = 0) -> QHBoxLayout:
    """Widgets side by side; the last one takes `stretch`, else the row ends in a stretch."""
    line = QHBoxLayout()
    line.setContentsMargins(0, 0, 0, 0)
    for i, widget in enumerate(widgets):
        line.addWidget(widget, stretch if i == len(widgets) - 1 and stretch else 0)
    if not stretch:
        line.addStretch(1)
    return line
