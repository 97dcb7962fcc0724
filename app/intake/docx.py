"""Word documents (.docx): read straight from the package's XML, after the zip guards.

Body blocks in reading order: paragraphs, headings, list items (with their bullet or number),
tables (a row a line, cells joined by " | "), text boxes after the paragraph that anchors them;
then footnotes and endnotes, each marked where it is referenced ("[1]", "[i]").
Tracked changes read as if accepted: insertions in, deletions out (python-docx's
`paragraph.text` drops inserted runs, so it is not used here). Comments, headers and footers,
field codes and deleted text are not part of the text.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime

from lxml import etree

from app.intake.limits import open_zip, parse_xml, read_part, refuse
from app.intake.result import TextBuilder
from app.messages import msg

W_NAMESPACES = {
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main",  # strict OOXML
}
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
MATH = "http://schemas.openxmlformats.org/officeDocument/2006/math"
PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"

WORD_MAIN_TYPES = (
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
)
#: python-docx's default template carries this creation date; it says nothing about the document
_PYTHON_DOCX_DEFAULT_CREATED = "2013-12-23T23:15:00Z"

# elements whose content is never text of the document
_SKIP = {
    "del",
    "moveFrom",
    "delText",
    "instrText",
    "delInstrText",
    "commentReference",
    "commentRangeStart",
    "commentRangeEnd",
    "annotationRef",
    "footnoteRef",
    "endnoteRef",
    "rPr",
    "pPr",
    "sdtPr",
    "sdtEndPr",
    "tblPr",
    "tblGrid",
    "trPr",
    "tcPr",
    "fldData",
    "rt",
    "sectPr",
    "bookmarkStart",
    "bookmarkEnd",
    "proofErr",
    "lastRenderedPageBreak",
}


def _w(el: etree._Element) -> str | None:
    """The local name of a WordprocessingML element, None for any other element (or a comment)."""
    tag = el.tag
    if not isinstance(tag, str) or not tag.startswith("{"):
        return None
    ns, _, local = tag[1:].partition("}")
    return local if ns in W_NAMESPACES else None


def _ns(el: etree._Element) -> tuple[str, str]:
    tag = el.tag
    if not isinstance(tag, str) or not tag.startswith("{"):
        return "", str(tag)
    ns, _, local = tag[1:].partition("}")
    return ns, local


def _attr(el: etree._Element | None, name: str) -> str | None:
    if el is None:
        return None
    for key, value in el.attrib.items():
        if key.endswith("}" + name) or key == name:
            return value
    return None


def _child(el: etree._Element | None, name: str) -> etree._Element | None:
    if el is None:
        return None
    for child in el:
        if _w(child) == name:
            return child
    return None


@dataclass
class DocxContent:
    builder: TextBuilder
    title: str = ""
    author: str = ""
    published: date | None = None
    language: str = ""
    warnings: list[str] = field(default_factory=list)


# -- package -----------------------------------------------------------------------------------


def _rels(archive: zipfile.ZipFile, part: str, name: str) -> dict[str, tuple[str, str]]:
    """Relationship id -> (type, target part name) of a part (its _rels/<name>.rels)."""
    folder, base = posixpath.split(part)
    data = read_part(archive, posixpath.join(folder, "_rels", base + ".rels"), name)
    if data is None:
        return {}
    rels = {}
    for rel in parse_xml(data, name, base + ".rels"):
        if rel.get("TargetMode") == "External":
            continue
        target = rel.get("Target") or ""
        resolved = posixpath.normpath(target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target))
        rels[rel.get("Id") or ""] = (rel.get("Type") or "", resolved)
    return rels


def _by_type(rels: dict[str, tuple[str, str]], suffix: str) -> str | None:
    for kind, target in rels.values():
        if kind.endswith("/" + suffix):
            return target
    return None


def main_part(archive: zipfile.ZipFile, name: str) -> str | None:
    """The main document part of a Word package, None when the package is not a Word document."""
    types = read_part(archive, "[Content_Types].xml", name)
    if types is None:
        return None
    for override in parse_xml(types, name, "[Content_Types].xml"):
        if override.get("ContentType") in WORD_MAIN_TYPES:
            return (override.get("PartName") or "").lstrip("/")
    return None


# -- styles and numbering ----------------------------------------------------------------------


class _Styles:
    def __init__(self, root: etree._Element | None) -> None:
        self._styles: dict[str, dict[str, str | None]] = {}
        self.default: str | None = None
        if root is None:
            return
        for style in root:
            if _w(style) != "style" or _attr(style, "type") not in (None, "paragraph"):
                continue
            sid = _attr(style, "styleId") or ""
            ppr = _child(style, "pPr")
            numpr = _child(ppr, "numPr")
            self._styles[sid] = {
                "name": (_attr(_child(style, "name"), "val") or "").strip().lower(),
                "based_on": _attr(_child(style, "basedOn"), "val"),
                "outline": _attr(_child(ppr, "outlineLvl"), "val"),
                "num_id": _attr(_child(numpr, "numId"), "val"),
                "ilvl": _attr(_child(numpr, "ilvl"), "val"),
            }
            if _attr(style, "default") in ("1", "true", "on"):
                self.default = sid

    def lookup(self, sid: str | None, key: str) -> str | None:
        seen = set()
        while sid and sid not in seen and sid in self._styles:
            seen.add(sid)
            value = self._styles[sid][key]
            if value is not None:
                return value
            sid = self._styles[sid]["based_on"]
        return None

    def kind(self, sid: str | None) -> str | None:
        """ "title", "h1"…"h6" or "quote" from the style's name or outline level; None for body text."""
        seen = set()
        while sid and sid not in seen and sid in self._styles:
            seen.add(sid)
            style_name = self._styles[sid]["name"] or ""
            if style_name == "title":
                return "title"
            if style_name == "subtitle":
                return "h2"
            match = re.fullmatch(r"heading (\d)", style_name)
            if match:
                return f"h{min(int(match.group(1)), 6)}"
            if style_name in ("quote", "intense quote", "block text"):
                return "quote"
            sid = self._styles[sid]["based_on"]
        outline = self.lookup(sid, "outline")
        return _outline_kind(outline)


