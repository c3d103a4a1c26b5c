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
    "widgets/notice_bell.py",
    "widgets/status_chart.py",
    "widgets/sync_status.py",
    "widgets/action_card.py",
)
FORBIDDEN = re.compile(r"ctx\.cache|ctx\.client|tasks\.run\(|self\.client\.|_asked\b")


@pytest.mark.parametrize("screen", SCREENS)
def test_the_screen_goes_through_the_operations_floor(screen: str) -> None:
    text = (VIEWS / screen).read_text(encoding="utf-8")
    assert FORBIDDEN.findall(text) == []
