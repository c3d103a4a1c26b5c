"""Status changes a sighted user sees are also told to screen readers, once per change, in the
language spoken; the words beside the coloured dots change language with everything else."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from desktop.app.language import LanguageSwitcher
from desktop.domain.types import SyncStatus
from desktop.views.announce import HEARD
from desktop.views.widgets.offline_banner import OfflineBanner
from desktop.views.widgets.sync_status import SyncStatusWidgets

SYNCED = datetime(2026, 11, 28, 9, 30, tzinfo=UTC)


def test_going_offline_and_back_is_announced_once_each(
    qtbot: QtBot, switcher: LanguageSwitcher
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    banner = OfflineBanner(window)
    bar = SyncStatusWidgets(window.statusBar())
    window.setCentralWidget(banner)
    window.show()
    HEARD.clear()
    offline = SyncStatus(online=False, last_synced_at=SYNCED)
    banner.apply(offline)
    bar.on_status(offline)
    assert any(text.startswith("Offline, data as of") for text in HEARD)
    assert "Offline" in HEARD
    said = len(HEARD)
    banner.apply(offline)  # a retry that fails again: nothing new to say
    bar.on_status(offline)
    assert len(HEARD) == said
    bar.on_status(SyncStatus(online=True, last_synced_at=SYNCED))
    assert HEARD[-1] == "Online"

    switcher.switch("pl")
    assert bar.state.text() == "Połączono"  # the word beside the dot, in the new language
    bar.on_status(offline)
    assert HEARD[-1] == "Bez połączenia"
    banner.apply(offline)
    assert banner.message.text().startswith("Bez połączenia")
    assert "2026" in banner.message.text()
