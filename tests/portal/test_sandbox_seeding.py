"""The sandbox seeded stage by stage: users, accounts and invoices first, the directory's generated
buyers while the portal answers."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests
from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session

from portal.sandbox import templates
from portal.sandbox.demo import STAGES
from portal.sandbox.seeding import SEED_MARK, run_stage, stages_done
from portal.server import PortalServer, ensure_seeded, free_port, start_seeding
from portal.store import models as m
from portal.store.db import Database


@pytest.fixture(autouse=True)
def _seeded_here(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests watch the seeding itself: no copy of a seeded template."""
    monkeypatch.delenv(templates.FOLDER_ENV, raising=False)


def contents(path: Path) -> dict[str, object]:
    """What the seed wrote (ids and names; the invoices' dates follow the day it ran)."""
    engine = create_engine(f"sqlite:///{path}")
    with Session(engine) as session:
        found: dict[str, object] = {
            "users": session.execute(select(m.User.username).order_by(m.User.username)).all(),
            "accounts": session.execute(select(m.SupplierAccount.id).order_by("id")).all(),
            "buyers": session.execute(
                select(m.Buyer.id, m.Buyer.name, m.Buyer.network_number).order_by(m.Buyer.id)
            ).all(),
            "groups": session.execute(select(m.BuyerGroup.id).order_by("id")).all(),
            "invoices": session.execute(select(m.BuyerInvoice.id).order_by("id")).all(),
            "relationships": session.scalar(select(func.count()).select_from(m.Relationship)),
            "directory": session.execute(
                select(m.Buyer.id).where(m.Buyer.name_key.like("%nordwind%")).order_by("id")
            ).all(),
        }
    engine.dispose()
    return found


def test_cli_answers_after_the_users_and_prints_each_stage(tmp_path: Path) -> None:
    port = free_port()
    db = tmp_path / "new.db"
    proc = subprocess.Popen(
        [sys.executable, "-m", "portal", "--sandbox", "--db", str(db), "--port", str(port)]
        + ["--generated-buyers", "40"],
        env={**os.environ},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    lines: list[str] = []
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.append(line.strip())
            if "seeding done" in line or "seeding stopped" in line:
                break
        answer = requests.post(
            f"http://127.0.0.1:{port}/v1/session",
            json={"username": "elise", "password": "sandbox"},
            timeout=10,
        )
        assert answer.status_code == 200
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    said = [line for line in lines if line.startswith(("Sandbox:", "Supplier portal on"))]
    order = [
        next(i for i, line in enumerate(said) if line.startswith(p))
        for p in (
            "Sandbox: users seeded",
            "Sandbox: invoices seeded",
            "Supplier portal on",  # answering from here on
            "Sandbox: directory seeded",
            "Sandbox: seeding done",
        )
    ]
    assert order == sorted(order), said
    found = contents(db)
    assert len(found["invoices"]) > 100 and len(found["buyers"]) >= 40  # type: ignore[arg-type]


def test_stages_seed_what_one_seed_does_and_go_on_where_they_stopped(tmp_path: Path) -> None:
    whole, staged = tmp_path / "whole.db", tmp_path / "staged.db"
    assert ensure_seeded(f"sqlite:///{whole}", 30) is True
    assert ensure_seeded(f"sqlite:///{whole}", 30) is False  # started again: kept as it is
    # Stopped before the directory (the thread for it never ran): the next start goes on.
    rest = start_seeding(f"sqlite:///{staged}", 30)
    assert rest is not None and not rest.is_alive()
    db = Database(f"sqlite:///{staged}")
    try:
        with db.session() as session:
            assert stages_done(session) == len(STAGES) - 1
            assert session.scalar(select(func.count()).select_from(m.BuyerInvoice))
            assert session.scalar(select(func.count()).select_from(m.Buyer)) < 30
        assert run_stage(db, 0, 30) is False  # done already
    finally:
        db.dispose()
    assert ensure_seeded(f"sqlite:///{staged}", 30) is True
    assert contents(staged) == contents(whole)
    assert start_seeding(f"sqlite:///{staged}", 30) is None  # nothing left


def test_a_database_seeded_before_the_stages_counts_as_seeded(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    ensure_seeded(f"sqlite:///{path}", 10)
    engine = create_engine(f"sqlite:///{path}")
    with Session(engine) as session:  # as an older portal left it: users, no mark
        session.delete(session.get(m.Counter, SEED_MARK))
        session.commit()
        assert stages_done(session) == len(STAGES)
    engine.dispose()
    assert ensure_seeded(f"sqlite:///{path}", 10) is False


def test_portal_server_seeding_in_the_background(tmp_path: Path) -> None:
    path = tmp_path / "embedded.db"
    server = PortalServer(str(path), sandbox=True, generated_buyers=30, background_seed=True)
    url = server.start()
    try:
        answer = requests.post(
            f"{url}/v1/session", json={"username": "oskar", "password": "sandbox"}, timeout=10
        )
        assert answer.status_code == 200
        seeding = server.seeding
        assert seeding is not None
        deadline = time.monotonic() + 120
        while seeding.is_alive() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert seeding.error is None
    finally:
        server.stop()
    assert server.seeding is None
    found = contents(path)
    assert len(found["invoices"]) > 100 and len(found["buyers"]) >= 30  # type: ignore[arg-type]
