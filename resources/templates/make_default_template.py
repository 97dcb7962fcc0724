"""Build resources/templates/report.docx, the Word template Factdesk reports are written with by default.

    uv run python resources/templates/make_default_template.py [OUT.docx]

It starts from python-docx's own blank document and defines the styles a report uses, so an
organisation can restyle a report in Word (or copy these definitions into its own template):
Normal, Title, Subtitle, Heading 1–3, Quote, List Number, Hyperlink, Footer and the table style
"Factdesk Table"; an A4 page; a footer with the page number (a PAGE field); the theme's fonts
(Georgia for headings, Calibri for text) and colours, which the styles refer to, so a template
that borrows a style from this one keeps its own theme. The output is byte-for-byte reproducible
for a given python-docx (fixed dates, fixed zip timestamps).
"""

from __future__ import annotations

import io
import re
import sys
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.shared import Twips

OUT = Path(__file__).with_name("report.docx")
FIXED = datetime(2024, 1, 1)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{W_NS}}}"

INK = "1F3A5F"  # headings, table header: the theme's text2
ACCENT = "2F5D8A"  # rules and borders: accent1
LINK = "0B5CAD"  # hyperlinks
GRID = "BFC8D2"  # table lines
BAND = "F3F5F8"  # every other table row, the quote's background

HEADING_FONT = "Georgia"
BODY_FONT = "Calibri"

_MAJOR = 'w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"'

