"""Connection requests at 1280x800: ticket numbers and dates whole, the customers column
elided with its full text as a tooltip; a rejected request says so; CSV dates in ISO 8601."""

from __future__ import annotations

import re
import uuid

import requests
from pytestqt.qtbot import QtBot

from desktop.models.connection_requests_model import BUYERS, CREATED, TICKETS, UPDATED
from desktop.models.relationships_model import Column
from desktop.models.row_table_model import RowRole
from desktop.views.pages.connection_requests_page import ConnectionRequestsPage
from desktop.views.table_export import visible_table
from tests.ui.conftest import StartApp, wait_for_rows


def _many_buyers(portal_url: str, token: str, n: int = 12) -> list[str]:
    """Generated buyers found by the directory: a long list of customers for one request."""
    r = requests.get(
        portal_url + "/v1/directory",
        params={"q": "a", "limit": 100},
        headers={"Authorization": f"Bearer {token}"},
        timeout=15,
    )
    assert r.status_code == 200, r.text
    return [e["id"] for e in r.json()["items"] if e["kind"] == "entity"][:n]


def test_columns_fit_at_1280_and_the_long_one_elides(
    qtbot: QtBot, start_app: StartApp, portal_url: str
) -> None:
    session = start_app(portal_url)
    window = session.window
    window.resize(1280, 800)
    window.show()
    qtbot.waitUntil(lambda: len(session.ctx.accounts) == 2, timeout=30000)
    tokens = session.client.tokens
    assert tokens is not None
    buyers = _many_buyers(portal_url, tokens.access_token)
    r = requests.post(
        portal_url + "/v1/connection-requests",
        json={"account_id": session.ctx.accounts[0].id, "buyer_ids": buyers},
        headers={
            "Authorization": f"Bearer {tokens.access_token}",
            "Idempotency-Key": str(uuid.uuid4()),
        },
        timeout=15,
    )
    assert r.status_code == 201, r.text
    request_id = r.json()["id"]
    session.ctx.request_sync()
    window.show_page("requests")
    page = window.pages["requests"]
    assert isinstance(page, ConnectionRequestsPage)

    def proxy_row() -> int:
        for row in range(page.proxy.rowCount()):
            if page.proxy.index(row, 0).data(RowRole).remote_id == request_id:
                return row
        return -1

    qtbot.waitUntil(lambda: proxy_row() >= 0, timeout=30000)
    qtbot.waitUntil(lambda: page.table.viewport().width() > 900)
    header = page.table.horizontalHeader()
    metrics = page.table.fontMetrics()
    viewport = page.table.viewport().width()
    for row in range(page.proxy.rowCount()):
        for column in (CREATED, UPDATED):
            text = page.proxy.index(row, column).data()
            assert header.sectionSize(column) >= metrics.horizontalAdvance(text), text
        tickets = page.proxy.index(row, TICKETS).data()
        if tickets and "," not in tickets:  # one ticket number: whole
            assert header.sectionSize(TICKETS) >= metrics.horizontalAdvance(tickets), tickets
    # Every column on screen: the last one ends inside the view.
    last = header.logicalIndex(header.count() - 1)
    assert header.sectionViewportPosition(last) + metrics.horizontalAdvance("00") < viewport
    # The long customers text elides; its tooltip holds all of it.
    long = page.proxy.index(proxy_row(), BUYERS)
    assert metrics.horizontalAdvance(long.data()) > header.sectionSize(BUYERS)
    assert long.data(3) == long.data() and long.data().count(",") == len(buyers) - 1


def test_a_rejected_request_says_rejected(
    qtbot: QtBot, start_app: StartApp, portal_url: str
) -> None:
    session = start_app(portal_url)
    page = session.window.pages["requests"]
    assert isinstance(page, ConnectionRequestsPage)

    def status_of(buyer: str) -> str | None:
        for row in reversed(range(page.model.rowCount())):  # the sandbox's own, oldest
            request = page.model.index(row, 0).data(RowRole)
            if any(item.buyer_name == buyer for item in request.items):
                return str(page.model.index(row, 0).data())
        return None

    qtbot.waitUntil(lambda: status_of("Nordwind Bulgaria EOOD") is not None, timeout=30000)
    assert status_of("Nordwind Bulgaria EOOD") == "Rejected"  # not "Completed"


def test_csv_dates_are_iso(qtbot: QtBot, start_app: StartApp, portal_url: str) -> None:
    session = start_app(portal_url)
    page = wait_for_rows(qtbot, session)
    titles, rows = visible_table(page.table)
    since = titles.index(page.model.column_title(Column.SINCE))
    dates = [row[since] for row in rows if row[since]]
    assert dates and all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", d) for d in dates), dates[:3]


def test_polish_headers_whose_word_is_the_same(polish: None) -> None:
    """ "Status" is "Status" in Polish too: the header says it, it is not blanked."""
    from desktop.models.connection_requests_model import ConnectionRequestsModel
    from desktop.models.tickets_model import TicketsModel

    assert ConnectionRequestsModel().titles()[0] == "Status"
    assert TicketsModel().titles()[2] == "Status"
