"""The embedded sandbox over a portal file written before verification: it starts afresh."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop.app.sandbox import start_sandbox
from portal.server import StaleSchema, ensure_seeded

from .conftest import signed_in

DEMO = "Demonstration Example Buyer"


def old_portal_file(path: Path) -> None:
    """A sandbox file as an older portal left it: no invoice loads, verifications without the
    columns that count challenge answers and hold the challenge's expiry."""
    ensure_seeded(f"sqlite:///{path}", 20)
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE invoice_loads")
    conn.execute("ALTER TABLE verifications DROP COLUMN challenge_failures")
    conn.execute("ALTER TABLE verifications DROP COLUMN challenge_expires_at")
    conn.commit()
    conn.close()


def test_an_older_sandbox_file_is_moved_aside_and_the_sandbox_starts_fresh(
    qapp: QApplication, tmp_path: Path
) -> None:
    db = tmp_path / "sandbox-portal.sqlite"
    old_portal_file(db)
    with pytest.raises(StaleSchema):
        ensure_seeded(f"sqlite:///{db}", 20)  # what the sandbox meets on start

    server = start_sandbox(tmp_path, show_splash=False)
    try:
        aside = list(tmp_path.glob("sandbox-portal.sqlite.corrupt-*"))
        assert len(aside) == 1  # the old data kept, out of the way
        client = signed_in(server.base_url)
        demo = next(e.id for e in client.directory(DEMO).items if e.name == DEMO)
        assert len(client.practice_invoices(demo)) >= 12  # a verification can be practised
        assert client.sync_page("verifications", None, 10).items == []
    finally:
        server.stop()
    # Started again over the file it made: kept as it is.
    again = start_sandbox(tmp_path, show_splash=False)
    again.stop()
    assert len(list(tmp_path.glob("sandbox-portal.sqlite.corrupt-*"))) == 1
