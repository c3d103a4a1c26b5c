"""Local offline store: SQLAlchemy over a SQLite file (WAL), versioned schema with migrations."""

from __future__ import annotations

from .errors import CacheCorrupt, CacheError, CacheTooNew
from .migrations import SCHEMA_VERSION
from .pages import COLLECTIONS
from .store import Cache, cache_path_for

__all__ = [
    "COLLECTIONS",
    "SCHEMA_VERSION",
    "Cache",
    "CacheCorrupt",
    "CacheError",
    "CacheTooNew",
    "cache_path_for",
]
