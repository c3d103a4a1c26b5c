"""`--screenshots`: Help & Support > About, the header's notices (the bell, its count and
the list), and the group tree marking the entities an account already has; reached by
driving the real widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtTest import QTest

from desktop.app.language import switcher
from desktop.app.startup import Session
from desktop.domain.directory import group_countries
from desktop.domain.notices import Notice
from desktop.operations.directory import taken_for
from desktop.tools.screenshot_connect import GROUP_ENTITY, ConnectScenes, run_off_gui, wait_for
from desktop.views.dialogs.about_dialog import AboutDialog

# Notices as sync leaves them after three support requests were resolved (two unread).
SAMPLE_NOTICES = (
    ("SR-2026-00412", "Nordwind Deutschland GmbH", "connected"),
    ("SR-2026-00398", "Technical Services Test Buyer 17", "rejected"),
    ("SR-2026-00377", "Nordwind Polska Sp. z o.o.", "connected"),
)


class ExtraScenes:
    def __init__(self, session: Session, settle: Callable[[], None]) -> None:
        self.session = session
        self.window = session.window
        self.settle = settle

    def take(self, out_dir: Path, save: Callable[[QPixmap, Path], Path]) -> list[Path]:
        written: list[Path] = []
        written += self.about(out_dir, save)
        written += self.notices(out_dir, save)
        written += self.group_marks(out_dir, save)
        return written

    def about(self, out_dir: Path, save: Callable[[QPixmap, Path], Path]) -> list[Path]:
        dialog = AboutDialog(self.session.ctx.cache.path.parent, self.window)
        dialog.show()
        self.settle()
        shot = save(dialog.grab(), out_dir / "50-about.png")
        dialog.close()
        dialog.deleteLater()
        return [shot]

    def notices(self, out_dir: Path, save: Callable[[QPixmap, Path], Path]) -> list[Path]:
        bell = self.window.bell
        now = datetime.now(UTC)
        # Oldest first, as sync found them: the list shows the newest on top.
        for age, (number, buyer, resolution) in reversed(list(enumerate(SAMPLE_NOTICES))):
            at = now - timedelta(hours=3 * age + 1)
            bell.notices.add(Notice(number, buyer, resolution, at, read=age == 2))
        bell.retranslate()
        self.window.show_page("home")
        self.settle()
        written = [save(self.window.grab(), out_dir / "51-notices-bell.png")]
        QTest.mouseClick(bell, Qt.MouseButton.LeftButton)
        self.settle()
        dialog = bell.dialog
        if dialog is not None:
            written.append(save(dialog.grab(), out_dir / "52-notices.png"))
            dialog.reject()
        self.settle()
        return written

    def group_marks(self, out_dir: Path, save: Callable[[QPixmap, Path], Path]) -> list[Path]:
        """The group of an entity, for the account that has the most of it already."""
        scenes = ConnectScenes(self.session, self.settle)
        scenes.fit_page()
        page = scenes.page
        scenes.search("nordwind deutschland")
        entry = scenes.pick(GROUP_ENTITY)
        if entry is None:
            return []
        if page.group_section.has_others is None:
            wait_for(page.group_section.known)
        group_id = page.group_section.group_id()
        if group_id is None:
            return []
        ctx = self.session.ctx
        accounts = [a.id for a in ctx.accounts]

        def busiest() -> str | None:
            countries = group_countries(ctx.client.group(group_id))
            counts = {a: len(taken_for(ctx.cache, a, countries)) for a in accounts}
            best = max(counts, key=lambda a: counts[a], default=None)
            return best if best is not None and counts[best] else None

        account_id = run_off_gui(self.session, busiest)
        if account_id is None:
            return []
        page.select_account(account_id)
        if not page.group_section.tree_shown():
            QTest.mouseClick(page.show_group, Qt.MouseButton.LeftButton)
        wait_for(page.group_panel.loaded)
        scenes.fit_page()
        shot = save(self.window.grab(), out_dir / "44-connect-group-marked.png")
        self.window.resize(self.window.width(), 800)
        return [shot]


def live_switch_to_polish(
    session: Session,
    settle: Callable[[], None],
    out_dir: Path,
    save: Callable[[QPixmap, Path], Path],
) -> list[Path]:
    """Started in English, switched to Polish while the window is open (Help & Support >
    Language): the invoices and relationships as they look then; English again after."""
    languages = switcher()
    if languages.language != "en":
        return []
    window = session.window
    written: list[Path] = []
    languages.switch("pl", remember=False)
    try:
        for name, key in (
            ("80-live-polish-invoices", "invoices"),
            ("81-live-polish-relationships", "relationships"),
        ):
            window.show_page(key)
            settle()
            written.append(save(window.grab(), out_dir / f"{name}.png"))
    finally:
        languages.switch("en", remember=False)
        settle()
    return written
