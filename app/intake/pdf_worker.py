"""The PDF text layer, read in a child process (see `app.intake.pdf`): pdfminer.six has known
infinite loops and deep recursions on crafted files, so it never runs in the application's own
process. This module imports nothing heavy until the child calls `extract`.

Lines come from pdfminer's layout analysis in its reading order; they are joined into
paragraphs by their geometry: a gap larger than the usual line spacing, a change of font size,
a bullet, or a short line ending a sentence starts a new paragraph; a full line at the foot of
a page runs on to the next page. Lines repeated at the same place on most pages (running heads,
page numbers) are dropped.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import re
import statistics
from collections import Counter
from dataclasses import dataclass
from io import BytesIO
from typing import Any

BULLETS = "•◦▪▫■□●○◆◇‣⁃∙·\uf0b7\uf0a7\uf0d8\uf076\uf0fc\u2013\u2014-*"
_BULLET = re.compile(rf"^\s*([{re.escape(BULLETS)}])\s+")
_CID = re.compile(r"\(cid:\d+\)")
_PAGE_NUMBER = re.compile(r"[-–—\s]*(?:page\s+|стор\.?\s*|с\.\s*)?\d{1,4}(?:\s*(?:/|of|з|из)\s*\d{1,4})?[-–—\s]*", re.I)
_SENTENCE_END = re.compile(r"[.!?…:;»”\"')\]]\s*$")


@dataclass
class Line:
    page: int
    x0: float
    x1: float
    y0: float
    y1: float
    size: float
    text: str

    @property
    def height(self) -> float:
        return max(self.y1 - self.y0, 1.0)


def _date(value: Any) -> str | None:
    """A PDF date ("D:20230711120000+03'00'") as an ISO date, None when unreadable."""
    text = _string(value)
    match = re.match(r"(?:D:)?(\d{4})(\d{2})?(\d{2})?", text or "")
    if not match:
        return None
    year, month, day = match.group(1), match.group(2) or "01", match.group(3) or "01"
    return f"{year}-{month}-{day}"


def _string(value: Any) -> str:
    from pdfminer.psparser import PSLiteral
    from pdfminer.utils import decode_text

    if isinstance(value, bytes):
        return decode_text(value).strip()
    if isinstance(value, PSLiteral):
        return str(value.name)
    return str(value).strip() if value is not None else ""


def _metadata(document: Any) -> dict[str, str | None]:
    from pdfminer.pdftypes import resolve1

    info: dict[str, Any] = {}
    for entry in document.info or []:
        info.update(resolve1(entry) or {})
    return {
        "title": _string(resolve1(info.get("Title"))),
        "author": _string(resolve1(info.get("Author"))),
        "created": _date(resolve1(info.get("CreationDate"))),
    }


def _lines(pages: list[Any], images: list[int] | None = None) -> list[Line]:
    """The text lines of laid-out pages; counts the images and drawn shapes met into `images[0]`."""
    from pdfminer.layout import LTChar, LTCurve, LTImage, LTTextContainer, LTTextLine

    lines = []
    for number, page in enumerate(pages):

        def walk(item: Any, number: int = number) -> None:
            if isinstance(item, (LTImage, LTCurve)):
                if images is not None:
                    images[0] += 1
            elif isinstance(item, LTTextLine):
                text = item.get_text().rstrip("\n")
                sizes = [round(ch.size, 1) for ch in item if isinstance(ch, LTChar) and not ch.get_text().isspace()]
                if text.strip():
                    size = Counter(sizes).most_common(1)[0][0] if sizes else 0.0
                    lines.append(Line(number, item.x0, item.x1, item.y0, item.y1, size, text))
            elif isinstance(item, LTTextContainer) or hasattr(item, "__iter__"):
                for child in item:
                    walk(child)

        for item in page:
            walk(item)
    return lines


def _drop_running_heads(lines: list[Line], page_count: int) -> list[Line]:
    """Lines repeated at the same height on at least half the pages (and two): heads, feet, page numbers."""
    if page_count < 2:
        return lines

    def key(line: Line) -> tuple[int, str]:
        return round(line.y0 / 3), re.sub(r"\d+", "#", " ".join(line.text.split()).lower())

    pages_by_key: dict[tuple[int, str], set[int]] = {}
    for line in lines:
        pages_by_key.setdefault(key(line), set()).add(line.page)
    threshold = max(2, page_count // 2)
    repeated = {k for k, pages in pages_by_key.items() if len(pages) >= threshold}
    kept = [line for line in lines if key(line) not in repeated]
    # a page number alone on the first or last line of a page
    by_page: dict[int, list[Line]] = {}
    for line in kept:
        by_page.setdefault(line.page, []).append(line)
    drop = set()
    for page_lines in by_page.values():
        for line in (max(page_lines, key=lambda ln: ln.y0), min(page_lines, key=lambda ln: ln.y0)):
            if re.fullmatch(
                r"[-–—\s]*(?:page\s+|стор\.?\s*|с\.\s*)?\d{1,4}(?:\s*(?:/|of|з|из)\s*\d{1,4})?[-–—\s]*", line.text, re.I
            ):
                drop.add(id(line))
    return [line for line in kept if id(line) not in drop]


def _join(previous: str, line: str) -> str:
    previous = previous.rstrip()
    line = line.strip()
    if previous.endswith("\u00ad"):
        return previous[:-1] + line
    if previous.endswith("-") and len(previous) > 1 and previous[-2].isalpha() and line[:1].islower():
        return previous + line  # a word broken at its own hyphen ("multi-" / "year") keeps it
    return f"{previous} {line}"


def _room_for_next_word(line: Line, next_text: str, right_edge: float) -> bool:
    """Whether the next line's first word would have fitted at the end of `line`: then `line`
    ended where its paragraph did, not where the margin made it."""
    words = next_text.split()
    if not words:
        return True
    return right_edge - line.x1 > (len(words[0]) + 1) * _char_width(line)


def _char_width(line: Line) -> float:
    return (line.x1 - line.x0) / max(len(line.text.rstrip()), 1)


def paragraphs(lines: list[Line]) -> list[tuple[str, str]]:
    """(text, style) for each paragraph; style is "h1"/"h2"/"h3" for larger type, "list", or "p"."""
    if not lines:
        return []
    weights = Counter()
    for line in lines:
        weights[line.size] += len(line.text)
    body = weights.most_common(1)[0][0]
    larger = sorted({line.size for line in lines if line.size > body * 1.12}, reverse=True)
    heading_level = {size: f"h{min(i + 1, 3)}" for i, size in enumerate(larger)}

    # the usual gap between two lines of one paragraph, per font size
    gaps: dict[float, list[float]] = {}
    for a, b in itertools.pairwise(lines):
        if a.page == b.page and abs(a.size - b.size) < 0.5 and b.y1 <= a.y1:
            gaps.setdefault(a.size, []).append(round(a.y0 - b.y1, 1))
    usual = {size: statistics.median_low(values) for size, values in gaps.items() if values}
    # a column's right edge: the longest line starting near the same place, on any page
    by_start: dict[int, float] = {}
    left_edge: dict[int, float] = {}
    for line in lines:
        bin_ = int(line.x0 // 10)
        by_start[bin_] = max(by_start.get(bin_, 0.0), line.x1)
        left_edge[line.page] = min(left_edge.get(line.page, line.x0), line.x0)

    def right_edge(line: Line) -> float:
        bin_ = int(line.x0 // 10)
        return max(by_start.get(b, 0.0) for b in range(bin_ - 4, bin_ + 5))

    result: list[tuple[str, str]] = []
    current = ""
    style = "p"
    previous: Line | None = None
    for line in lines:
        text = _CID.sub("", line.text)
        bullet = _BULLET.match(text)
        line_style = heading_level.get(line.size, "p")
        new = previous is None
        if previous is not None:
            full = not _room_for_next_word(previous, text, right_edge(previous))
            same_size = abs(previous.size - line.size) < 0.5
            if not same_size or bullet:
                new = True
            elif line.page != previous.page or line.y1 > previous.y0 + previous.height:  # next page or column
                # no spacing to go by: a sentence that ends well short of the margin ends its paragraph
                short = right_edge(previous) - previous.x1 > 4 * _char_width(previous)
                new = not full or bool(short and _SENTENCE_END.search(previous.text))
            else:
                gap = previous.y0 - line.y1
                usual_gap = usual.get(line.size, 0.3 * line.height)
                if gap > usual_gap + 0.45 * line.height:
                    new = True
                elif not full and _SENTENCE_END.search(previous.text) and line_style == "p":
                    new = True  # a short line ending a sentence ends its paragraph
                elif style == "list":
                    new = line.x0 < previous.x0 - line.size  # back out to the margin: the list item ended
                elif line.x0 > left_edge[line.page] + 1.5 * line.size and line.x0 > previous.x0 + line.size:
                    new = True  # an indented first line
        if new:
            if current.strip():
                result.append((current.strip(), style))
            if bullet:
                current = "• " + text[bullet.end() :].strip()
                style = "list"
            else:
                current = text.strip()
                style = line_style
        else:
            current = _join(current, text)
        previous = line
    if current.strip():
        result.append((current.strip(), style))
    return result


class _Complaints(logging.Handler):
    """What pdfminer says about a damaged file (it logs it): kept to tell damage from a scan, not printed."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if len(self.messages) < 20 and "text extraction" not in str(record.msg):  # a permission flag, not damage
            with contextlib.suppress(Exception):
                self.messages.append(record.getMessage()[:200])


