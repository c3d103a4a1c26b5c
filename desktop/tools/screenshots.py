"""`--screenshots DIR`: every registered page, the sign-in dialog and the offline state, as PNG."""

from __future__ import annotations

import logging
import shutil
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QSize, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QWidget

from desktop.app.startup import Options, Session, start_session
from desktop.credentials import CredentialStore
from desktop.domain.types import SyncStatus
from desktop.tools.screenshot_bulk import BulkScenes
from desktop.tools.screenshot_connect import ConnectScenes
from desktop.tools.screenshot_editor import EditorScenes
from desktop.tools.screenshot_extras import ExtraScenes, live_switch_to_polish
from desktop.tools.screenshot_invoices import InvoiceScenes
from desktop.tools.screenshot_verify import VerifyScenes
from desktop.views.dialogs.sign_in_dialog import SignInDialog

log = logging.getLogger(__name__)

WINDOW_SIZE = QSize(1280, 800)
SYNC_TIMEOUT_MS = 180_000


def _wait(ms: int) -> None:
    """Let posted events (layouts, paints) run for a moment."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _wait_for_sync(session: Session) -> None:
    """Until the first sync has ended and every task it started has delivered."""
    ctx = session.ctx
    loop = QEventLoop()
    timeout = QTimer()
    timeout.setSingleShot(True)
    timeout.timeout.connect(loop.quit)

    def check(*_args: object) -> None:
        if ctx.sync_attempted and not ctx.tasks.busy():
            loop.quit()

    ctx.status_changed.connect(check)
    ctx.tasks.idle.connect(check)
    timeout.start(SYNC_TIMEOUT_MS)
    check()
    if not (ctx.sync_attempted and not ctx.tasks.busy()):
        loop.exec()
    ctx.status_changed.disconnect(check)
    ctx.tasks.idle.disconnect(check)


def _settle(session: Session) -> None:
    if session.ctx.tasks.busy():
        loop = QEventLoop()
        session.ctx.tasks.idle.connect(loop.quit)
        QTimer.singleShot(30_000, loop.quit)
        loop.exec()
        session.ctx.tasks.idle.disconnect(loop.quit)
    _wait(150)


def _save(widget: QWidget, path: Path) -> Path:
    return _save_pixmap(widget.grab(), path)


def _save_pixmap(shot: QPixmap, path: Path) -> Path:
    if not shot.save(str(path)):
        raise OSError(f"could not write {path}")
    log.info("screenshot %s", path.name)
    return path


def take_screenshots(session: Session, out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    window = session.window
    window.resize(WINDOW_SIZE)
    window.show()
    _wait_for_sync(session)
    written: list[Path] = []
    for number, key in enumerate(window.page_keys(), start=1):
        window.show_page(key)
        _settle(session)
        written.append(_save(window, out_dir / f"{number:02d}-{key}.png"))

    # The Connect page as a supplier uses it: searching, a customer selected, a group
    # open with entities checked, and the network's answer after CONNECT.
    written += ConnectScenes(session, lambda: _settle(session)).take(out_dir, _save_pixmap)
    window.resize(WINDOW_SIZE)
    # Connect with many customers: import, preview, outcome.
    written += BulkScenes(session, lambda: _settle(session)).take(out_dir, _save_pixmap)
    window.resize(WINDOW_SIZE)
    # Every page of the verification wizard, driven through its widgets.
    written += VerifyScenes(session, lambda: _settle(session)).take(out_dir, _save_pixmap)
    window.resize(WINDOW_SIZE)
    # Where is my invoice? searched, filtered, an invoice's detail; a long sync's progress.
    written += InvoiceScenes(session, lambda: _settle(session)).take(out_dir, _save_pixmap)
    # My account, the invoice editor, its findings, a credit note and the PDF.
    written += EditorScenes(session, lambda: _settle(session)).take(out_dir, _save_pixmap)
    # About, the notices behind the header's bell, the group tree's marks.
    written += ExtraScenes(session, lambda: _settle(session)).take(out_dir, _save_pixmap)
    window.resize(WINDOW_SIZE)
    # Started in English, switched to Polish live: columns sized again, nothing left English.
    written += live_switch_to_polish(session, lambda: _settle(session), out_dir, _save_pixmap)

    # The offline state, as a supplier sees it when the portal does not answer.
    status = session.ctx.status
    synced = status.last_synced_at or datetime.now(UTC) - timedelta(hours=2)
    window.show_page("relationships")
    window.apply_status(SyncStatus(online=False, last_synced_at=synced, queued_requests=1))
    _settle(session)
    written.append(_save(window, out_dir / "90-offline.png"))
    window.apply_status(status)

    dialog = SignInDialog(
        session.client,
        CredentialStore(),
        "https://portal.example.net",
        username="elise",
        tasks=session.ctx.tasks,
        parent=window,
    )
    dialog.show()
    _wait(150)
    written.append(_save(dialog, out_dir / "91-sign-in.png"))
    dialog.show_error(QCoreApplication.translate("SignInDialog", "Wrong username or password."))
    _wait(100)
    written.append(_save(dialog, out_dir / "92-sign-in-error.png"))
    dialog.close()
    return written


def run_screenshots(opts: Options, out_dir: Path) -> int:
    scratch: Path | None = None
    if opts.portal is None:
        # A fresh sandbox every time: the shots are reproducible, and the requests they
        # send never reach the supplier's own sandbox data.
        scratch = Path(tempfile.mkdtemp(prefix="supplier-desk-shots-"))
        opts.data_dir = scratch
    session = start_session(opts)
    if session is None:
        return 1
    try:
        written = take_screenshots(session, out_dir)
    finally:
        session.close()
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)
    print("\n".join(str(p) for p in written))
    return 0
