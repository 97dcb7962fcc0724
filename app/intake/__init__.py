"""Source intake: files and pastes read into text, offline, with the original bytes kept.

`read_file(path)` and `read_bytes(data, name)` tell the format by the content (magic bytes),
not by the extension; `read_text(text, html=...)` takes a paste. Each returns an
`IntakeResult` or raises `ValidationError` naming the file and the reason. Nothing here writes
to a workspace (that is `app.services.intake`) and nothing here imports Qt.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Callable
from pathlib import Path

from app.errors import ValidationError
from app.intake import limits
from app.intake.language import detect_language
from app.intake.limits import PasswordNeeded, refuse
from app.intake.result import Cancelled, IntakeResult, Paragraph, clean_name, clean_text
from app.messages import Size, msg

log = logging.getLogger(__name__)

__all__ = [
    "Cancelled",
    "IntakeResult",
    "Paragraph",
    "PasswordNeeded",
    "ValidationError",
    "read_bytes",
    "read_file",
    "read_text",
    "sniff",
]

MEDIA_TYPES = {
    "text": "text/plain",
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "html": "text/html",
    "mhtml": "multipart/related",
}
#: what a file's extension promises, to tell a renamed file from a real one
_EXTENSIONS = {
    ".txt": "text", ".text": "text", ".md": "text", ".csv": "text",
    ".pdf": "pdf",
    ".docx": "docx", ".docm": "docx", ".dotx": "docx",
    ".htm": "html", ".html": "html", ".xhtml": "html",
    ".mht": "mhtml", ".mhtml": "mhtml",
}  # fmt: skip
_FORMAT_NAMES = {"text": msg("a plain text"), "pdf": msg("a PDF"), "docx": msg("a Word document"),
                 "html": msg("a web page"), "mhtml": msg("a saved web page (MHTML)")}  # fmt: skip

_REFUSED_KINDS = {
    "ole": msg(
        "it is in the old Word 97–2003 format (.doc) or another old Office format. "
        "Open it in Word or LibreOffice and save it as .docx, then import that."
    ),
    "rtf": msg("it is a Rich Text (RTF) file. Save it as .docx or as plain text, then import that."),
    "image": msg("it is an image. Factdesk reads text; run text recognition (OCR) on it first."),
    "archive": msg("it is a compressed archive or a program, not a document."),
    "odf": msg("it is an OpenDocument file. Save it as .docx, then import that."),
    "office": msg("it is an Excel or PowerPoint file, not a Word document."),
    "zip": msg("it is a zip file, not a Word document."),
}


_MIME_HEADER = re.compile(r"(mime-version|from|subject|date|content-type|snapshot)")


def sniff(data: bytes) -> str:
    """The format by content: "pdf", "zip", "ole", "rtf", "image", "archive", "mhtml", "html" or "text"."""
    head = data[:4096]
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")):
        return "zip"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole"
    if head.lstrip(b"\xef\xbb\xbf").startswith(b"{\\rtf"):
        return "rtf"
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"II*\x00", b"MM\x00*", b"BM")) or (
        head[:4] == b"RIFF" and head[8:12] == b"WEBP"
    ):
        return "image"
    if head.startswith((b"\x1f\x8b", b"7z\xbc\xaf\x27\x1c", b"Rar!", b"\x7fELF", b"MZ", b"BZh", b"\xfd7zXZ")):
        return "archive"
    probe = _probe(head)
    header_block = re.split(r"\r?\n\r?\n", probe, maxsplit=1)[0].lower()
    if "multipart/related" in header_block and re.match(
        r"(mime-version|from|subject|date|content-type|snapshot)", header_block
    ):
        return "mhtml"
    markup = re.sub(r"^(\s|<\?xml[^>]*>|<!--.*?-->)*", "", probe, flags=re.S).lower()
    if markup.startswith(("<!doctype html", "<html")) or (
        markup.startswith("<") and re.search(r"<(head|body|meta|title|article|div|p)[\s>]", markup)
    ):
        return "html"
    return "text"


def _probe(head: bytes) -> str:
    for bom, codec in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if head.startswith(bom):
            return head[2:].decode(codec, errors="ignore")
    return head.removeprefix(b"\xef\xbb\xbf").decode("latin-1")


def _zip_kind(data: bytes, name: str) -> str:
    """ "docx", or the kind of other zip package it is."""
    from app.intake.docx import main_part

    archive = limits.open_zip(data, name, "Word document")
    with archive:
        names = set(archive.namelist())
        if "mimetype" in names and any(n.startswith("META-INF/") for n in names):
            return "odf"
        if main_part(archive, name) is not None:
            return "docx"
        if any(n.startswith(("xl/", "ppt/")) for n in names):
            return "office"
    return "zip"


# -- reading -------------------------------------------------------------------------------------


def read_file(
    path: str | Path, *, cancelled: Callable[[], bool] | None = None, password: str | None = None
) -> IntakeResult:
    """Read a file into an `IntakeResult`; refuse with `ValidationError` naming it and saying why."""
    path = Path(path)
    name, _ = clean_name(path.name)
    try:
        if not path.exists():
            raise refuse(name, msg("there is no such file."))
        if path.is_dir():
            raise refuse(name, msg("it is a folder, not a file."))
        size = path.stat().st_size
        if size > limits.MAX_INPUT_BYTES:
            raise refuse(
                name,
                msg(
                    "the file is {size}; files up to {limit} can be imported.",
                    size=Size(size),
                    limit=Size(limits.MAX_INPUT_BYTES),
                ),
            )
        data = path.read_bytes()
    except OSError as exc:
        raise refuse(name, msg("it cannot be read ({why}).", why=exc.strerror or str(exc))) from exc
    return read_bytes(data, path.name, cancelled=cancelled, password=password)


def read_bytes(
    data: bytes, name: str, *, cancelled: Callable[[], bool] | None = None, password: str | None = None
) -> IntakeResult:
    """Read a file's bytes; `name` is its file name (only for messages, the title and a hint).
    `password` opens a protected PDF; without the right one, `PasswordNeeded` is raised."""
    shown, name_warnings = clean_name(name)
    limits.check_size(data, shown)
    try:
        return _read(data, shown, name_warnings, cancelled, password)
    except (ValidationError, Cancelled):
        raise
    except MemoryError as exc:
        raise refuse(shown, msg("it is too large to read in the memory available.")) from exc
    except RecursionError as exc:
        raise refuse(shown, msg(
            "its structure is nested too deeply to read (a damaged or hostile file?).",
        )) from exc
    except Exception as exc:  # a parser tripping over a damaged file: a refusal, never a crash
        # the parser's own words ("PDFSyntaxError: No /Root object!") go to the log, not to the analyst
        log.info("%s could not be read: %s: %s", shown, type(exc).__name__, str(exc)[:200])
        raise refuse(shown, msg("it could not be read: it is damaged, or not what its name says.")) from exc


def _read(
    data: bytes, shown: str, warnings: list[str], cancelled: Callable[[], bool] | None, password: str | None = None
) -> IntakeResult:
    kind = sniff(data)
    if kind == "zip":
        kind = _zip_kind(data, shown)
    if kind == "ole" and "EncryptedPackage".encode("utf-16-le") in data:
        raise refuse(shown, msg(
            "it is protected by a password. Open it in Word, remove the password, save, and try again.",
        ))
    if kind in _REFUSED_KINDS:
        raise refuse(shown, _REFUSED_KINDS[kind])
    promised = _EXTENSIONS.get(Path(shown).suffix.lower())
    if promised in ("pdf", "docx") and kind != promised:
        named = _FORMAT_NAMES[promised]
        raise refuse(shown, msg(
            "it is named as {named} but is not one (damaged, or another file renamed).",
            named=named,
        ))
    if promised and promised != kind and not {promised, kind} <= {"text", "html"}:
        named, actual = _FORMAT_NAMES[promised], _FORMAT_NAMES[kind]
        warnings.append(msg(
            "The file is named as {named} but is {actual}; it was read as such.",
            named=named,
            actual=actual,
        ))
    if kind == "pdf":
        return _from_pdf(data, shown, warnings, cancelled, password)
    if kind == "docx":
        return _from_docx(data, shown, warnings)
    if kind in ("html", "mhtml"):
        return _from_html(data, shown, warnings, kind)
    return _from_text(data, shown, warnings)


def read_text(text: str, *, html: str | None = None) -> IntakeResult:
    """A paste from the clipboard: its rich form (HTML) when there is one with text in it, else the plain text."""
    if not isinstance(text, str):
        raise ValidationError(msg("The pasted text is not text."))
    name = "The pasted text"
    if html:
        from app.intake.html import read_fragment

        builder = read_fragment(html)
        if builder.text().strip():
            original = html.encode("utf-8", errors="surrogatepass")
            return _finish(
                builder.text(),
                original,
                "",
                MEDIA_TYPES["html"],
                builder.warnings(),
                paragraphs=builder.paragraphs,
                title=_title_from_text(builder.text(), "Pasted text"),
                encoding="UTF-8",
                shown=name,
            )
    cleaned, warnings = clean_text(text)
    return _finish(
        cleaned,
        text.encode("utf-8", errors="surrogatepass"),
        "",
        MEDIA_TYPES["text"],
        warnings,
        title=_title_from_text(cleaned, "Pasted text"),
        encoding="UTF-8",
        shown=name,
    )


# -- per format --------------------------------------------------------------------------------


def _from_text(data: bytes, name: str, warnings: list[str]) -> IntakeResult:
    from app.intake.text import read_plain

    if len(data) > 4 * limits.MAX_TEXT_CHARS + 4:  # more characters than a source holds, in any encoding
        raise refuse(name, msg(
            "its text is longer than {limit} characters, the most a source holds.",
            limit=limits.MAX_TEXT_CHARS,
        ))
    text, encoding, more = read_plain(data, name)
    return _finish(
        text,
        data,
        name,
        MEDIA_TYPES["text"],
        warnings + more,
        title=_title_from_text(text, Path(name).stem),
        encoding=encoding,
    )


def _from_docx(data: bytes, name: str, warnings: list[str]) -> IntakeResult:
    from app.intake.docx import read_docx

    content = read_docx(data, name)
    return _from_document(content, data, name, MEDIA_TYPES["docx"], warnings, hint=content.language)


def _from_pdf(
    data: bytes, name: str, warnings: list[str], cancelled: Callable[[], bool] | None, password: str | None = None
) -> IntakeResult:
    from app.intake.pdf import read_pdf

    if b"%%EOF" not in data[-2048:]:
        warnings.append(msg(
            "The PDF seems cut short (its end marker is missing): some of its text may be missing.",
        ))
    content = read_pdf(data, name, cancelled=cancelled, password=password)
    return _from_document(content, data, name, MEDIA_TYPES["pdf"], warnings)


def _from_document(
    content, data: bytes, name: str, media_type: str, warnings: list[str], *, hint: str = ""
) -> IntakeResult:
    """A Word or PDF reader's content as a result: its text, title (or the text's first line),
    author, and the date from the file's properties (with a note saying where it came from)."""
    text = content.builder.text()
    return _finish(
        text,
        data,
        name,
        media_type,
        warnings + content.warnings + content.builder.warnings() + _property_date_note(content.published),
        paragraphs=content.builder.paragraphs,
        title=content.title or _title_from_text(text, Path(name).stem),
        author=content.author,
        published=content.published,
        hint=hint,
    )


