"""Where the style sheet and icons live; the one place that knows the resources/ folder."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
ICONS = RESOURCES / "icons"


def icon_path(name: str) -> str:
    return str(ICONS / f"{name}.svg")


@cache
def icon(name: str) -> QIcon:
    return QIcon(icon_path(name))


def app_icon() -> QIcon:
    return QIcon(str(RESOURCES / "app_icon.svg"))


def style_sheet() -> str:
    """resources/style.qss with `@icons/` made absolute (QSS urls are relative to the cwd)."""
    text = (RESOURCES / "style.qss").read_text(encoding="utf-8")
    return text.replace("@icons/", ICONS.as_posix() + "/")
