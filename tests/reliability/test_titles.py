"""Battery 6: 10,000 generated titles through the file-name helper, every name made for real.

The titles are drawn (seeded) from what breaks file names: characters Windows forbids, control
characters and NUL, bidirectional controls, lone surrogates, device names in any case and with
extensions, trailing dots and spaces, decomposed accents, emoji and very long titles; a quarter
repeat an earlier title, or differ from it only in case or Unicode form. Each name is checked
against the rules independently of the helper, then created in one folder with `unique_path`
and O_EXCL: no invalid name, no collision.
"""

from __future__ import annotations

import os
import random
import time
import unicodedata

from support import record

from app.filenames import safe_filename, taken_names, unique_path

COUNT = 10_000
SEED = 10_000_2026
NASTY = (
    list('<>:"/\\|?*')
    + [chr(c) for c in range(32)]
    + ["\x7f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"]
    + ["\u200e", "\u200f", "\u061c", "\u200b", "\ufeff", "\ud800", "\udfff", "\u00a0", "\u3000"]
    + [".", " ", "..", " .", "e\u0301", "\u00e9", "Ї", "ї", "ß", "İ", "😀", "👩‍👩‍👧", "🇺🇦", "\U0010ffff", "\ue000"]
)
WORDS = ["Weekly review", "Тижневий огляд", "Report", "report", "CON", "con", "Nul", "AUX", "com1", "LPT9", "COM¹"]
WORDS += ["prn.txt", "CONIN$", "lpt²", "notes.docx", "a.b.c", "ﬁle", "Ωmega", "ΩMEGA", "منشور", "日本語", "x" * 300]
RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} | {
    f"{d}{n}" for d in ("COM", "LPT") for n in (*"0123456789", "¹", "²", "³")
}
BIDI = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")


def titles(rng: random.Random):
    made: list[str] = []
    for _ in range(COUNT):
        roll = rng.random()
        if made and roll < 0.25:  # a repeat, or one differing only in case or Unicode form
            earlier = rng.choice(made)
            title = rng.choice([earlier, earlier.upper(), earlier.lower(), unicodedata.normalize("NFD", earlier)])
        else:
            parts = [rng.choice(WORDS if rng.random() < 0.5 else NASTY) for _ in range(rng.randrange(1, 12))]
            title = "".join(parts) if rng.random() < 0.5 else " ".join(parts)
            if rng.random() < 0.05:
                title = title * rng.randrange(20, 80)  # far past 255 bytes
        made.append(title)
        yield title


def problems(name: str, suffix: str = ".docx") -> list[str]:
    """Why `name` would be refused or dangerous somewhere (empty: fine everywhere)."""
    found = []
    try:
        encoded = name.encode("utf-8")
    except UnicodeEncodeError:
        return ["not encodable"]
    if len(encoded) > 255:
        found.append("over 255 bytes")
    if not name.endswith(suffix) or len(name) == len(suffix):
        found.append("no stem or suffix")
    if any(c in '<>:"/\\|?*' or ord(c) < 32 or c == "\x7f" for c in name):
        found.append("forbidden character")
    if any(c in BIDI or unicodedata.category(c) in ("Cf", "Cs", "Cc") for c in name):
        found.append("control or invisible formatting character")
    if name != unicodedata.normalize("NFC", name):
        found.append("not NFC")
    stem = name[: -len(suffix)]
    if stem != stem.strip(" ."):
        found.append("leading or trailing dot or space")
    if stem.split(".")[0].rstrip(" ").upper() in RESERVED:
        found.append("a Windows device name")
    return found


def test_ten_thousand_titles_give_valid_names_that_never_collide(tmp_path):
    rng = random.Random(SEED)
    folder = tmp_path / "names"
    folder.mkdir()
    invalid, collisions, renamed = [], 0, 0
    taken = taken_names(folder)  # as a batch export keeps it, instead of listing 10,000 names each time
    started = time.perf_counter()
    for title in titles(rng):
        name = safe_filename(title)
        if bad := problems(name):
            invalid.append((title, name, bad))
            continue
        path = unique_path(folder, name, taken=taken)
        renamed += path.name != name
        if bad := problems(path.name):
            invalid.append((title, path.name, bad))
        try:
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            collisions += 1
            continue
        os.close(fd)
    elapsed = time.perf_counter() - started
    made = os.listdir(folder)
    folded = {unicodedata.normalize("NFC", n).casefold() for n in made}
    record(
        "6 file names from titles",
        titles=COUNT,
        seed=SEED,
        invalid_names=len(invalid),
        collisions=collisions,
        files_made=len(made),
        names_numbered_by_unique_path=renamed,
        distinct_ignoring_case_and_unicode_form=len(folded),
        seconds=round(elapsed, 1),
    )
    assert invalid == []
    assert collisions == 0 and len(made) == COUNT and len(folded) == COUNT