#: Normal sets no spacing of its own: it comes from docDefaults, so the table style's (none) wins in cells
STYLES = {
    "Normal": """
<w:style w:type="paragraph" w:default="1" w:styleId="Normal">
  <w:name w:val="Normal"/><w:qFormat/>
</w:style>""",
    "Title": f"""
<w:style w:type="paragraph" w:styleId="Title">
  <w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Subtitle"/><w:uiPriority w:val="10"/><w:qFormat/>
  <w:pPr><w:keepNext/><w:keepLines/>
    <w:spacing w:before="0" w:after="80" w:line="240" w:lineRule="auto"/><w:contextualSpacing/></w:pPr>
  <w:rPr><w:rFonts {_MAJOR}/><w:b/><w:bCs/><w:color w:val="{INK}" w:themeColor="text2"/><w:kern w:val="28"/>
    <w:sz w:val="52"/><w:szCs w:val="52"/></w:rPr>
</w:style>""",
    "Subtitle": """
<w:style w:type="paragraph" w:styleId="Subtitle">
  <w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="11"/><w:qFormat/>
  <w:pPr><w:keepNext/><w:spacing w:before="0" w:after="200"/></w:pPr>
  <w:rPr><w:color w:val="4A5A6A"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr>
</w:style>""",
    "Heading1": f"""
<w:style w:type="paragraph" w:styleId="Heading1">
  <w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>
  <w:pPr><w:keepNext/><w:keepLines/>
    <w:pBdr><w:bottom w:val="single" w:sz="4" w:space="2" w:color="{GRID}"/></w:pBdr>
    <w:spacing w:before="400" w:after="140" w:line="240" w:lineRule="auto"/><w:outlineLvl w:val="0"/></w:pPr>
  <w:rPr><w:rFonts {_MAJOR}/><w:b/><w:bCs/><w:color w:val="{INK}" w:themeColor="text2"/>
    <w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr>
</w:style>""",
    "Heading2": f"""
<w:style w:type="paragraph" w:styleId="Heading2">
  <w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/>
  <w:unhideWhenUsed/><w:qFormat/>
  <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="320" w:after="100" w:line="240" w:lineRule="auto"/>
    <w:outlineLvl w:val="1"/></w:pPr>
  <w:rPr><w:rFonts {_MAJOR}/><w:b/><w:bCs/><w:color w:val="{INK}" w:themeColor="text2"/>
    <w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr>
</w:style>""",
    "Heading3": f"""
<w:style w:type="paragraph" w:styleId="Heading3">
  <w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/>
  <w:unhideWhenUsed/><w:qFormat/>
  <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="200" w:after="60" w:line="240" w:lineRule="auto"/>
    <w:outlineLvl w:val="2"/></w:pPr>
  <w:rPr><w:b/><w:bCs/><w:color w:val="{ACCENT}" w:themeColor="accent1"/><w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr>
</w:style>""",
    "Quote": f"""
<w:style w:type="paragraph" w:styleId="Quote">
  <w:name w:val="Quote"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="29"/><w:qFormat/>
  <w:pPr><w:keepNext/>
    <w:pBdr><w:left w:val="single" w:sz="24" w:space="8" w:color="{ACCENT}" w:themeColor="accent1"/></w:pBdr>
    <w:shd w:val="clear" w:color="auto" w:fill="{BAND}"/>
    <w:spacing w:before="120" w:after="160"/><w:ind w:left="227" w:right="227"/></w:pPr>
  <w:rPr><w:i/><w:iCs/><w:color w:val="2B3440"/><w:sz w:val="23"/><w:szCs w:val="23"/></w:rPr>
</w:style>""",
    "ListNumber": """
<w:style w:type="paragraph" w:styleId="ListNumber">
  <w:name w:val="List Number"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>
  <w:pPr><w:numPr><w:numId w:val="5"/></w:numPr><w:spacing w:after="100"/><w:ind w:left="397" w:hanging="397"/></w:pPr>
</w:style>""",
    "Hyperlink": f"""
<w:style w:type="character" w:styleId="Hyperlink">
  <w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>
  <w:rPr><w:color w:val="{LINK}" w:themeColor="hyperlink"/><w:u w:val="single"/></w:rPr>
</w:style>""",
    "Footer": """
<w:style w:type="paragraph" w:styleId="Footer">
  <w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>
  <w:pPr><w:tabs><w:tab w:val="center" w:pos="4706"/><w:tab w:val="right" w:pos="9412"/></w:tabs>
    <w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="center"/></w:pPr>
  <w:rPr><w:color w:val="6B7785"/><w:sz w:val="17"/><w:szCs w:val="17"/></w:rPr>
</w:style>""",
    "FactdeskTable": f"""
<w:style w:type="table" w:customStyle="1" w:styleId="FactdeskTable">
  <w:name w:val="Factdesk Table"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:qFormat/>
  <w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>
  <w:rPr><w:sz w:val="19"/><w:szCs w:val="19"/></w:rPr>
  <w:tblPr><w:tblStyleRowBandSize w:val="1"/><w:tblInd w:w="0" w:type="dxa"/>
    <w:tblBorders>
      <w:top w:val="single" w:sz="4" w:space="0" w:color="{GRID}"/>
      <w:left w:val="single" w:sz="4" w:space="0" w:color="{GRID}"/>
      <w:bottom w:val="single" w:sz="4" w:space="0" w:color="{GRID}"/>
      <w:right w:val="single" w:sz="4" w:space="0" w:color="{GRID}"/>
      <w:insideH w:val="single" w:sz="4" w:space="0" w:color="{GRID}"/>
      <w:insideV w:val="single" w:sz="4" w:space="0" w:color="{GRID}"/>
    </w:tblBorders>
    <w:tblCellMar><w:top w:w="57" w:type="dxa"/><w:left w:w="85" w:type="dxa"/>
      <w:bottom w:w="57" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>
  </w:tblPr>
  <w:tblStylePr w:type="firstRow">
    <w:pPr><w:keepNext/></w:pPr>
    <w:rPr><w:b/><w:bCs/><w:color w:val="FFFFFF" w:themeColor="background1"/></w:rPr>
    <w:tblPr/>
    <w:trPr><w:tblHeader/></w:trPr>
    <w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="{INK}" w:themeFill="text2"/></w:tcPr>
  </w:tblStylePr>
  <w:tblStylePr w:type="band2Horz">
    <w:tblPr/>
    <w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="{BAND}"/></w:tcPr>
  </w:tblStylePr>
</w:style>""",
}

#: the linked character styles of python-docx's defaults for the styles replaced above
DROP = ("TitleChar", "SubtitleChar", "Heading1Char", "Heading2Char", "Heading3Char", "QuoteChar", "FooterChar")

_MINOR = 'w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"'
DOC_DEFAULTS = f"""
<w:docDefaults xmlns:w="{W_NS}">
  <w:rPrDefault><w:rPr>
    <w:rFonts {_MINOR}/>
    <w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="en-GB" w:eastAsia="en-US" w:bidi="ar-SA"/>
  </w:rPr></w:rPrDefault>
  <w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault>
</w:docDefaults>"""

PAGE_FOOTER = f"""
<w:p xmlns:w="{W_NS}"><w:pPr><w:pStyle w:val="Footer"/></w:pPr>
  <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>
  <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>
</w:p>"""


