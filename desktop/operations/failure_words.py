"""The sentence a user reads when an operation failed and its screen did not say more."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.cache.errors import CacheError
from desktop.sync.errors import AuthFailed, PortalRefused, PortalUnreachable


def failure_sentence(exc: BaseException) -> str:
    if isinstance(exc, PortalUnreachable):
        return QCoreApplication.translate(
            "Operations", "The network could not be reached. Try again when you are online."
        )
    if isinstance(exc, AuthFailed):
        return QCoreApplication.translate("Operations", "Your session has ended. Sign in again.")
    if isinstance(exc, PortalRefused):
        return QCoreApplication.translate("Operations", "The network refused this request.")
    if isinstance(exc, CacheError):
        return QCoreApplication.translate(
            "Operations", "The local data could not be read or written."
        )
    return QCoreApplication.translate(
        "Operations",
        "Something went wrong. Try again; if it keeps happening, restart Supplier Desk.",
    )
