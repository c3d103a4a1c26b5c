"""The directory's search index (placeholder, replaced by the real one)."""

from __future__ import annotations

from sqlalchemy.engine import Engine


def install_search_index(engine: Engine) -> None:
    """Create the search index and its triggers (idempotent)."""
