"""The directory's search index: FTS5 trigram over folded names, kept by triggers."""

from __future__ import annotations

from portal.search.groups import group_detail
from portal.search.query import (
    QUERY_MAX,
    decode_cursor,
    encode_cursor,
    search_directory,
    search_raw,
)
from portal.search.schema import install_search_index, rebuild_search_index

__all__ = [
    "QUERY_MAX",
    "decode_cursor",
    "encode_cursor",
    "group_detail",
    "install_search_index",
    "rebuild_search_index",
    "search_directory",
    "search_raw",
]
