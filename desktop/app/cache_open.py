"""Open the local cache, whatever state the file is in, and tell the user what happened."""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.cache import Cache, CacheCorrupt, CacheTooNew

log = logging.getLogger(__name__)

Notify = Callable[[str, str], None]  # (title, message)


def open_cache(path: Path, notify: Notify) -> Cache:
    """Corrupt: moved aside, fresh start. Newer: left alone, a temporary cache for this run."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        return Cache.open(path)
    except CacheCorrupt:
        moved = Cache.quarantine(path)
        log.warning("cache was damaged; moved aside to %s", moved.name)
        notify(
            QCoreApplication.translate("CacheOpen", "Local data damaged"),
            QCoreApplication.translate(
                "CacheOpen",
                "The local copy of your data was damaged. It was moved aside to {file} and "
                "Supplier Desk starts afresh; your data is downloaded again from the portal.",
            ).format(file=moved.name),
        )
        return Cache.open(path)
    except CacheTooNew:
        log.warning("cache was written by a newer version; using a temporary cache")
        notify(
            QCoreApplication.translate("CacheOpen", "Local data from a newer version"),
            QCoreApplication.translate(
                "CacheOpen",
                "The local copy of your data was made by a newer version of Supplier Desk. "
                "It is left untouched; this session works on a temporary copy downloaded "
                "again from the portal.",
            ),
        )
        temp = Path(tempfile.mkdtemp(prefix="supplier-desk-")) / path.name
        return Cache.open(temp)
