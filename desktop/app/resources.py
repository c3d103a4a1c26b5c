"""Where the style sheet and icons live; the one place that knows the resources/ folder."""

from __future__ import annotations

import logging
from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

log = logging.getLogger(__name__)

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
ICONS = RESOURCES / "icons"


def icon_path(name: str) -> str:
    return str(ICONS / f"{name}.svg")


@cache
def icon(name: str) -> QIcon:
    return QIcon(icon_path(name))


def app_icon() -> QIcon:
    path = RESOURCES / "app_icon.svg"
    if not path.is_file():
        _warn_missing_icon(str(path))
    return QIcon(str(path))


@cache
def _warn_missing_icon(path: str) -> None:
    """Once per run: the app starts without its icon (a damaged installation), and the log says
    which file is missing."""
    log.warning("application icon missing: %s (the windows show none)", path)


def style_sheet() -> str:
    """resources/style.qss with `@icons/` made absolute (QSS urls are relative to the cwd)."""
    text = (RESOURCES / "style.qss").read_text(encoding="utf-8")
    return text.replace("@icons/", ICONS.as_posix() + "/")
