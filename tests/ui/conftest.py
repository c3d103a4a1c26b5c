"""Fixtures for the app shell: a signed-in session against the real portal, a memory keychain."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
from pytestqt.qtbot import QtBot

from desktop.app.i18n import QM_DIR, Translations
from desktop.app.startup import Options, Session, start_session
from desktop.credentials import CredentialStore
from desktop.sync import PortalClient
from desktop.views.dialogs.sign_in_dialog import SignInDialog
from desktop.views.pages.relationships_page import RelationshipsPage
from tests.keyring_backend import MemoryKeyring

StartApp = Callable[..., Session]


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Only the OS keychain is replaced; everything else is real."""
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


def remember_sign_in(url: str, username: str = "elise", password: str = "sandbox") -> None:
    """What "Remember me" leaves behind: a refresh token in the keychain."""
    client = PortalClient(url)
    try:
        tokens = client.sign_in(username, password)
        assert CredentialStore().save(url, username, tokens.refresh_token)
    finally:
        client.close()


@pytest.fixture
def start_app(qtbot: QtBot, tmp_path: Path, memory_keyring: MemoryKeyring) -> Iterator[StartApp]:
    """`start_app(url)` -> a Session resumed from a stored sign-in (no dialog), closed after."""
    sessions: list[Session] = []
    notes: list[tuple[str, str]] = []

    def start(
        url: str | None,
        *,
        data_dir: Path | None = None,
        retry_ms: int = 15000,
        sync_ms: int = 60000,
        remember: bool = True,
        user: str | None = "elise",
        ask: Callable[[SignInDialog], int] | None = None,
    ) -> Session:
        if url is not None and remember:
            remember_sign_in(url)
        opts = Options(
            portal=url,
            user=user,
            data_dir=data_dir or tmp_path / "data",
            retry_interval_ms=retry_ms,
            sync_interval_ms=sync_ms,
            splash=False,
        )
        session = start_session(
            opts, notify=lambda title, text: notes.append((title, text)), ask_sign_in=ask
        )
        assert session is not None
        qtbot.addWidget(session.window)
        sessions.append(session)
        return session

    yield start
    for session in sessions:
        session.ctx.shutdown()
        session.client.close()
        session.cache.close()
        if session.server is not None:
            session.server.stop()


def relationships_page(session: Session) -> RelationshipsPage:
    page = session.window.pages["relationships"]
    assert isinstance(page, RelationshipsPage)
    return page


def wait_for_rows(qtbot: QtBot, session: Session, timeout: int = 30000) -> RelationshipsPage:
    page = relationships_page(session)
    # The list is windowed: the count comes first, then the first window's rows.
    qtbot.waitUntil(
        lambda: page.model.rowCount() > 0 and page.model.row_at(0) is not None, timeout=timeout
    )
    return page


@pytest.fixture
def polish(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The UI in Polish (the .qm built first where a fresh clone has none)."""
    if not (QM_DIR / "supplier_desk_pl.qm").exists():
        from scripts.build_translations import main as build

        build()
    translations = Translations()
    translations.install("pl")
    yield
    translations.remove()
