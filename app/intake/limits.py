"""Guards for hostile files: every file handed to intake is untrusted.

Each check refuses with `ValidationError` naming the file and the reason, before any parser
spends time or memory on it. The numbers are module constants so a deployment (or a test) can
change them.
"""

from __future__ import annotations

import struct
import zipfile
from io import BytesIO

from lxml import etree

from app.errors import ValidationError
from app.messages import Size, msg

MB = 1024 * 1024

#: largest file read at all (bytes)
MAX_INPUT_BYTES = 200 * MB
#: longest text kept (characters; the same limit as a source's text)
MAX_TEXT_CHARS = 20_000_000
#: largest saved web page handed to the HTML reader
MAX_HTML_BYTES = 50 * MB

#: zip containers (DOCX): entries, total declared uncompressed size, compression ratio
ZIP_MAX_ENTRIES = 5_000
ZIP_MAX_TOTAL_UNCOMPRESSED = 1024 * MB
ZIP_MAX_RATIO = 200  # XML packs 5–20 to 1; a bomb packs 1000 to 1
ZIP_RATIO_FLOOR = 4 * MB  # entries smaller than this may have any ratio
#: one XML part read out of a zip (document.xml, footnotes.xml…)
ZIP_MAX_PART = 256 * MB

#: the PDF reader runs in a child process with these limits
PDF_TIME_LIMIT_S = 60.0
PDF_MEMORY_LIMIT = 2048 * MB  # address space of the child (POSIX only)
PDF_MAX_PAGES = 5_000


def refuse(name: str, reason: str) -> ValidationError:
    """The refusal of file `name`, for `reason` (a msg(...) that goes on from "was not imported: ")."""
    if not name:
        return ValidationError(msg("The file was not imported: {reason}", reason=reason))
    return ValidationError(msg("{name} was not imported: {reason}", name=name, reason=reason))


class PasswordNeeded(ValidationError):
    """A protected file: it opens with the right password (`wrong`: the one given did not open it)."""

    def __init__(self, name: str, *, wrong: bool = False) -> None:
        self.name = name
        self.wrong = wrong
        reason = (
            msg("the password given does not open it.")
            if wrong
            else msg("it is protected by a password; give the password to import it.")
        )
        super().__init__(refuse(name, reason).args[0])


def check_size(data: bytes, name: str, limit: int = MAX_INPUT_BYTES) -> None:
    if not data:
        raise refuse(name, msg("the file is empty."))
    if len(data) > limit:
        raise refuse(name, msg(
            "the file is {size}; files up to {limit} can be imported.",
            size=Size(len(data)),
            limit=Size(limit),
        ))


def check_text_length(text: str, name: str) -> None:
    if len(text) > MAX_TEXT_CHARS:
        raise refuse(
            name,
            msg(
                "its text is {count} characters long; a source holds at most {limit}. "
                "Split the file into parts and import each.",
                count=len(text),
                limit=MAX_TEXT_CHARS,
            ),
        )


# -- zip ---------------------------------------------------------------------------------------

_EOCD = b"PK\x05\x06"


def _entry_count_from_end_record(data: bytes) -> int | None:
    """The entry count the end-of-central-directory record declares, read without parsing the
    directory (a directory of millions of entries takes seconds to parse)."""
    tail_start = max(0, len(data) - 65_557)
    at = data.rfind(_EOCD, tail_start)
    if at < 0 or at + 22 > len(data):
        return None
    (total,) = struct.unpack("<H", data[at + 10 : at + 12])
    return total


def open_zip(data: bytes, name: str, what: str = "Word document") -> zipfile.ZipFile:
    """Open a zip container after checking it is not a bomb: entry count, declared sizes and ratios.
    (Every caller opens a Word document; `what` stays for the signature, the messages say it.)"""
    count = _entry_count_from_end_record(data)
    if count is None:
        raise refuse(name, msg("it is not a complete Word document (the end of the file is missing or damaged)."))
    if count >= ZIP_MAX_ENTRIES or count == 0xFFFF:
        raise refuse(name, msg("it holds {count} parts or more; a Word document has a few dozen.", count=count))
    try:
        archive = zipfile.ZipFile(BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError, struct.error) as exc:
        raise refuse(name, msg("it is not a readable Word document: it is damaged or cut short.")) from exc
    if len(infos) > ZIP_MAX_ENTRIES:
        raise refuse(name, msg("it holds {count} parts; a Word document has a few dozen.", count=len(infos)))
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise refuse(
                name, msg("it is encrypted (protected by a password). Remove the password in Word and try again.")
            )
        total += info.file_size
        if info.file_size > ZIP_RATIO_FLOOR and info.file_size > ZIP_MAX_RATIO * max(info.compress_size, 1):
            raise refuse(
                name,
                msg(
                    "it looks like a zip bomb: the part “{part}” unpacks from {packed} to {size}.",
                    part=info.filename,
                    packed=Size(info.compress_size),
                    size=Size(info.file_size),
                ),
            )
    if total > ZIP_MAX_TOTAL_UNCOMPRESSED:
        raise refuse(
            name,
            msg(
                "it would unpack to {size}; the limit is {limit}.",
                size=Size(total),
                limit=Size(ZIP_MAX_TOTAL_UNCOMPRESSED),
            ),
        )
    if total > ZIP_RATIO_FLOOR and total > ZIP_MAX_RATIO * max(len(data), 1):
        raise refuse(
            name,
            msg("it looks like a zip bomb: {size} that unpack to {total}.", size=Size(len(data)), total=Size(total)),
        )
    return archive


def read_part(archive: zipfile.ZipFile, part: str, name: str) -> bytes | None:
    """One entry's bytes (None when it is missing), read with a cap whatever its header declares."""
    try:
        info = archive.getinfo(part)
    except KeyError:
        return None
    if info.file_size > ZIP_MAX_PART:
        raise refuse(
            name,
            msg(
                "its part “{part}” is {size}; the limit is {limit}.",
                part=part,
                size=Size(info.file_size),
                limit=Size(ZIP_MAX_PART),
            ),
        )
    try:
        with archive.open(info) as fh:
            data = fh.read(ZIP_MAX_PART + 1)
    except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError) as exc:
        raise refuse(name, msg("its part “{part}” is damaged.", part=part)) from exc
    if len(data) > ZIP_MAX_PART:
        raise refuse(name, msg("its part “{part}” is larger than it declares.", part=part))
    return data


# -- XML ---------------------------------------------------------------------------------------


def xml_parser() -> etree.XMLParser:
    """An XML parser that resolves no entities, loads no DTD and touches no network."""
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,  # keeps libxml2's own depth and node-size limits
        remove_comments=True,
        remove_pis=True,
        recover=False,
    )


def parse_xml(data: bytes, name: str, part: str) -> etree._Element:
    try:
        root = etree.fromstring(data, parser=xml_parser())
    except (etree.XMLSyntaxError, ValueError) as exc:
        if "entity" in str(exc).lower() or b"<!DOCTYPE" in data[:4096]:
            raise refuse(name, msg("its part “{part}” declares a DTD, which Word never writes.", part=part)) from exc
        raise refuse(name, msg("its part “{part}” is damaged (not well-formed XML).", part=part)) from exc
    if root.getroottree().docinfo.internalDTD is not None:
        raise refuse(name, msg("its part “{part}” declares a DTD, which Word never writes.", part=part))
    return root
