"""Building WordprocessingML with lxml, fast: style ids resolved once, property elements copied from
cached prototypes, hyperlinks numbered from our own URL → relationship-id map.

Children are written in the order the schema requires (Word refuses a file that breaks it).
"""

from __future__ import annotations

import re
from copy import copy
from urllib.parse import quote

from lxml import etree

from exports.text import one_line, xml_text

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
W = f"{{{W_NS}}}"
R = f"{{{R_NS}}}"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
RT_HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"

P, PPR, RUN, RPR, T, BR, TAB, HYPERLINK = (W + n for n in ("p", "pPr", "r", "rPr", "t", "br", "tab", "hyperlink"))
TBL, TR, TC, TCPR, TRPR = (W + n for n in ("tbl", "tr", "tc", "tcPr", "trPr"))
VAL = W + "val"
R_ID = R + "id"

_SAFE_URL = ":/?#[]@!$&'()*+,;=%~-._"
_LINKABLE = re.compile(r"^(https?|ftp)://[^\s/]", re.IGNORECASE)


def link_target(url: str) -> str | None:
    """The hyperlink target for `url`, or None when a reader could not follow it (empty, a local
    file, a URN). A DOI becomes its https://doi.org/ address; characters a URI cannot hold are
    percent-encoded."""
    url = one_line(url)
    if not url:
        return None
    lower = url.lower()
    if lower.startswith("doi:"):
        url = "https://doi.org/" + url[4:].strip()
    elif lower.startswith("mailto:") and "@" in url:
        return quote(url, safe=_SAFE_URL)
    elif not _LINKABLE.match(url):
        return None
    return quote(url, safe=_SAFE_URL)


def colour_hex(value: str, default: str = "808080") -> str:
    """'#c62828' → 'C62828'; anything else → `default`."""
    value = (value or "").strip().lstrip("#")
    if len(value) == 3:
        value = "".join(c * 2 for c in value)
    return value.upper() if re.fullmatch(r"[0-9A-Fa-f]{6}", value) else default


def text_colour_on(fill: str) -> str:
    """Black or white, whichever contrasts more with the background `fill` (WCAG relative luminance)."""

    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (int(fill[i : i + 2], 16) for i in (0, 2, 4))
    lum = 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
    return "FFFFFF" if (1.05 / (lum + 0.05)) >= ((lum + 0.05) / 0.05) else "000000"


class Links:
    """External hyperlink relationships: one rId per distinct target, numbered after the part's own."""

    def __init__(self, taken: set[str]):
        self.by_target: dict[str, str] = {}
        self._taken = taken
        self._next = 1 + max((int(m.group(1)) for r in taken if (m := re.fullmatch(r"rId(\d+)", r))), default=0)

    def rid(self, target: str) -> str:
        rid = self.by_target.get(target)
        if rid is None:
            rid = self.reserve()
            self.by_target[target] = rid
        return rid

    def reserve(self) -> str:
        """An rId no other relationship of the part has or will have (for a picture)."""
        rid = f"rId{self._next}"
        while rid in self._taken:
            self._next += 1
            rid = f"rId{self._next}"
        self._next += 1
        self._taken.add(rid)
        return rid


