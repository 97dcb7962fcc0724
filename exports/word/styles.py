"""The styles a report is written with: found in the template by name, or borrowed from Factdesk's
default template when the template lacks one; the proofing language; numbered lists that restart
per claim; page numbers in the footer.
"""

from __future__ import annotations

import zipfile
from copy import deepcopy
from dataclasses import dataclass, field
from functools import lru_cache

from lxml import etree

from exports.word import DEFAULT_TEMPLATE
from exports.word.oxml import VAL, W_NS, W
from exports.word.template import SAFE_PARSER

#: what the report needs: key, style name, style type, the template's own alternatives in order
NEEDED = (
    ("normal", "Normal", "paragraph", ()),
    ("title", "Title", "paragraph", ()),
    ("subtitle", "Subtitle", "paragraph", ()),
    ("h1", "Heading 1", "paragraph", ()),
    ("h2", "Heading 2", "paragraph", ()),
    ("h3", "Heading 3", "paragraph", ()),
    ("quote", "Quote", "paragraph", ("Intense Quote",)),
    ("list", "List Number", "paragraph", ()),
    ("hyperlink", "Hyperlink", "character", ()),
    ("table", "Factdesk Table", "table", ()),
)


@dataclass
class StyleIds:
    ids: dict[str, str]  # key of NEEDED → the style id to write
    missing: list[str] = field(default_factory=list)  # names of styles the template lacks
    notes: list[str] = field(default_factory=list)  # what was used instead, in words


# -- styles ------------------------------------------------------------------------------------


def resolve_styles(doc) -> StyleIds:
    """The style id for each style the report uses: the template's own, or an alternative of its
    own, or a copy of Factdesk's default style (noted in `missing`)."""
    root = doc.styles.element
    found = _index(root)
    ids: dict[str, str] = {}
    result = StyleIds(ids)
    for key, name, kind, alternatives in NEEDED:
        style_id = found.get((name.casefold(), kind))
        if style_id is not None:
            ids[key] = style_id
            continue
        result.missing.append(name)
        for alternative in alternatives:
            style_id = found.get((alternative.casefold(), kind))
            if style_id is not None:
                ids[key] = style_id
                result.notes.append(f"The template has no '{name}' style; used its '{alternative}' style.")
                break
        else:
            ids[key] = _borrow(root, name, kind)
            result.notes.append(f"The template has no '{name}' style; used Factdesk's default '{name}' style.")
            found = _index(root)
    return result


def _index(root) -> dict[tuple[str, str], str]:
    found: dict[tuple[str, str], str] = {}
    for style in root.iterchildren(f"{W}style"):
        name = style.find(f"{W}name")
        style_id = style.get(f"{W}styleId")
        if name is None or not style_id:
            continue
        found.setdefault(((name.get(VAL) or "").casefold(), style.get(f"{W}type") or "paragraph"), style_id)
    return found


@lru_cache(maxsize=1)
def _default_styles() -> etree._Element:
    try:
        with zipfile.ZipFile(DEFAULT_TEMPLATE) as archive:
            return etree.fromstring(archive.read("word/styles.xml"), SAFE_PARSER)
    except (OSError, KeyError, zipfile.BadZipFile, etree.XMLSyntaxError) as exc:
        from exports.errors import ExportError

        raise ExportError(
            f"Factdesk's default template ({DEFAULT_TEMPLATE}) is missing or damaged; reinstall Factdesk."
        ) from exc


def _borrow(root, name: str, kind: str, depth: int = 0) -> str:
    """Copy the style `name` of Factdesk's default template into `root`; returns its id there."""
    source = _default_styles()
    by_name = _index(source)
    source_id = by_name[(name.casefold(), kind)]
    by_id = {s.get(f"{W}styleId"): s for s in source.iterchildren(f"{W}style")}
    taken = {s.get(f"{W}styleId") for s in root.iterchildren(f"{W}style")}
    style = deepcopy(by_id[source_id])
    new_id = source_id
    n = 1
    while new_id in taken:
        new_id = f"Factdesk{source_id}" if n == 1 else f"Factdesk{source_id}{n}"
        n += 1
    style.set(f"{W}styleId", new_id)
    style.attrib.pop(f"{W}default", None)  # the template keeps its own default styles
    for tag in ("link", "rsid", "next"):
        for child in style.findall(f"{W}{tag}"):
            style.remove(child)
    for numpr in style.findall(f"{W}pPr/{W}numPr"):  # numbering ids belong to the other file
        numpr.getparent().remove(numpr)
    based = style.find(f"{W}basedOn")
    if based is not None and based.get(VAL) not in taken:
        parent = by_id.get(based.get(VAL))
        parent_name = (
            parent.find(f"{W}name").get(VAL) if parent is not None and parent.find(f"{W}name") is not None else None
        )
        if parent_name and depth < 4:
            based.set(VAL, _borrow(root, parent_name, parent.get(f"{W}type") or kind, depth + 1))
        else:
            style.remove(based)
    root.append(style)
    return new_id


