"""A refused attachment never blocks the Connect form (real file dialog, real portal)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from connect_helpers import TIMEOUT_MS
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from test_connect_page import _page, choose

from desktop.app.context import AppContext
from desktop.views.pages.connect_page import ConnectPage
from tests.file_dialog_driver import answer_file_dialog

PDF = b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"


def pick_in_dialog(qtbot: QtBot, page: ConnectPage, path: Path | None) -> None:
    """CHOOSE, then pick `path` in the real dialog (None: Cancel); wait for the check."""
    seen = answer_file_dialog(path)
    qtbot.mouseClick(page.attachment.choose, Qt.MouseButton.LeftButton)
    assert seen, "no file dialog opened"
    qtbot.waitUntil(lambda: not page.attachment.checking, timeout=TIMEOUT_MS)


def test_a_refused_file_can_be_removed_and_cancel_keeps_the_good_one(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, free_buyers: Iterator[tuple[str, str, str]]
) -> None:
    _, _, number = next(free_buyers)
    page = _page(qtbot, ctx)
    choose(qtbot, page, number, number)
    page.select_account(ctx.accounts[0].id)
    good, bad = tmp_path / "po.pdf", tmp_path / "tool.pdf"
    good.write_bytes(PDF)
    bad.write_bytes(b"MZ\x90\x00 this is a program, not a PDF" * 10)

    pick_in_dialog(qtbot, page, good)
    assert page.attachment.path == good and page.connect_button.isEnabled()

    # Refused: CONNECT waits, and the refused file can be taken away.
    pick_in_dialog(qtbot, page, bad)
    assert "not a supported document" in (page.attachment.problem or "")
    assert not page.connect_button.isEnabled()
    assert page.attachment.remove.isVisible()

    # The dialog cancelled: back to the document chosen before, no stale refusal.
    pick_in_dialog(qtbot, page, None)
    assert page.attachment.path == good
    assert page.attachment.problem is None and not page.attachment.message.isVisible()
    assert page.attachment.name.text().startswith("po.pdf (")
    assert not page.form_error.isVisible()
    assert page.connect_button.isEnabled()

    # Refused again, then Remove: no attachment, no message, CONNECT follows the form.
    pick_in_dialog(qtbot, page, bad)
    assert not page.connect_button.isEnabled()
    qtbot.mouseClick(page.attachment.remove, Qt.MouseButton.LeftButton)
    assert page.attachment.path is None and page.attachment.problem is None
    assert page.attachment.name.text() == "No file chosen"
    assert not page.attachment.remove.isVisible()
    assert not page.form_error.isVisible()
    assert page.connect_button.isEnabled()


def test_cancel_without_a_previous_file_clears_the_refusal(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, free_buyers: Iterator[tuple[str, str, str]]
) -> None:
    _, _, number = next(free_buyers)
    page = _page(qtbot, ctx)
    choose(qtbot, page, number, number)
    page.select_account(ctx.accounts[0].id)
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    pick_in_dialog(qtbot, page, empty)
    assert "is empty" in (page.attachment.problem or "")
    assert not page.connect_button.isEnabled()
    pick_in_dialog(qtbot, page, None)
    assert page.attachment.path is None and page.attachment.problem is None
    assert page.connect_button.isEnabled()
