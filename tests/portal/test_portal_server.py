"""PortalServer, the portal the desktop embeds: it lets go of its database when stopped."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import pytest
import requests


@pytest.mark.skipif(not Path("/proc/self/fd").exists(), reason="reads open files from /proc")
def test_a_stopped_portal_holds_no_handle_on_its_database(fresh_portal) -> None:  # type: ignore[no-untyped-def]
    """On Windows an open handle would keep the file locked: after stop() nothing is open."""
    server = fresh_portal()
    db = Path(server.db_url.removeprefix("sqlite:///")).resolve()
    tokens = requests.post(
        f"{server.base_url}/v1/session",
        json={"username": "elise", "password": "sandbox"},
        timeout=10,
    ).json()
    for q in ("nordwind", "ab", "AAA206515132"):
        answer = requests.get(
            f"{server.base_url}/v1/directory",
            params={"q": q},
            headers={"Authorization": f"Bearer {tokens['access_token']}"},
            timeout=10,
        )
        assert answer.status_code == 200, answer.text

    def open_on_db() -> list[str]:
        found = []
        for fd in Path("/proc/self/fd").iterdir():
            with contextlib.suppress(OSError):
                target = os.readlink(fd)
                if target.startswith(str(db)):
                    found.append(target)
        return found

    assert open_on_db()  # the running portal does hold it
    server.stop()
    assert open_on_db() == []
