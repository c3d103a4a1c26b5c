"""Moments from the portal and the cache, shown in the user's time zone and locale.

The portal sends aware UTC and the cache reads back aware UTC, but older caches and
hand-made rows may hold naive values: those are UTC too, never local time (a naive
`datetime.timestamp()` would read them as local and shift them by the UTC offset).
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, QLocale


def as_utc(value: datetime) -> datetime:
    """Aware UTC; a naive value is taken to be UTC already."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def local_datetime(value: datetime) -> QDateTime:
    """The same moment as a QDateTime in the system's time zone."""
    msecs = round(as_utc(value).timestamp() * 1000)
    return QDateTime.fromMSecsSinceEpoch(msecs).toLocalTime()


def format_datetime(value: datetime | None, locale: QLocale | None = None) -> str:
    """A date and time in local time, in the locale's short format."""
    if value is None:
        return ""
    return (locale or QLocale()).toString(local_datetime(value), QLocale.FormatType.ShortFormat)


def format_date(value: datetime | None, locale: QLocale | None = None) -> str:
    """The local calendar day of a moment, in the locale's short format."""
    if value is None:
        return ""
    day = local_datetime(value).date()
    return (locale or QLocale()).toString(day, QLocale.FormatType.ShortFormat)


def iso_datetime(value: datetime | None) -> str:
    """ "2026-11-27 14:05" in local time: ISO 8601, read alike by every spreadsheet."""
    if value is None:
        return ""
    return local_datetime(value).toString("yyyy-MM-dd HH:mm")
