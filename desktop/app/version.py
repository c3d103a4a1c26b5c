"""Which Supplier Desk this is: the package metadata's version, or the one baked into a bundle.

The PyInstaller spec writes `desktop/VERSION` into the bundle from the same metadata, so a
frozen app knows its version even where importlib.metadata finds no distribution.
"""

from __future__ import annotations

import sys
from importlib import metadata
from pathlib import Path

DISTRIBUTION = "supplier-desk"
BAKED = Path(__file__).resolve().parents[1] / "VERSION"


def is_frozen() -> bool:
    """True inside a PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False))


def install_folder() -> Path:
    """Where the app's files are: the bundle's folder, or the `desktop` package's."""
    if is_frozen():
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
    return Path(__file__).resolve().parents[1]


def app_version() -> str:
    if is_frozen() and BAKED.is_file():
        return BAKED.read_text(encoding="utf-8").strip()
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        pass
    try:
        return BAKED.read_text(encoding="utf-8").strip()
    except OSError:
        return "0+unknown"
