"""Status changes told to screen readers (Windows UI Automation, macOS VoiceOver, AT-SPI).

A sighted user sees the offline strip appear or a CONNECT outcome turn green; a screen reader
user hears it only when the app announces it. Qt 6.8+ has an announcement event for exactly
this; the text is also kept (the last few) so a test can hear what was said.
"""

from __future__ import annotations

from collections import deque

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget

HEARD: deque[str] = deque(maxlen=50)  # what was announced last, newest at the end


def announce(widget: QWidget, text: str, *, urgent: bool = False) -> None:
    """Say `text` on behalf of `widget`; `urgent` interrupts what the reader is saying."""
    if not text:
        return
    HEARD.append(text)
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive
        if urgent
        else QAccessible.AnnouncementPoliteness.Polite
    )
    QAccessible.updateAccessibility(event)
