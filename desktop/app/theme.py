"""Light, dark and high-contrast looks: the OS says which, live; a setting or env may insist.

The one style sheet (resources/style.qss) is read first; the dark variant
(style_dark.qss) and the high-contrast one (style_high_contrast.qss, on top of the dark) only
recolour the same object names, so a rule added for a new widget keeps working in all three.
Controls the sheets do not style take a matching QPalette. The OS is asked through Qt's
style hints (`colorScheme`, `accessibility().contrastPreference`), and their change signals
apply a new choice at once while the app runs.
"""

from __future__ import annotations

import logging
import os
import re
import sys
from enum import StrEnum

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from desktop.app.resources import ICONS, RESOURCES

log = logging.getLogger(__name__)

ENV = "SUPPLIER_DESK_THEME"


class Theme(StrEnum):
    LIGHT = "light"
    DARK = "dark"
    HIGH_CONTRAST = "high-contrast"


# The files each theme reads, in order (later rules win).
SHEETS: dict[Theme, tuple[str, ...]] = {
    Theme.LIGHT: ("style.qss",),
    Theme.DARK: ("style.qss", "style_dark.qss"),
    Theme.HIGH_CONTRAST: ("style.qss", "style_dark.qss", "style_high_contrast.qss"),
}

# Window, surface (base), text, muted, accent, selection background, selection text.
_PALETTES: dict[Theme, tuple[str, ...]] = {
    Theme.LIGHT: ("#f2f4f7", "#ffffff", "#1d2433", "#5f6b7d", "#1a5fb4", "#d6e4f7", "#0b2545"),
    Theme.DARK: ("#11161d", "#0d1117", "#e6edf3", "#8b949e", "#6cb6ff", "#2d4a73", "#ffffff"),
    Theme.HIGH_CONTRAST: (
        "#000000",
        "#000000",
        "#ffffff",
        "#b0b0b0",
        "#ffff00",
        "#1aebff",
        "#000000",
    ),
}


# The system font size the sheet's point sizes are written for; a larger system font (the
# user's "text size" setting) scales every font in the sheet by the same ratio.
BASE_FONT_PT = 13.0 if sys.platform == "darwin" else 9.0
_FONT_SIZE = re.compile(r"font-size:\s*([0-9.]+)pt")


def system_font_scale() -> float:
    """How much larger than usual the system's font is (never below 1: we never shrink)."""
    size = QGuiApplication.font().pointSizeF()
    return max(1.0, size / BASE_FONT_PT) if size > 0 else 1.0


def theme_sheet(theme: Theme, font_scale: float = 1.0) -> str:
    """The style sheet text for `theme`, `@icons/` made absolute, fonts scaled."""
    text = "\n".join((RESOURCES / name).read_text(encoding="utf-8") for name in SHEETS[theme])
    if abs(font_scale - 1.0) > 0.01:
        text = _FONT_SIZE.sub(lambda m: f"font-size: {float(m.group(1)) * font_scale:.1f}pt", text)
    return text.replace("@icons/", ICONS.as_posix() + "/")


def parse_theme(value: str | None) -> Theme | None:
    """ "dark", "Dark", "high_contrast", "hc" -> a Theme; anything else None (the OS decides)."""
    if not value:
        return None
    word = value.strip().lower().replace("_", "-")
    if word in ("hc", "contrast", "high"):
        word = Theme.HIGH_CONTRAST.value
    try:
        return Theme(word)
    except ValueError:
        log.info("theme %r is not one we have; following the system", value)
        return None


def system_theme(
    scheme: Qt.ColorScheme | None = None, contrast: Qt.ContrastPreference | None = None
) -> Theme:
    """What the OS asks for: more contrast first, then its light or dark scheme (asked now,
    unless the values its change signals brought are given)."""
    hints = QGuiApplication.styleHints()
    scheme = hints.colorScheme() if scheme is None else scheme
    contrast = hints.accessibility().contrastPreference() if contrast is None else contrast
    if contrast == Qt.ContrastPreference.HighContrast:
        return Theme.HIGH_CONTRAST
    if scheme == Qt.ColorScheme.Dark:
        return Theme.DARK
    return Theme.LIGHT


