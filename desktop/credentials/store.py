"""Keyring behind a small face that never raises keyring's errors at the caller."""

from __future__ import annotations

import logging

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

log = logging.getLogger(__name__)


def _is_dead_backend(backend: KeyringBackend) -> bool:
    module = type(backend).__module__
    return module.startswith(("keyring.backends.fail", "keyring.backends.null"))


class CredentialStore:
    def __init__(self, service: str = "Supplier Desk") -> None:
        self.service = service

    @staticmethod
    def _key(portal_url: str, username: str) -> str:
        return f"{username}@{portal_url.rstrip('/')}"

    def available(self) -> bool:
        """False where there is no usable keychain: keep the secret for the session only."""
        try:
            backend = keyring.get_keyring()
        except Exception:
            return False
        if _is_dead_backend(backend):
            return False
        # A chainer with nothing behind it is no keychain either.
        backends = getattr(backend, "backends", None)
        return backends is None or any(not _is_dead_backend(b) for b in backends)

    def save(self, portal_url: str, username: str, secret: str) -> bool:
        if not self.available():
            return False
        try:
            keyring.set_password(self.service, self._key(portal_url, username), secret)
        except Exception as exc:  # keyring errors, D-Bus errors, locked keychains...
            log.warning("keychain: could not save (%s)", type(exc).__name__)
            return False
        return True

    def load(self, portal_url: str, username: str) -> str | None:
        if not self.available():
            return None
        try:
            return keyring.get_password(self.service, self._key(portal_url, username))
        except Exception as exc:
            log.warning("keychain: could not read (%s)", type(exc).__name__)
            return None

    def delete(self, portal_url: str, username: str) -> bool:
        if not self.available():
            return False
        try:
            keyring.delete_password(self.service, self._key(portal_url, username))
        except keyring.errors.PasswordDeleteError:
            return True  # nothing stored: as good as deleted
        except Exception as exc:
            log.warning("keychain: could not delete (%s)", type(exc).__name__)
            return False
        return True
