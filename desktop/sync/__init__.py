"""Talking to the portal: the HTTP client, the delta pull and the outbox push."""

from __future__ import annotations

from .client import MAX_ANSWER_BYTES, PortalClient
from .engine import PULL_ORDER, Progress, SyncCancelled, SyncEngine
from .errors import (
    AuthFailed,
    BadAnswer,
    PortalError,
    PortalRefused,
    PortalUnreachable,
    TooManyAttempts,
)

__all__ = [
    "MAX_ANSWER_BYTES",
    "PULL_ORDER",
    "AuthFailed",
    "BadAnswer",
    "PortalClient",
    "PortalError",
    "PortalRefused",
    "PortalUnreachable",
    "Progress",
    "SyncCancelled",
    "SyncEngine",
    "TooManyAttempts",
]
