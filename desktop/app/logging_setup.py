"""Logging to a rotating file in the user log dir. Nothing logged here may hold a secret."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

import platformdirs

APP_NAME = "Supplier Desk"


def default_log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def setup_logging(log_dir: Path | None = None, level: int = logging.INFO) -> Path:
    folder = log_dir or default_log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "supplier-desk.log"
    root = logging.getLogger()
    if not any(getattr(h, "_supplier_desk", False) for h in root.handlers):
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        handler._supplier_desk = True  # type: ignore[attr-defined]
        root.addHandler(handler)
        root.setLevel(level)
    # urllib3 logs full URLs with query strings; keep it quiet.
    logging.getLogger("urllib3").setLevel(logging.WARNING)
    return path
