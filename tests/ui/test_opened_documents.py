"""Documents opened from a request's details do not pile up: old private copies go at start."""

from __future__ import annotations

import os
import time
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.operations.requests import DOCUMENTS_FOLDER, save_private_copy
from tests.ui.conftest import StartApp


def test_start_removes_copies_older_than_a_day_and_keeps_recent_ones(
    qtbot: QtBot, start_app: StartApp, portal_url: str, tmp_path: Path
) -> None:
    data_dir = tmp_path / "data"
    folder = data_dir / DOCUMENTS_FOLDER
    old = save_private_copy(folder, b"%PDF-1.4 old", "old.pdf")
    recent = save_private_copy(folder, b"%PDF-1.4 recent", "recent.pdf")
    two_days_ago = time.time() - 2 * 24 * 3600
    os.utime(old.parent, (two_days_ago, two_days_ago))

    start_app(portal_url, data_dir=data_dir)

    qtbot.waitUntil(lambda: not old.exists() and not old.parent.exists(), timeout=10000)
    assert recent.read_bytes() == b"%PDF-1.4 recent"