def _outline_kind(outline: str | None) -> str | None:
    if outline is not None and outline.isdigit() and int(outline) < 9:
        return f"h{min(int(outline) + 1, 6)}"
    return None


_ROMAN = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l")]
_ROMAN += [(40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]


def roman(n: int) -> str:
    out = []
    for value, letters in _ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def _letters(n: int) -> str:
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _format_number(n: int, fmt: str) -> str:
    if fmt in ("lowerLetter",):
        return _letters(n)
    if fmt in ("upperLetter",):
        return _letters(n).upper()
    if fmt == "lowerRoman":
        return roman(n)
    if fmt == "upperRoman":
        return roman(n).upper()
    return str(n)


class _Numbering:
    def __init__(self, root: etree._Element | None) -> None:
        self._abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        self._nums: dict[str, tuple[str, dict[int, int]]] = {}
        self._counters: dict[str, list[int]] = {}
        if root is None:
            return
        for el in root:
            kind = _w(el)
            if kind == "abstractNum":
                levels = {}
                for lvl in el:
                    if _w(lvl) != "lvl":
                        continue
                    ilvl = int(_attr(lvl, "ilvl") or 0)
                    fmt = _attr(_child(lvl, "numFmt"), "val") or "decimal"
                    text = _attr(_child(lvl, "lvlText"), "val") or ""
                    start = _attr(_child(lvl, "start"), "val") or "1"
                    levels[ilvl] = (fmt, text, int(start) if start.lstrip("-").isdigit() else 1)
                self._abstract[_attr(el, "abstractNumId") or ""] = levels
            elif kind == "num":
                overrides = {}
                for override in el:
                    if _w(override) == "lvlOverride":
                        start = _attr(_child(override, "startOverride"), "val")
                        if start and start.isdigit():
                            overrides[int(_attr(override, "ilvl") or 0)] = int(start)
                self._nums[_attr(el, "numId") or ""] = (_attr(_child(el, "abstractNumId"), "val") or "", overrides)

    def label(self, num_id: str, ilvl: int) -> str:
        """The bullet or number of the next item of list `num_id` at level `ilvl`."""
        abstract_id, overrides = self._nums.get(num_id, ("", {}))
        levels = self._abstract.get(abstract_id, {})
        fmt, text, _start = levels.get(ilvl, ("bullet", "", 1))
        counters = self._counters.setdefault(num_id, [0] * 9)
        ilvl = max(0, min(ilvl, 8))
        counters[ilvl] += 1
        for deeper in range(ilvl + 1, 9):
            counters[deeper] = 0
        indent = "  " * ilvl
        if fmt == "none":
            return indent
        if fmt == "bullet":
            return indent + "• "

        def value(level: int) -> str:
            level_fmt, _, level_start = levels.get(level, ("decimal", "", 1))
            start = overrides.get(level, level_start)
            return _format_number(start + max(counters[level], 1) - 1, level_fmt)

        rendered = re.sub(r"%([1-9])", lambda m: value(int(m.group(1)) - 1), text) if text else value(ilvl) + "."
        return indent + rendered + " "


# -- the document ------------------------------------------------------------------------------


class _Reader:
    def __init__(self, archive: zipfile.ZipFile, name: str, main: str) -> None:
        self.archive = archive
        self.name = name
        self.main = main
        self.rels = _rels(archive, main, name)
        self.styles = _Styles(self._part(_by_type(self.rels, "styles")))
        self.numbering = _Numbering(self._part(_by_type(self.rels, "numbering")))
        self.notes = {
            "footnote": self._notes(_by_type(self.rels, "footnotes"), "footnote"),
            "endnote": self._notes(_by_type(self.rels, "endnotes"), "endnote"),
        }
        self.referenced: list[tuple[str, str, str]] = []  # (kind, id, label) in order of reference
        self.warnings: list[str] = []
        self.builder = TextBuilder()
        self._carry = ""  # text of a paragraph whose mark was deleted: it joins the next one
        self._carry_style = "p"

    def _part(self, part: str | None) -> etree._Element | None:
        if not part:
            return None
        data = read_part(self.archive, part, self.name)
        return None if data is None else parse_xml(data, self.name, part)

    def _notes(self, part: str | None, kind: str) -> dict[str, etree._Element]:
        root = self._part(part)
        if root is None:
            return {}
        return {
            _attr(note, "id") or "": note
            for note in root
            if _w(note) == kind and _attr(note, "type") in (None, "normal")
        }

    # -- blocks ----------------------------------------------------------------------------

    def read(self) -> TextBuilder:
        root = self._part(self.main)
        body = _child(root, "body")
        if body is None:
            raise refuse(self.name, msg("the Word document has no body."))
        self._blocks(body)
        self._flush_carry()
        done: set[tuple[str, str]] = set()
        index = 0
        while index < len(self.referenced):  # a note may reference another note
            kind, note_id, label = self.referenced[index]
            index += 1
            if (kind, note_id) in done:
                continue
            done.add((kind, note_id))
            self._note_blocks(self.notes[kind][note_id], kind, label)
        return self.builder

    def _blocks(self, parent: etree._Element, style_hint: str | None = None) -> None:
        for el in parent:
            kind = _w(el)
            if kind == "p":
                self._paragraph(el, style_hint)
            elif kind == "tbl":
                self._table(el)
            elif kind in ("sdt", "customXml", "ins", "moveTo", "smartTag"):
                content = _child(el, "sdtContent") if kind == "sdt" else el
                if content is not None:
                    self._blocks(content, style_hint)
            elif kind == "altChunk":
                self.warnings.append(msg(
                    "The document embeds another file (an alternative chunk) that was not read.",
                ))
            elif kind is None and _ns(el) == (MC, "AlternateContent"):
                choice = next((c for c in el if _ns(c) == (MC, "Choice")), None)
                if choice is not None:
                    self._blocks(choice, style_hint)

    def _add(self, text: str, style: str) -> None:
        if self._carry:
            text, style = self._carry + text, self._carry_style
            self._carry = ""
        self.builder.add(text, style)

    def _flush_carry(self) -> None:
        if self._carry:
            self.builder.add(self._carry, self._carry_style)
            self._carry = ""

    def _paragraph(self, p: etree._Element, style_hint: str | None = None) -> None:
        ppr = _child(p, "pPr")
        sid = _attr(_child(ppr, "pStyle"), "val") or self.styles.default
        style = style_hint or self.styles.kind(sid) or _outline_kind(_attr(_child(ppr, "outlineLvl"), "val")) or "p"
        numpr = _child(ppr, "numPr")
        num_id = _attr(_child(numpr, "numId"), "val") if numpr is not None else self.styles.lookup(sid, "num_id")
        ilvl_text = _attr(_child(numpr, "ilvl"), "val") if numpr is not None else self.styles.lookup(sid, "ilvl")
        boxes: list[etree._Element] = []
        parts: list[str] = []
        self._inline(p, parts, boxes)
        text = "".join(parts)
        if num_id and num_id != "0" and text.strip() and not style.startswith(("h", "title")):
            ilvl = int(ilvl_text) if ilvl_text and ilvl_text.isdigit() else 0
            text = self.numbering.label(num_id, ilvl) + text.strip()
            style = "list"
        mark_deleted = _child(_child(ppr, "rPr"), "del") is not None
        if mark_deleted and not boxes:
            if not self._carry:
                self._carry_style = style
            self._carry += text
        else:
            self._add(text, style)
        for box in boxes:
            self._blocks(box)

    def _table(self, tbl: etree._Element) -> None:
        for row in self._rows(tbl):
            cells = []
            for cell in self._cells(row):
                cells.append(" ".join(t for t in (self._cell_text(cell)) if t))
            self._add(" | ".join(c for c in cells if c), "table")

    def _rows(self, tbl: etree._Element) -> list[etree._Element]:
        rows = []
        for el in tbl:
            kind = _w(el)
            if kind == "tr":
                if _child(_child(el, "trPr"), "del") is None:
                    rows.append(el)
            elif kind in ("sdt", "customXml"):
                content = _child(el, "sdtContent") if kind == "sdt" else el
                if content is not None:
                    rows.extend(self._rows(content))
        return rows

    def _cells(self, row: etree._Element) -> list[etree._Element]:
        cells = []
        for el in row:
            kind = _w(el)
            if kind == "tc":
                cells.append(el)
            elif kind in ("sdt", "customXml"):
                content = _child(el, "sdtContent") if kind == "sdt" else el
                if content is not None:
                    cells.extend(self._cells(content))
        return cells

    def _cell_text(self, cell: etree._Element) -> list[str]:
        texts = []
        for el in cell:
            kind = _w(el)
            if kind == "p":
                parts: list[str] = []
                boxes: list[etree._Element] = []
                self._inline(el, parts, boxes)
                texts.append(" ".join("".join(parts).split()))
            elif kind == "tbl":
                for row in self._rows(el):
                    texts.extend(t for c in self._cells(row) for t in self._cell_text(c))
            elif kind in ("sdt", "customXml"):
                content = _child(el, "sdtContent") if kind == "sdt" else el
                if content is not None:
                    texts.extend(self._cell_text(content))
        return texts

    def _note_blocks(self, note: etree._Element, kind: str, label: str) -> None:
        first = True
        for el in note:
            if _w(el) != "p":
                if _w(el) == "tbl":
                    self._table(el)
                continue
            parts: list[str] = []
            boxes: list[etree._Element] = []
            self._inline(el, parts, boxes)
            text = "".join(parts).strip()
            if first and text:
                text = f"[{label}] {text}"
                first = False
            self._add(text, kind)

    # -- runs ------------------------------------------------------------------------------

    def _inline(self, el: etree._Element, out: list[str], boxes: list[etree._Element]) -> None:
        for child in el:
            kind = _w(child)
            if kind is None:
                ns, local = _ns(child)
                if ns == MC and local == "AlternateContent":
                    choice = next((c for c in child if _ns(c) == (MC, "Choice")), None)
                    if choice is not None:
                        self._inline(choice, out, boxes)
                elif ns == MATH and local == "t":
                    out.append(child.text or "")
                elif ns:  # drawings and the like: look inside for text boxes
                    self._inline(child, out, boxes)
                continue
            if kind in _SKIP:
                continue
            if kind == "t":
                out.append(child.text or "")
            elif kind == "tab":
                out.append("\t")
            elif kind in ("br", "cr"):
                out.append("\n")
            elif kind == "noBreakHyphen":
                out.append("-")
            elif kind == "softHyphen":
                continue
            elif kind == "sym":
                code = _attr(child, "char") or ""
                try:
                    char = chr(int(code, 16))
                except ValueError:
                    continue
                if not 0xE000 <= ord(char) <= 0xF8FF:  # symbol-font glyphs have no meaning as text
                    out.append(char)
            elif kind in ("footnoteReference", "endnoteReference"):
                note_kind = kind.removesuffix("Reference")
                note_id = _attr(child, "id") or ""
                if note_id in self.notes[note_kind]:
                    out.append(f"[{self._note_label(note_kind, note_id)}]")
            elif kind == "txbxContent":
                boxes.append(child)
            elif kind == "ruby":
                base = _child(child, "rubyBase")
                if base is not None:
                    self._inline(base, out, boxes)
            else:  # r, ins, moveTo, hyperlink, smartTag, customXml, sdt, sdtContent, fldSimple, dir, bdo…
                self._inline(child, out, boxes)

    def _note_label(self, kind: str, note_id: str) -> str:
        for known_kind, known_id, label in self.referenced:
            if (known_kind, known_id) == (kind, note_id):
                return label
        number = sum(1 for k, _, _ in self.referenced if k == kind) + 1
        label = str(number) if kind == "footnote" else roman(number)
        self.referenced.append((kind, note_id, label))
        return label


# -- metadata ----------------------------------------------------------------------------------


def _core(archive: zipfile.ZipFile, name: str) -> dict[str, str]:
    rels = _rels(archive, "", name)
    part = _by_type(rels, "core-properties") or "docProps/core.xml"
    data = read_part(archive, part, name)
    if data is None:
        return {}
    values = {}
    for el in parse_xml(data, name, part):
        _, local = _ns(el)
        if el.text and el.text.strip():
            values[local] = el.text.strip()
    return values


def _iso_date(value: str | None) -> date | None:
    if not value or value == _PYTHON_DOCX_DEFAULT_CREATED:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        return None


def read_docx(data: bytes, name: str) -> DocxContent:
    archive = open_zip(data, name, "Word document")
    with archive:
        main = main_part(archive, name)
        if main is None:
            raise refuse(name, msg("it is a zip file but not a Word document (.docx)."))
        reader = _Reader(archive, name, main)
        builder = reader.read()
        core = _core(archive, name)
    title = " ".join(core.get("title", "").split())
    if not title:
        title = next(
            (builder.text()[p.start : p.end] for p in builder.paragraphs[:5] if p.style in ("title", "h1")),
            "",
        )
    language = core.get("language", "")
    return DocxContent(
        builder=builder,
        title=title,
        author=" ".join(core.get("creator", "").split()),
        published=_iso_date(core.get("created")),
        language=language.split("-")[0].lower(),
        warnings=reader.warnings,
    )
