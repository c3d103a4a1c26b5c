"""Qt's xcb platform (a real X11 window) must find every library it loads on this machine,
or `./scripts/run` aborts with "Could not load the Qt platform plugin xcb"."""

from __future__ import annotations

import shutil
import sys

import pytest

from scripts.qt_system_libs import debian_package, missing_libraries, plugin_path

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="ldd and Qt's xcb platform are Linux's"
)


def test_the_xcb_platform_plugin_has_every_library_it_loads() -> None:
    plugin = plugin_path("xcb")
    assert plugin.exists(), plugin
    assert shutil.which("ldd"), "ldd is part of every glibc Linux"
    missing = missing_libraries(plugin)
    packages = sorted({debian_package(lib) for lib in missing})
    assert missing == [], f"not found: {missing}; scripts/setup installs {packages}"


def test_missing_libraries_map_to_debian_packages() -> None:
    """The names scripts/setup would ask apt-get for."""
    assert debian_package("libxcb-icccm.so.4") == "libxcb-icccm4"
    assert debian_package("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"
    # Outside the table, Debian's naming rule: a digit before the version takes a hyphen.
    assert debian_package("libxcb-foo.so.2") == "libxcb-foo2"
    assert debian_package("libfoo3.so.1") == "libfoo3-1"
