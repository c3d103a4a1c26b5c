"""`supplier-desk --screenshots DIR` renders every page and exits 0."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from desktop.views.main_window import PAGES


def test_screenshots_command_writes_every_page(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "shots"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop",
            "--screenshots",
            str(out),
            "--lang",
            "pl",
            "--data-dir",
            str(tmp_path / "data"),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr[-2000:]
    names = sorted(p.name for p in out.glob("*.png"))
    for number, (key, _page) in enumerate(PAGES, start=1):
        assert f"{number:02d}-{key}.png" in names
    assert {"90-offline.png", "91-sign-in.png", "50-about.png", "52-notices.png"} <= set(names)
    # The Connect page's states, reached by driving the real widgets.
    assert {
        "40-connect-search.png",
        "41-connect-selected.png",
        "42-connect-group.png",
        "43-connect-outcome.png",
    } <= set(names)
    # Where is my invoice? and Connect with many customers, each state its own file.
    assert {
        "30-home-invoices.png",
        "31-invoices.png",
        "32-invoices-search.png",
        "34-invoice-detail.png",
        "35-invoice-timeline.png",
        "36-sync-progress.png",
        "21-bulk-preview.png",
        "22-bulk-outcome.png",
    } <= set(names)
    image = QImage(str(out / "01-home.png"))
    assert image.width() >= 1280 and image.height() >= 800
