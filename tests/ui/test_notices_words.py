"""In Polish the header's bell and Home's Notifications are not both "Powiadomienia": the
bell's list is of notices (komunikaty), Home's table of notifications."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tests.ui.conftest import polish  # noqa: F401 - the fixture


def test_bell_and_home_notifications_have_different_polish_words(polish: None) -> None:  # noqa: F811
    home = QCoreApplication.translate("HomePage", "Notifications")
    bell = QCoreApplication.translate("NoticeBell", "Notices")
    listed = QCoreApplication.translate("NoticesDialog", "Notices")
    assert home == "Powiadomienia"  # the Polish UI is in place
    assert bell != home and listed != home
    assert bell == listed
