from __future__ import annotations

import logging
from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null

from desktop.credentials import CredentialStore
from tests.keyring_backend import BrokenKeyring, MemoryKeyring

URL = "http://127.0.0.1:9"


@pytest.fixture
def use_keyring() -> Iterator[object]:
    before = keyring.get_keyring()

    def _use(backend: KeyringBackend) -> KeyringBackend:
        keyring.set_keyring(backend)
        return backend

    yield _use
    keyring.set_keyring(before)


def test_round_trip_in_memory_keychain(use_keyring) -> None:
    backend = use_keyring(MemoryKeyring())
    store = CredentialStore()
    assert store.available()
    assert store.load(URL, "elise") is None
    assert store.save(URL, "elise", "refresh-secret")
    assert store.load(URL, "elise") == "refresh-secret"
    assert store.load(URL, "oskar") is None
    assert store.load("http://other", "elise") is None
    assert store.delete(URL, "elise")
    assert store.load(URL, "elise") is None
    assert store.delete(URL, "elise")  # nothing stored: still fine
    assert backend.secrets == {}


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()])
def test_no_keychain_is_not_available(use_keyring, backend: KeyringBackend) -> None:
    use_keyring(backend)
    store = CredentialStore()
    assert not store.available()
    assert store.save(URL, "elise", "s") is False
    assert store.load(URL, "elise") is None
    assert store.delete(URL, "elise") is False


def test_broken_keychain_never_raises_nor_logs_the_secret(
    use_keyring, caplog: pytest.LogCaptureFixture
) -> None:
    use_keyring(BrokenKeyring())
    store = CredentialStore()
    with caplog.at_level(logging.DEBUG):
        assert store.save(URL, "elise", "TOP-SECRET-TOKEN") is False
        assert store.load(URL, "elise") is None
        assert store.delete(URL, "elise") is False
    assert "TOP-SECRET-TOKEN" not in caplog.text
