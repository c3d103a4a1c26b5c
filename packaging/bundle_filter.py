"""What the PyInstaller bundle leaves out, and the macOS Info.plist; used by supplier_desk.spec.

The bundle keeps what Supplier Desk uses at run time: Qt's Core/Gui/Widgets/Svg (and Test,
for --screenshots), the platform plugins of the three systems (offscreen, xcb, wayland,
windows, cocoa), SVG/ICO/JPEG/GIF images, Qt's own translations in English and Polish only,
Babel's CLDR data for English and Polish, and the Faker locales the sandbox generates buyers
in. Everything else (test tools, the PostgreSQL driver, Qt's other plugins, the GTK theme and
the libraries it drags in) stays out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

LANGUAGES = ("en", "pl")

EXCLUDED_MODULES = [
    # tests and tools
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "schemathesis",
    "mypy",
    "ruff",
    "check_jsonschema",
    "PyInstaller",
    "pip",
    "setuptools",
    "pkg_resources",
    "tkinter",
    "IPython",
    "pydoc_data",
    "lib2to3",
    "readline",
    # the portal on PostgreSQL is a server's business, not the embedded sandbox's
    "psycopg",
    "psycopg_binary",
    "psycopg_c",
    "psycopg_pool",
    "psycopg2",
    # uvicorn's optional extras the sandbox does not use (asyncio serves it well enough)
    "uvloop",
    "yaml",
    "watchfiles",
    "websockets",
    "wsproto",
    "dotenv",
    # Qt modules the app does not import
    "PySide6.QtNetwork",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtPrintSupport",
    "PySide6.QtSql",
    "PySide6.QtXml",
    "PySide6.QtDBus",
    "PySide6.QtConcurrent",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtUiTools",
]

# Qt plugin folder -> file-name parts to keep (None: keep the whole folder). Folders not
# listed (sqldrivers, tls, networkinformation, generic, egldeviceintegrations, qmltooling,
# printsupport, ...) are left out.
QT_PLUGINS: dict[str, tuple[str, ...] | None] = {
    "platforms": ("offscreen", "xcb", "wayland", "qwindows", "cocoa"),
    "platformthemes": ("xdgdesktopportal",),  # not gtk3: it brings all of GTK along
    "imageformats": ("qsvg", "qico", "qjpeg", "qgif"),
    "iconengines": None,
    "styles": None,
    "platforminputcontexts": None,
    "xcbglintegrations": None,
    "wayland-decoration-client": None,
    "wayland-graphics-integration-client": None,
    "wayland-shell-integration": None,
}
QT_TRANSLATIONS = tuple(f"qtbase_{lang}.qm" for lang in LANGUAGES)
# Libraries only the left-out plugins load (eglfs, the GTK theme).
UNUSED_LIBRARIES = re.compile(
    r"^(libQt6EglFS|libQt6EglFsKms|libQt6Network|libQt6Qml|libQt6Quick|libQt6Pdf|"
    r"libgtk-3|libgdk-3|libgdk_pixbuf|libatk|libatk-bridge|libatspi|libcairo|libpango|"
    r"libepoxy|libfribidi|libthai|libdatrie|libgraphite2|libpixman|libharfbuzz\.so)"
)
# Linux: libraries every desktop system that runs X11 or Wayland already has (as in AppImage's
# excludelist); the system's copy matches its graphics stack better than one from the build host.
SYSTEM_LIBRARIES = re.compile(
    r"^(libX11|libX11-xcb|libxcb\.so|libfontconfig|libfreetype|libexpat|libz\.so|libglib-2|"
    r"libgobject-2|libgio-2|libgmodule-2|libgthread-2|libdbus-1|libsystemd|libgcrypt|"
    r"libgpg-error|libstdc\+\+|libgcc_s|libcom_err|libselinux|libmount|libblkid|libpcre2|"
    r"libuuid|libbsd|libmd\.so|libcap\.so|libXau|libXdmcp|libXext|libXrender)"
)
BABEL_LOCALE = re.compile(r"babel/locale-data/(?P<name>[^/]+)\.dat$")
FAKER_BASE = re.compile(r"from \.\.(\w+)")  # a locale module's base: from ..fr_CH import ...
FAKER_PART = re.compile(r"^faker[./]providers[./](?P<provider>[^./]+)[./](?P<part>[^./]+)")


def _all_faker_locales() -> set[str]:
    try:
        from faker.config import AVAILABLE_LOCALES
    except ImportError:
        return set()
    locales = set(AVAILABLE_LOCALES)
    return locales | {locale.split("_")[0] for locale in locales}


def _provider_defaults() -> set[str]:
    """Each provider falls back to its own default locale (lorem: "la"), then to en_US."""
    from importlib import import_module

    try:
        from faker.config import PROVIDERS
    except ImportError:
        return set()
    found = {getattr(import_module(p), "default_locale", "") for p in PROVIDERS}
    return {locale for locale in found if locale}


def _wanted_faker(used: Iterable[str]) -> set[str]:
    keep = set(used) | {"en_US"} | _provider_defaults()
    return keep | {locale.split("_")[0] for locale in keep}


def keeps_qt_file(dest: str) -> bool:
    path = dest.replace("\\", "/")
    if "PySide6/" not in path:
        return True
    parts = path.split("/")
    if "plugins" in parts:
        i = parts.index("plugins")
        if len(parts) - i < 3:  # not a plugin file
            return True
        folder = parts[i + 1]
        if folder not in QT_PLUGINS:
            return False
        wanted = QT_PLUGINS[folder]
        return wanted is None or any(w in parts[-1] for w in wanted)
    if "translations" in parts:
        return parts[-1] in QT_TRANSLATIONS
    return not UNUSED_LIBRARIES.match(parts[-1])


def keeps_file(dest: str, faker_locales: Iterable[str], all_locales: set[str]) -> bool:
    """False for what the app never loads (a TOC entry's destination path)."""
    path = dest.replace("\\", "/")
    name = path.rsplit("/", 1)[-1]
    if not keeps_qt_file(path):
        return False
    if UNUSED_LIBRARIES.match(name):
        return False
    if "/" not in path and SYSTEM_LIBRARIES.match(name):
        return False
    babel = BABEL_LOCALE.search(path)
    if babel:
        lang = babel.group("name").split("_")[0]
        return babel.group("name") == "root" or lang in LANGUAGES
    faker = FAKER_PART.match(path)
    if faker and faker.group("part") in all_locales:
        return faker.group("part") in _wanted_faker(faker_locales)
    return True


def keep(toc: Any, faker_locales: Iterable[str]) -> Any:
    """A TOC (datas or binaries) without the left-out entries."""
    locales = _all_faker_locales()
    return type(toc)(entry for entry in toc if keeps_file(entry[0], faker_locales, locales))


def keep_modules(toc: Any, faker_locales: Iterable[str]) -> Any:
    """The pure-Python modules without Faker's unused locales (keeping those a kept locale
    builds on: de_CH's ssn provider is fr_CH's)."""
    locales = _all_faker_locales()
    wanted = _wanted_faker(faker_locales)
    sources = {entry[0]: entry[1] for entry in toc}

    def part(name: str) -> str | None:
        found = FAKER_PART.match(name)
        return found.group("part") if found and found.group("part") in locales else None

    grew = True
    while grew:
        grew = False
        for name, source in sources.items():
            if part(name) not in wanted or not source or not str(source).endswith(".py"):
                continue
            text = Path(source).read_text(encoding="utf-8", errors="replace")
            for base in FAKER_BASE.findall(text):
                if base in locales and base not in wanted:
                    wanted.add(base)
                    grew = True
    return type(toc)(entry for entry in toc if part(entry[0]) in (None, *wanted))


def info_plist(version: str, bundle_id: str) -> dict[str, Any]:
    return {
        "CFBundleName": "Supplier Desk",
        "CFBundleDisplayName": "Supplier Desk",
        "CFBundleIdentifier": bundle_id,
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "CFBundleDevelopmentRegion": "en",
        "CFBundleLocalizations": list(LANGUAGES),
        "LSMinimumSystemVersion": "12.0",
        "LSApplicationCategoryType": "public.app-category.business",
        "NSHighResolutionCapable": True,
        "NSRequiresAquaSystemAppearance": False,
        "NSHumanReadableCopyright": "Supplier Desk. Qt is used under the LGPL-3.0.",
    }
