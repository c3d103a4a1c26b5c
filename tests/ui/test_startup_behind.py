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
from sqlalchemy import select

from desktop.app.sandbox import SANDBOX_KEY, SANDBOX_USER, SandboxNetwork
from desktop.app.services import LocalState
from desktop.app.startup import Options, start_session
from desktop.cache import Cache, cache_path_for
from desktop.cache.rows import ticket_of
from desktop.cache.schema import TicketOrm
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
    home_reads_need_no_orm(cache_path_for(data, SANDBOX_KEY, SANDBOX_USER))

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
        built_when_filled: list[list[str]] = []
        home.first_filled.connect(lambda: built_when_filled.append(list(window.pages.built())))
        qtbot.waitUntil(lambda: home._dashboard is not None, timeout=20000)
        assert built_when_filled == [["home"]]  # the other pages' imports wait for Home
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
    qtbot.waitUntil(lambda: len(window.pages.built()) == len(window.pages), timeout=60000)
    session.close()


def home_reads_need_no_orm(path: Path) -> None:
    """What the first frame and Home show, read from a filled cache: plain sqlite3, the ORM
    (SQLAlchemy) not made; a write makes it."""
    cache = Cache.open(path)
    try:
        local = LocalState.read(cache)
        board = cache.invoice_dashboard(None, limit=5)
        tickets = cache.tickets()
        written = cache.invoices_written
        drafts, outgoing = written.drafts(None), written.outgoing()
        assert local.accounts and local.last_synced_at is not None
        assert board.total > 0 and tickets and drafts == [] and outgoing == []
        assert cache._orm_made is None  # noqa: SLF001 - what the start did not import
        cache.mark_synced(local.last_synced_at)  # a write makes it
        assert cache._orm_made is not None  # noqa: SLF001
        with cache._reader() as s:  # noqa: SLF001 - the ORM's reading of the same rows
            rows = s.scalars(select(TicketOrm).order_by(TicketOrm.created_at.desc()))
            assert [ticket_of(r) for r in rows] == tickets
    finally:
        cache.close()


# At the first paint: the network's server code, Alembic, the keychain, the rule book
# (compiled in a child process once the first sync has ended), SQLAlchemy (the cache's ORM:
# the start reads over plain sqlite3) and the sync client (requests, the wire models: made by
# the first sync, behind the window).
HEAVY_PACKAGES = (
    "portal",
    "fastapi",
    "uvicorn",
    "alembic",
    "keyring",
    "sqlalchemy",
    "requests",
    "urllib3",
    "pydantic",
)
HEAVY_MODULES = (
    "einvoice.rules",
    "einvoice.rule_server",
    "wire.schemas",
    "wire.profile",
    "desktop.sync.client",
    "desktop.sync.engine",
    "desktop.cache.schema",
    "desktop.cache.collections",
    "desktop.views.invoice_followups",
)

PROBE = textwrap.dedent(
    """
    import json, os, sys
    from PySide6.QtCore import QEvent
    from desktop.views import main_window

    shown = main_window.MainWindow.event

    def event(self, e):
        handled = shown(self, e)
        if e.type() == QEvent.Type.Paint:
            packages, modules = json.loads(sys.argv[2]), json.loads(sys.argv[3])
            heavy = sorted(
                m for m in sys.modules if m.split(".")[0] in packages or m in modules
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
        [
            sys.executable,
            "-c",
            PROBE,
            str(tmp_path / "data"),
            json.dumps(HEAVY_PACKAGES),
            json.dumps(HEAVY_MODULES),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        cwd=ROOT,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("LOADED ")]
    assert lines, done.stderr[-2000:]
    assert json.loads(lines[0].removeprefix("LOADED ")) == []


def test_the_dashboards_own_constants_are_the_appliers() -> None:
    """invoice_queries keeps its own status ranks and deferred-index key (importing
    desktop.cache.invoices would bring the wire models into the start): the same values."""
    from desktop.cache import invoice_queries, invoices

    assert invoice_queries.STATUS_RANK == invoices.STATUS_RANK
    assert invoice_queries.DEFERRED_KEY == invoices.DEFERRED_KEY
