"""Find text a user cannot read whole: labels and buttons smaller than their text needs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget


def settle() -> None:
    """Let the layouts Qt asked for run now (they are posted, not done at once)."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


def clipped(root: QWidget, slack: int = 2) -> list[str]:
    settle()
    found = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root.window()) or w.width() <= 0:
            continue
        if isinstance(w, QLabel) and w.text() and w.pixmap().isNull():
            if w.wordWrap():
                need_h, need_w = w.heightForWidth(w.width()), 0
            else:
                need_w, need_h = w.sizeHint().width(), w.sizeHint().height()
        elif isinstance(w, QAbstractButton) and w.text():
            need_w, need_h = w.sizeHint().width(), w.sizeHint().height()
        else:
            continue
        if w.width() + slack < need_w or w.height() + slack < need_h:
            found.append(
                f"{type(w).__name__}#{w.objectName()} {w.text()[:40]!r}: "
                f"{w.width()}x{w.height()} < {need_w}x{need_h}"
            )
    return found
