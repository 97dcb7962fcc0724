"""Pictures in the report: an evidence screenshot, checked, scaled and put in the document.

Decoded with QtGui's QImageReader (no widgets: the seam allows QtGui), which reads the size from
the header before it decodes, so a decompression bomb is refused by its pixel count without a
byte of it being unpacked; a file that does not decode gives a reason in words, never a failed
export. PNG, JPEG and GIF go in as they are when they are small enough; anything else Qt reads
(WebP, BMP, TIFF …) and anything bigger is re-encoded, scaled to at most MAX_SIDE pixels.
"""

from __future__ import annotations

from dataclasses import dataclass

MAX_PIXELS = 40_000_000  # 40 megapixels: a long page screenshot fits, a bomb does not
MAX_BYTES = 50 * 1024 * 1024  # the most read from the workspace for one picture
MAX_SIDE = 2000  # pixels along the longer side of a picture put in the document
KEEP_AS_IS = 3 * 1024 * 1024  # PNG/JPEG/GIF up to this size and MAX_SIDE go in unchanged
AS_IS = {b"png": "image/png", b"jpeg": "image/jpeg", b"jpg": "image/jpeg", b"gif": "image/gif"}


@dataclass(frozen=True)
class Picture:
    data: bytes  # PNG, JPEG or GIF, ready for python-docx
    width: int  # pixels
    height: int
    problem: str = ""  # "too_large" or "unreadable": then data is b"" and the report says so in words


def prepare(data: bytes) -> Picture:
    """`data` as a picture Word shows, or the reason it cannot be one."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtGui import QImage, QImageReader

    if not data:
        return Picture(b"", 0, 0, "unreadable")
    raw = QByteArray(data)
    buffer = QBuffer(raw)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    try:
        reader = QImageReader(buffer)
        reader.setDecideFormatFromContent(True)
        kind = bytes(reader.format().data()).lower()
        size = reader.size()
        if not kind or not size.isValid() or size.width() <= 0 or size.height() <= 0:
            return Picture(b"", 0, 0, "unreadable")
        width, height = size.width(), size.height()
        if width * height > MAX_PIXELS:
            return Picture(b"", width, height, "too_large")
        scale = min(1.0, MAX_SIDE / max(width, height))
        target = QSize(max(1, round(width * scale)), max(1, round(height * scale)))
        if scale < 1.0:
            reader.setScaledSize(target)
        image = reader.read()
        if image.isNull():
            return Picture(b"", width, height, "unreadable")
    finally:
        buffer.close()
    if kind in AS_IS and scale == 1.0 and len(data) <= KEEP_AS_IS:
        return Picture(data, width, height)  # decoded once to be sure, put in as it came
    # photographs stay JPEG; screenshots, transparency and the rest become PNG (lossless)
    fmt, quality = ("JPG", 85) if kind == b"jpeg" and not image.hasAlphaChannel() else ("PNG", -1)
    if image.format() == QImage.Format.Format_Indexed8 and fmt == "JPG":
        image = image.convertToFormat(QImage.Format.Format_RGB32)
    out = QByteArray()
    sink = QBuffer(out)
    sink.open(QIODevice.OpenModeFlag.WriteOnly)
    saved = image.save(sink, fmt, quality)
    sink.close()
    if not saved:
        return Picture(b"", width, height, "unreadable")
    return Picture(bytes(out.data()), image.width(), image.height())
