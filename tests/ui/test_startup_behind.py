"""The window first: Home from the cache at once, the sandbox starting, signing in and syncing
behind it; no server code, keychain or rule book imported before the window's first paint."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.app.sandbox import SandboxNetwork
from desktop.app.startup import Options, start_session
from desktop.views.pages.home_page import HomePage
from tests.keyring_backend import MemoryKeyring

ROOT = Path(__file__).resolve().parents[2]


def test_window_shows_cached_home_before_the_sandbox_answers(
    qtbot: QtBot, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    data = tmp_path / "data"
    first = start_session(Options(data_dir=data, splash=False), notify=lambda *_: None)
    assert first is not None
    qtbot.waitUntil(lambda: first.ctx.status.last_synced_at is not None, timeout=60000)
    first.close()

    network = SandboxNetwork(data)
    held = network._lock  # the sandbox cannot start until the test lets it
    held.acquire()
    opts = Options(data_dir=data, splash=False, sandbox_behind=True)
    try:
        session = start_session(opts, notify=lambda *_: None, sandbox=network)
        assert session is not None
        window = session.window
        qtbot.addWidget(window)
        home = window.pages["home"]
        assert isinstance(home, HomePage)
        qtbot.waitUntil(lambda: home._dashboard is not None, timeout=20000)
        assert window.isVisible() and window.painted
        assert home._dashboard is not None and home._dashboard.total > 0  # the cached copy
        assert not network.started and session.client.tokens is None  # nobody answered yet
        state = window.status_widgets
        qtbot.waitUntil(lambda: state.progress.text() == "Starting the sandbox network…")
        assert not session.ctx.status.online
    finally:
        held.release()
    qtbot.waitUntil(lambda: session.ctx.status.online, timeout=60000)
    assert network.started and session.client.tokens is not None
    assert window.header.welcome.text() == "Welcome Elise"
    session.close()


PROBE = textwrap.dedent(
    """
    import json, os, sys
    from PySide6.QtCore import QEvent
    from desktop.views import main_window

    shown = main_window.MainWindow.event

    def event(self, e):
        handled = shown(self, e)
        if e.type() == QEvent.Type.Paint:
            # the network's server code, Alembic, the keychain, and the rule book (compiled
            # in a child process once the first sync has ended)
            heavy = sorted(
                m
                for m in sys.modules
                if m.split(".")[0] in ("portal", "fastapi", "uvicorn", "alembic", "keyring")
                or m in ("einvoice.rules", "einvoice.rule_server")
            )
            print("LOADED " + json.dumps(heavy), flush=True)
            os._exit(0)
        return handled

    main_window.MainWindow.event = event
    from desktop.app.main import main

    main(["--lang", "en", "--data-dir", sys.argv[1]])
    """
)


def test_nothing_heavy_is_imported_when_the_window_first_paints(tmp_path: Path) -> None:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
        XDG_STATE_HOME=str(tmp_path / "state"),
    )
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "data")],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        cwd=ROOT,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("LOADED ")]
    assert lines, done.stderr[-2000:]
    assert json.loads(lines[0].removeprefix("LOADED ")) == []
