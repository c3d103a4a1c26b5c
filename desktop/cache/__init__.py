"""Local offline store: SQLAlchemy over a SQLite file (WAL), versioned schema with migrations."""

from __future__ import annotations

from .collections import SYNC_COLLECTIONS, SyncCollection
from .errors import CacheCorrupt, CacheError, CacheTooNew
from .migrations import SCHEMA_VERSION
from .store import Cache, cache_path_for

__all__ = [
    "SCHEMA_VERSION",
    "SYNC_COLLECTIONS",
    "Cache",
    "CacheCorrupt",
    "CacheError",
    "CacheTooNew",
    "SyncCollection",
    "cache_path_for",
]
