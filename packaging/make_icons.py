"""Renders the application icon's SVG into the PNG sizes, the Windows .ico and the macOS .icns.

    uv run python packaging/make_icons.py

The SVG (resources/icons/org.factdesk.Factdesk.svg) is the one drawn by hand; everything else in
resources/icons/ is made from it here, with Qt's own SVG renderer, and committed. Both container
formats hold PNG images (Windows Vista and later, macOS 10.7 and later read them), so no image
library beyond Qt is needed.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

APP_ID = "org.factdesk.Factdesk"
ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: icns element types that hold PNG data, by pixel size (ic10 is 512 pt at 2x)
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09", 1024: b"ic10"}


def render(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def ico(images: dict[int, bytes]) -> bytes:
    """An ICONDIR header, one 16-byte entry per image (0 stands for 256), then the PNGs."""
    sizes = sorted(images)
    offset = 6 + 16 * len(sizes)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    entries, blobs = b"", b""
    for size in sizes:
        png = images[size]
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(blobs))
        blobs += png
    return header + entries + blobs


def icns(images: dict[int, bytes]) -> bytes:
    """'icns' and the file's length, then for each image its type, its length (with the 8-byte
    element header) and the PNG."""
    body = b"".join(ICNS_TYPES[size] + struct.pack(">I", 8 + len(png)) + png for size, png in sorted(images.items()))
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - QPainter needs it
    svg = ICONS / f"{APP_ID}.svg"
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        print(f"make_icons: cannot read {svg}", file=sys.stderr)
        return 1
    rendered = {size: render(renderer, size) for size in {*PNG_SIZES, *ICO_SIZES, *ICNS_TYPES}}
    for size in PNG_SIZES:
        (ICONS / f"{APP_ID}-{size}.png").write_bytes(rendered[size])
    (ICONS / f"{APP_ID}.ico").write_bytes(ico({size: rendered[size] for size in ICO_SIZES}))
    (ICONS / f"{APP_ID}.icns").write_bytes(icns({size: rendered[size] for size in ICNS_TYPES}))
    print(f"Wrote {len(PNG_SIZES)} PNGs, {APP_ID}.ico and {APP_ID}.icns to {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
