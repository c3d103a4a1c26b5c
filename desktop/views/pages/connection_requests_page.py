"""Placeholder; replaced by the real page."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class ConnectionRequestsPage(QWidget):
    navigate = Signal(str)

    def __init__(self, ctx: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Coming soon")))
