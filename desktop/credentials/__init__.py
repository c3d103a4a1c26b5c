"""The OS keychain (keyring) for the refresh token. Never the password; never logged."""

from __future__ import annotations

from .store import CredentialStore

__all__ = ["CredentialStore"]
