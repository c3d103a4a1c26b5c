"""The embedded sandbox network: the portal in this process, on 127.0.0.1, data in the data dir."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QLabel

from desktop.app.tasks import TaskRunner

log = logging.getLogger(__name__)

SANDBOX_KEY = "sandbox://embedded"  # the cache key: the port changes on every start
SANDBOX_USER = "elise"
SANDBOX_PASSWORD = "sandbox"
SANDBOX_USERS = ("elise", "oskar")  # the demo users a person may switch between


class SandboxFailed(RuntimeError):
    """The embedded sandbox could not start, even on a fresh data file."""


def start_sandbox(data_dir: Path, *, show_splash: bool = True) -> Any:
    """Start (and seed, the first time) the sandbox portal; -> PortalServer.

    The sandbox's data is demo data: a damaged file is moved aside
    (`*.corrupt-<time>`) and the sandbox starts again on a fresh one.
    """
    return _with_fallback(data_dir, lambda db: _start(db, show_splash=show_splash))


def _with_fallback(data_dir: Path, start: Callable[[Path], Any]) -> Any:
    db = data_dir / "sandbox-portal.sqlite"
    try:
        return start(db)
    except Exception as exc:
        if not db.exists():
            raise SandboxFailed(type(exc).__name__) from exc
        aside = db.with_name(f"{db.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
        log.warning("sandbox data unusable (%s); moved aside to %s", type(exc).__name__, aside)
        db.rename(aside)
        for extra in ("-wal", "-shm"):
            db.with_name(db.name + extra).unlink(missing_ok=True)
    try:
        return start(db)
    except Exception as exc:
        raise SandboxFailed(type(exc).__name__) from exc


def _start_here(db: Path) -> Any:
    """Start the portal on this (a worker's) thread: its code is imported only now."""
    from portal.server import PortalServer

    server = PortalServer(f"sqlite:///{db}", sandbox=True, port=0)
    server.start()
    return server


class SandboxNetwork:
    """The embedded sandbox, started when first needed: behind the window, on the sync's
    worker (`ensure`), or at once with a splash (`start_now`, when a dialog needs it first).
    Its server code (portal.*, FastAPI, SQLAlchemy) is imported only then."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self._server: Any = None
        self._lock = threading.Lock()

    @property
    def started(self) -> bool:
        return self._server is not None

    @property
    def base_url(self) -> str:
        if self._server is None:
            raise RuntimeError("the sandbox network has not started")
        return str(self._server.base_url)

    def ensure(self) -> str:
        """On a worker thread: start it unless it runs; -> its URL. Raises SandboxFailed."""
        with self._lock:
            if self._server is None:
                self._server = _with_fallback(self.data_dir, _start_here)
        return self.base_url

    def start_now(self, *, show_splash: bool = True) -> str:
        """On the GUI thread, while a splash keeps painting; -> its URL."""
        if self._server is None:
            self._server = start_sandbox(self.data_dir, show_splash=show_splash)
        return self.base_url

    def stop(self) -> None:
        """Stop it for good (its base_url stays, answering no more)."""
        with self._lock:
            if self._server is not None:
                self._server.stop()


def _start(db: Path, *, show_splash: bool) -> Any:
    """Start the portal off the GUI thread while a splash keeps painting."""
    from portal.server import PortalServer

    server = PortalServer(f"sqlite:///{db}", sandbox=True, port=0)
    splash: QLabel | None = None
    if show_splash and isinstance(QCoreApplication.instance(), QApplication):
        splash = QLabel(
            QCoreApplication.translate("Sandbox", "Starting the sandbox network…"),
            None,
            Qt.WindowType.SplashScreen,
        )
        splash.setObjectName("splash")
        splash.setAlignment(Qt.AlignmentFlag.AlignCenter)
        splash.setMargin(splash.fontMetrics().height() * 2)
        splash.show()
    runner = TaskRunner()
    loop = QEventLoop()
    outcome: dict[str, Any] = {}
    runner.idle.connect(loop.quit)
    runner.run(
        server.start,
        lambda url: outcome.update(url=url),
        lambda exc: outcome.update(error=exc),
    )
    loop.exec()  # waits for the worker's signal; the GUI keeps painting meanwhile
    if splash is not None:
        splash.close()
        splash.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return server
