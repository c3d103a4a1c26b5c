"""Contrast read off the pixels Qt draws: a widget's part is grabbed from its window (so the
surface behind it is the real one) and its colours are counted. The commonest colour is the
background; the colour that stands out most from it is what the user has to see (a word's
strokes, a box's edge, a tick). WCAG 2: 4.5:1 for text, 3:1 for the parts of a control."""

from __future__ import annotations

from array import array
from collections import Counter

from PySide6.QtCore import QCoreApplication, QEvent, QRect
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

TEXT = 4.5
GRAPHICS = 3.0
NOISE = 2  # a colour seen on fewer pixels than this is anti-aliasing, not a stroke


def luminance(rgb: int) -> float:
    channels = [((rgb >> shift) & 0xFF) / 255 for shift in (16, 8, 0)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def ratio(a: int, b: int) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def hex_of(rgb: int) -> str:
    return f"#{rgb & 0xFFFFFF:06x}"


def grab(widget: QWidget, rect: QRect | None = None) -> QImage:
    """`rect` of `widget` (its own coordinates) as its window paints it."""
    for _ in range(2):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    area = rect if rect is not None else widget.rect()
    window = widget.window()
    top_left = widget.mapTo(window, area.topLeft())
    shot = window.grab(QRect(top_left, area.size())).toImage()
    return shot.convertToFormat(QImage.Format.Format_RGB32)


def colours(image: QImage) -> Counter[int]:
    if image.isNull() or image.width() == 0 or image.height() == 0:
        return Counter({0: 1})
    pixels = array("I")
    pixels.frombytes(bytes(image.constBits()))  # RGB32 lines are never padded
    return Counter(p & 0xFFFFFF for p in pixels)


def dominant(image: QImage) -> int:
    return colours(image).most_common(1)[0][0]


def standout(image: QImage, against: int | None = None) -> tuple[float, int, int]:
    """(ratio, colour, background): the colour of `image` that stands out most from
    `against` (default: the image's commonest colour)."""
    counted = colours(image)
    background = counted.most_common(1)[0][0] if against is None else against
    best, best_colour = 1.0, background
    for colour, count in counted.items():
        if count >= NOISE and (r := ratio(colour, background)) > best:
            best, best_colour = r, colour
    return best, best_colour, background


def inset(rect: QRect, by: int) -> QRect:
    """`rect` without its edge (a button's border and focus ring are not its words)."""
    smaller = rect.adjusted(by, by, -by, -by)
    return smaller if smaller.width() > 2 and smaller.height() > 2 else rect
