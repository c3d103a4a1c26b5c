"""Moments from the portal and the cache, shown in the user's time zone and locale.

The portal sends aware UTC and the cache reads back aware UTC, but older caches and
hand-made rows may hold naive values: those are UTC too, never local time (a naive
`datetime.timestamp()` would read them as local and shift them by the UTC offset).
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale

_LONE_DAY = re.compile(r"(?<!d)d(?!d)")


def _padded(fmt: str) -> str:
    """A numeric format whose month has two digits gets a two-digit day too: Qt's Polish
    "d.MM.yyyy" becomes "dd.MM.yyyy", as Windows and Polish accounting write dates (and a
    column of them lines up); "M/d/yy" (US English) stays as it is."""
    return _LONE_DAY.sub("dd", fmt) if "MM" in fmt and "MMM" not in fmt else fmt


def short_date_format(locale: QLocale | None = None) -> str:
    """The locale's short date format ("dd.MM.yyyy" in Polish, "M/d/yy" in US English)."""
    return _padded((locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat))


def short_datetime_format(locale: QLocale | None = None) -> str:
    return _padded((locale or QLocale()).dateTimeFormat(QLocale.FormatType.ShortFormat))


def format_day(value: date | None, locale: QLocale | None = None) -> str:
    """A calendar day the locale's short way: "06.12.2026" in Polish."""
    if value is None:
        return ""
    locale = locale or QLocale()
    return locale.toString(QDate(value.year, value.month, value.day), short_date_format(locale))


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
    locale = locale or QLocale()
    return locale.toString(local_datetime(value), short_datetime_format(locale))


def format_date(value: datetime | None, locale: QLocale | None = None) -> str:
    """The local calendar day of a moment, in the locale's short format."""
    if value is None:
        return ""
    locale = locale or QLocale()
    return locale.toString(local_datetime(value).date(), short_date_format(locale))


def iso_datetime(value: datetime | None) -> str:
    """ "2026-11-27 14:05" in local time: ISO 8601, read alike by every spreadsheet."""
    if value is None:
        return ""
    return local_datetime(value).toString("yyyy-MM-dd HH:mm")
