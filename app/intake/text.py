"""Plain text in whatever encoding: a byte order mark first, then strict UTF-8, then detection
(charset-normalizer, restricted to the encodings our material comes in), never the extension."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from app.intake.limits import check_text_length, refuse
from app.intake.result import clean_text
from app.messages import msg

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),  # before UTF-16 LE: its BOM starts the same way
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8 (with BOM)"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16 LE"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16 BE"),
)

#: what detection may choose among: Cyrillic legacy encodings first, then Western ones
CANDIDATES = ["utf_8", "cp1251", "koi8_u", "koi8_r", "cp866", "iso8859_5", "mac_cyrillic", "cp1252", "latin_1"]
_NAMES = {
    "utf_8": "UTF-8",
    "cp1251": "Windows-1251",
    "koi8_u": "KOI8-U",
    "koi8_r": "KOI8-R",
    "cp866": "CP866 (DOS)",
    "iso8859_5": "ISO-8859-5",
    "mac_cyrillic": "Mac Cyrillic",
    "cp1252": "Windows-1252",
    "latin_1": "ISO-8859-1",
}
#: detection looks at this much of a big file
_SAMPLE = 256 * 1024
_BOX_DRAWING = re.compile(r"[\u2500-\u257f]")
_UK_LETTERS = re.compile(r"[ІіЇїЄєҐґ]")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # a name for people: "UTF-8", "Windows-1251"…
    warnings: tuple[str, ...] = ()


def _looks_utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a BOM: every other byte is the same few values (0x00 for Latin, 0x04 for
    Cyrillic) while the bytes between them vary."""
    sample = data[:4096]
    if len(sample) < 16 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]

    def dominance(part: bytes) -> float:
        counts = sorted((part.count(b) for b in set(part)), reverse=True)
        return sum(counts[:2]) / len(part)

    if dominance(odd) > 0.9 and dominance(even) < 0.5:
        return "utf-16-le"
    if dominance(even) > 0.9 and dominance(odd) < 0.5:
        return "utf-16-be"
    return None


def decode(data: bytes, name: str, *, declared: str | None = None) -> Decoded:
    """Bytes to text. `declared` is an encoding the container names (an HTML meta charset);
    it is tried after a BOM and before detection."""
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom) :].decode(codec), label)
            except UnicodeDecodeError:
                text = data[len(bom) :].decode(codec, errors="replace")
                return Decoded(text, label, (_replaced(text, label),))
    utf16 = _looks_utf16_without_bom(data)
    if utf16:  # before UTF-8: Cyrillic in UTF-16 is all bytes below 0x80, valid (and wrong) as UTF-8
        try:
            text = data.decode(utf16)
        except UnicodeDecodeError:
            text = ""
        if text and not _BINARY_CONTROLS.search(text[:4096]):
            return Decoded(text, f"UTF-16 {utf16[-2:].upper()} (no BOM)")
    try:
        return Decoded(data.decode("utf-8"), "UTF-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    if declared:
        try:
            codec = codecs.lookup(declared).name
        except LookupError:
            codec = None
        if codec and codec not in ("utf-8", "utf_8"):
            try:
                return Decoded(data.decode(codec), declared)
            except UnicodeDecodeError:
                pass
    mostly = _mostly_utf8(data)
    if mostly is not None:
        return mostly
    del utf8_error
    return _detect(data, name)


def _replaced(text: str, label: str) -> str:
    count = text.count("\ufffd")
    return msg("%n byte sequence(s) invalid in {encoding} were replaced with �.", n=count, encoding=label)


def _detect(data: bytes, name: str) -> Decoded:
    from charset_normalizer import from_bytes

    sample = data if len(data) <= _SAMPLE else _cut_at_line(data, _SAMPLE)
    best = from_bytes(sample, cp_isolation=CANDIDATES, explain=False).best()
    if best is None:
        raise refuse(name, msg(
            "it is not text in any encoding Factdesk knows (is it a binary file with the wrong name?).",
        ))
    codec = best.encoding
    if codec in ("koi8_r", "koi8_u"):
        codec = _koi8_variant(sample)
    text = data.decode(codec, errors="replace")
    warnings = []
    if "\ufffd" in text:
        warnings.append(_replaced(text, _NAMES.get(codec, codec)))
    return Decoded(text, _NAMES.get(codec, codec), tuple(warnings))


def _cut_at_line(data: bytes, size: int) -> bytes:
    cut = data.rfind(b"\n", 0, size)
    return data[: cut if cut > size // 2 else size]


def _koi8_variant(data: bytes) -> str:
    """KOI8-U differs from KOI8-R only where KOI8-R draws boxes: Ukrainian letters there mean KOI8-U."""
    as_r = data.decode("koi8_r", errors="replace")
    as_u = data.decode("koi8_u", errors="replace")
    if len(_BOX_DRAWING.findall(as_r)) > len(_BOX_DRAWING.findall(as_u)) and _UK_LETTERS.search(as_u):
        return "koi8_u"
    return "koi8_r"


def _mostly_utf8(data: bytes) -> Decoded | None:
    """UTF-8 with a few broken bytes (a truncated download, a bad copy) is kept as UTF-8, with a
    warning: a legacy encoding read as UTF-8 breaks nearly every non-ASCII byte instead.
    Judged on the first megabyte, then confirmed on the whole."""
    for part in (data[: 1 << 20], data) if len(data) > 1 << 20 else (data,):
        text = part.decode("utf-8", errors="replace")
        bad = text.count("\ufffd")
        good = len(text) - len(text.encode("ascii", errors="ignore")) - bad
        if not (good >= 10 * bad and good > 0):
            return None
    return Decoded(text, "UTF-8", (_replaced(text, "UTF-8"),))


_BINARY_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f]")


def check_is_text(text: str, name: str) -> None:
    """Refuse what decoded but is binary: a text with more than a few percent control characters."""
    sample = text[:65_536]
    if sample and len(_BINARY_CONTROLS.findall(sample)) > max(8, len(sample) // 50):
        raise refuse(name, msg("it looks like a binary file, not text."))


def read_plain(data: bytes, name: str) -> tuple[str, str, list[str]]:
    """(text, the encoding's name, warnings)."""
    decoded = decode(data, name)
    check_text_length(decoded.text, name)  # before any pass over a text that will be refused anyway
    check_is_text(decoded.text, name)
    text, warnings = clean_text(decoded.text)
    return text, decoded.encoding, [*decoded.warnings, *warnings]
