"""scripts/build_icons.py: one SVG, Qt-rendered, into .ico, .icns and PNGs that open."""

from __future__ import annotations

import struct
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]


def _png_size(data: bytes) -> tuple[int, int]:
    image = QImage.fromData(data, "PNG")
    assert not image.isNull()
    return image.width(), image.height()


def test_icons_are_rendered_into_each_platforms_container(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_icons.py"), "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr

    ico = (tmp_path / "supplier-desk.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", ico)
    assert (reserved, kind) == (0, 1)
    sizes = []
    for i in range(count):
        w, h, _c, _r, planes, bits, length, offset = struct.unpack_from(
            "<BBBBHHII", ico, 6 + 16 * i
        )
        assert (planes, bits) == (1, 32)
        edge = w or 256
        assert _png_size(ico[offset : offset + length]) == (edge, edge)
        sizes.append(edge)
    assert {16, 32, 48, 256} <= set(sizes)

    icns = (tmp_path / "supplier-desk.icns").read_bytes()
    assert icns[:4] == b"icns"
    assert struct.unpack_from(">I", icns, 4)[0] == len(icns)
    found: dict[bytes, tuple[int, int]] = {}
    pos = 8
    while pos < len(icns):
        ostype, length = icns[pos : pos + 4], struct.unpack_from(">I", icns, pos + 4)[0]
        found[ostype] = _png_size(icns[pos + 8 : pos + length])
        pos += length
    assert found[b"icp4"] == (16, 16)
    assert found[b"ic10"] == (1024, 1024)  # 512 pt @2x
    assert found[b"ic14"] == (512, 512)  # 256 pt @2x

    for size in (16, 48, 256, 512):
        png = tmp_path / "hicolor" / f"{size}x{size}" / "apps" / "supplier-desk.png"
        assert _png_size(png.read_bytes()) == (size, size)
    # The corner is transparent, the middle is the icon's navy: Qt drew the SVG, not a blank.
    big = QImage(str(tmp_path / "supplier-desk.png"))
    assert big.pixelColor(0, 0).alpha() == 0
    assert big.pixelColor(128, 20).name() == "#0b2545"


def test_a_missing_app_icon_is_logged_once(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A damaged installation without resources/app_icon.svg: the app starts iconless, and
    the log says which file is missing (once, however many windows ask for the icon)."""
    from desktop.app import resources

    monkeypatch.setattr(resources, "RESOURCES", tmp_path)
    resources._warn_missing_icon.cache_clear()
    with caplog.at_level("WARNING", logger="desktop.app.resources"):
        assert resources.app_icon().isNull()
        resources.app_icon()
    resources._warn_missing_icon.cache_clear()
    warned = [r.getMessage() for r in caplog.records if "icon missing" in r.getMessage()]
    assert warned == [
        f"application icon missing: {tmp_path / 'app_icon.svg'} (the windows show none)"
    ]


def test_the_app_icon_is_found_without_a_warning(
    qapp: object, caplog: pytest.LogCaptureFixture
) -> None:
    from desktop.app import resources

    with caplog.at_level("WARNING", logger="desktop.app.resources"):
        assert not resources.app_icon().isNull()
    assert not [r for r in caplog.records if "icon missing" in r.getMessage()]
