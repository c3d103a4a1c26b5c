"""The embedded sandbox network: the portal in this process, on 127.0.0.1, data in the data dir."""

from __future__ import annotations

import logging
import time
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
    db = data_dir / "sandbox-portal.sqlite"
    try:
        return _start(db, show_splash=show_splash)
    except Exception as exc:
        if not db.exists():
            raise SandboxFailed(type(exc).__name__) from exc
        aside = db.with_name(f"{db.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
        log.warning("sandbox data unusable (%s); moved aside to %s", type(exc).__name__, aside)
        db.rename(aside)
        for extra in ("-wal", "-shm"):
            db.with_name(db.name + extra).unlink(missing_ok=True)
    try:
        return _start(db, show_splash=show_splash)
    except Exception as exc:
        raise SandboxFailed(type(exc).__name__) from exc


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
