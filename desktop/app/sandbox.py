"""The embedded sandbox network: the portal in this process, on 127.0.0.1, data in the data dir."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QLabel

from desktop.app.tasks import TaskRunner

SANDBOX_KEY = "sandbox://embedded"  # the cache key: the port changes on every start
SANDBOX_USER = "elise"
SANDBOX_PASSWORD = "sandbox"


def start_sandbox(data_dir: Path, *, show_splash: bool = True) -> Any:
    """Start (and seed, the first time) the sandbox portal off the GUI thread; -> PortalServer."""
    from portal.server import PortalServer

    server = PortalServer(f"sqlite:///{data_dir / 'sandbox-portal.sqlite'}", sandbox=True, port=0)
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
