"""Word documents, built at run time from their XML: tracked changes, notes, tables, headings,
lists, comments, text boxes, core properties."""

from __future__ import annotations

import io
import zipfile

import pytest

from app.errors import ValidationError
from app.intake import read_bytes

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = (
    f'xmlns:w="{W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
)
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
STYLES = f"""<w:styles {NS}>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/>
  <w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
</w:styles>"""
NUMBERING = f"""<w:numbering {NS}>
<w:abstractNum w:abstractNumId="0">
  <w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>"""


def p(text: str, style: str | None = None, extra_ppr: str = "") -> str:
    ppr = f'<w:pStyle w:val="{style}"/>' if style else ""
    return f'<w:p><w:pPr>{ppr}{extra_ppr}</w:pPr><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def make_docx(
    body: str,
    *,
    footnotes: str = "",
    endnotes: str = "",
    comments: str = "",
    core: str = "",
    styles: str = STYLES,
    numbering: str = NUMBERING,
) -> bytes:
    parts = {
        "word/document.xml": f"<w:document {NS}><w:body>{body}<w:sectPr/></w:body></w:document>",
        "word/styles.xml": styles,
        "word/numbering.xml": numbering,
    }
    rels = [("rStyles", "styles", "styles.xml"), ("rNum", "numbering", "numbering.xml")]
    if footnotes:
        parts["word/footnotes.xml"] = f"<w:footnotes {NS}>{_separators('footnote')}{footnotes}</w:footnotes>"
        rels.append(("rFoot", "footnotes", "footnotes.xml"))
    if endnotes:
        parts["word/endnotes.xml"] = f"<w:endnotes {NS}>{_separators('endnote')}{endnotes}</w:endnotes>"
        rels.append(("rEnd", "endnotes", "endnotes.xml"))
    if comments:
        parts["word/comments.xml"] = f"<w:comments {NS}>{comments}</w:comments>"
        rels.append(("rCom", "comments", "comments.xml"))
    parts["word/_rels/document.xml.rels"] = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join(f'<Relationship Id="{i}" Type="{REL}/{t}" Target="{target}"/>' for i, t, target in rels)
        + "</Relationships>"
    )
    package_rels = [("rDoc", f"{REL}/officeDocument", "word/document.xml")]
    if core:
        parts["docProps/core.xml"] = (
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            f'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">{core}</cp:coreProperties>'
        )
        package_rels.append(
            ("rCore", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
             "docProps/core.xml")
        )  # fmt: skip
    parts["_rels/.rels"] = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join(f'<Relationship Id="{i}" Type="{t}" Target="{target}"/>' for i, t, target in package_rels)
        + "</Relationships>"
    )
    parts["[Content_Types].xml"] = (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Override PartName="/word/document.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        "</Types>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, xml in parts.items():
            archive.writestr(name, xml)
    return buffer.getvalue()


def _separators(kind: str) -> str:
    return (
        f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
        f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{kind}>'
    )


def paragraphs(result) -> list[tuple[str, str]]:
    return [(result.text[par.start : par.end], par.style) for par in result.paragraphs]


# -- tracked changes ---------------------------------------------------------------------------------


def test_tracked_changes_read_as_accepted():
    body = (
        "<w:p><w:r><w:t xml:space='preserve'>The army recruited </w:t></w:r>"
        "<w:del w:id='1' w:author='Ed'><w:r><w:delText>150,000</w:delText></w:r></w:del>"
        "<w:ins w:id='2' w:author='Ed'><w:r><w:t>185,000</w:t></w:r></w:ins>"
        "<w:r><w:t xml:space='preserve'> soldiers</w:t></w:r>"
        "<w:moveFrom w:id='3'><w:r><w:t> (moved away)</w:t></w:r></w:moveFrom>"
        "<w:ins w:id='4'><w:r><w:t xml:space='preserve'> in 2023</w:t></w:r></w:ins><w:r><w:t>.</w:t></w:r></w:p>"
    )
    result = read_bytes(make_docx(body), "tracked.docx")
    assert result.text == "The army recruited 185,000 soldiers in 2023."


def test_python_docx_would_drop_the_inserted_text():
    """Why python-docx's paragraph.text is not used: it skips runs inside w:ins."""
    import docx

    body = (
        "<w:p><w:r><w:t xml:space='preserve'>Kept </w:t></w:r>"
        "<w:ins w:id='1'><w:r><w:t>inserted</w:t></w:r></w:ins></w:p>"
    )
    data = make_docx(body)
    assert docx.Document(io.BytesIO(data)).paragraphs[0].text == "Kept "
    assert read_bytes(data, "x.docx").text == "Kept inserted"


def test_a_deleted_paragraph_mark_joins_the_paragraphs():
    body = (
        "<w:p><w:pPr><w:rPr><w:del w:id='9' w:author='Ed'/></w:rPr></w:pPr>"
        "<w:r><w:t xml:space='preserve'>First half </w:t></w:r></w:p>" + p("second half.")
    )
    assert read_bytes(make_docx(body), "x.docx").text == "First half second half."


def test_deleted_table_rows_are_left_out():
    body = (
        "<w:tbl><w:tr><w:tc>" + p("kept") + "</w:tc></w:tr>"
        "<w:tr><w:trPr><w:del w:id='5' w:author='Ed'/></w:trPr><w:tc>" + p("gone") + "</w:tc></w:tr></w:tbl>"
    )
    assert read_bytes(make_docx(body), "x.docx").text == "kept"


# -- structure -----------------------------------------------------------------------------------------


def test_headings_lists_and_tables_in_reading_order():
    body = (
        p("Weekly review", "Title")
        + p("Section one", "Heading1")
        + p("Localised heading style", "2")
        + p("Body text.")
        + p("Bullet from the style", "ListBullet")
        + p("First step", extra_ppr="<w:numPr><w:ilvl w:val='0'/><w:numId w:val='2'/></w:numPr>")
        + p("Sub-step", extra_ppr="<w:numPr><w:ilvl w:val='1'/><w:numId w:val='2'/></w:numPr>")
        + p("Second step", extra_ppr="<w:numPr><w:ilvl w:val='0'/><w:numId w:val='2'/></w:numPr>")
        + "<w:tbl><w:tblPr/><w:tr><w:tc>"
        + p("Region")
        + "</w:tc><w:tc>"
        + p("Strikes")
        + "</w:tc></w:tr><w:tr><w:tc>"
        + p("Kharkiv")
        + "</w:tc><w:tc>"
        + p("12")
        + p("(confirmed)")
        + "</w:tc></w:tr></w:tbl>"
        + p("After the table.")
        + "<w:p><w:pPr><w:outlineLvl w:val='2'/></w:pPr><w:r><w:t>Outline heading</w:t></w:r></w:p>"
    )
    result = read_bytes(make_docx(body), "structure.docx")
    assert paragraphs(result) == [
        ("Weekly review", "title"),
        ("Section one", "h1"),
        ("Localised heading style", "h2"),
        ("Body text.", "p"),
        ("• Bullet from the style", "list"),
        ("1. First step", "list"),
        ("a) Sub-step", "list"),
        ("2. Second step", "list"),
        ("Region | Strikes", "table"),
        ("Kharkiv | 12 (confirmed)", "table"),
        ("After the table.", "p"),
        ("Outline heading", "h3"),
    ]
    assert result.title == "Weekly review"


def test_footnotes_and_endnotes_are_marked_and_appended():
    body = (
        "<w:p><w:r><w:t>The claim</w:t></w:r><w:r><w:footnoteReference w:id='2'/></w:r>"
        "<w:r><w:t xml:space='preserve'> and another</w:t></w:r><w:r><w:footnoteReference w:id='1'/></w:r>"
        "<w:r><w:t xml:space='preserve'> and an end</w:t></w:r><w:r><w:endnoteReference w:id='1'/></w:r>"
        "<w:r><w:t>.</w:t></w:r></w:p>"
    )
    footnotes = (
        "<w:footnote w:id='1'><w:p><w:r><w:footnoteRef/></w:r>"
        "<w:r><w:t xml:space='preserve'> Second note.</w:t></w:r></w:p></w:footnote>"
        "<w:footnote w:id='2'><w:p><w:r><w:footnoteRef/></w:r>"
        "<w:r><w:t xml:space='preserve'> First note.</w:t></w:r></w:p></w:footnote>"
    )
    endnotes = "<w:endnote w:id='1'><w:p><w:r><w:endnoteRef/></w:r><w:r><w:t>An endnote.</w:t></w:r></w:p></w:endnote>"
    result = read_bytes(make_docx(body, footnotes=footnotes, endnotes=endnotes), "notes.docx")
    assert paragraphs(result) == [
        ("The claim[1] and another[2] and an end[i].", "p"),
        ("[1] First note.", "footnote"),
        ("[2] Second note.", "footnote"),
        ("[i] An endnote.", "endnote"),
    ]


def test_comments_field_codes_and_symbol_glyphs_are_not_text():
    body = (
        "<w:p><w:commentRangeStart w:id='0'/><w:r><w:t>Visible</w:t></w:r><w:commentRangeEnd w:id='0'/>"
        "<w:r><w:commentReference w:id='0'/></w:r>"
        "<w:r><w:fldChar w:fldCharType='begin'/></w:r><w:r><w:instrText> PAGE \\* MERGEFORMAT </w:instrText></w:r>"
        "<w:r><w:fldChar w:fldCharType='separate'/></w:r><w:r><w:t xml:space='preserve'> 7</w:t></w:r>"
        "<w:r><w:fldChar w:fldCharType='end'/></w:r><w:r><w:sym w:font='Wingdings' w:char='F0E0'/></w:r>"
        "<w:r><w:tab/><w:t>tabbed</w:t><w:br/><w:t>next line</w:t><w:softHyphen/><w:noBreakHyphen/></w:r></w:p>"
    )
    comments = "<w:comment w:id='0' w:author='Ed'><w:p><w:r><w:t>Reviewer remark</w:t></w:r></w:p></w:comment>"
    result = read_bytes(make_docx(body, comments=comments), "comments.docx")
    assert result.text == "Visible 7\ttabbed\nnext line-"
    assert "Reviewer" not in result.text


def test_text_boxes_follow_their_paragraph_once():
    box = "<w:txbxContent>" + p("Text in a box.") + "</w:txbxContent>"
    body = (
        "<w:p><w:r><w:t>Anchor paragraph.</w:t></w:r><w:r><mc:AlternateContent>"
        f"<mc:Choice Requires='wps'><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>{box}"
        "</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict>{box}</w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"
    )
    assert read_bytes(make_docx(body), "box.docx").text == "Anchor paragraph.\nText in a box."


def test_core_properties_prefill_title_author_and_date():
    core = (
        "<dc:title>Заява міністерства</dc:title><dc:creator>Олена Петренко</dc:creator>"
        "<dc:language>uk-UA</dc:language>"
        '<dcterms:created xsi:type="dcterms:W3CDTF">2023-07-11T09:30:00Z</dcterms:created>'
    )
    body = p("Міністерство заявило, що ціни зросли на 20 відсотків. Це неправда, кажуть експерти.")
    result = read_bytes(make_docx(body, core=core), "statement.docx")
    assert (result.title, result.author, str(result.published), result.language) == (
        "Заява міністерства",
        "Олена Петренко",
        "2023-07-11",
        "uk",
    )


def test_python_docx_template_date_is_not_taken_for_a_publication_date():
    core = '<dcterms:created xsi:type="dcterms:W3CDTF">2013-12-23T23:15:00Z</dcterms:created>'
    assert read_bytes(make_docx(p("Text."), core=core), "x.docx").published is None


def test_the_sample_docx(tmp_path):
    from pathlib import Path

    data = (Path(__file__).parent / "data" / "intake" / "weekly-review-2023-07-09.docx").read_bytes()
    result = read_bytes(data, "weekly-review-2023-07-09.docx")
    assert result.title == "Weekly review of disinformation narratives, July 3–9, 2023"
    assert result.author == "OPORA"
    assert result.published is None  # the file carries python-docx's template date
    styles = [par.style for par in result.paragraphs]
    assert styles.count("h1") == 4 and styles.count("list") == 5 and styles[0] == "title"


# -- broken ---------------------------------------------------------------------------------------------


def test_a_zip_that_is_not_a_word_document_is_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("notes.txt", "hello")
    with pytest.raises(ValidationError, match=r"x\.docx was not imported: it is a zip file, not a Word document"):
        read_bytes(buffer.getvalue(), "x.docx")


def test_malformed_xml_is_refused():
    data = make_docx(p("fine")).replace(b"", b"")
    broken = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(broken, "w") as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == "word/document.xml":
                content = content[: len(content) // 2]
            target.writestr(info, content)
    with pytest.raises(ValidationError, match="not well-formed XML"):
        read_bytes(broken.getvalue(), "half.docx")


def test_entities_are_never_expanded():
    """A billion-laughs DTD in document.xml: refused, nothing expanded, no time spent."""
    import time

    lol = (
        '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa">'
        + "".join(f'<!ENTITY {chr(98 + i)} "{f"&{chr(97 + i)};" * 4}">' for i in range(12))
        + f"]><w:document {NS}><w:body><w:p><w:r><w:t>&m;</w:t></w:r></w:p></w:body></w:document>"
    )
    data = make_docx("")
    bomb = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(bomb, "w") as target:
        for info in source.infolist():
            target.writestr(info, lol if info.filename == "word/document.xml" else source.read(info))
    started = time.perf_counter()
    with pytest.raises(ValidationError, match=r"DTD|entity"):
        read_bytes(bomb.getvalue(), "lol.docx")
    assert time.perf_counter() - started < 1


def test_external_entities_are_not_fetched(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET")
    xxe = (
        f'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "{secret.as_uri()}">]>'
        f"<w:document {NS}><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>"
    )
    bomb = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(make_docx(""))) as source, zipfile.ZipFile(bomb, "w") as target:
        for info in source.infolist():
            target.writestr(info, xxe if info.filename == "word/document.xml" else source.read(info))
    with pytest.raises(ValidationError) as info:
        read_bytes(bomb.getvalue(), "xxe.docx")
    assert "SECRET" not in str(info.value)
