"""Local offline store: SQLAlchemy over a SQLite file (WAL), versioned schema with migrations.

The names below are imported from their modules when first used (PEP 562). Neither this
package nor `Cache` brings in SQLAlchemy: the cache opens, and the start's reads run, over
plain sqlite3 (`desktop.cache.plain`); the ORM is imported when a `Cache` first needs it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.lazy_names import lazy_names

if TYPE_CHECKING:
    from .collections import SYNC_COLLECTIONS, SyncCollection
    from .errors import CacheCorrupt, CacheError, CacheTooNew
    from .migrations import SCHEMA_VERSION
    from .store import Cache, cache_path_for

# name -> the module (in this package) that defines it
_HOMES = {
    "SCHEMA_VERSION": "migrations",
    "SYNC_COLLECTIONS": "collections",
    "Cache": "store",
    "CacheCorrupt": "errors",
    "CacheError": "errors",
    "CacheTooNew": "errors",
    "SyncCollection": "collections",
    "cache_path_for": "store",
}

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


__getattr__, __dir__ = lazy_names(__name__, _HOMES)
