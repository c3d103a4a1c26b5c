"""The app-shell fixtures (a signed-in session against the real portal, a memory keychain)."""

from __future__ import annotations

from tests.ui.conftest import memory_keyring, start_app  # noqa: F401 - fixtures shared
