"""What the bundle leaves out (packaging/bundle_filter.py): decided per file, checked here fast."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))

import bundle_filter as bf  # noqa: E402

from portal.sandbox.buyers import COUNTRIES  # noqa: E402

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
        "portal/store/migrations/versions/0001_schema_before_migrations.py",
        "resources/app_icon.svg",
        "PySide6\\Qt6Widgets.dll",
        "PySide6\\Qt6Svg.dll",
        "PySide6/Qt/lib/QtWidgets.framework/Versions/A/QtWidgets",
        "PySide6/Qt/lib/QtGui.framework/Versions/A/QtGui",
        "stdnum/pl/nip.py",
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
        "PySide6/Qt/plugins/wayland-graphics-integration-client/libdmabuf-server.so",
        "PySide6\\Qt6Network.dll",
        "PySide6\\Qt6Qml.dll",
        "PySide6\\Qt6QuickWidgets.dll",
        "PySide6\\Qt6Pdf.dll",
        "PySide6\\opengl32sw.dll",
        "PySide6\\d3dcompiler_47.dll",
        "PySide6/Qt/lib/QtNetwork.framework/Versions/A/QtNetwork",
        "PySide6/Qt/lib/QtQml.framework/Versions/A/Resources/Info.plist",
        "PySide6/Qt/lib/QtQuick.framework/Versions/A/QtQuick",
        "PySide6/Qt/lib/QtPdf.framework/QtPdf",
        "stdnum/oui.dat",
        "stdnum/at/postleitzahl.dat",
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


@pytest.mark.parametrize(
    ("item", "kept"),
    [
        ("root.res", True),
        ("pool.res", True),
        ("res_index.res", True),
        ("pl.res", True),
        ("pl_PL.res", True),
        ("en_GB.res", True),
        ("coll/pl.res", True),
        ("coll/root.res", True),
        ("coll/ucadata.icu", True),
        ("zoneinfo64.res", True),
        ("supplementalData.res", True),
        ("likelySubtags.res", True),
        ("nfkc.nrm", True),
        ("uprops.icu", True),
        ("brkitr/word.brk", True),
        ("de.res", False),
        ("coll/de_.res", False),
        ("sr_Latn_BA.res", False),
        ("zone/ja.res", False),
        ("ibm-943_P15A-2003.cnv", False),
        ("translit/root.res", False),
        ("brkitr/cjdict.dict", False),
        ("brkitr/line_loose_cj.brk", False),
    ],
)
def test_icu_keeps_english_polish_and_the_shared_tables(item: str, kept: bool) -> None:
    assert bf.keeps_icu_item(item) is kept


def test_libraries_nothing_kept_loads_go() -> None:
    """Qt Network's Kerberos stays behind when Qt Network goes; what a plugin or an extension
    module loads, directly or through another library, stays."""
    needs = {
        "/src/QtGui.abi3.so": ["libQt6Gui.so.6"],
        "/src/libQt6Gui.so.6": ["libQt6Core.so.6", "libc.so.6"],
        "/src/libQt6Core.so.6": ["libicuuc.so.73"],
        "/src/libicuuc.so.73": ["libicudata.so.73"],
        "/src/libqxcb.so": ["libQt6XcbQpa.so.6"],
        "/src/libgssapi_krb5.so.2": ["libkrb5.so.3"],
    }
    toc = [
        ("PySide6/QtGui.abi3.so", "/src/QtGui.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/src/libQt6Core.so.6", "BINARY"),
        ("PySide6/Qt/lib/libicuuc.so.73", "/src/libicuuc.so.73", "BINARY"),
        ("PySide6/Qt/lib/libicudata.so.73", "/src/libicudata.so.73", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6XcbQpa.so.6", "/src/libQt6XcbQpa.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6OpenGL.so.6", "/src/libQt6OpenGL.so.6", "BINARY"),
        ("libgssapi_krb5.so.2", "/src/libgssapi_krb5.so.2", "BINARY"),
        ("libkrb5.so.3", "/src/libkrb5.so.3", "BINARY"),
        ("libpython3.11.so.1.0", "/src/libpython3.11.so.1.0", "BINARY"),
    ]
    kept = [e[0] for e in bf.without_orphans(toc, lambda path: needs.get(path, []))]
    assert kept == [
        "PySide6/QtGui.abi3.so",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "PySide6/Qt/lib/libQt6Core.so.6",
        "PySide6/Qt/lib/libicuuc.so.73",
        "PySide6/Qt/lib/libicudata.so.73",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/lib/libQt6XcbQpa.so.6",
        "libpython3.11.so.1.0",
    ]


def test_needed_libraries_reads_an_elf_files_dependencies() -> None:
    from PySide6 import QtCore

    assert "libQt6Core.so.6" in bf.needed_libraries(QtCore.__file__)


def test_links_to_left_out_files_go() -> None:
    toc = [
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libQt6OpenGL.so.6", "PySide6/Qt/lib/libQt6OpenGL.so.6", "SYMLINK"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/src/libQt6Core.so.6", "BINARY"),
    ]
    kept = [e[0] for e in bf.without_dangling_links(toc, {"PySide6/Qt/lib/libQt6Core.so.6"})]
    assert kept == ["libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6"]


def _fake_portal(root: Path, pg_pool_source: str) -> None:
    for package in ("portal", *bf.SANDBOX_PORTAL):
        folder = root.joinpath(*package.split("."))
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "__init__.py").write_text("", encoding="utf-8")
    (root / "portal" / "http" / "pg_read_pool.py").write_text(pg_pool_source, encoding="utf-8")


@pytest.mark.parametrize(
    ("source", "needed"),
    [
        ("import psycopg\n", True),
        ("def connect():\n    import psycopg\n    return psycopg.connect('')\n", False),
    ],
)
def test_psycopg_travels_only_when_the_sandboxs_portal_imports_it(
    tmp_path: Path, source: str, needed: bool
) -> None:
    _fake_portal(tmp_path, source)
    assert bf.portal_needs_psycopg(sys.executable, tmp_path) is needed


def test_a_portal_that_does_not_import_for_another_reason_stops_the_build(tmp_path: Path) -> None:
    _fake_portal(tmp_path, "import no_such_module_here\n")
    with pytest.raises(SystemExit, match="no_such_module_here"):
        bf.portal_needs_psycopg(sys.executable, tmp_path)