def build() -> bytes:
    doc = Document()
    _styles(doc)
    _numbering(doc)
    _page(doc)
    _theme(doc)
    _settings(doc)
    _trim_package(doc)
    props = doc.core_properties
    props.title = "Factdesk report"
    props.subject = ""
    props.author = "Factdesk"
    props.last_modified_by = "Factdesk"
    props.comments = "The default template of Factdesk reports."
    props.revision = 1
    props.created = FIXED
    props.modified = FIXED
    props.last_printed = FIXED
    props.language = "en-GB"
    buffer = io.BytesIO()
    doc.save(buffer)
    return _reproducible(buffer.getvalue())


def _styles(doc) -> None:
    root = doc.styles.element
    by_id = {s.get(f"{W}styleId"): s for s in root.iterchildren(f"{W}style")}
    for style_id in DROP:
        if style_id in by_id:
            root.remove(by_id.pop(style_id))
    for style_id, xml in STYLES.items():
        new = parse_xml(xml.replace("<w:style ", f'<w:style xmlns:w="{W_NS}" ', 1))
        old = by_id.get(style_id)
        if old is not None:
            old.addprevious(new)
            root.remove(old)
        else:
            root.append(new)
    defaults = root.find(f"{W}docDefaults")
    new_defaults = parse_xml(DOC_DEFAULTS)
    if defaults is not None:
        defaults.addprevious(new_defaults)
        root.remove(defaults)
    else:
        root.insert(0, new_defaults)


def _numbering(doc) -> None:
    """List Number (numId 5, abstractNum 7): the number hangs in the list's own indent."""
    numbering = doc.part.numbering_part.element
    for abstract in numbering.iterchildren(f"{W}abstractNum"):
        if abstract.get(f"{W}abstractNumId") == "7":
            ind = abstract.find(f"{W}lvl/{W}pPr/{W}ind")
            tab = abstract.find(f"{W}lvl/{W}pPr/{W}tabs/{W}tab")
            ind.set(f"{W}left", "397")
            ind.set(f"{W}hanging", "397")
            tab.set(f"{W}pos", "397")


def _page(doc) -> None:
    section = doc.sections[0]
    section.page_width, section.page_height = Twips(11906), Twips(16838)  # A4
    section.top_margin = section.bottom_margin = Twips(1134)  # 2 cm
    section.left_margin = section.right_margin = Twips(1247)  # 2.2 cm
    section.header_distance = section.footer_distance = Twips(567)
    footer = section.footer
    footer.is_linked_to_previous = False
    body = footer._element
    for child in list(body):
        body.remove(child)
    body.append(parse_xml(PAGE_FOOTER))


def _theme(doc) -> None:
    part = doc.part.part_related_by(RT.THEME)
    xml = part.blob.decode("utf-8")
    xml = re.sub(r'(<a:majorFont>\s*<a:latin typeface=")[^"]*', rf"\g<1>{HEADING_FONT}", xml)
    xml = re.sub(r'(<a:minorFont>\s*<a:latin typeface=")[^"]*', rf"\g<1>{BODY_FONT}", xml)
    for slot, colour in (("dk2", INK), ("accent1", ACCENT), ("hlink", LINK)):
        xml = re.sub(rf'(<a:{slot}>\s*<a:srgbClr val=")[0-9A-Fa-f]{{6}}', rf"\g<1>{colour}", xml)
    xml = xml.replace('<a:clrScheme name="Office">', '<a:clrScheme name="Factdesk">')
    xml = xml.replace('<a:fontScheme name="Office">', '<a:fontScheme name="Factdesk">')
    part._blob = xml.encode("utf-8")


def _settings(doc) -> None:
    """Word 2013+ layout (compatibility mode 15): tables line up with the text margin."""
    for setting in doc.settings.element.iter(f"{W}compatSetting"):
        if setting.get(f"{W}name") == "compatibilityMode":
            setting.set(f"{W}val", "15")


def _trim_package(doc) -> None:
    """Leave out what a template does not need: Word 2010's stylesWithEffects, customXml, the thumbnail."""
    drop = {RT.CUSTOM_XML, "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"}
    for rid, rel in list(doc.part.rels.items()):
        if rel.reltype in drop:
            del doc.part.rels[rid]
    package_rels = doc.part.package.rels
    for rid, rel in list(package_rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del package_rels[rid]


def _reproducible(data: bytes) -> bytes:
    """The same package with fixed entry dates, so the file only changes when its content does."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            dst.writestr(entry, src.read(info.filename), compresslevel=9)
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    target = Path(args[0]) if args else OUT
    target.write_bytes(build())
    print(f"Wrote {target} ({target.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
