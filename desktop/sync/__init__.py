"""Talking to the portal: the HTTP client, the delta pull and the outbox push.

The names below are imported from their modules when first used (PEP 562), so importing a
light module of this package (`desktop.sync.scheduler`, `desktop.sync.errors`) does not bring
in requests and the wire models: the app imports the client when its first sync starts,
behind the window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.lazy_names import lazy_names

if TYPE_CHECKING:
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

# name -> the module (in this package) that defines it
_HOMES = {
    "MAX_ANSWER_BYTES": "client",
    "PortalClient": "client",
    "PULL_ORDER": "engine",
    "Progress": "engine",
    "SyncCancelled": "engine",
    "SyncEngine": "engine",
    "AuthFailed": "errors",
    "BadAnswer": "errors",
    "PortalError": "errors",
    "PortalRefused": "errors",
    "PortalUnreachable": "errors",
    "TooManyAttempts": "errors",
}

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


__getattr__, __dir__ = lazy_names(__name__, _HOMES)
