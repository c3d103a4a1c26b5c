"""The notices list as data: newest first, the last 50, one per ticket, read marks, the file."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop.domain.notices import NOTICES_KEPT, Notice, NoticeList, notices_path_for

START = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def notice(n: int) -> Notice:
    return Notice(f"T-{n}", f"Buyer {n}", "connected", START + timedelta(minutes=n))


def test_the_last_50_newest_first_one_per_ticket_kept_in_a_file(tmp_path: Path) -> None:
    notices = NoticeList()
    for n in range(60):
        assert notices.add(notice(n))
    assert not notices.add(notice(59))  # the same ticket again: noted once
    assert len(notices.notices) == NOTICES_KEPT == 50
    assert notices.notices[0].ticket_number == "T-59"
    assert notices.notices[-1].ticket_number == "T-10"
    assert notices.unread_count() == 50
    path = notices_path_for(tmp_path / "cache.db")
    notices.save(path)
    assert notices.mark_all_read() and not notices.mark_all_read()
    loaded = NoticeList.load(path)
    assert loaded.notices == NoticeList.from_json(path.read_text()).notices
    assert loaded.unread_count() == 50 and loaded.notices[0].at == START + timedelta(minutes=59)


def test_a_damaged_or_missing_file_is_an_empty_list(tmp_path: Path) -> None:
    assert NoticeList.load(tmp_path / "none.json").notices == []
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    assert NoticeList.load(broken).notices == []
