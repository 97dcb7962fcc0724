"""Previews of attachments: images decoded within limits, documents' text read off the UI thread,
text files' first lines. Nothing here changes the workspace."""

from __future__ import annotations

import logging

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QLocale, QSize, Qt
from PySide6.QtGui import QImage, QImageReader

log = logging.getLogger(__name__)

#: an image with more pixels than this is decoded at a reduced size, or not at all
MAX_PIXELS = 40_000_000
#: beyond this, not even a reduced decode is tried (a decompression bomb declares absurd sizes)
REFUSE_PIXELS = 400_000_000
#: Qt's own ceiling for one decoded image (MB), whatever the file declares
ALLOCATION_LIMIT_MB = 256
#: largest image or document read for a preview; beyond it: "Open" it instead
MAX_PREVIEW_BYTES = 50 * 1024 * 1024
TEXT_HEAD_BYTES = 64 * 1024
TEXT_LINES = 200
DOCUMENT_CHARS = 6000

IMAGE_TYPES = ("image/png", "image/jpeg", "image/gif", "image/webp", "image/bmp", "image/tiff")
DOCUMENT_TYPES = (
    "application/pdf",
    "text/html",
    "multipart/related",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
)


def kind_of(media_type: str) -> str:
    """How an attachment is previewed: "image", "document" (text read by intake), "text" or "none"."""
    if media_type in IMAGE_TYPES:
        return "image"
    if media_type in DOCUMENT_TYPES:
        return "document"
    if media_type.startswith("text/") or media_type in ("application/json", "application/xml"):
        return "text"
    return "none"


def image_preview(data: bytes, box: QSize) -> tuple[QImage | None, str]:
    """The image scaled to fit `box`, or None and why not. Reads the declared size first, so a
    decompression bomb is refused or decoded small instead of whole."""
    QImageReader.setAllocationLimit(ALLOCATION_LIMIT_MB)
    array = QByteArray(data)
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    try:
        return _read_scaled(reader, box)
    finally:
        # the format's handler goes before the buffer it reads: Qt's TIFF handler touches its
        # device when it is deleted, and Python may free the buffer first (a crash on every TIFF)
        reader.setDevice(None)
        buffer.close()


def _read_scaled(reader: QImageReader, box: QSize) -> tuple[QImage | None, str]:
    reader.setAutoTransform(True)
    size = reader.size()
    if not size.isValid() or size.isEmpty():
        return None, QCoreApplication.translate("EvidenceDetail", "It cannot be read as an image.")
    pixels = size.width() * size.height()
    if pixels > REFUSE_PIXELS:
        return None, QCoreApplication.translate(
            "EvidenceDetail", "It declares %1 × %2 pixels: too large to preview safely."
        ).replace("%1", QLocale().toString(size.width())).replace("%2", QLocale().toString(size.height()))
    if pixels > MAX_PIXELS:
        reader.setScaledSize(size.scaled(box.expandedTo(QSize(1, 1)), Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        log.info("an image preview failed: %s", reader.errorString())  # Qt's words, in English: for the log
        return None, QCoreApplication.translate("EvidenceDetail", "It cannot be shown: the image is damaged.")
    if image.width() > box.width() or image.height() > box.height():
        image = image.scaled(box, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
    return image, QCoreApplication.translate("EvidenceDetail", "%1 × %2 pixels").replace(
        "%1", QLocale().toString(size.width())
    ).replace("%2", QLocale().toString(size.height()))


def text_preview(head: bytes) -> str:
    """The first lines of a text file, decoded without ever failing."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = head.decode("utf-16", errors="replace")
    else:
        text = head.decode("utf-8-sig", errors="replace")
    lines = text.splitlines()
    shown = "\n".join(lines[:TEXT_LINES])
    return "".join(c if c.isprintable() or c in "\n\t" else "\N{REPLACEMENT CHARACTER}" for c in shown)


def document_text(data: bytes, name: str, *, progress=None, cancelled=None) -> str:
    """A document's text as the source intake reads it (PDFs in a child process). Runs in a task."""
    from app.intake import read_bytes

    result = read_bytes(data, name, cancelled=cancelled)
    text = result.text
    return text[:DOCUMENT_CHARS] + ("\n…" if len(text) > DOCUMENT_CHARS else "")
