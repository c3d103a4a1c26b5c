"""Invoices by status as horizontal bars, painted with QPainter (no QtCharts: it would add
hundreds of MB to the installers for one small chart).

Colours come from the style sheet (`qproperty-goodColor` etc. on `StatusChart`), like every
other colour in the app; a click on a bar asks for that status (`status_clicked`).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Property, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.domain.tones import Tone
from desktop.models.formats import format_count, with_count


@dataclass(frozen=True)
class ChartBar:
    key: str  # the status's machine word
    label: str  # its name in the user's language
    count: int
    tone: Tone


class StatusChart(QWidget):
    status_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusChart")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setMouseTracking(True)
        self._bars: list[ChartBar] = []
        self._hits: list[tuple[QRectF, str]] = []
        self._colors: dict[str, QColor] = {
            Tone.GOOD: QColor("green"),
            Tone.WARN: QColor("orange"),
            Tone.BAD: QColor("red"),
            Tone.INFO: QColor("blue"),
            Tone.NEUTRAL: QColor("gray"),
            "text": QColor("black"),
            "track": QColor("lightgray"),
        }
        self._empty_text = ""
        self._widest = 0

    # --- data --------------------------------------------------------------------
    def set_bars(self, bars: list[ChartBar]) -> None:
        self._bars = list(bars)
        total = sum(b.count for b in bars)
        summary = "; ".join(f"{b.label}: {format_count(b.count)}" for b in bars)
        self.setAccessibleDescription(summary)
        self.setToolTip(
            with_count(self.tr("%n invoice(s) in the chosen range", "", total), total)
            + ("\n" + summary if bars else "")
        )
        self.updateGeometry()
        self.update()

    def bars(self) -> list[ChartBar]:
        return list(self._bars)

    def set_empty_text(self, text: str) -> None:
        self._empty_text = text
        self.update()

    # --- colours from the style sheet ---------------------------------------------
    def _color(self, name: str) -> QColor:
        return QColor(self._colors[name])

    def _set_color(self, name: str, value: QColor) -> None:
        self._colors[name] = QColor(value)
        self.update()

    goodColor = Property(  # noqa: N815 - the style sheet's qproperty-goodColor
        QColor, lambda s: s._color(Tone.GOOD), lambda s, v: s._set_color(Tone.GOOD, v)
    )
    warnColor = Property(  # noqa: N815
        QColor, lambda s: s._color(Tone.WARN), lambda s, v: s._set_color(Tone.WARN, v)
    )
    badColor = Property(  # noqa: N815
        QColor, lambda s: s._color(Tone.BAD), lambda s, v: s._set_color(Tone.BAD, v)
    )
    infoColor = Property(  # noqa: N815
        QColor, lambda s: s._color(Tone.INFO), lambda s, v: s._set_color(Tone.INFO, v)
    )
    neutralColor = Property(  # noqa: N815
        QColor, lambda s: s._color(Tone.NEUTRAL), lambda s, v: s._set_color(Tone.NEUTRAL, v)
    )
    textColor = Property(  # noqa: N815
        QColor, lambda s: s._color("text"), lambda s, v: s._set_color("text", v)
    )
    trackColor = Property(  # noqa: N815
        QColor, lambda s: s._color("track"), lambda s, v: s._set_color("track", v)
    )

    # --- geometry ----------------------------------------------------------------
    def _row_height(self) -> int:
        return self.fontMetrics().height() * 3 // 2

    def _content_width(self) -> int:
        """Whole status names, the counts, and room for a bar of some length."""
        metrics = self.fontMetrics()
        label = max((metrics.horizontalAdvance(b.label) for b in self._bars), default=0)
        count = max(
            (metrics.horizontalAdvance(format_count(b.count)) for b in self._bars), default=0
        )
        # Never narrower than it has been: one status chosen, the page does not jump.
        self._widest = max(self._widest, label + count + metrics.averageCharWidth() * 10 + 24)
        return self._widest

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        rows = max(len(self._bars), 3)
        width = max(metrics.averageCharWidth() * 42, self._content_width())
        return QSize(width, rows * self._row_height() + metrics.height())

    def minimumSizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        width = max(metrics.averageCharWidth() * 30, self._content_width())
        return QSize(width, 3 * self._row_height())

    # --- painting ------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self.font())
        metrics = self.fontMetrics()
        self._hits = []
        area = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        if not self._bars or not any(b.count for b in self._bars):
            painter.setPen(self._color("text"))
            painter.drawText(
                area, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self._empty_text
            )
            return
        count_width = max(metrics.horizontalAdvance(format_count(b.count)) for b in self._bars) + 8
        # Whole status names first; the bars take what is left, at least a few characters.
        least_track = metrics.averageCharWidth() * 6
        label_width = max(metrics.horizontalAdvance(b.label) for b in self._bars) + 12
        label_width = min(label_width, int(area.width() - count_width - least_track))
        track_width = max(area.width() - label_width - count_width, 10.0)
        biggest = max(b.count for b in self._bars) or 1
        row = self._row_height()
        bar_height = metrics.height() * 0.8
        text_color = self._color("text")
        for i, bar in enumerate(self._bars):
            top = area.top() + i * row
            line = QRectF(area.left(), top, area.width(), row)
            painter.setPen(text_color)
            label_rect = QRectF(area.left(), top, label_width - 6, row)  # a little slack
            label = metrics.elidedText(
                bar.label, Qt.TextElideMode.ElideRight, int(label_rect.width())
            )
            painter.drawText(
                label_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, label
            )
            track = QRectF(
                area.left() + label_width, top + (row - bar_height) / 2, track_width, bar_height
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self._color("track"))
            painter.drawRoundedRect(track, 2, 2)
            if bar.count:
                filled = QRectF(track)
                filled.setWidth(max(track_width * bar.count / biggest, 2.0))
                painter.setBrush(
                    self._color(bar.tone if bar.tone in self._colors else Tone.NEUTRAL)
                )
                painter.drawRoundedRect(filled, 2, 2)
            painter.setPen(text_color)
            count_rect = QRectF(track.right() + 6, top, count_width, row)
            painter.drawText(
                count_rect,
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                format_count(bar.count),
            )
            self._hits.append((line, bar.key))
        painter.end()

    # --- clicks ------------------------------------------------------------------
    def _key_at(self, x: float, y: float) -> str | None:
        return next((key for rect, key in self._hits if rect.contains(x, y)), None)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        over = self._key_at(event.position().x(), event.position().y())
        self.setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        key = self._key_at(event.position().x(), event.position().y())
        if key is not None and event.button() == Qt.MouseButton.LeftButton:
            self.status_clicked.emit(key)
        super().mouseReleaseEvent(event)
