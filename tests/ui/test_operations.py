"""The operations floor against a real signed-in session: newest answer only, a failure told to
the user, a write's changes announced, a closed screen's answers dropped."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.domain.types import LocalChange
from desktop.operations import CollectionOp, QueryOp
from desktop.sync.errors import PortalUnreachable
from tests.ui.conftest import StartApp
from wire.collections import Collection


def test_only_the_newest_answer_reaches_the_screen(
    qtbot: QtBot, start_app: StartApp, portal_url: str
) -> None:
    session = start_app(portal_url)
    screen = QWidget()
    qtbot.addWidget(screen)
    release, returned = threading.Event(), threading.Event()
    seen: list[str] = []

    def slow() -> str:
        release.wait(10)
        returned.set()
        return "typed 'ab'"

    QueryOp(session.ctx, slow, parent=screen, name="search").latest_only().success(
        seen.append
    ).run()
    QueryOp(session.ctx, lambda: "typed 'abc'", parent=screen, name="search").latest_only().success(
        seen.append
    ).run()
    qtbot.waitUntil(lambda: seen == ["typed 'abc'"], timeout=10000)
    release.set()
    qtbot.waitUntil(returned.is_set, timeout=10000)
    qtbot.wait(300)  # its answer is a queued event on the GUI thread: let it arrive
    assert seen == ["typed 'abc'"]  # the older answer came later and was dropped

    # Another operation's name on the same screen is not superseded.
    other: list[int] = []
    QueryOp(session.ctx, lambda: 1, parent=screen, name="count").latest_only().success(
        other.append
    ).run()
    qtbot.waitUntil(lambda: other == [1], timeout=10000)


def test_a_failure_without_a_handler_is_told_in_the_status_bar(
    qtbot: QtBot, start_app: StartApp, portal_url: str
) -> None:
    session = start_app(portal_url)
    window = session.window

    def offline() -> None:
        raise PortalUnreachable("connection refused")

    QueryOp(session.ctx, offline, parent=window, name="load").run()
    qtbot.waitUntil(lambda: "could not be reached" in window.statusBar().currentMessage())

    told: list[BaseException] = []
    window.statusBar().clearMessage()
    QueryOp(session.ctx, offline, parent=window, name="load").failure(told.append).run()
    qtbot.waitUntil(lambda: len(told) == 1, timeout=10000)
    assert isinstance(told[0], PortalUnreachable)
    assert window.statusBar().currentMessage() == ""  # its own handler spoke instead


def test_a_write_announces_what_changed_and_a_closed_screen_hears_nothing(
    qtbot: QtBot, start_app: StartApp, portal_url: str
) -> None:
    session = start_app(portal_url)
    changes: list[frozenset[object]] = []
    session.ctx.changed.connect(changes.append)
    done: list[str] = []
    op = CollectionOp(
        session.ctx,
        lambda: "saved",
        parent=session.window,
        name="save draft",
        changes={LocalChange.INVOICES_WRITTEN, Collection.INVOICES},
    )
    op.success(done.append).run()
    qtbot.waitUntil(lambda: done == ["saved"], timeout=10000)
    assert frozenset({LocalChange.INVOICES_WRITTEN, Collection.INVOICES}) in changes

    screen = QWidget()
    heard: list[object] = []
    release, returned = threading.Event(), threading.Event()

    def slow() -> bool:
        release.wait(10)
        returned.set()
        return True

    QueryOp(session.ctx, slow, parent=screen, name="load").success(heard.append).run()
    screen.deleteLater()
    qtbot.waitUntil(lambda: not screen_alive(screen), timeout=5000)
    release.set()
    qtbot.waitUntil(returned.is_set, timeout=10000)
    qtbot.wait(300)
    assert heard == []


def screen_alive(widget: QWidget) -> bool:
    try:
        widget.objectName()
    except RuntimeError:
        return False
    return True
