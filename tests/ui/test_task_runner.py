"""The task runner never lets a worker thread free what the GUI owns (desktop/app/tasks.py): a
page captured by a task's closure, or a task's result, is released on the GUI thread."""

from __future__ import annotations

import threading
import weakref

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.app.tasks import TaskRunner
from desktop.domain.lanes import Lane

TIMEOUT_MS = 60_000


class Page:
    """Stands for a page: what a task's closure captures."""


def test_a_closure_the_gui_let_go_of_is_freed_on_the_gui_thread(qtbot: QtBot) -> None:
    runner = TaskRunner()
    freed_in: list[int] = []
    gate = threading.Event()
    page = Page()
    weakref.finalize(page, lambda: freed_in.append(threading.get_ident()))

    def work(page: Page = page) -> str:
        gate.wait(30)
        return type(page).__name__

    answers: list[str] = []
    runner.run(work, answers.append, lane=Lane.POOL)
    del page, work  # the page is closed while its task runs: only the task holds it
    gate.set()
    qtbot.waitUntil(lambda: not runner.busy(), timeout=TIMEOUT_MS)
    assert answers == ["Page"]
    qtbot.waitUntil(lambda: freed_in != [], timeout=TIMEOUT_MS)
    assert freed_in == [threading.main_thread().ident]
    assert runner.wait()


def test_a_failure_comes_back_without_the_frames_that_held_the_page(qtbot: QtBot) -> None:
    runner = TaskRunner()
    freed_in: list[int] = []
    page = Page()
    weakref.finalize(page, lambda: freed_in.append(threading.get_ident()))

    def work(page: Page = page) -> None:
        held = page  # a local of the failing frame, as a closure's would be
        raise ValueError(f"no answer for {type(held).__name__}")

    failures: list[BaseException] = []
    runner.run(work, on_failure=failures.append, lane=Lane.SERIAL)
    del page, work
    qtbot.waitUntil(lambda: failures != [], timeout=TIMEOUT_MS)
    assert str(failures[0]) == "no answer for Page"
    assert failures[0].__traceback__ is None
    failures.clear()
    qtbot.waitUntil(lambda: freed_in != [], timeout=TIMEOUT_MS)
    assert freed_in == [threading.main_thread().ident]


def test_a_destroyed_owner_hears_nothing(qtbot: QtBot) -> None:
    runner = TaskRunner()
    owner = QWidget()
    gate = threading.Event()
    heard: list[object] = []
    runner.run(lambda: gate.wait(30), heard.append, lane=Lane.POOL, owner=owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(owner), timeout=TIMEOUT_MS)
    gate.set()
    qtbot.waitUntil(lambda: not runner.busy(), timeout=TIMEOUT_MS)
    assert heard == []


def _alive(widget: QWidget) -> bool:
    from shiboken6 import isValid

    return isValid(widget)
