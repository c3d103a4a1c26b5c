"""The bulk connect page's split: the list's setup above, the preview below (the layout is the
Designer form ui/bulk_connect_page.ui; this keeps the share of the height between them)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QScrollArea, QSplitter, QWidget


class Split(QSplitter):
    """The list's setup above (its own scroll area), the preview below taking the free height:
    the page never scrolls as a whole around the preview. Once a list is open the preview gets
    most of the height; the handle gives the setup back."""

    SETUP_SHARE = 0.15  # of the height, once a list is open (10 rows at 1280x800)
    SETUP_MIN = 90  # px: the file's line stays in sight

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setup_scroll: QScrollArea
        self.setup: QWidget
        self.preview: QWidget
        self._arranged = False  # the form has put in the parts
        self._favour = False

    def arrange(self) -> None:
        """Once the form has put in the setup's scroll area and the preview below it."""
        scroll, preview, setup = self.widget(0), self.widget(1), None
        if isinstance(scroll, QScrollArea):
            setup = scroll.widget()
        assert isinstance(scroll, QScrollArea) and setup is not None and preview is not None
        self.setup_scroll, self.setup, self.preview = scroll, setup, preview
        self._arranged = True
        self.setStretchFactor(0, 0)
        self.setStretchFactor(1, 1)
        self.setChildrenCollapsible(False)
        # Not a Tab stop of its own: Tab goes through the setup's fields, which scroll into
        # sight as they take the focus.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setMinimumHeight(self.SETUP_MIN)

    def favour_preview(self) -> None:
        """A list is open: the preview takes most of the height, now and as the window grows."""
        self._favour = True
        self._share()
        if self._arranged:  # the page's title and the file first
            self.setup_scroll.verticalScrollBar().setValue(0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._share()

    def _share(self) -> None:
        total = sum(self.sizes())
        if total <= 0 or not self._arranged:
            return
        whole = self.setup.sizeHint().height()
        top = max(self.SETUP_MIN, int(total * self.SETUP_SHARE)) if self._favour else whole
        top = min(top, whole, total - self.preview.minimumSizeHint().height())
        self.setSizes([max(self.SETUP_MIN, top), total - max(self.SETUP_MIN, top)])
