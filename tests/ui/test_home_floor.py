"""Home, the window's shell and the account dialogs reach the data only through the operations
floor (desktop/operations/home.py, account.py): no cache, client or task runner in the views,
no hand-written generation counter."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
VIEWS = ROOT / "desktop" / "views"
SCREENS = (
    "pages/home_page.py",
    "pages/home_drafts.py",
    "main_window.py",
    "dialogs/sign_in_dialog.py",
    "dialogs/notices_dialog.py",
    "dialogs/my_account_dialog.py",
    "widgets/header_bar.py",
    "widgets/nav_bar.py",
    "widgets/offline_banner.py",
    "notice_bell.py",
    "widgets/status_chart.py",
    "widgets/sync_status.py",
    "widgets/action_card.py",
)
FORBIDDEN = re.compile(r"ctx\.cache|ctx\.client|tasks\.run\(|self\.client\.|_asked\b")


@pytest.mark.parametrize("screen", SCREENS)
def test_the_screen_goes_through_the_operations_floor(screen: str) -> None:
    text = (VIEWS / screen).read_text(encoding="utf-8")
    assert FORBIDDEN.findall(text) == []


def test_the_screens_retranslate_through_the_one_hook() -> None:
    """Each screen mixes in Retranslating; none writes its own LanguageChange changeEvent, and
    no `Texts.say` is left."""
    from desktop.views.dialogs.my_account_dialog import MyAccountDialog
    from desktop.views.dialogs.notices_dialog import NoticesDialog
    from desktop.views.notice_bell import NoticeBell
    from desktop.views.pages.home_page import HomePage
    from desktop.views.retranslate import Retranslating
    from desktop.views.widgets.header_bar import HeaderBar
    from desktop.views.widgets.nav_bar import NavBar
    from desktop.views.widgets.offline_banner import OfflineBanner

    for screen in (
        HomePage,
        MyAccountDialog,
        NoticesDialog,
        HeaderBar,
        NavBar,
        NoticeBell,
        OfflineBanner,
    ):
        assert issubclass(screen, Retranslating), screen
        assert "changeEvent" not in vars(screen), screen
    for screen_file in SCREENS:
        text = (VIEWS / screen_file).read_text(encoding="utf-8")
        # The window retitles after its children (event()); the status bar's words are a
        # QObject's, heard through one of its labels.
        if screen_file not in ("main_window.py", "widgets/sync_status.py"):
            assert "LanguageChange" not in text, screen_file
        assert "Texts" not in text, screen_file