def capture_complaints() -> _Complaints:
    """Route pdfminer's log (warnings about damaged files) into a list instead of standard error."""
    handler = _Complaints()
    for name in ("pdfminer", "fontTools"):
        logger = logging.getLogger(name)
        logger.handlers[:] = [handler]
        logger.propagate = False
        logger.setLevel(logging.WARNING)
    logging.captureWarnings(True)
    logging.getLogger("py.warnings").handlers[:] = [handler]
    logging.getLogger("py.warnings").propagate = False
    return handler


def _passwords(password: str) -> list[str]:
    """The password as pdfminer takes it, and its UTF-8 bytes read as Latin-1 (how newer writers
    store a non-Latin password in an older encryption revision)."""
    candidates = [password]
    with contextlib.suppress(UnicodeEncodeError):
        utf8 = password.encode("utf-8").decode("latin-1")
        if utf8 != password:
            candidates.append(utf8)
    return candidates


def _open(data: bytes, password: str) -> Any:
    """The PDFDocument, or None when no candidate password opens it."""
    from pdfminer.pdfdocument import PDFDocument, PDFPasswordIncorrect
    from pdfminer.pdfexceptions import PDFValueError
    from pdfminer.pdfparser import PDFParser

    for candidate in _passwords(password):
        try:
            return PDFDocument(PDFParser(BytesIO(data)), password=candidate)
        except (PDFPasswordIncorrect, UnicodeEncodeError):
            continue
        except PDFValueError as exc:  # a password AES-256 cannot take (SASLprep refuses some characters)
            if "SASLprep" not in str(exc):
                raise
    return None


