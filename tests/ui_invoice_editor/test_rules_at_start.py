"""The rule book is compiled at start on the task runner's pool, so the user's first Check
does not wait for it (and the GUI thread never compiles it)."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

import einvoice.rules as rules
from tests.ui.conftest import StartApp

TIMEOUT_MS = 60000


def test_the_rule_book_is_ready_before_the_first_check(
    qtbot: QtBot, start_app: StartApp, editor_portal, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(rules, "_shared", None)  # as in a fresh process
    built_on: list[str] = []
    real = rules.RuleBook

    class Watched(real):  # type: ignore[misc, valid-type]
        def __init__(self) -> None:
            built_on.append(threading.current_thread().name)
            super().__init__()

    monkeypatch.setattr(rules, "RuleBook", Watched)
    session = start_app(editor_portal.base_url)
    session.window.show()
    qtbot.waitUntil(lambda: rules._shared is not None, timeout=TIMEOUT_MS)  # no Check pressed
    assert len(built_on) == 1
    assert built_on[0] != threading.main_thread().name
