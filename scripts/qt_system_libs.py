"""Which system libraries Qt's platform plugins miss on this Linux machine, as Debian packages.

`python scripts/qt_system_libs.py` prints the Debian/Ubuntu packages to install (one per line)
for every library that `ldd` reports "not found" for Qt's xcb (X11) and offscreen platform
plugins; nothing when all resolve. `--sonames` prints the missing libraries instead.
scripts/setup runs it after installing PySide6; tests/ui/test_qt_platforms.py uses it too.
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

PLATFORMS = ("xcb", "offscreen")

# soname -> Debian/Ubuntu package (the same names on bookworm, trixie, jammy and noble).
DEBIAN_PACKAGES: dict[str, str] = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libGLdispatch.so.0": "libglvnd0",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
}

_NOT_FOUND = re.compile(r"^\s*(\S+)\s*=>\s*not found", re.MULTILINE)


def plugin_path(platform: str) -> Path:
    """Qt's platform plugin as PySide6 ships it (its Qt libraries resolve through RUNPATH)."""
    spec = importlib.util.find_spec("PySide6")  # found, not imported: no Qt loaded here
    assert spec is not None and spec.origin is not None, "PySide6 is not installed"
    return Path(spec.origin).parent / "Qt" / "plugins" / "platforms" / f"libq{platform}.so"


def missing_libraries(plugin: Path) -> list[str]:
    """Sonames `ldd` cannot resolve for `plugin` and everything it loads (Qt's own included)."""
    answer = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=False)
    return sorted(set(_NOT_FOUND.findall(answer.stdout)))


def debian_package(soname: str) -> str:
    """The package for a soname; outside the table, Debian's naming rule (libfoo.so.1 ->
    libfoo1, libfoo-bar.so.0 -> libfoo-bar0) is the best guess."""
    known = DEBIAN_PACKAGES.get(soname)
    if known is not None:
        return known
    stem, _, version = soname.partition(".so.")
    name = stem.lower()
    return f"{name}-{version}" if name[-1:].isdigit() else f"{name}{version}"


def main(argv: list[str]) -> int:
    if not sys.platform.startswith("linux"):
        return 0
    missing = sorted({lib for p in PLATFORMS for lib in missing_libraries(plugin_path(p))})
    if "--sonames" in argv:
        print("\n".join(missing))
    else:
        print("\n".join(sorted({debian_package(lib) for lib in missing})))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