def _palette(theme: Theme, base: QPalette) -> QPalette:
    """The look's colours on every role a control the sheets leave alone reads; the muted
    words (hints, disabled controls) keep 4.5:1 on their surface in every look."""
    window, surface, text, muted, accent, selection, selected_text = (
        QColor(c) for c in _PALETTES[theme]
    )
    palette = QPalette(base)
    role = QPalette.ColorRole
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, role.Window, window)
        palette.setColor(group, role.Base, surface)
        palette.setColor(group, role.AlternateBase, window)
        palette.setColor(group, role.Button, window)
        palette.setColor(group, role.ToolTipBase, surface)
        for r in (role.WindowText, role.Text, role.ButtonText, role.ToolTipText, role.BrightText):
            palette.setColor(group, r, text)
        palette.setColor(group, role.PlaceholderText, muted)
        palette.setColor(group, role.Highlight, selection)
        palette.setColor(group, role.HighlightedText, selected_text)
        palette.setColor(group, role.Link, accent)
    # Disabled: the same surfaces (a light button or field left from the light palette would
    # turn a disabled combo into a pale box with pale words), muted words.
    disabled = QPalette.ColorGroup.Disabled
    for r in (role.WindowText, role.Text, role.ButtonText, role.PlaceholderText):
        palette.setColor(disabled, r, muted)
    for r, value in ((role.Window, window), (role.Button, window), (role.AlternateBase, window)):
        palette.setColor(disabled, r, value)
    palette.setColor(disabled, role.Base, surface)
    palette.setColor(disabled, role.Highlight, selection)
    palette.setColor(disabled, role.HighlightedText, selected_text)
    return palette


class ThemeManager(QObject):
    """Applies the theme; follows the OS while nothing insists (`chosen` is None)."""

    theme_changed = Signal(str)

    def __init__(self, chosen: str | None = None, *, font_scale: float | None = None) -> None:
        """`font_scale`: fonts this much larger (None: as much as the system font is)."""
        super().__init__(QApplication.instance())
        self.chosen = parse_theme(os.environ.get(ENV)) or parse_theme(chosen)
        self.font_scale = system_font_scale() if font_scale is None else font_scale
        self.theme: Theme | None = None
        self._light_palette = QPalette(QGuiApplication.palette())
        hints = QGuiApplication.styleHints()
        self._scheme = hints.colorScheme()
        self._contrast = hints.accessibility().contrastPreference()
        hints.colorSchemeChanged.connect(self._scheme_changed)
        hints.accessibility().contrastPreferenceChanged.connect(self._contrast_changed)

    def wanted(self) -> Theme:
        return self.chosen or system_theme(self._scheme, self._contrast)

    def apply(self, theme: Theme | None = None) -> Theme:
        """Put `theme` (else the one wanted) in force on the whole application."""
        theme = theme or self.wanted()
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return theme
        if theme != self.theme:
            app.setPalette(_palette(theme, self._light_palette))
            app.setStyleSheet(theme_sheet(theme, self.font_scale))
            log.info("theme %s", theme.value)
            self.theme = theme
            self.theme_changed.emit(theme.value)
        return theme

    def choose(self, theme: str | None) -> Theme:
        """A theme the user insists on, or None to follow the OS again."""
        self.chosen = parse_theme(theme)
        return self.apply()

    def _scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        """The user switched the OS to dark or light mode while the app runs."""
        self._scheme = scheme
        if self.chosen is None:
            self.apply()

    def _contrast_changed(self, contrast: Qt.ContrastPreference) -> None:
        self._contrast = contrast
        if self.chosen is None:
            self.apply()