class Builder:
    """Appends paragraphs and tables to `body` (kept before its sectPr by the caller)."""

    def __init__(self, body: etree._Element, links: Links, hyperlink_style: str | None):
        self.body = body
        self.links = links
        self.hyperlink_style = hyperlink_style
        self._ppr: dict[tuple, etree._Element] = {}
        self._rpr: dict[tuple, etree._Element] = {}

    # -- paragraphs ----------------------------------------------------------------------------

    def paragraph(
        self,
        style: str | None = None,
        text: str = "",
        *,
        parent: etree._Element | None = None,
        keep_next: bool = False,
        num: tuple[int, int] | None = None,
        before: int | None = None,
        after: int | None = None,
        indent: tuple[int, int] | None = None,  # (left, hanging) in twips
        align: str | None = None,
        outline: int | None = None,
        **fmt,
    ) -> etree._Element:
        p = etree.SubElement(self.body if parent is None else parent, P)
        key = (style, keep_next, num, before, after, indent, align, outline)
        if key != (None, False, None, None, None, None, None, None):
            proto = self._ppr.get(key)
            if proto is None:
                proto = self._ppr[key] = _ppr(*key)
            p.append(copy(proto))
        if text:
            self.run(p, text, **fmt)
        return p

    def run(
        self,
        parent: etree._Element,
        text: str,
        *,
        bold: bool = False,
        italic: bool = False,
        colour: str | None = None,
        size: int | None = None,  # half-points
        caps: bool = False,
        mono: bool = False,
        style: str | None = None,
        underline: bool = False,
    ) -> etree._Element:
        r = etree.SubElement(parent, RUN)
        key = (style, bold, italic, colour, size, caps, mono, underline)
        if key != (None, False, False, None, None, False, False, False):
            proto = self._rpr.get(key)
            if proto is None:
                proto = self._rpr[key] = _rpr(*key)
            r.append(copy(proto))
        _fill(r, xml_text(text))
        return r

    def link(self, parent: etree._Element, text: str, url: str, **fmt) -> etree._Element:
        """`text` as a hyperlink to `url` (an external relationship), or plain text if the URL cannot be followed."""
        target = link_target(url)
        if target is None:
            return self.run(parent, text, **fmt)
        h = etree.SubElement(parent, HYPERLINK)
        h.set(R_ID, self.links.rid(target))
        h.set(W + "history", "1")
        if self.hyperlink_style:
            self.run(h, text, style=self.hyperlink_style, **fmt)
        else:  # no character style to use: look like a link all the same
            self.run(h, text, colour="0B5CAD", underline=True, **fmt)
        return h

    # -- tables --------------------------------------------------------------------------------

    def table(self, widths: list[int], style: str | None, *, header: bool, borderless: bool = False) -> etree._Element:
        tbl = etree.SubElement(self.body, TBL)
        pr = etree.SubElement(tbl, W + "tblPr")
        if style:
            etree.SubElement(pr, W + "tblStyle").set(VAL, style)
        w = etree.SubElement(pr, W + "tblW")
        w.set(W + "w", str(sum(widths)))
        w.set(W + "type", "dxa")
        if borderless:
            borders = etree.SubElement(pr, W + "tblBorders")
            for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
                etree.SubElement(borders, W + side).set(VAL, "nil")
        etree.SubElement(pr, W + "tblLayout").set(W + "type", "fixed")
        if borderless:
            mar = etree.SubElement(pr, W + "tblCellMar")
            for side, value in (("top", 85), ("left", 142), ("bottom", 85), ("right", 142)):
                m = etree.SubElement(mar, W + side)
                m.set(W + "w", str(value))
                m.set(W + "type", "dxa")
        look = etree.SubElement(pr, W + "tblLook")
        look.set(VAL, "04A0" if header else "0480")
        for name, value in (
            ("firstRow", header),
            ("lastRow", False),
            ("firstColumn", False),
            ("lastColumn", False),
            ("noHBand", False),
            ("noVBand", True),
        ):
            look.set(W + name, "1" if value else "0")
        grid = etree.SubElement(tbl, W + "tblGrid")
        for width in widths:
            etree.SubElement(grid, W + "gridCol").set(W + "w", str(width))
        return tbl

    def row(self, tbl: etree._Element, *, header: bool = False) -> etree._Element:
        tr = etree.SubElement(tbl, TR)
        pr = etree.SubElement(tr, TRPR)
        etree.SubElement(pr, W + "cantSplit")
        if header:
            etree.SubElement(pr, W + "tblHeader")
        return tr

    def cell(self, tr: etree._Element, width: int, *, fill: str | None = None, vcenter: bool = False) -> etree._Element:
        tc = etree.SubElement(tr, TC)
        pr = etree.SubElement(tc, TCPR)
        w = etree.SubElement(pr, W + "tcW")
        w.set(W + "w", str(width))
        w.set(W + "type", "dxa")
        if fill:
            shd = etree.SubElement(pr, W + "shd")
            shd.set(VAL, "clear")
            shd.set(W + "color", "auto")
            shd.set(W + "fill", fill)
        if vcenter:
            etree.SubElement(pr, W + "vAlign").set(VAL, "center")
        return tc


def _ppr(style, keep_next, num, before, after, indent, align, outline) -> etree._Element:
    ppr = etree.Element(PPR)
    if style:
        etree.SubElement(ppr, W + "pStyle").set(VAL, style)
    if keep_next:
        etree.SubElement(ppr, W + "keepNext")
    if num is not None:
        numpr = etree.SubElement(ppr, W + "numPr")
        etree.SubElement(numpr, W + "ilvl").set(VAL, str(num[1]))
        etree.SubElement(numpr, W + "numId").set(VAL, str(num[0]))
    if before is not None or after is not None:
        spacing = etree.SubElement(ppr, W + "spacing")
        if before is not None:
            spacing.set(W + "before", str(before))
        if after is not None:
            spacing.set(W + "after", str(after))
    if indent is not None:
        ind = etree.SubElement(ppr, W + "ind")
        ind.set(W + "left", str(indent[0]))
        ind.set(W + "hanging", str(indent[1]))
    if align:
        etree.SubElement(ppr, W + "jc").set(VAL, align)
    if outline is not None:
        etree.SubElement(ppr, W + "outlineLvl").set(VAL, str(outline))
    return ppr


def _rpr(style, bold, italic, colour, size, caps, mono, underline) -> etree._Element:
    rpr = etree.Element(RPR)
    if style:
        etree.SubElement(rpr, W + "rStyle").set(VAL, style)
    if mono:
        fonts = etree.SubElement(rpr, W + "rFonts")
        for attr in ("ascii", "hAnsi", "cs"):
            fonts.set(W + attr, "Consolas")
    # (no bCs/iCs/szCs: those are for complex scripts, and reports are in English or Ukrainian)
    if bold:
        etree.SubElement(rpr, W + "b")
    if italic:
        etree.SubElement(rpr, W + "i")
    if caps:
        etree.SubElement(rpr, W + "caps")
    if colour:
        etree.SubElement(rpr, W + "color").set(VAL, colour)
    if size:
        etree.SubElement(rpr, W + "sz").set(VAL, str(size))
    if underline:
        etree.SubElement(rpr, W + "u").set(VAL, "single")
    return rpr


def _fill(r: etree._Element, text: str) -> None:
    """Text into a run: newlines become line breaks, tabs become tabs."""
    if "\n" not in text and "\t" not in text:
        _t(r, text)
        return
    for i, line in enumerate(text.split("\n")):
        if i:
            etree.SubElement(r, BR)
        for j, piece in enumerate(line.split("\t")):
            if j:
                etree.SubElement(r, TAB)
            if piece:
                _t(r, piece)


def _t(r: etree._Element, text: str) -> None:
    t = etree.SubElement(r, T)
    t.text = text
    if text[:1].isspace() or text[-1:].isspace() or "  " in text:
        t.set(XML_SPACE, "preserve")
