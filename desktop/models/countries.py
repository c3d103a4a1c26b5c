"""Country names in the user's language from ISO 3166 codes.

Qt's QLocale knows every territory but names it only in English (territoryToString) or
in the territory's own language (nativeTerritoryName). We take Qt's English name and pass
it through our translations, so the Polish UI says "Malezja", not "Malaysia".
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

CONTEXT = "Country"


# Names Qt uses, listed so lupdate extracts them; the sandbox's countries and then some.
_NAMES = [
    QT_TRANSLATE_NOOP("Country", "Argentina"),
    QT_TRANSLATE_NOOP("Country", "Australia"),
    QT_TRANSLATE_NOOP("Country", "Austria"),
    QT_TRANSLATE_NOOP("Country", "Belgium"),
    QT_TRANSLATE_NOOP("Country", "Brazil"),
    QT_TRANSLATE_NOOP("Country", "Bulgaria"),
    QT_TRANSLATE_NOOP("Country", "Canada"),
    QT_TRANSLATE_NOOP("Country", "Chile"),
    QT_TRANSLATE_NOOP("Country", "China"),
    QT_TRANSLATE_NOOP("Country", "Colombia"),
    QT_TRANSLATE_NOOP("Country", "Croatia"),
    QT_TRANSLATE_NOOP("Country", "Cyprus"),
    QT_TRANSLATE_NOOP("Country", "Czechia"),
    QT_TRANSLATE_NOOP("Country", "Denmark"),
    QT_TRANSLATE_NOOP("Country", "Estonia"),
    QT_TRANSLATE_NOOP("Country", "Finland"),
    QT_TRANSLATE_NOOP("Country", "France"),
    QT_TRANSLATE_NOOP("Country", "Germany"),
    QT_TRANSLATE_NOOP("Country", "Greece"),
    QT_TRANSLATE_NOOP("Country", "Hong Kong SAR China"),
    QT_TRANSLATE_NOOP("Country", "Hungary"),
    QT_TRANSLATE_NOOP("Country", "Iceland"),
    QT_TRANSLATE_NOOP("Country", "India"),
    QT_TRANSLATE_NOOP("Country", "Indonesia"),
    QT_TRANSLATE_NOOP("Country", "Ireland"),
    QT_TRANSLATE_NOOP("Country", "Israel"),
    QT_TRANSLATE_NOOP("Country", "Italy"),
    QT_TRANSLATE_NOOP("Country", "Japan"),
    QT_TRANSLATE_NOOP("Country", "Latvia"),
    QT_TRANSLATE_NOOP("Country", "Lithuania"),
    QT_TRANSLATE_NOOP("Country", "Luxembourg"),
    QT_TRANSLATE_NOOP("Country", "Malaysia"),
    QT_TRANSLATE_NOOP("Country", "Malta"),
    QT_TRANSLATE_NOOP("Country", "Mexico"),
    QT_TRANSLATE_NOOP("Country", "Netherlands"),
    QT_TRANSLATE_NOOP("Country", "New Zealand"),
    QT_TRANSLATE_NOOP("Country", "Norway"),
    QT_TRANSLATE_NOOP("Country", "Philippines"),
    QT_TRANSLATE_NOOP("Country", "Poland"),
    QT_TRANSLATE_NOOP("Country", "Portugal"),
    QT_TRANSLATE_NOOP("Country", "Romania"),
    QT_TRANSLATE_NOOP("Country", "Singapore"),
    QT_TRANSLATE_NOOP("Country", "Slovakia"),
    QT_TRANSLATE_NOOP("Country", "Slovenia"),
    QT_TRANSLATE_NOOP("Country", "South Africa"),
    QT_TRANSLATE_NOOP("Country", "South Korea"),
    QT_TRANSLATE_NOOP("Country", "Spain"),
    QT_TRANSLATE_NOOP("Country", "Sweden"),
    QT_TRANSLATE_NOOP("Country", "Switzerland"),
    QT_TRANSLATE_NOOP("Country", "Taiwan"),
    QT_TRANSLATE_NOOP("Country", "Thailand"),
    QT_TRANSLATE_NOOP("Country", "Türkiye"),
    QT_TRANSLATE_NOOP("Country", "Ukraine"),
    QT_TRANSLATE_NOOP("Country", "United Arab Emirates"),
    QT_TRANSLATE_NOOP("Country", "United Kingdom"),
    QT_TRANSLATE_NOOP("Country", "United States"),
    QT_TRANSLATE_NOOP("Country", "Vietnam"),
]


@cache
def _english_name(code: str) -> str:
    territory = QLocale.codeToTerritory(code.upper())
    if territory == QLocale.Country.AnyTerritory:
        return code
    return QLocale.territoryToString(territory)


def country_name(code: str | None) -> str:
    """ "MY" -> "Malaysia" (English UI) / "Malezja" (Polish UI); unknown codes stay as they are."""
    if not code:
        return ""
    name = _english_name(code)
    return QCoreApplication.translate(CONTEXT, name)
