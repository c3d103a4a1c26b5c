"""Reference cycles are collected on the GUI thread, never in a worker or a server thread
(desktop/app/garbage.py): a widget destroyed from another thread crashes the event loop later."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.app import garbage
from desktop.app.main import make_app
from tests.ui.conftest import StartApp

TIMEOUT_MS = 60_000


class Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the cycle collector frees it


def test_a_cycle_made_on_the_gui_thread_is_freed_there_whoever_allocates(
    qapp: QApplication, qtbot: QtBot
) -> None:
    assert make_app() is qapp
    assert not gc.isenabled()  # the app's collector is on, the interpreter's is off
    assert garbage.install(qapp) is garbage.install(qapp)  # one collector
    freed_in: list[int] = []
    node = Node()
    weakref.finalize(node, lambda: freed_in.append(threading.get_ident()))
    del node

    def allocate() -> None:  # a worker's allocations would have run the collector here
        keep = [[i] for i in range(50_000)]
        assert len(keep) == 50_000

    worker = threading.Thread(target=allocate)
    worker.start()
    worker.join()
    assert freed_in == []  # nothing collected in the worker
    qtbot.waitUntil(lambda: freed_in != [], timeout=TIMEOUT_MS)  # the GUI thread's timer
    assert freed_in == [threading.main_thread().ident]


def test_the_start_up_is_set_aside_once_every_page_is_built_and_collected_again_after(
    qapp: QApplication, qtbot: QtBot, start_app: StartApp, portal_url: str
) -> None:
    """A full collection reads only what came after the start-up (its modules, classes and
    pages are frozen once every page is built); closing the window gives them back."""
    session = start_app(portal_url)
    window = session.window
    window.show()
    qtbot.waitUntil(
        lambda: set(window.pages.built()) == set(window.page_keys()), timeout=TIMEOUT_MS
    )
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 10_000, timeout=TIMEOUT_MS)
    made_later = Node()
    weakref_to_later = weakref.ref(made_later)
    del made_later
    gc.collect()
    assert weakref_to_later() is None  # what came after is still collected
    window.close()
    assert gc.get_freeze_count() == 0
