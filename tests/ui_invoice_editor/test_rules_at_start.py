"""The rule book is compiled at start, off the GUI thread, so the user's first Check does not
wait for it. The rules live in a child process (`einvoice.rule_server`, reached through
`einvoice.rules.shared_rulebook()`): the test watches that process being started and answering."""

from __future__ import annotations

import threading
from pathlib import Path

from pytestqt.qtbot import QtBot

import einvoice.rule_server as rule_server
import einvoice.rules as rules
from tests.ui.conftest import StartApp

TIMEOUT_MS = 60000
EXAMPLE = Path(__file__).resolve().parents[1] / "data" / "peppol" / "base-example.xml"


def test_the_rule_book_is_ready_before_the_first_check(
    qtbot: QtBot, start_app: StartApp, editor_portal, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(rules, "_shared", None)  # as in a fresh process
    started_on: list[str] = []
    real = rule_server.RuleServer

    class Watched(real):  # type: ignore[misc, valid-type]
        def start(self) -> None:
            started_on.append(threading.current_thread().name)
            super().start()

    monkeypatch.setattr(rule_server, "RuleServer", Watched)
    session = start_app(editor_portal.base_url)
    session.window.show()
    qtbot.waitUntil(lambda: rules._shared is not None, timeout=TIMEOUT_MS)  # no Check pressed
    assert len(started_on) == 1
    assert started_on[0] != threading.main_thread().name
    checker = rules._shared
    assert isinstance(checker, Watched)
    try:
        assert checker._proc is not None and checker._proc.poll() is None  # up, rules compiled
        assert checker.check(EXAMPLE.read_bytes()) is not None  # and answering
        assert rules.shared_rulebook() is checker  # the first Check uses it: nothing to load
    finally:
        checker.close()  # this test's own process; `_shared` goes back as it was
