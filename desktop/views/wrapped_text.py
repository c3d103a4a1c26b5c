"""Word-wrapped labels keep every line, whatever the font size, language or window size.

Qt sizes a window from its labels' size hints, which do not count the lines a wrapped label
needs at the width it is given: with a larger system font, a longer language or a small screen
the last lines were cut off. Holding each wrapped label's height for its width as its minimum
makes the layout, and so the window's minimum size, include them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QLabel, QWidget

_RECHECK = frozenset(
    {
        QEvent.Type.Resize,
        QEvent.Type.LayoutRequest,
        QEvent.Type.FontChange,
        QEvent.Type.StyleChange,
        QEvent.Type.Show,
    }
)


class WrappedLinesKept(QObject):
    """Watches `holder` (the widget whose layout holds the wrapped labels) and its labels."""

    grew = Signal()  # a label needs other room than before (a window with a fixed minimum
    # size, such as a QWizard, recomputes it)

    def __init__(self, holder: QWidget) -> None:
        super().__init__(holder)
        self.holder = holder
        # A label's own heightForWidth never goes below its minimum height: measure on a twin.
        self._twin = QLabel()
        self._twin.setWordWrap(True)
        self.destroyed.connect(self._twin.deleteLater)
        holder.installEventFilter(self)
        for label in self.labels():
            label.installEventFilter(self)

    def labels(self) -> list[QLabel]:
        return [label for label in self.holder.findChildren(QLabel) if label.wordWrap()]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _RECHECK:
            self.keep()
        return False

    def keep(self) -> None:
        changed = False
        for label in self.labels():
            width = label.width()
            if width <= 0 or not label.isVisibleTo(self.holder):
                continue
            needed = self.height_for(label, width) if label.text() else 0
            if needed != label.minimumHeight():
                label.setMinimumHeight(needed)
                changed = True
        if changed:
            self.grew.emit()

    def height_for(self, label: QLabel, width: int) -> int:
        """The height `label`'s text needs at `width`, whatever minimum it holds now."""
        twin = self._twin
        twin.setFont(label.font())
        twin.setTextFormat(label.textFormat())
        twin.setContentsMargins(label.contentsMargins())
        twin.setMargin(label.margin())
        twin.setIndent(label.indent())
        twin.setText(label.text())
        return twin.heightForWidth(width)


def keep_wrapped_lines(holder: QWidget) -> WrappedLinesKept:
    return WrappedLinesKept(holder)
