"""`--screenshots`: the Connect page's richest states, reached by driving the real widgets.

Typing goes through QTest key events into the search box, answers come from the real
portal through the task runner, and every wait is an event loop that quits on a signal,
so the GUI thread never blocks.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, QPoint, Qt, QTimer, SignalInstance
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from desktop.app.startup import Session
from desktop.domain.lanes import Lane
from desktop.domain.types import DirectoryEntry, RelationshipStatus
from desktop.models.group_tree_model import GroupTreeModel
from desktop.views.pages.connect_page import ConnectPage

WAIT_MS = 30_000
SELECTED_BUYER = "Technical Services Test Buyer 17"
GROUP_ENTITY = "Nordwind Deutschland GmbH"


def wait_for(signal: SignalInstance, ms: int = WAIT_MS) -> list[Any]:
    """Run the event loop until `signal` fires (or `ms` pass); its arguments."""
    got: list[Any] = []
    loop = QEventLoop()

    def fired(*args: Any) -> None:
        got.extend(args)
        loop.quit()

    signal.connect(fired)
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    signal.disconnect(fired)
    return got


def run_off_gui(session: Session, fn: Callable[[], Any]) -> Any:
    """`fn` on the task runner's pool; the GUI keeps running while it works."""
    box: list[Any] = []
    loop = QEventLoop()
    holder = QObject()

    def done(value: Any) -> None:
        box.append(value)
        loop.quit()

    session.ctx.tasks.run(fn, done, lambda _exc: done(None), lane=Lane.POOL, owner=holder)
    QTimer.singleShot(WAIT_MS, loop.quit)
    if not box:
        loop.exec()
    return box[0] if box else None


class ConnectScenes:
    def __init__(self, session: Session, settle: Callable[[], None]) -> None:
        self.session = session
        self.window = session.window
        page = self.window.pages["connect"]
        assert isinstance(page, ConnectPage)
        self.page = page
        self.settle = settle

    # --- driving ------------------------------------------------------------------
    def search(self, text: str) -> None:
        combo = self.page.combo
        combo.clear()
        combo.edit.setFocus()
        QTest.keyClicks(combo.edit, text)
        wait_for(combo.results_shown)

    def pick(self, text: str) -> DirectoryEntry | None:
        combo = self.page.combo
        model = combo.model
        rows = [str(model.index(r, 0).data()) for r in range(model.rowCount())]
        row = next((i for i, shown in enumerate(rows) if text in shown), None)
        if row is None:
            return None
        combo.popup.setCurrentIndex(model.index(row, 0))
        QTest.keyClick(combo.edit, Qt.Key.Key_Return)
        return combo.chosen

    def choose_free_account(self, entry: DirectoryEntry) -> None:
        """An account with no request or relationship for `entry` yet (no warning box)."""
        cache = self.session.ctx.cache
        accounts = list(self.session.ctx.accounts)

        def free() -> str | None:
            for account in reversed(accounts):
                if cache.open_request_for(account.id, entry.id) is None and (
                    cache.relationship_status(account.id, entry.id) != RelationshipStatus.ACTIVE
                ):
                    return account.id
            return None

        account_id = run_off_gui(self.session, free)
        if account_id:
            self.page.select_account(account_id)

    # --- shots ----------------------------------------------------------------------
    def fit_page(self) -> None:
        """A window tall enough for the whole form (the page scrolls in a normal window)."""
        self.window.show_page("connect")
        self.settle()
        scroll = self.page.parentWidget()
        viewport = scroll.height() if scroll is not None else self.window.height()
        chrome = self.window.height() - viewport
        self.window.resize(self.window.width(), max(800, chrome + self.page.sizeHint().height()))
        self.settle()

    def grab_with_popup(self) -> QPixmap:
        shot = self.window.grab()
        popup: QWidget = self.page.combo.popup
        if popup.isVisible():
            painter = QPainter(shot)
            at = self.window.mapFromGlobal(popup.mapToGlobal(QPoint(0, 0)))
            painter.drawPixmap(at, popup.grab())
            painter.end()
        return shot

    def take(self, out_dir: Path, save: Callable[[QPixmap, Path], Path]) -> list[Path]:
        written: list[Path] = []
        self.fit_page()

        self.search("nordwind")
        self.settle()
        written.append(save(self.grab_with_popup(), out_dir / "40-connect-search.png"))

        entry = self.pick(SELECTED_BUYER) if self._searched(SELECTED_BUYER) else None
        if entry is not None:
            self.choose_free_account(entry)
            self.fit_page()
            written.append(save(self.window.grab(), out_dir / "41-connect-selected.png"))

        group_entry = self.pick(GROUP_ENTITY) if self._searched("nordwind deutschland") else None
        if group_entry is not None:
            if self.page.group_section.has_others is None:
                wait_for(self.page.group_section.known)  # SHOW GROUP once the group is known
            self.choose_free_account(group_entry)
            QTest.mouseClick(self.page.show_group, Qt.MouseButton.LeftButton)
            wait_for(self.page.group_panel.loaded)
            self._check_first_country(self.page.group_panel.model)
            self.fit_page()
            written.append(save(self.window.grab(), out_dir / "42-connect-group.png"))

        if self._searched(SELECTED_BUYER) and self.pick(SELECTED_BUYER) is not None:
            chosen = self.page.combo.chosen
            assert chosen is not None
            self.choose_free_account(chosen)
            if self.page.connect_button.isEnabled():
                QTest.mouseClick(self.page.connect_button, Qt.MouseButton.LeftButton)
                self._wait_for_answer()
                self.fit_page()
                written.append(save(self.window.grab(), out_dir / "43-connect-outcome.png"))
        self.window.resize(self.window.width(), 800)
        return written

    def _searched(self, text: str) -> bool:
        self.search(text)
        return self.page.combo.model.rowCount() > 0

    def _check_first_country(self, model: GroupTreeModel) -> None:
        """Check a whole country besides the entity chosen: tristate at work."""
        if model.rowCount() > 0:
            model.setData(model.index(0, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)

    def _wait_for_answer(self) -> None:
        for _ in range(10):
            got = wait_for(self.page.outcome_shown)
            if not got or getattr(got[0], "remote_id", None) is not None:
                return