def set_language(doc, language: str) -> None:
    """The document's proofing language (docDefaults), so Word checks spelling in the report's language."""
    tag = {"uk": "uk-UA", "en": "en-GB"}.get(language, language)
    root = doc.styles.element
    defaults = root.find(f"{W}docDefaults")
    if defaults is None:
        defaults = etree.Element(f"{W}docDefaults")
        root.insert(0, defaults)
    rpr_default = defaults.find(f"{W}rPrDefault")
    if rpr_default is None:
        rpr_default = etree.Element(f"{W}rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(f"{W}rPr")
    if rpr is None:
        rpr = etree.SubElement(rpr_default, f"{W}rPr")
    lang = rpr.find(f"{W}lang")
    if lang is None:
        lang = etree.Element(f"{W}lang")
        later = [rpr.find(f"{W}{name}") for name in ("eastAsianLayout", "specVanish", "oMath")]
        later = [el for el in later if el is not None]
        if later:
            later[0].addprevious(lang)  # the schema puts lang before these
        else:
            rpr.append(lang)
    lang.set(VAL, tag)


# -- numbering ---------------------------------------------------------------------------------


class Numbering:
    """Numbered lists that restart per claim: a new w:num per list over the List Number style's
    abstract numbering (or one of our own if the style has none)."""

    def __init__(self, doc, list_style: str):
        self.root = _numbering_root(doc)
        abstracts = list(self.root.iterchildren(f"{W}abstractNum"))
        nums = list(self.root.iterchildren(f"{W}num"))
        self._next_num = 1 + max((_int(n.get(f"{W}numId")) for n in nums), default=0)
        self.abstract_id, self.level = self._find(doc, list_style, abstracts, nums)
        if self.abstract_id is None:
            self.abstract_id = 1 + max((_int(a.get(f"{W}abstractNumId")) for a in abstracts), default=-1)
            self.level = 0
            new = _decimal_list(self.abstract_id)
            if abstracts:
                abstracts[-1].addnext(new)
            else:
                self.root.insert(0, new)
        self._new: list[etree._Element] = []

    @staticmethod
    def _find(doc, list_style, abstracts, nums) -> tuple[int | None, int]:
        for abstract in abstracts:
            for lvl in abstract.iterchildren(f"{W}lvl"):
                pstyle = lvl.find(f"{W}pStyle")
                if pstyle is not None and pstyle.get(VAL) == list_style:
                    return _int(abstract.get(f"{W}abstractNumId")), _int(lvl.get(f"{W}ilvl"))
        style = None
        for s in doc.styles.element.iterchildren(f"{W}style"):
            if s.get(f"{W}styleId") == list_style:
                style = s
                break
        num_id = style.find(f"{W}pPr/{W}numPr/{W}numId") if style is not None else None
        if num_id is None:
            return None, 0
        ilvl = style.find(f"{W}pPr/{W}numPr/{W}ilvl")
        for num in nums:
            if num.get(f"{W}numId") == num_id.get(VAL):
                ref = num.find(f"{W}abstractNumId")
                if ref is not None:
                    return _int(ref.get(VAL)), _int(ilvl.get(VAL)) if ilvl is not None else 0
        return None, 0

    def restart(self) -> int:
        """A new list numbered from 1; returns its numId."""
        num_id = self._next_num
        self._next_num += 1
        num = etree.Element(f"{W}num")
        num.set(f"{W}numId", str(num_id))
        etree.SubElement(num, f"{W}abstractNumId").set(VAL, str(self.abstract_id))
        override = etree.SubElement(num, f"{W}lvlOverride")
        override.set(f"{W}ilvl", str(self.level))
        etree.SubElement(override, f"{W}startOverride").set(VAL, "1")
        self._new.append(num)
        return num_id

    def flush(self) -> None:
        """Put the new lists in place (after every abstractNum and num, before numIdMacAtCleanup)."""
        cleanup = self.root.find(f"{W}numIdMacAtCleanup")
        if cleanup is not None:
            for num in self._new:
                cleanup.addprevious(num)
        else:
            self.root.extend(self._new)
        self._new = []


def _int(value) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def _decimal_list(abstract_id: int) -> etree._Element:
    return etree.fromstring(
        f'<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="{abstract_id}">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="397" w:hanging="397"/></w:pPr></w:lvl>'
        "</w:abstractNum>"
    )


def _numbering_root(doc):
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.oxml.parser import parse_xml
    from docx.parts.numbering import NumberingPart

    try:
        return doc.part.part_related_by(RT.NUMBERING).element
    except KeyError:
        pass
    names = {str(p.partname) for p in doc.part.package.iter_parts()}
    partname = "/word/numbering.xml"
    n = 1
    while partname in names:
        partname = f"/word/numbering{n}.xml"
        n += 1
    part = NumberingPart(
        PackURI(partname), CT.WML_NUMBERING, parse_xml(f'<w:numbering xmlns:w="{W_NS}"/>'), doc.part.package
    )
    doc.part.relate_to(part, RT.NUMBERING)
    return part.element


# -- footer ------------------------------------------------------------------------------------

_PAGE_FIELD = (
    f'<w:p xmlns:w="{W_NS}"><w:pPr>{{style}}<w:jc w:val="center"/></w:pPr>'
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
    '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r>'
    '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
)


def ensure_page_numbers(doc) -> str | None:
    """Keep the template's footer; give a template without any footer one with the page number.
    Returns a warning when the template's footer shows no page number."""
    from docx.oxml.parser import parse_xml

    section = doc.sections[-1]
    sect = section._sectPr
    refs = sect.findall(f"{W}footerReference")
    if not refs:
        footer = section.footer
        footer.is_linked_to_previous = False
        element = footer._element
        for child in list(element):
            element.remove(child)
        found = _index(doc.styles.element).get(("footer", "paragraph"))
        style = f'<w:pStyle w:val="{found}"/>' if found else ""
        element.append(parse_xml(_PAGE_FIELD.replace("{style}", style)))
        return None
    for ref in refs:
        try:
            part = doc.part.related_parts[
                ref.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id")
            ]
        except KeyError:
            continue
        root = part.element
        for instr in root.iter(f"{W}instrText"):
            if "PAGE" in (instr.text or "").upper():
                return None
        for simple in root.iter(f"{W}fldSimple"):
            if "PAGE" in (simple.get(f"{W}instr") or "").upper():
                return None
    return "The template's footer shows no page number; the report's pages are not numbered."