def extract(data: bytes, max_pages: int, password: str = "") -> dict[str, Any]:
    """The text layer of a PDF as paragraphs, with its metadata and counts."""
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage

    complaints = capture_complaints()
    document = _open(data, password)
    if document is None:
        return {"error": "password", "given": bool(password)}
    meta = _metadata(document)
    resources = PDFResourceManager(caching=True)
    device = PDFPageAggregator(resources, laparams=LAParams())
    interpreter = PDFPageInterpreter(resources, device)
    pages = []
    for number, page in enumerate(PDFPage.create_pages(document)):
        if number >= max_pages:
            return {"error": "pages", "pages": number}
        interpreter.process_page(page)
        pages.append(device.get_result())
    images = [0]
    lines = _lines(pages, images)
    chars = sum(len(line.text.strip()) for line in lines)
    cid = sum(len(m) for line in lines for m in _CID.findall(line.text))
    lines = _drop_running_heads(lines, len(pages))
    return {
        "paragraphs": paragraphs(lines),
        "meta": meta,
        "pages": len(pages),
        "chars": chars,
        "unmapped": cid,
        "images": images[0],
        "complaints": complaints.messages,
    }


def child_main(conn: Any, max_pages: int, memory_limit: int, cpu_seconds: int, password: str = "") -> None:
    """Entry point of the child process: set its own limits, read the bytes, parse, send one message back."""
    try:
        import resource  # POSIX only

        resource.setrlimit(resource.RLIMIT_AS, (memory_limit, memory_limit))
        resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds))
    except (ImportError, ValueError, OSError):
        pass
    try:
        data = conn.recv_bytes()
        message = extract(data, max_pages, password)
    except MemoryError:
        message = {"error": "memory"}
    except RecursionError:
        message = {"error": "damaged", "detail": "nesting too deep"}
    except Exception as exc:  # every other failure of a parser on a hostile file is a refusal
        message = {"error": "damaged", "detail": f"{type(exc).__name__}: {exc}"[:300]}
    try:
        conn.send(message)
    finally:
        conn.close()
