"""What the bundle leaves out (packaging/bundle_filter.py): decided per file, checked here fast."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))

import bundle_filter as bf  # noqa: E402

from portal.sandbox_buyers import COUNTRIES  # noqa: E402

USED = {locale for locale, _vat in COUNTRIES.values()}
ALL = bf._all_faker_locales()


def keeps(dest: str) -> bool:
    return bf.keeps_file(dest, USED, ALL)


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6\\plugins\\platforms\\qwindows.dll",
        "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
        "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
        "PySide6/Qt/translations/qtbase_pl.qm",
        "PySide6/Qt/translations/qtbase_en.qm",
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6/Qt/lib/libQt6Svg.so.6",
        "desktop/translations/supplier_desk_pl.qm",
        "babel/locale-data/pl.dat",
        "babel/locale-data/en_GB.dat",
        "babel/locale-data/root.dat",
        "babel/global.dat",
        "faker/providers/company/pl_PL/__init__.py",
        "faker/providers/company/de_CH/__init__.py",
        "faker/providers/person/en_US/__init__.py",
        "faker/providers/person/en/__init__.py",
        "faker/providers/sbn/sbn.py",
        "faker/providers/lorem/la/__init__.py",
        "portal/migrations/versions/0001_schema_before_migrations.py",
        "resources/app_icon.svg",
    ],
)
def test_what_the_app_uses_stays(dest: str) -> None:
    assert keeps(dest)


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/platforms/libqvnc.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/sqldrivers/libqsqlite.so",
        "PySide6/Qt/plugins/tls/libqopensslbackend.so",
        "PySide6/Qt/plugins/imageformats/libqtiff.so",
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/Qt/translations/qt_help_pl.qm",
        "PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6",
        "libgtk-3.so.0",
        "libX11.so.6",
        "libstdc++.so.6",
        "babel/locale-data/de.dat",
        "babel/locale-data/ja_JP.dat",
        "faker/providers/person/ja_JP/__init__.py",
        "faker/providers/address/zh_CN/__init__.py",
    ],
)
def test_what_it_never_loads_goes(dest: str) -> None:
    assert not keeps(dest)


def test_unused_faker_locale_modules_go_but_the_sandboxes_stay() -> None:
    toc = [
        ("faker.providers.company.pl_PL", "x", "PYMODULE"),
        ("faker.providers.company.ja_JP", "x", "PYMODULE"),
        ("faker.providers.company", "x", "PYMODULE"),
        ("faker.providers.sbn.sbn", "x", "PYMODULE"),
    ]
    kept = [name for name, *_ in bf.keep_modules(toc, USED)]
    assert kept == [
        "faker.providers.company.pl_PL",
        "faker.providers.company",
        "faker.providers.sbn.sbn",
    ]


def test_info_plist_names_the_version_languages_and_minimum_macos() -> None:
    plist = bf.info_plist("1.2.3", "net.supplierdesk.desktop")
    assert plist["CFBundleShortVersionString"] == "1.2.3"
    assert plist["CFBundleLocalizations"] == ["en", "pl"]
    assert plist["LSMinimumSystemVersion"]
    assert plist["CFBundleIdentifier"] == "net.supplierdesk.desktop"


def test_a_kept_locale_keeps_the_locale_it_builds_on() -> None:
    import faker.providers.ssn.de_CH as de_ch
    import faker.providers.ssn.fr_CH as fr_ch

    toc = [
        ("faker.providers.ssn.de_CH", de_ch.__file__, "PYMODULE"),
        ("faker.providers.ssn.fr_CH", fr_ch.__file__, "PYMODULE"),
    ]
    kept = [name for name, *_ in bf.keep_modules(toc, {"de_CH"})]
    assert kept == ["faker.providers.ssn.de_CH", "faker.providers.ssn.fr_CH"]
