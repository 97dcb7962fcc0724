"""PDF: the text layer, read by pdfminer.six in a child process with a time and memory limit.

The child is started with the "spawn" method (a fresh interpreter: no copy of a Qt process's
threads, and it works the same on Windows and in a frozen app whose entry point calls
`multiprocessing.freeze_support()`). It gets the bytes, sets its own rlimits (POSIX), and sends
back paragraphs and metadata; whatever goes wrong in it becomes a refusal here.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from app.intake import limits, pdf_worker
from app.intake.limits import PasswordNeeded, refuse
from app.intake.result import Cancelled, TextBuilder
from app.messages import msg

log = logging.getLogger(__name__)


@dataclass
class PdfContent:
    builder: TextBuilder
    title: str = ""
    author: str = ""
    published: date | None = None
    pages: int = 0
    warnings: list[str] = field(default_factory=list)


def run_child(
    data: bytes,
    *,
    time_limit: float | None = None,
    memory_limit: int | None = None,
    cancelled: Callable[[], bool] | None = None,
    password: str = "",
) -> dict[str, Any]:
    """Parse `data` in a child process; the child's message, or {"error": "timeout"|"crashed", ...}.

    The bytes go over a pipe of our own after the child has started (not as a start-up argument:
    multiprocessing writes those while still holding the child's end open, so a child that dies
    early would leave the write blocked for ever); a helper thread writes them, so a child that
    never reads cannot block the caller past the time limit either."""
    time_limit = limits.PDF_TIME_LIMIT_S if time_limit is None else time_limit
    memory_limit = limits.PDF_MEMORY_LIMIT if memory_limit is None else memory_limit
    context = multiprocessing.get_context("spawn")
    ours, theirs = context.Pipe(duplex=True)
    process = context.Process(
        target=pdf_worker.child_main,
        args=(theirs, limits.PDF_MAX_PAGES, memory_limit, int(time_limit) + 5, password),
        daemon=True,
        name="factdesk-pdf-reader",
    )
    started = False
    try:
        process.start()
        started = True
        theirs.close()
        threading.Thread(target=_send, args=(ours, data), daemon=True, name="factdesk-pdf-send").start()
        deadline = time.monotonic() + time_limit
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return {"error": "timeout"}
            if ours.poll(min(remaining, 0.1)):
                try:
                    return ours.recv()
                except (EOFError, OSError):
                    process.join(5)
                    return {"error": "crashed", "exitcode": process.exitcode}
            if not process.is_alive() and not ours.poll(0):
                return {"error": "crashed", "exitcode": process.exitcode}
            if cancelled is not None and cancelled():
                raise Cancelled
    finally:
        if started:
            if process.is_alive():
                process.kill()
            process.join(5)
        theirs.close()
        ours.close()


def _send(connection: Any, data: bytes) -> None:
    with contextlib.suppress(OSError, ValueError):  # the child died or was killed: the reader reports it
        connection.send_bytes(data)


def read_pdf(
    data: bytes, name: str, *, cancelled: Callable[[], bool] | None = None, password: str | None = None
) -> PdfContent:
    """The PDF's text; `password` opens a protected one (PasswordNeeded says one is needed or was wrong)."""
    message = run_child(data, cancelled=cancelled, password=password or "")
    error = message.get("error")
    if error == "timeout":
        seconds = limits.PDF_TIME_LIMIT_S
        raise refuse(name, msg(
            "reading the PDF took longer than {seconds} seconds (a damaged or hostile file?).",
            seconds=round(seconds),
        ))
    if error == "memory" or (error == "crashed" and message.get("exitcode") not in (0, None)):
        raise refuse(name, msg(
            "the PDF reader ran out of memory or stopped on this file (a damaged or hostile file?).",
        ))
    if error == "password":
        raise PasswordNeeded(name, wrong=bool(password))
    if error == "pages":
        raise refuse(name, msg(
            "the PDF has more than {pages} pages.",
            pages=limits.PDF_MAX_PAGES,
        ))
    if error:
        # the reader's own words ("PDFSyntaxError: No /Root object!") go to the log, not to the analyst
        log.info("%s: the PDF reader stopped: %s", name, message.get("detail") or error)
        raise refuse(name, msg("it is not a readable PDF: it is damaged or cut short."))
    chars, unmapped, pages = message["chars"], message["unmapped"], message["pages"]
    complaints = message.get("complaints") or []
    if pages == 0:
        where = "its trailer or its list of pages is missing or broken"
        raise refuse(name, f"the PDF is damaged: no page could be found in it ({where}).")
    if chars - unmapped <= 0 and not message.get("images") and complaints:
        raise refuse(name, f"the PDF is damaged: its pages could not be read ({complaints[0]}).")
    if chars - unmapped <= 0 and not message.get("images"):
        raise refuse(
            name,
            f"the PDF's {pages} page{'s are' if pages != 1 else ' is'} empty: no text, no images, no drawings; "
            "there is nothing in it to import.",
        )
    if chars - unmapped <= 0:
        raise refuse(
            name,
            msg(
                "the PDF has no text layer: none of its %n page(s) holds text, only images or drawings, as a scan "
                "does. Run text recognition (OCR) on it first, or paste the text.",
                n=pages,
            ),
        )
    warnings = []
    if unmapped > chars / 2:
        raise refuse(name, msg(
            "the PDF's text cannot be read: its fonts do not say which letters they draw.",
        ))
    if unmapped:
        warnings.append(msg("%n character(s) of the PDF's text layer could not be read and were left out.", n=unmapped))
    if chars < 20 * pages:
        warnings.append(msg(
            "The PDF has very little text for its pages: some pages may be scans, which were left out.",
        ))
    builder = TextBuilder()
    for text, style in message["paragraphs"]:
        builder.add(text, style)
    meta = message["meta"]
    published = None
    if meta.get("created"):
        try:
            published = date.fromisoformat(meta["created"])
        except ValueError:
            published = None
    title = meta.get("title") or ""
    if not title:
        title = next((builder.text()[p.start : p.end] for p in builder.paragraphs[:3] if p.style == "h1"), "")
    return PdfContent(
        builder=builder,
        title=" ".join(title.split()),
        author=" ".join((meta.get("author") or "").split()),
        published=published,
        pages=pages,
        warnings=warnings,
    )
