"""A request's history, as the real portal records it, reads in Polish: no English phrases."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.views.dialogs.history_list import HistoryList
from tests.ui.conftest import StartApp, wait_for_rows


def texts(history: HistoryList) -> list[str]:
    return [
        history.topLevelItem(row).text(column)
        for row in range(history.topLevelItemCount())
        for column in (1, 2)
    ]


def test_request_and_ticket_history_in_polish(
    qtbot: QtBot, start_app: StartApp, portal_url: str, polish: None
) -> None:
    session = start_app(portal_url)
    wait_for_rows(qtbot, session)
    qtbot.waitUntil(lambda: bool(session.cache.tickets()), timeout=15000)
    request = next(r for r in session.cache.connection_requests() if r.history)
    ticket = next(t for t in session.cache.tickets() if t.history)

    request_words = texts(HistoryList(history=request.history))
    count = len(request.items)
    assert "Utworzono prośbę" in request_words
    assert f"{count} klient" in request_words or f"{count} klientów" in request_words
    ticket_words = texts(HistoryList(history=ticket.history))
    assert f"Prośba o połączenie z klientem {ticket.buyer_name}" in ticket_words
    for english in ("buyer(s)", "Connection request to", "contacting the customer"):
        assert not any(english in word for word in request_words + ticket_words), english
