"""Small layout helpers of the bulk connect page: labels by object name, white section cards
and rows of widgets (the style sheet styles them by object name)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)


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


def row(*widgets: QWidget, stretch: int = 0, grow: QWidget | None = None) -> QHBoxLayout:
    """Widgets side by side; the last one (or `grow`) takes the free width (`stretch`), else
    the row ends in a stretch."""
    line = QHBoxLayout()
    line.setContentsMargins(0, 0, 0, 0)
    last = widgets[-1] if grow is None else grow
    stretch = stretch or (1 if grow is not None else 0)
    for widget in widgets:
        line.addWidget(widget, stretch if widget is last else 0)
    if not stretch:
        line.addStretch(1)
    return line


class Split(QSplitter):
    """The list's setup above (its own scroll area), the preview below taking the free height:
    the page never scrolls as a whole around the preview. Once a list is open the preview gets
    most of the height; the handle gives the setup back."""

    SETUP_SHARE = 0.15  # of the height, once a list is open (10 rows at 1280x800)
    SETUP_MIN = 90  # px: the file's line stays in sight

    def __init__(self, parent: QWidget, setup_parts: list[QWidget], preview: QWidget) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setObjectName("bulkSplit")
        setup = QWidget(self)
        setup.setObjectName("bulkSetup")
        setup.setProperty("page", True)  # the page's background behind the cards
        box = QVBoxLayout(setup)
        box.setContentsMargins(0, 0, 0, 0)
        for part in setup_parts:
            box.addWidget(part)
        box.addStretch(1)
        self.setup_scroll = QScrollArea(self)
        self.setup_scroll.setObjectName("bulkSetupScroll")
        self.setup_scroll.setWidgetResizable(True)
        self.setup_scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Not a Tab stop of its own: Tab goes through the setup's fields, which scroll into
        # sight as they take the focus.
        self.setup_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setup_scroll.setWidget(setup)
        self.setup, self.preview = setup, preview
        self.addWidget(self.setup_scroll)
        self.addWidget(preview)
        self.setStretchFactor(0, 0)
        self.setStretchFactor(1, 1)
        self.setChildrenCollapsible(False)
        self.setup_scroll.setMinimumHeight(self.SETUP_MIN)
        self._favour = False

    def favour_preview(self) -> None:
        """A list is open: the preview takes most of the height, now and as the window grows."""
        self._favour = True
        self._share()
        self.setup_scroll.verticalScrollBar().setValue(0)  # the page's title and the file first

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._share()

    def _share(self) -> None:
        total = sum(self.sizes())
        if total <= 0:
            return
        whole = self.setup.sizeHint().height()
        top = max(self.SETUP_MIN, int(total * self.SETUP_SHARE)) if self._favour else whole
        top = min(top, whole, total - self.preview.minimumSizeHint().height())
        self.setSizes([max(self.SETUP_MIN, top), total - max(self.SETUP_MIN, top)])
