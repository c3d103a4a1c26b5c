"""Render resources/app_icon.svg (the one source) into each platform's icon files.

Qt draws every size with QSvgRenderer; the .ico and .icns containers are written here with
struct, holding PNG-compressed images (valid in both formats since Windows Vista and
macOS 10.7), so no image library beyond Qt is needed. Output is build output (git-ignored):

    build/icons/supplier-desk.ico              16, 20, 24, 32, 40, 48, 64, 128, 256 px
    build/icons/supplier-desk.icns             16-1024 px, with the @2x variants
    build/icons/hicolor/<N>x<N>/apps/supplier-desk.png   Linux (freedesktop icon theme sizes)
    build/icons/supplier-desk.png              256 px, for the .desktop file and the tarball

Usage: python scripts/build_icons.py [--out DIR]
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt  # noqa: E402, TID251 - Qt renders the icons
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402, TID251 - Qt renders the icons
from PySide6.QtSvg import QSvgRenderer  # noqa: E402, TID251 - Qt renders the icons

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "app_icon.svg"
NAME = "supplier-desk"

ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
# OSType -> pixel size; ic11..ic14 are the @2x (Retina) variants of 16, 32, 128, 256 points.
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)
LINUX_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError(f"Qt could not encode a {size} px PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """ICONDIR + one ICONDIRENTRY per size + the PNG data (a width of 0 means 256)."""
    sizes = sorted(images)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        png = images[size]
        edge = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def icns_bytes(images: dict[int, bytes]) -> bytes:
    """'icns' + total length, then (OSType, chunk length incl. its 8-byte header, PNG)."""
    chunks = b"".join(
        ostype + struct.pack(">I", 8 + len(images[size])) + images[size]
        for ostype, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks


def build(out: Path, source: Path = SOURCE) -> list[Path]:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"not a usable SVG: {source}")
    wanted = set(ICO_SIZES) | {size for _, size in ICNS_TYPES} | set(LINUX_SIZES)
    images = {size: render_png(renderer, size) for size in sorted(wanted)}
    out.mkdir(parents=True, exist_ok=True)
    written = [out / f"{NAME}.ico", out / f"{NAME}.icns", out / f"{NAME}.png"]
    written[0].write_bytes(ico_bytes({s: images[s] for s in ICO_SIZES}))
    written[1].write_bytes(icns_bytes(images))
    written[2].write_bytes(images[256])
    for size in LINUX_SIZES:
        target = out / "hicolor" / f"{size}x{size}" / "apps" / f"{NAME}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(images[size])
        written.append(target)
    del app
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "icons")
    parser.add_argument("--source", type=Path, default=SOURCE)
    args = parser.parse_args(argv)
    for path in build(args.out, args.source):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
