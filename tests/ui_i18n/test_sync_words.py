"""The status bar's words for each sync collection come from its one declaration and are
translated in the status bar's context (lupdate reads them where they are declared)."""

from __future__ import annotations

from PySide6.QtWidgets import QStatusBar
from pytestqt.qtbot import QtBot

from desktop.app.language import LanguageSwitcher
from desktop.cache.collections import SYNC_COLLECTIONS
from desktop.views.widgets.sync_status import SyncStatusWidgets
from wire.collections import Collection


def test_every_collection_has_its_own_words_in_polish(
    qtbot: QtBot, switcher: LanguageSwitcher
) -> None:
    bar = QStatusBar()
    qtbot.addWidget(bar)
    widgets = SyncStatusWidgets(bar)
    switcher.switch("pl")
    fallback = widgets.tr("Items {done} of {total}").format(done="1", total="2")
    seen: set[str] = set()
    for collection in Collection:
        declared = SYNC_COLLECTIONS[collection]
        counts = widgets.counts_text(collection, 1, 2)
        assert counts != declared.counts_words.format(done="1", total="2"), collection
        assert counts != fallback, collection
        seen.add(counts)
        if declared.syncing_words is not None:
            syncing = widgets.syncing_text(collection, 3)
            assert syncing != declared.syncing_words.format(count="3"), collection
    assert len(seen) == len(Collection)  # no two collections share words
    switcher.switch("en")
    assert widgets.counts_text(Collection.INVOICES, 1, 2) == "Invoices 1 of 2"
    assert widgets.syncing_text("no-such-collection", 3) == "Syncing… 3"