def _from_html(data: bytes, name: str, warnings: list[str], kind: str) -> IntakeResult:
    from app.intake.html import read_html, read_mhtml

    content = read_mhtml(data, name) if kind == "mhtml" else read_html(data, name)
    text = content.builder.text()
    return _finish(
        text,
        data,
        name,
        MEDIA_TYPES[kind],
        warnings + content.warnings,
        paragraphs=content.builder.paragraphs,
        title=content.title or _title_from_text(text, Path(name).stem),
        author=content.author,
        outlet=content.outlet,
        published=content.published,
        url=content.url,
        hint=content.language,
        encoding=content.encoding,
    )


def _property_date_note(found) -> list[str]:
    if found is None:
        return []
    return [
        msg(
            "The date {date} is when the file was created, from its properties; check it against the publication date.",
            date=found.isoformat(),
        )
    ]


def _title_from_text(text: str, fallback: str) -> str:
    """The first line when it reads like a title (short, no full stop), else `fallback`."""
    for line in text[:2_000].split("\n"):  # a title is near the top: no need to split millions of characters
        line = " ".join(line.split())
        if line:
            if len(line) <= 120 and not line.endswith((".", "!", "?", ",", ";")):
                return line
            break
    return " ".join(fallback.split())[:200] or "Untitled"


def _finish(
    text: str,
    original: bytes,
    name: str,
    media_type: str,
    warnings: list[str],
    *,
    paragraphs: list[Paragraph] | tuple[Paragraph, ...] = (),
    title: str = "",
    author: str = "",
    outlet: str = "",
    published=None,
    url: str = "",
    hint: str = "",
    encoding: str = "",
    shown: str | None = None,
) -> IntakeResult:
    shown = shown or name
    limits.check_text_length(text, shown)
    if not text.strip():
        raise refuse(shown, msg("it holds no text."))
    return IntakeResult(
        text=text,
        title=title[:1000],
        author=author[:2000],
        outlet=outlet[:2000],
        published=published,
        url=url[:2000],
        language=detect_language(text, hint=hint),
        kind="article",
        media_type=media_type,
        original=original,
        sha256=hashlib.sha256(original).hexdigest(),
        name=name,
        warnings=tuple(dict.fromkeys(warnings)),
        paragraphs=tuple(paragraphs),
        encoding=encoding,
    )
