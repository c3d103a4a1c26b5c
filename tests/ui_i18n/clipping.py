"""Find text a user cannot read whole: labels and buttons smaller than their text needs, or
drawn over one another (a layout squeezed below its minimum lets its rows overlap)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget


def settle() -> None:
    """Let the layouts Qt asked for run now (they are posted, not done at once)."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


def _texts(root: QWidget) -> list[QWidget]:
    return [
        w
        for w in root.findChildren(QWidget)
        if isinstance(w, QLabel | QAbstractButton)
        and w.text()
        and w.isVisibleTo(root.window())
        and w.width() > 0
    ]


def overlapping(root: QWidget, slack: int = 2) -> list[str]:
    """Texts of one parent whose places cross (more than `slack` pixels each way)."""
    found = []
    texts = _texts(root)
    for i, a in enumerate(texts):
        for b in texts[i + 1 :]:
            if a.parentWidget() is not b.parentWidget():
                continue
            both = a.geometry().intersected(b.geometry())
            if both.width() > slack and both.height() > slack:
                found.append(
                    f"{a.objectName()} {a.text()[:30]!r} over {b.objectName()} {b.text()[:30]!r}"
                )
    return found


def clipped(root: QWidget, slack: int = 2) -> list[str]:
    settle()
    found = overlapping(root, slack)
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
