"""Every moment the portal or the cache holds is UTC; the supplier sees it in its own time
zone (here a fixed TZ, +05:30, with no summer time) and locale."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QDate, QDateTime, QLocale, QTime
from pytestqt.qtbot import QtBot

from desktop.cache.rows import history_from_json
from desktop.domain.types import (
    ConnectionRequestRow,
    HistoryEntry,
    SyncStatus,
    TicketRow,
    TicketState,
)
from desktop.models.connection_requests_model import CREATED, ConnectionRequestsModel
from desktop.models.local_time import format_date, format_datetime
from desktop.models.tickets_model import OPENED, TicketsModel
from desktop.views.dialogs.history_list import HistoryList
from desktop.views.widgets.offline_banner import OfflineBanner

NOON_UTC = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)
LATE_UTC = datetime(2026, 1, 15, 20, 0, tzinfo=UTC)  # already the 16th in Kolkata


@pytest.fixture
def kolkata(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Asia/Kolkata")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def local(y: int, mo: int, d: int, h: int, mi: int) -> str:
    moment = QDateTime(QDate(y, mo, d), QTime(h, mi))
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def test_aware_and_naive_utc_are_shown_in_local_time(kolkata: None) -> None:
    assert format_datetime(NOON_UTC) == local(2026, 1, 15, 17, 30)
    assert format_datetime(NOON_UTC.replace(tzinfo=None)) == local(2026, 1, 15, 17, 30)
    assert format_date(LATE_UTC) == QLocale().toString(
        QDate(2026, 1, 16), QLocale.FormatType.ShortFormat
    )
    # An old cache's naive history times are read back as UTC.
    (entry,) = history_from_json(json.dumps([{"at": "2026-01-15T12:00:00", "event": "opened"}]))
    assert entry.at == NOON_UTC


def test_tables_dialogs_and_banner_show_local_time(qtbot: QtBot, kolkata: None) -> None:
    expected = local(2026, 1, 15, 17, 30)
    ticket = TicketRow(
        number="TKT-1",
        account_id="a",
        buyer_id="b",
        buyer_name="Łódź Buyer",
        request_id=None,
        state=TicketState.OPEN,
        resolution=None,
        subject="Connect",
        created_at=NOON_UTC,
        updated_at=NOON_UTC,
    )
    tickets = TicketsModel()
    tickets.set_rows([ticket])
    assert tickets.index(0, OPENED).data() == expected

    request = ConnectionRequestRow(
        local_id="l",
        remote_id="r",
        account_id="a",
        state="open",
        vendor_code=None,
        notes=None,
        attachment_name=None,
        created_at=NOON_UTC,
        updated_at=NOON_UTC,
        items=(),
    )
    requests = ConnectionRequestsModel()
    requests.set_rows([request], {})
    assert requests.index(0, CREATED).data() == expected

    history = HistoryList(history=[HistoryEntry(at=NOON_UTC, event="opened")])
    qtbot.addWidget(history)
    assert history.topLevelItem(0).text(0) == expected

    banner = OfflineBanner()
    qtbot.addWidget(banner)
    banner.apply(SyncStatus(online=False, last_synced_at=NOON_UTC))
    assert banner.message.text() == f"Offline, data as of {expected}"
