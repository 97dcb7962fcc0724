"""File names made from titles that Windows, macOS and Linux all accept, and that never collide silently.

    safe_filename("Weekly review: July 3–9")          # 'Weekly review_ July 3–9.docx'
    unique_path(folder, "Weekly review.docx")          # folder / 'Weekly review (2).docx' if taken

The rules, each for a reason: characters Windows forbids (`<>:"/\\|?*`) become "_"; control
characters (including NUL) and invisible formatting characters go, above all the bidirectional
controls (U+202A–202E, U+2066–2069, U+200E/F, U+061C), which can make "invoice‮fdp.exe" look like
a PDF; lone surrogates go (no file system can store them); the name is NFC-normalised (macOS would
store it decomposed otherwise and two spellings of one title would differ); leading and trailing
spaces and dots go (Windows drops trailing ones, a leading dot hides the file); device names
such as CON, NUL, COM1 or LPT¹ get a "_", with or without an extension and in any case; and the
whole name, suffix included, fits in 255 bytes of UTF-8, cut between characters.
"""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

MAX_NAME_BYTES = 255  # the longest file name most file systems take, in UTF-8 bytes
FORBIDDEN = frozenset('<>:"/\\|?*')  # Windows refuses these; "/" is refused everywhere
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")
RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"{device}{n}" for device in ("COM", "LPT") for n in (*"0123456789", "¹", "²", "³")}
)


def safe_filename(
    title: str, *, suffix: str = ".docx", max_bytes: int = MAX_NAME_BYTES, fallback: str = "report"
) -> str:
    """A file name made from `title`, ending in `suffix`, that every common file system accepts.

    Letters of any script, digits, punctuation and emoji are kept; see the module's docstring
    for what is changed and why. An empty result becomes `fallback` (e.g. "report.docx").
    """
    suffix = unicodedata.normalize("NFC", suffix)
    text = unicodedata.normalize("NFC", _without_surrogates(title))
    kept = []
    for char in text:
        category = unicodedata.category(char)
        if char in FORBIDDEN:
            kept.append("_")
        elif category.startswith("Z") or char in "\t\n\r\v\f":
            kept.append(" ")
        elif char in BIDI_CONTROLS or category in ("Cc", "Cf", "Cs", "Co", "Cn"):
            continue
        else:
            kept.append(char)
    stem = " ".join("".join(kept).split())
    if suffix and stem.lower().endswith(suffix.lower()):
        stem = stem[: -len(suffix)]
    stem = _trim(stem)
    limit = max_bytes - len(suffix.encode("utf-8"))
    if limit < 1:
        raise ValueError(f"The suffix {suffix!r} leaves no room for a name in {max_bytes} bytes.")
    stem = _fit(stem, limit)
    if not stem:
        stem = _fit(fallback, limit) or "file"
    first, dot, rest = stem.partition(".")
    if first.rstrip(" ").upper() in RESERVED:
        stem = _fit(f"{first}_{dot}{rest}", limit)
    return stem + suffix


def unique_path(folder: Path, name: str, *, taken: set[str] | None = None) -> Path:
    """`folder / name`, or `name (2)`, `name (3)`… before the suffix: the first that does not exist.

    Names that differ only in case or Unicode form count as taken too (Windows and macOS folders
    do not tell them apart). The number is kept within the 255-byte limit by shortening the stem.
    `taken`: for many names into one folder (e.g. saving every attachment), a set the caller keeps
    across calls instead of listing the folder each time; the name returned is added to it.
    Checking is not reserving: write the file without replacing (app.atomic, `force=False`).
    """
    folder = Path(folder)
    if taken is None:
        taken = _taken(folder)
    stem, suffix = _split(name)
    candidate = name
    n = 1
    while _key(candidate) in taken or (folder / candidate).exists() or (folder / candidate).is_symlink():
        n += 1
        tail = f" ({n}){suffix}"
        candidate = _fit(stem, MAX_NAME_BYTES - len(tail.encode("utf-8"))) + tail
    taken.add(_key(candidate))
    return folder / candidate


def taken_names(folder: Path) -> set[str]:
    """The names in `folder` as `unique_path` compares them (case and Unicode form folded)."""
    return _taken(Path(folder))


def _split(name: str) -> tuple[str, str]:
    """The name's stem and suffix ("report (2)", ".docx"); a name with no dot, or only a leading one, has none."""
    dot = name.rfind(".")
    if dot <= 0:
        return name, ""
    return name[:dot], name[dot:]


def _taken(folder: Path) -> set[str]:
    try:
        return {_key(entry) for entry in os.listdir(folder)}
    except OSError:
        return set()


def _key(name: str) -> str:
    return unicodedata.normalize("NFC", name).casefold()


def _fit(stem: str, limit: int) -> str:
    """`stem` cut to at most `limit` bytes of UTF-8 between characters, with no dangling combining mark."""
    if len(stem.encode("utf-8")) <= limit:
        return _trim(stem)
    stem = stem.encode("utf-8")[:limit].decode("utf-8", errors="ignore")
    stem = _trim(stem)
    # a combining mark cut off from what follows it is fine, but one left alone at the end of a
    # cut may be half of a letter the title spelled with two characters: drop it
    while stem and unicodedata.combining(stem[-1]):
        stem = _trim(stem[:-1])
    return stem


def _trim(stem: str) -> str:
    return stem.strip(" .")


def _without_surrogates(text: str) -> str:
    return text.encode("utf-8", "ignore").decode("utf-8") if _has_surrogates(text) else text


def _has_surrogates(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False
