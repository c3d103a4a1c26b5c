"""Nothing secret on disk or in logs: a whole session of the real app (sign in through the
dialog with "Remember me", sync, a refresh, a connection request, log out) with a known
password, then every file of the data folder (cache, its WAL, settings) and the log folder is
searched for the password and every token the portal handed out: zero hits. Logging out
deletes the refresh token from the keychain, and the portal revokes it."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
import requests
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from desktop.app.logging_setup import setup_logging
from desktop.app.startup import Options, start_session
from desktop.domain.types import RequestDraft
from desktop.views.dialogs.sign_in_dialog import SignInDialog
from portal.rules.auth import hash_password
from portal.store import models as m
from portal.store.db import Database
from tests.hardening.conftest import StartPortal
from tests.hardening.helpers import expire_access_tokens, free_buyer_ids
from tests.keyring_backend import MemoryKeyring
from wire.schemas import SessionTokens

PASSWORD = "Tess-Kx7!q9-unique-passphrase"
TIMEOUT_MS = 60000


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


@pytest.fixture
def debug_log(tmp_path: Path) -> Iterator[Path]:
    """The app's own log file, at DEBUG (everything any module says), removed afterwards."""
    root = logging.getLogger()
    level = root.level
    for handler in [h for h in root.handlers if getattr(h, "_supplier_desk", False)]:
        root.removeHandler(handler)
    folder = tmp_path / "logs"
    setup_logging(folder, level=logging.DEBUG)
    yield folder
    for handler in [h for h in root.handlers if getattr(h, "_supplier_desk", False)]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)


def _add_user(db_url: str) -> None:
    """tess: a user of oskar's supplier account, with a password found nowhere else."""
    db = Database(db_url)
    with db.write_session() as s:
        oskar = s.query(m.User).filter_by(username="oskar").one()
        user = m.User(
            id=str(uuid.uuid4()),
            username="tess",
            display_name="Tess",
            password_hash=hash_password(PASSWORD),
        )
        s.add(user)
        s.flush()
        s.add_all(m.UserAccount(user_id=user.id, account_id=a.id) for a in oskar.accounts)
        s.commit()
    db.dispose()


def _hits(folders: list[Path], secrets: set[str]) -> list[str]:
    found = []
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                found += [f"{path.name}: {s[:6]}..." for s in secrets if s.encode() in data]
    return found


def test_a_whole_session_leaves_no_secret_behind(
    qtbot: QtBot,
    tmp_path: Path,
    start_portal: StartPortal,
    memory_keyring: MemoryKeyring,
    debug_log: Path,
) -> None:
    server = start_portal()
    _add_user(server.db_url)
    data = tmp_path / "data"

    def ask(dialog: SignInDialog) -> int:
        dialog.show()
        qtbot.keyClicks(dialog.password, PASSWORD)
        if not dialog.remember.isChecked():
            qtbot.mouseClick(dialog.remember, Qt.MouseButton.LeftButton)
        assert dialog.remember.isChecked()
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=TIMEOUT_MS)
        return dialog.result()

    opts = Options(portal=server.base_url, user="tess", data_dir=data, splash=False)
    session = start_session(opts, notify=lambda *_: None, ask_sign_in=ask)
    assert session is not None
    qtbot.addWidget(session.window)
    tokens: list[SessionTokens] = []
    try:
        assert session.client.tokens is not None
        tokens.append(session.client.tokens)
        session.client.on_tokens_changed(lambda t: tokens.append(t) if t else None)
        ctx = session.ctx
        qtbot.waitUntil(
            lambda: ctx.status.online and bool(ctx.status.last_synced_at), timeout=TIMEOUT_MS
        )
        assert list(memory_keyring.secrets.values()) == [tokens[0].refresh_token]
        # Fifteen minutes pass: the next sync refreshes; the keychain keeps the new token.
        expire_access_tokens(server.db_url)
        buyer = free_buyer_ids(server.db_url, 1)[0]
        queued: list[str] = []

        def enqueue() -> str:
            account_id = session.cache.accounts()[0].id
            return session.cache.enqueue_request(
                RequestDraft(account_id=account_id, buyer_ids=(buyer,), notes="secret test")
            )

        ctx.tasks.run(enqueue, queued.append)
        qtbot.waitUntil(lambda: bool(queued), timeout=TIMEOUT_MS)
        ctx.request_sync()
        qtbot.waitUntil(
            lambda: len(tokens) >= 2 and ctx.status.queued_requests == 0, timeout=TIMEOUT_MS
        )
        assert list(memory_keyring.secrets.values()) == [tokens[-1].refresh_token]
        # Log out: the keychain forgets, the portal ends the sign-in.
        # A refresh the portal answered just before the click lands just after it (a sync's
        # refresh racing the log out): its new token is not kept either.
        answered = requests.post(
            f"{server.base_url}/v1/session/refresh",
            json={"refresh_token": tokens[-1].refresh_token},
            timeout=15,
        )
        assert answered.status_code == 200, answered.text
        last = SessionTokens.model_validate(answered.json())
        session.window.log_out_requested.emit()
        assert memory_keyring.secrets == {}
        session.client._set_tokens(last)  # the late answer reaches the client now
        assert tokens[-1] == last
        assert memory_keyring.secrets == {}

        def revoked() -> bool:
            r = requests.post(
                f"{server.base_url}/v1/session/refresh",
                json={"refresh_token": last.refresh_token},
                timeout=15,
            )
            return r.status_code == 401

        qtbot.waitUntil(revoked, timeout=TIMEOUT_MS)
        me = requests.get(
            f"{server.base_url}/v1/me",
            headers={"Authorization": f"Bearer {last.access_token}"},
            timeout=15,
        )
        assert me.status_code == 401
    finally:
        session.ctx.shutdown()
        session.client.close()
        session.cache.close()
    secrets = {PASSWORD} | {t.access_token for t in tokens} | {t.refresh_token for t in tokens}
    assert len(tokens) >= 2
    # The app's own lines are there (not only a library's): the scan below reads a real log.
    assert "sync done:" in (debug_log / "supplier-desk.log").read_text("utf-8")
    assert _hits([data, debug_log], secrets) == []
    planted = tmp_path / "planted"  # the search does find a secret where there is one
    planted.mkdir()
    (planted / "x.bin").write_bytes(b"\x00" + tokens[-1].refresh_token.encode() + b"\x00")
    assert len(_hits([planted], secrets)) == 1
