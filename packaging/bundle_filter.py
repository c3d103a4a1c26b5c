"""What the PyInstaller bundle leaves out, and the macOS Info.plist; used by supplier_desk.spec.

The bundle keeps what Supplier Desk uses at run time: Qt's Core/Gui/Widgets/Svg (and Test,
which --self-test and --screenshots drive the app with), the platform plugins of the three
systems (offscreen, xcb, wayland, windows, cocoa), SVG/ICO/JPEG/GIF images, Qt's own
translations in English and Polish only, Babel's CLDR data for English and Polish, ICU's data
for English and Polish (Linux, packaging/icu_data.py), and the Faker locales the sandbox
generates buyers in. Everything else (test tools, Qt's other modules and plugins, software
OpenGL, the GTK theme and the libraries only left-out parts load, stdnum's data files) stays
out.
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
    # (psycopg itself: POSTGRES_DRIVER, left out when the sandbox's portal imports without it)
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

# psycopg and its libpq (12 MB on Linux): left out unless the portal's app, as the embedded
# sandbox starts it, imports psycopg even on SQLite (see portal_needs_psycopg).
POSTGRES_DRIVER = ["psycopg", "psycopg_binary"]
SANDBOX_PORTAL = ("portal.server", "portal.app", "portal.http", "portal.search", "portal.sandbox")


def portal_needs_psycopg(python: str, root: Path) -> bool:
    """True when importing the sandbox's portal (its app, the HTTP room with the API, search and the sandbox, every
    submodule) with psycopg made unimportable fails: then the bundle must carry psycopg."""
    import subprocess

    script = (
        "import importlib, pkgutil, sys\n"
        "sys.modules['psycopg'] = None\n"
        f"for name in {SANDBOX_PORTAL!r}:\n"
        "    module = importlib.import_module(name)\n"
        "    for found in pkgutil.walk_packages(getattr(module, '__path__', []), name + '.'):\n"
        "        importlib.import_module(found.name)\n"
    )
    done = subprocess.run(
        [python, "-c", script], cwd=root, capture_output=True, text=True, check=False
    )
    if done.returncode != 0 and "psycopg" not in done.stderr:
        raise SystemExit(f"the portal does not import:\n{done.stderr}")
    return done.returncode != 0


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
    # not wayland-graphics-integration-client: server buffers and EGL windows, which a
    # QWidget app drawing in software never asks for (it draws into shared memory)
    "wayland-shell-integration": None,
}
QT_TRANSLATIONS = tuple(f"qtbase_{lang}.qm" for lang in LANGUAGES)
# Libraries only the left-out plugins load (eglfs, the GTK theme).
UNUSED_LIBRARIES = re.compile(
    r"^(libQt6EglFS|libQt6EglFsKms|libQt6Network|libQt6Qml|libQt6Quick|libQt6Pdf|"
    r"libgtk-3|libgdk-3|libgdk_pixbuf|libatk|libatk-bridge|libatspi|libcairo|libpango|"
    r"libepoxy|libfribidi|libthai|libdatrie|libgraphite2|libpixman|libharfbuzz\.so)"
)
# The same parts as they are named on Windows (PySide6\Qt6Network.dll; opengl32sw.dll is Mesa's
# software OpenGL and d3dcompiler Direct3D's shader compiler, for OpenGL and Qt Quick windows,
# which a QWidget app drawing in software never opens) and on macOS (frameworks).
UNUSED_WINDOWS_LIBRARIES = re.compile(
    r"^(Qt6Network|Qt6Qml\w*|Qt6Quick\w*|Qt6Pdf|Qt6OpenGLWidgets|opengl32sw|d3dcompiler_\d+)\.dll$",
    re.IGNORECASE,
)
UNUSED_FRAMEWORKS = re.compile(
    r"^(QtNetwork|QtQml\w*|QtQuick\w*|QtPdf|QtOpenGLWidgets)\.framework$"
)
# Linux: libraries every desktop system that runs X11 or Wayland already has (as in AppImage's
# excludelist); the system's copy matches its graphics stack better than one from the build host.
SYSTEM_LIBRARIES = re.compile(
    r"^(libX11|libX11-xcb|libxcb\.so|libfontconfig|libfreetype|libexpat|libz\.so|libglib-2|"
    r"libgobject-2|libgio-2|libgmodule-2|libgthread-2|libdbus-1|libsystemd|libgcrypt|"
    r"libgpg-error|libstdc\+\+|libgcc_s|libcom_err|libselinux|libmount|libblkid|libpcre2|"
    r"libuuid|libbsd|libmd\.so|libcap\.so|libXau|libXdmcp|libXext|libXrender)"
)
# ICU items (paths inside Qt's libicudata, as `icupkg -l` lists them) named after a locale.
ICU_LOCALE = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]*)*$")  # de_, de_AT, sr_Latn_BA
ICU_NOT_LOCALES = {"root", "pool", "res_index"}
# stdnum's tables (MAC vendors, ISBN ranges, banks): none of its VAT checks reads one.
STDNUM_DATA = re.compile(r"^stdnum/.+\.dat$")
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
    if any(UNUSED_FRAMEWORKS.match(part) for part in parts):
        return False
    return not (UNUSED_LIBRARIES.match(parts[-1]) or UNUSED_WINDOWS_LIBRARIES.match(parts[-1]))


def keeps_icu_item(item: str) -> bool:
    """False for ICU data the app never reads: other languages' locale data, the legacy-charset
    converters (.cnv), transliteration, and the dictionaries for breaking CJK, Thai, Lao,
    Khmer and Burmese text into words. Kept: root, en*, pl*, and the tables every locale uses
    (Unicode properties, normalisation, collation's root, time zones, plural rules, ...)."""
    folder, _, name = item.rpartition("/")
    stem, dot, ext = name.rpartition(".")
    if ext == "cnv" or folder == "translit":
        return False
    if folder == "brkitr" and (ext == "dict" or stem.endswith("_cj")):
        return False
    if ext == "res" and stem not in ICU_NOT_LOCALES and ICU_LOCALE.match(stem):
        return stem.split("_")[0] in LANGUAGES
    return True


def keeps_file(dest: str, faker_locales: Iterable[str], all_locales: set[str]) -> bool:
    """False for what the app never loads (a TOC entry's destination path)."""
    path = dest.replace("\\", "/")
    name = path.rsplit("/", 1)[-1]
    if not keeps_qt_file(path):
        return False
    if UNUSED_LIBRARIES.match(name) or UNUSED_WINDOWS_LIBRARIES.match(name):
        return False
    if "/" not in path and SYSTEM_LIBRARIES.match(name):
        return False
    if STDNUM_DATA.match(path):
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


LIBRARY = re.compile(r"^lib.+\.so(\.\d+)*$")
NEEDED = re.compile(r"\(NEEDED\)\s+Shared library: \[(?P<name>[^\]]+)\]")


def needed_libraries(path: str) -> list[str]:
    """An ELF file's direct dependencies (readelf, of binutils, which PyInstaller needs too)."""
    import subprocess

    done = subprocess.run(["readelf", "-d", path], capture_output=True, text=True, check=False)
    return NEEDED.findall(done.stdout)


def without_orphans(toc: Any, needed: Any = needed_libraries) -> Any:
    """Linux: the binaries without shared libraries that nothing kept loads. PyInstaller
    collects a library's dependencies before bundle_filter drops the library, so what only a
    left-out part loaded stays behind: Qt Network's Kerberos, the system FreeType's PNG and
    Brotli (the system's FreeType loads its own), Qt OpenGL once the EGL plugins are gone.
    Kept from the start: Python's extension modules and Qt's plugins (loaded by import and by
    Qt), libpython; then whatever those load, and so on."""
    entries = list(toc)

    def name(dest: str) -> str:
        return dest.replace("\\", "/").rsplit("/", 1)[-1]

    def is_root(entry: Any) -> bool:
        dest, _source, kind = entry[0], entry[1], entry[2]
        path = dest.replace("\\", "/")
        return kind != "SYMLINK" and (
            kind == "EXTENSION"
            or "/plugins/" in path
            or not LIBRARY.match(name(path))
            or name(path).startswith("libpython")
        )

    sources = {name(e[0]): e[1] for e in entries if e[2] != "SYMLINK" and e[1]}
    reached: set[str] = set()
    todo = [e[1] for e in entries if is_root(e) and e[1]]
    while todo:
        for dependency in needed(str(todo.pop())):
            if dependency not in reached:
                reached.add(dependency)
                if dependency in sources:
                    todo.append(sources[dependency])
    return type(toc)(e for e in entries if is_root(e) or name(e[0]) in reached)


def without_dangling_links(toc: Any, kept: set[str]) -> Any:
    """The TOC without symbolic links (PyInstaller's SYMLINK entries, as libQt6Test.so.6 ->
    PySide6/Qt/lib/libQt6Test.so.6) to a file that was left out: `kept` is every kept file's
    destination."""
    import posixpath

    def target(entry: Any) -> str:
        dest = entry[0].replace("\\", "/")
        return posixpath.normpath(posixpath.join(posixpath.dirname(dest), str(entry[1])))

    kept = {path.replace("\\", "/") for path in kept}
    return type(toc)(e for e in toc if e[2] != "SYMLINK" or target(e) in kept)


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
