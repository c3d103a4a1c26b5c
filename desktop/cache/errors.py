"""Why a cache file could not be used. The app moves a corrupt file aside and starts afresh."""

from __future__ import annotations


class CacheError(Exception):
    """The cache file cannot be used as it is."""


class CacheCorrupt(CacheError):
    """Not an SQLite file, not ours, or damaged. Move it aside (Cache.quarantine) and start afresh."""


class CacheTooNew(CacheError):
    """Written by a newer Supplier Desk. Leave the file alone."""
