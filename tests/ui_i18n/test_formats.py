"""CLDR names and the locale's formats, following the language the switcher installs."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale

from desktop.app.language import LanguageSwitcher
from desktop.models import formats
from desktop.models.countries import NOT_COUNTRIES, all_countries, country_name

NBSP = "\u00a0"


def qt_country_codes() -> set[str]:
    """Every territory Qt knows by a two-letter code: a list independent of Babel's."""
    codes = set()
    for territory in QLocale.Country:
        code = QLocale.territoryToCode(territory)
        if len(code) == 2 and code.isalpha() and code not in NOT_COUNTRIES:
            codes.add(code)
    return codes


def test_every_country_has_a_name_in_both_languages(switcher: LanguageSwitcher) -> None:
    codes = qt_country_codes()
    assert len(codes) > 240
    named = {}
    for language in ("en", "pl"):
        switcher.switch(language)
        named[language] = {code: country_name(code) for code in codes}
        unnamed = sorted(c for c, name in named[language].items() if name == c)
        assert not unnamed, f"{language}: no name for {unnamed}"
    assert named["en"]["MY"] == "Malaysia" and named["pl"]["MY"] == "Malezja"
    assert named["pl"]["DE"] == "Niemcy" and named["pl"]["GG"] == "Guernsey"
    assert named["pl"]["PL"] == "Polska" and named["en"]["PL"] == "Poland"
    assert country_name("xx") == "xx"  # an unknown code is shown as it came
    assert country_name(None) == ""


def test_the_country_list_is_in_the_languages_order(switcher: LanguageSwitcher) -> None:
    switcher.switch("pl")
    names = [name for _code, name in all_countries()]
    assert len(names) >= 249
    # Polish collation: Ł after L, Ś after S, Ż after Z (not at the end as code points would).
    assert names.index("Luksemburg") < names.index("Łotwa") < names.index("Macedonia Północna")
    assert names.index("Szwajcaria") < names.index("Tajlandia")


def test_polish_dates_numbers_and_amounts(switcher: LanguageSwitcher) -> None:
    switcher.switch("pl")
    assert formats.format_day(date(2026, 11, 28)) == "28.11.2026"
    assert formats.format_money("1234.56", "PLN") == f"1{NBSP}234,56{NBSP}zł"
    assert formats.format_count(12345) == f"12{NBSP}345"
    assert formats.currency_name("PLN") == "złoty polski"
    assert formats.currency_symbol("EUR") == "€"


def test_english_follows_at_once_after_a_switch(switcher: LanguageSwitcher) -> None:
    switcher.switch("pl")
    switcher.switch("en")
    assert formats.format_money("1234.56", "EUR") == "€1,234.56"
    assert formats.format_count(12345) == "12,345"
    assert formats.currency_name("PLN") == "Polish Zloty"
    assert "2026" in formats.format_day(date(2026, 11, 28)) or "26" in formats.format_day(
        date(2026, 11, 28)
    )


def test_a_value_that_is_not_an_amount_is_shown_as_it_came(switcher: LanguageSwitcher) -> None:
    switcher.switch("pl")
    assert formats.format_money("12,3,4", "PLN") == "12,3,4 PLN"
    assert formats.format_money("10", "QQQ").endswith("QQQ")


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("pl", ["Lublin", "Łomża", "Łódź", "Mielec", "Zabrze", "Żory"]),
        ("en", ["Łódź", "Łomża", "Lublin", "Mielec", "Zabrze", "Żory"]),
    ],
)
def test_names_sort_by_the_locales_collation(
    switcher: LanguageSwitcher, language: str, expected: list[str]
) -> None:
    switcher.switch(language)
    assert formats.sorted_names(["Żory", "Zabrze", "Mielec", "Łódź", "Lublin", "Łomża"]) == expected


def test_the_relationships_table_sorts_and_renames_countries_with_the_language(
    switcher: LanguageSwitcher, qtbot, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTableView

    from desktop.domain.types import RelationshipStatus
    from desktop.models.relationships_model import Column, RelationshipsModel
    from tests.ui.relationship_rows import CacheSource, cache_with, column
    from tests.ui.test_relationships_models import row

    names = ["Mielec Biuro", "Łódź Papier", "Lublin Druk", "Zabrze Stal"]
    cache = cache_with(
        tmp_path / "c.sqlite",
        [row(n, name, RelationshipStatus.ACTIVE, None, None, "MY") for n, name in enumerate(names)],
    )
    model = RelationshipsModel(CacheSource(cache))
    view = QTableView()  # the switcher refreshes the models it finds under views
    qtbot.addWidget(view)
    view.setModel(model)
    model.sort(Column.CUSTOMER, Qt.SortOrder.AscendingOrder)

    def shown(col: Column) -> list[str]:
        return column(qtbot, model, col)

    try:
        switcher.switch("pl")
        assert shown(Column.CUSTOMER) == [
            "Lublin Druk",
            "Łódź Papier",
            "Mielec Biuro",
            "Zabrze Stal",
        ]
        assert set(shown(Column.COUNTRY)) == {"Malezja"}
        assert model.headerData(Column.COUNTRY, Qt.Orientation.Horizontal) == "Kraj"
        switcher.switch("en")
        assert shown(Column.CUSTOMER) == [
            "Łódź Papier",
            "Lublin Druk",
            "Mielec Biuro",
            "Zabrze Stal",
        ]
        assert set(shown(Column.COUNTRY)) == {"Malaysia"}
    finally:
        cache.close()


def test_buyer_choices_sort_the_languages_way(switcher: LanguageSwitcher) -> None:
    buyers = [("b1", "Żółta Łódka Sp. z o.o."), ("b2", "Zakłady Mielec"), ("b3", "Łomża Papier")]
    switcher.switch("pl")
    assert [b for b, _ in formats.sorted_by_name(buyers, lambda b: b[1])] == ["b3", "b2", "b1"]
