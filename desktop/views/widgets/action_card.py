"""A white home-page card: a title, one line of text, upper-case buttons. Home's form
(ui/home.ui) places three; the page gives them their words and buttons."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class ActionCard(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.title = QLabel(self)
        self.title.setObjectName("cardTitle")
        self.title.setWordWrap(True)
        self.text = QLabel(self)
        self.text.setObjectName("cardText")
        self.text.setWordWrap(True)
        self._buttons = QHBoxLayout()
        self._buttons.setSpacing(self.fontMetrics().averageCharWidth() * 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addStretch(1)
        layout.addLayout(self._buttons)
        self._buttons.addStretch(1)

    def set_words(self, title: str, text: str) -> None:
        self.title.setText(title)
        self.text.setText(text)

    def add_button(self, text: str = "", *, enabled: bool = True) -> QPushButton:
        button = QPushButton(text, self)
        button.setProperty("role", "cardAction")
        button.setEnabled(enabled)
        self._buttons.insertWidget(self._buttons.count() - 1, button)
        return button
