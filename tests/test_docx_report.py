"""The Word report: its structure (headings, tables, shading, links, styles, properties, footer),
templates (an organisation's .docx/.dotx, missing styles, files that are not Word documents),
text Word cannot hold, atomic writing, cancelling, and speed-minded laziness."""

from __future__ import annotations

import dataclasses
import io
import subprocess
import sys
import time
import zipfile
from datetime import date
from pathlib import Path

import docx
import pytest
from docx.shared import Pt

from app.atomic import TEMP_PREFIX
from app.demo import write_demo
from app.errors import ValidationError
from app.models import Claim
from app.services import catalog, claims, evidence, reports, sources
from app.workspace import Workspace
from exports.docx_report import DEFAULT_TEMPLATE, DocxResult, ExportCancelled, ExportError, TargetExists, write_docx
from exports.report_data import build_snapshot
from exports.text import one_line, xml_text

ROOT = Path(__file__).resolve().parents[1]
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
W = f"{{{W_NS}}}"
NS = {"w": W_NS, "r": R_NS}
RT_HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"


# -- reading a report back ---------------------------------------------------------------------


def paragraphs(doc) -> list[tuple[str, str]]:
    """(style name, text) of every body paragraph outside tables, in order."""
    return [(p.style.name, p.text) for p in doc.paragraphs]


def headings(doc, level: int | None = None) -> list[str]:
    names = {f"Heading {level}"} if level else {"Heading 1", "Heading 2", "Heading 3"}
    return [text for style, text in paragraphs(doc) if style in names]


def hyperlinks(doc) -> list[tuple[str, str, bool]]:
    """(visible text, relationship target, is external) of every w:hyperlink in the body."""
    rels = doc.part.rels
    found = []
    for link in doc.element.body.iter(f"{W}hyperlink"):
        rel = rels[link.get(f"{{{R_NS}}}id")]
        text = "".join(t.text or "" for t in link.iter(f"{W}t"))
        assert rel.reltype == RT_HYPERLINK
        found.append((text, rel.target_ref, rel.is_external))
    return found


def fill_of(cell) -> str | None:
    shd = cell._tc.find(f"{W}tcPr/{W}shd")
    return None if shd is None else shd.get(f"{W}fill")


def text_colour_of(cell) -> str | None:
    colour = cell._tc.find(f".//{W}r/{W}rPr/{W}color")
    return None if colour is None else colour.get(f"{W}val")


def section_after(doc, heading: str) -> list[str]:
    """The texts of the paragraphs after the heading `heading`, up to the next Heading 1."""
    out, inside = [], False
    for style, text in paragraphs(doc):
        if inside and style == "Heading 1":
            break
        if inside:
            out.append(text)
        if text == heading:
            inside = True
    return out


def footer_has_page_field(doc) -> bool:
    for section in doc.sections:
        root = section.footer._element
        if any("PAGE" in (i.text or "") for i in root.iter(f"{W}instrText")):
            return True
        if any("PAGE" in (f.get(f"{W}instr") or "") for f in root.iter(f"{W}fldSimple")):
            return True
    return False


# -- workspaces --------------------------------------------------------------------------------


@pytest.fixture
def demo_ws(tmp_path):
    path = write_demo(tmp_path / "demo.factdesk")
    with Workspace.open(path) as ws:
        yield ws


#: claimant, role, quote (as it stands in the sample text), rating, evidence [(title, url, stance)]
ARTICLE_CLAIMS = [
    (
        "Maria Zakharova",
        "Spokeswoman of the Russian Foreign Ministry",
        "The weapons supplied to Kyiv end up in the hands of protesters and are used against the police in France",
        "False",
        [("French interior ministry: urban violence figures", "https://www.interieur.gouv.fr/actualites", "refutes")],
    ),
    (
        "Vasily Nebenzia",
        "Permanent representative of Russia to the UN",
        "called the photos of downed Iranian drones in Ukraine a fake",
        "False",
        [
            ("UN Security Council, 9367th meeting", "https://press.un.org/en/2023/sc15344.doc.htm", "refutes"),
            ("Debris of Shahed drones, photo record", "https://example.org/drones?id=136&lang=en", "supports"),
        ],
    ),
    (
        "Dmitry Medvedev",
        "Deputy Chairman of the Security Council of Russia",
        "in 2023, 185,000 contractors were accepted into the Russian army",
        "Unproven",
        [("Security Council of Russia: meeting of 4 July", "http://www.scrf.gov.ru/news/allnews/", "context")],
    ),
    (
        "Dmitry Peskov",
        "Press secretary of the President of Russia",
        "a high threat of sabotage from the Kyiv regime, which could entail catastrophic consequences",
        "Misleading",
        [("IAEA update on Zaporizhzhia, 5 July 2023", "https://www.iaea.org/newscenter/focus/ukraine", "context")],
    ),
    (
        "Jens Stoltenberg",
        "NATO Secretary General",
        "I expect that the leaders will confirm that Ukraine will become a member of NATO",
        "Mostly true",
        [],
    ),
]
ARTICLE_URL = "https://www.oporaua.org/en/report/polit_ad/weekly-review-2023-07-09"


@pytest.fixture
def article(ws, sample_text):
    """The sample weekly review with five claims, their evidence, ratings; and a report of them."""
    source_id = sources.create_source(
        ws,
        title="Weekly review of Russian narratives, 3–9 July 2023",
        text=sample_text,
        outlet="OPORA",
        url=ARTICLE_URL,
        published=date(2023, 7, 10),
    ).subject
    ids = []
    for n, (name, role, quote, rating, pieces) in enumerate(ARTICLE_CLAIMS):
        start = sample_text.index(quote)
        claim_id = claims.create_claim(
            ws, source_id, start, start + len(quote), tags=[f"section {n % 2}"], claimed_on=date(2023, 7, 3 + n)
        ).subject
        claims.set_claimant(ws, claim_id, name, role)
        for title, url, stance in pieces:
            evidence.create_and_link(
                ws,
                claim_id,
                {"title": title, "url": url, "publisher": "Publisher", "excerpt": f"What {title} says."},
                stance=stance,
                note="Checked against the original.",
            )
        with ws.writing() as session:
            rating_id = catalog.rating_by_label(session, rating).id
        claims.update_claim(
            ws,
            claim_id,
            rating_id=rating_id,
            status="done",
            summary=f"Verdict on {name}.",
            rationale="First paragraph of the rationale.\n\nSecond paragraph.\nThird line.",
        )
        ids.append(claim_id)
    # a correction: the rating changed after the claim was done
    with ws.writing() as session:
        false_id = catalog.rating_by_label(session, "Mostly false").id
    claims.update_claim(ws, ids[3], rating_id=false_id)
    report_id = reports.create_report(
        ws,
        title="Kremlin narratives: weekly review",
        subtitle="Five claims from 3–9 July 2023",
        period_start=date(2023, 7, 3),
        period_end=date(2023, 7, 9),
        authors="Factdesk test team",
        organisation="ACME Watchdog",
        introduction="Why we checked these claims.\nA second paragraph.",
        methodology="We compare each claim with primary sources.",
        corrections="We correct errors openly.",
        contact="desk@example.org",
        claim_ids=ids,
    ).subject
    return report_id, ids


# -- the demo ----------------------------------------------------------------------------------


def test_the_demo_report_has_every_part_in_order(demo_ws, tmp_path):
    snap = build_snapshot(demo_ws)
    result = write_docx(snap, tmp_path / "demo.docx")
    assert isinstance(result, DocxResult)
    assert result.path == (tmp_path / "demo.docx").absolute() and result.claims == 5
    assert result.missing_styles == () and result.warnings == ()
    doc = docx.Document(str(result.path))
    lab = snap.labels

    styles = paragraphs(doc)
    assert styles[0] == ("Title", snap.title)
    h1 = headings(doc, 1)
    claim_headings = [h for h in h1 if h[:1].isdigit()]
    assert claim_headings == [f"{c.number}. {c.claimant}: {c.short}" for c in snap.claims]
    assert h1 == [lab.summary_table, *claim_headings, lab.methodology, lab.corrections, lab.appendix]
    per_claim = [[lab.rationale, lab.evidence] if c.rationale else [lab.evidence] for c in snap.claims]
    assert headings(doc, 2) == [h for group in per_claim for h in group] + [lab.rating_scale, lab.sources, lab.evidence]
    assert {s for s, _ in styles} >= {"Title", "Heading 1", "Heading 2", "Quote", "List Number", "Normal"}

    # the summary table: header + one row per claim, rating in colour and in words
    summary = doc.tables[0]
    assert summary.style.name == "Factdesk Table"
    assert [c.text for c in summary.rows[0].cells] == ["#", lab.claim, lab.claimant, lab.rating]
    assert summary.rows[0]._tr.find(f"{W}trPr/{W}tblHeader") is not None  # repeated on each page
    assert len(summary.rows) == 1 + len(snap.claims)
    for row, claim in zip(summary.rows[1:], snap.claims, strict=True):
        number, short, claimant, rating = row.cells
        assert (number.text, short.text, claimant.text) == (str(claim.number), claim.short, claim.claimant)
        if claim.rating is None:
            assert rating.text == lab.not_rated
        else:
            assert rating.text == claim.rating.label
            assert fill_of(rating) == claim.rating.colour.lstrip("#").upper()
    by_label = {r.cells[3].text: r.cells[3] for r in summary.rows[1:]}
    assert text_colour_of(by_label["True"]) == "FFFFFF"  # dark green: white words
    assert text_colour_of(by_label["Not rated"]) == "000000"

    # each claim: the quote as a Quote, a verdict box in its colour, the evidence as a numbered list
    quotes = [text for style, text in styles if style == "Quote"]
    assert quotes == [f"“{c.quote}”" for c in snap.claims]
    verdicts = doc.tables[1 : 1 + len(snap.claims)]
    for box, claim in zip(verdicts, snap.claims, strict=True):
        label = box.rows[0].cells[0]
        assert label.text.endswith(claim.rating.label if claim.rating else lab.not_rated)
        if claim.rating:
            assert fill_of(label) == claim.rating.colour.lstrip("#").upper()
            assert claim.summary in box.rows[0].cells[1].text
    items = [p for p in doc.paragraphs if p.style.name == "List Number"]
    assert len(items) == sum(len(c.evidence) for c in snap.claims) == 7
    num_ids = [p._p.find(f"{W}pPr/{W}numPr/{W}numId").get(f"{W}val") for p in items]
    per_claim = [len(c.evidence) for c in snap.claims]
    groups, at = [], 0
    for n in per_claim:
        groups.append(set(num_ids[at : at + n]))
        at += n
    assert all(len(g) == 1 for g in groups) and len(set.union(*groups)) == len(snap.claims)  # restarts per claim
    numbering = doc.part.numbering_part.element
    for num_id in set(num_ids):
        num = numbering.find(f"{W}num[@{W}numId='{num_id}']")
        assert num.find(f"{W}lvlOverride/{W}startOverride").get(f"{W}val") == "1"
    first = items[0].text
    cited = snap.claims[0].evidence[0]
    assert cited.evidence.title in first and cited.stance_label in first.lower() and cited.evidence.excerpt in first

    # every link is a real external hyperlink to the evidence's URL
    links = hyperlinks(doc)
    urls = {e.url for e in snap.evidence}
    assert links and all(external for _, _, external in links)
    assert {target for _, target, _ in links} == urls
    for e in snap.evidence:
        assert (e.title, e.url, True) in links  # in the claim and in the appendix
        assert (e.url, e.url, True) in links  # the address itself, in the appendix

    # methodology with the scale, corrections, appendix
    scale = doc.tables[-1]
    assert [r.cells[0].text for r in scale.rows] == [r.label for r in snap.scale]
    assert [fill_of(r.cells[0]) for r in scale.rows] == [r.colour.lstrip("#").upper() for r in snap.scale]
    assert section_after(doc, lab.corrections) == [lab.no_corrections]
    appendix = "\n".join(section_after(doc, lab.appendix))
    for e in snap.evidence:
        assert f"E{e.number}\t{e.title}" in appendix and e.url in appendix and lab.date(e.accessed) in appendix
    for s in snap.sources:
        assert f"S{s.number}\t{s.title}" in appendix

    props = doc.core_properties
    assert (props.title, props.language) == (snap.title, "en")
    assert footer_has_page_field(doc)
    assert doc.sections[0].page_width == DEFAULT_PAGE_WIDTH


DEFAULT_PAGE_WIDTH = 11906 * 635  # A4 in EMU


def test_a_report_of_the_sample_article(ws, article, tmp_path):
    report_id, _ = article
    snap = build_snapshot(ws, report_id)
    doc = docx.Document(str(write_docx(snap, tmp_path / "article.docx").path))
    lab = snap.labels
    texts = [t for _, t in paragraphs(doc)]

    # the title block
    assert paragraphs(doc)[:2] == [("Title", snap.title), ("Subtitle", snap.subtitle)]
    assert "Period: 3–9 July 2023" in texts and f"{lab.authors}: Factdesk test team" in texts
    assert f"{lab.organisation}: ACME Watchdog" in texts
    assert f"{lab.exported}: {lab.date(snap.exported_at.date())}" in texts
    assert section_after(doc, lab.introduction) == ["Why we checked these claims.", "A second paragraph."]

    assert [h for h in headings(doc, 1) if h[:1].isdigit()] == [
        f"{n}. {name}: {quote}" for n, (name, _, quote, _, _) in enumerate(ARTICLE_CLAIMS, start=1)
    ]
    # said by, when, where (the source linked)
    assert f"{lab.said_by}: Maria Zakharova, Spokeswoman of the Russian Foreign Ministry" in texts
    assert f"{lab.said_on}: 3 July 2023" in texts
    assert f"{lab.appeared_in}: {snap.claims[0].source.title}, OPORA, 10 July 2023" in texts
    links = hyperlinks(doc)
    assert (snap.claims[0].source.title, ARTICLE_URL, True) in links
    expected = {ARTICLE_URL} | {url for *_, pieces in ARTICLE_CLAIMS for _, url, _ in pieces}
    assert {target for _, target, _ in links} == expected
    # the rationale's paragraphs
    claim_1 = section_after(doc, headings(doc, 1)[2])
    assert claim_1[claim_1.index(lab.rationale) + 1 : claim_1.index(lab.rationale) + 4] == [
        "First paragraph of the rationale.",
        "Second paragraph.",
        "Third line.",
    ]
    # no evidence, said so
    assert lab.no_evidence in section_after(doc, headings(doc, 1)[6])
    # corrections: the report's text, then the rating changed after the verdict was done
    corrections = section_after(doc, lab.corrections)
    assert corrections[0] == "We correct errors openly."
    assert corrections[1] == lab.correction_line.format(
        date=lab.date(snap.exported_at.date()), number=4, old="Misleading", new="Mostly false"
    )
    assert section_after(doc, lab.contact) == ["desk@example.org"]
    assert [t for t in section_after(doc, lab.methodology) if t][:1] == ["We compare each claim with primary sources."]
    props = doc.core_properties
    assert (props.title, props.author, props.subject) == (snap.title, "Factdesk test team", "3–9 July 2023")


def test_a_ukrainian_report_speaks_ukrainian(ws, article, tmp_path):
    report_id, _ = article
    snap = build_snapshot(ws, report_id, language="uk")
    doc = docx.Document(str(write_docx(snap, tmp_path / "uk.docx").path))
    h1 = headings(doc, 1)
    for words in ("Твердження та вердикти", "Методологія", "Виправлення", "Додаток: джерела та докази", "Вступ"):
        assert words in h1
    texts = [t for _, t in paragraphs(doc)]
    assert "Період: 3–9 липня 2023" in texts and "Коли: 3 липня 2023" in texts
    assert next(t for s, t in paragraphs(doc) if s == "Quote").startswith("«")
    assert doc.tables[0].rows[0].cells[3].text == "Оцінка"
    assert doc.core_properties.language == "uk"
    lang = doc.styles.element.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang")
    assert lang.get(f"{W}val") == "uk-UA"


def test_claims_in_a_section_order_are_grouped_under_their_section(ws, article, tmp_path):
    report_id, _ = article
    reports.update_report(ws, report_id, claim_order="section")
    snap = build_snapshot(ws, report_id)
    assert snap.claim_order == "section"
    doc = docx.Document(str(write_docx(snap, tmp_path / "sections.docx").path))
    h1 = headings(doc, 1)
    assert "section 0" in h1 and "section 1" in h1
    claim_headings = headings(doc, 2)
    assert sum(1 for h in claim_headings if h[:1].isdigit()) == 5
    assert doc.paragraphs[[t for _, t in paragraphs(doc)].index("section 0") + 1].style.name == "Heading 2"


def test_an_empty_report_says_so(ws, tmp_path):
    report_id = reports.create_report(ws, title="Nothing yet").subject
    snap = build_snapshot(ws, report_id)
    doc = docx.Document(str(write_docx(snap, tmp_path / "empty.docx").path))
    assert snap.labels.empty_report in [t for _, t in paragraphs(doc)]
    assert len(doc.tables) == 1  # the rating scale only


# -- templates ---------------------------------------------------------------------------------


def make_template(path: Path, *, as_template: bool = False, without=("Quote",)) -> Path:
    """An organisation's template: its own fonts, a letterhead header, no Quote style, some body text."""
    doc = docx.Document()
    doc.styles["Normal"].font.name = "Liberation Serif"
    doc.styles["Normal"].font.size = Pt(12)
    doc.styles["Heading 1"].font.name = "Liberation Sans"
    for name in without:
        style = doc.styles[name].element
        style.getparent().remove(style)
    doc.sections[0].header.paragraphs[0].text = "ACME Watchdog letterhead"
    doc.add_paragraph("Template body text that must not reach the report.")
    buffer = io.BytesIO()
    doc.save(buffer)
    data = buffer.getvalue()
    if as_template:
        data = _retype(data, "document.main+xml", "template.main+xml")
    path.write_bytes(data)
    return path


def _retype(data: bytes, old: str, new: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info)
            if info.filename == "[Content_Types].xml":
                body = body.replace(old.encode(), new.encode())
            dst.writestr(info.filename, body)
    return out.getvalue()


@pytest.mark.parametrize("suffix", [".docx", ".dotx"])
def test_an_organisations_template_gives_its_look_and_lends_missing_styles(demo_ws, tmp_path, suffix):
    template = make_template(tmp_path / f"acme{suffix}", as_template=suffix == ".dotx")
    snap = build_snapshot(demo_ws)
    result = write_docx(snap, tmp_path / "acme-report.docx", template=template)
    # python-docx's blank document has no Hyperlink style either, and no one has a Factdesk Table
    assert result.missing_styles == ("Quote", "Hyperlink", "Factdesk Table")
    assert "The template has no 'Quote' style; used its 'Intense Quote' style." in result.warnings
    assert "The template has no 'Hyperlink' style; used Factdesk's default 'Hyperlink' style." in result.warnings
    doc = docx.Document(str(result.path))
    assert doc.sections[0].header.paragraphs[0].text == "ACME Watchdog letterhead"
    assert doc.styles["Normal"].font.name == "Liberation Serif" and doc.styles["Normal"].font.size == Pt(12)
    assert doc.styles["Heading 1"].font.name == "Liberation Sans"
    texts = [t for _, t in paragraphs(doc)]
    assert not any("Template body text" in t for t in texts)
    assert [t for s, t in paragraphs(doc) if s == "Intense Quote"] == [f"“{c.quote}”" for c in snap.claims]
    assert headings(doc, 1)[0] == snap.labels.summary_table
    assert doc.tables[0].style.name == "Factdesk Table"
    assert footer_has_page_field(doc)  # the template had no footer: it got one with the page number
    for _, target, external in hyperlinks(doc):
        assert external and target.startswith("http")


def test_a_style_the_template_lacks_altogether_is_borrowed_from_the_default_template(demo_ws, tmp_path):
    template = make_template(tmp_path / "bare.docx", without=("Quote", "Intense Quote", "Title", "Heading 3"))
    result = write_docx(build_snapshot(demo_ws), tmp_path / "r.docx", template=template)
    assert result.missing_styles == ("Title", "Heading 3", "Quote", "Hyperlink", "Factdesk Table")
    assert "The template has no 'Quote' style; used Factdesk's default 'Quote' style." in result.warnings
    doc = docx.Document(str(result.path))
    used = {s for s, _ in paragraphs(doc)}
    assert {"Title", "Quote"} <= used
    quote = doc.styles["Quote"]
    assert quote.base_style.name == "Normal" and quote.font.italic  # based on the template's own Normal
    assert quote.element.find(f"{W}link") is None and quote.element.find(f"{W}pPr/{W}numPr") is None
    runs = [r for p in doc.paragraphs for link in p.hyperlinks for r in link.runs]
    assert runs and all(r.style.name == "Hyperlink" for r in runs)


def test_the_snapshots_template_is_used_when_none_is_given(demo_ws, tmp_path):
    template = make_template(tmp_path / "acme.docx")
    snap = dataclasses.replace(build_snapshot(demo_ws), template_path=str(template))
    result = write_docx(snap, tmp_path / "r.docx")
    assert "Quote" in result.missing_styles
    assert docx.Document(str(result.path)).sections[0].header.paragraphs[0].text == "ACME Watchdog letterhead"
    missing = dataclasses.replace(snap, template_path=str(tmp_path / "gone.dotx"))
    with pytest.raises(ValidationError, match=r"gone\.dotx"):
        write_docx(missing, tmp_path / "r2.docx")
    assert not (tmp_path / "r2.docx").exists()


def test_a_template_footer_without_page_numbers_is_kept_and_reported(demo_ws, tmp_path):
    from docx.oxml import parse_xml

    doc = docx.Document()
    doc.sections[0].footer.paragraphs[0].text = "ACME Watchdog · Kyiv"
    doc.settings.element.append(
        parse_xml(f'<w:documentProtection xmlns:w="{W_NS}" w:edit="readOnly" w:enforcement="1"/>')
    )
    doc.save(str(tmp_path / "footer.docx"))
    result = write_docx(build_snapshot(demo_ws), tmp_path / "r.docx", template=tmp_path / "footer.docx")
    assert any("page number" in w for w in result.warnings)
    assert any("restricts editing" in w for w in result.warnings)
    out = docx.Document(str(result.path))
    assert out.sections[0].footer.paragraphs[0].text == "ACME Watchdog · Kyiv"
    assert out.settings.element.find(f"{W}documentProtection") is None


def _zip(path: Path, entries: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return path


def _bomb(path: Path) -> Path:
    """A small file that would unpack to 64 MB of XML."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", b"<Types/>")
        with zf.open("word/document.xml", "w", force_zip64=True) as fh:
            chunk = b"<w:p/>" * 100_000
            for _ in range(110):
                fh.write(chunk)
    return path


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda p: p.write_bytes(b"this is not a Word document\n" * 50) and p, "not a Word document"),
        (lambda p: _zip(p, {"notes.txt": b"hello"}), "not a Word document"),
        (lambda p: _zip(p, {"[Content_Types].xml": b"<Types", "word/document.xml": b"<x/>"}), "damaged"),
        (lambda p: _bomb(p), "zip bomb"),
        (lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600) and p, "97–2003"),
        (lambda p: p.mkdir() or p, "folder"),
    ],
    ids=["garbage", "plain-zip", "broken-package", "zip-bomb", "old-doc", "folder"],
)
def test_a_file_that_is_not_a_word_template_is_refused_quickly(demo_ws, tmp_path, make, reason):
    template = tmp_path / "letterhead.docx"
    make(template)
    snap = build_snapshot(demo_ws)
    started = time.perf_counter()
    with pytest.raises(ValidationError, match=reason) as info:
        write_docx(snap, tmp_path / "r.docx", template=template)
    assert time.perf_counter() - started < 1.0
    assert "letterhead.docx" in str(info.value)
    assert not (tmp_path / "r.docx").exists()


def test_a_package_of_too_many_files_is_refused(demo_ws, tmp_path):
    template = _zip(tmp_path / "many.docx", {f"part{n}.xml": b"<x/>" for n in range(2_001)})
    with pytest.raises(ValidationError, match="too many"):
        write_docx(build_snapshot(demo_ws), tmp_path / "r.docx", template=template)


def test_a_template_without_numbering_gets_numbered_lists_of_its_own(demo_ws, tmp_path):
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    doc = docx.Document()
    for rid, rel in list(doc.part.rels.items()):
        if rel.reltype == RT.NUMBERING:
            del doc.part.rels[rid]
    doc.save(str(tmp_path / "plain.docx"))
    result = write_docx(build_snapshot(demo_ws), tmp_path / "r.docx", template=tmp_path / "plain.docx")
    out = docx.Document(str(result.path))
    items = [p for p in out.paragraphs if p.style.name == "List Number"]
    numbering = out.part.numbering_part.element
    for p in items:
        num_id = p._p.find(f"{W}pPr/{W}numPr/{W}numId").get(f"{W}val")
        num = numbering.find(f"{W}num[@{W}numId='{num_id}']")
        abstract = numbering.find(f"{W}abstractNum[@{W}abstractNumId='{num.find(f'{W}abstractNumId').get(f'{W}val')}']")
        assert abstract.find(f"{W}lvl/{W}numFmt").get(f"{W}val") == "decimal"


def test_a_spreadsheet_or_a_macro_template_is_refused(demo_ws, tmp_path):
    snap = build_snapshot(demo_ws)
    data = DEFAULT_TEMPLATE.read_bytes()
    macro = tmp_path / "macro.docx"
    macro.write_bytes(
        _retype(
            data,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
            "application/vnd.ms-word.document.macroEnabled.main+xml",
        )
    )
    with pytest.raises(ValidationError, match="macros"):
        write_docx(snap, tmp_path / "r.docx", template=macro)
    sheet = tmp_path / "sheet.docx"
    sheet.write_bytes(
        _retype(
            data,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        )
    )
    with pytest.raises(ValidationError, match="not a Word document"):
        write_docx(snap, tmp_path / "r.docx", template=sheet)


def test_the_default_template_is_reproducible_and_defines_the_reports_styles(tmp_path):
    result = subprocess.run(
        [sys.executable, str(ROOT / "resources" / "templates" / "make_default_template.py"), str(tmp_path / "t.docx")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "t.docx").read_bytes() == DEFAULT_TEMPLATE.read_bytes()
    doc = docx.Document(str(DEFAULT_TEMPLATE))
    names = {s.name for s in doc.styles}
    for name in ("Normal", "Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3", "Quote", "List Number"):
        assert name in names
    assert "Hyperlink" in names and "Factdesk Table" in names
    assert footer_has_page_field(doc)


# -- text Word cannot hold ---------------------------------------------------------------------


def test_xml_text_cleans_only_what_xml_cannot_hold():
    assert xml_text("plain — текст 😀\ttab\nline") == "plain — текст 😀\ttab\nline"
    assert xml_text("a\x00b\x01c\x1fd") == "abcd"
    assert xml_text("line\x0bbreak\x0cpage\r\nwin\rmac") == "line\nbreak\npage\nwin\nmac"
    assert xml_text("lone \ud800 surrogate \udfff") == "lone \ufffd surrogate \ufffd"
    assert xml_text("pair \ud83d\ude00") == "pair 😀"
    assert xml_text("\ufffe\uffffok") == "ok"
    assert one_line("  two\n\nlines\x00 ") == "two lines"


def test_characters_word_cannot_hold_are_cleaned_in_the_report_only(demo_ws, tmp_path):
    snap = build_snapshot(demo_ws)
    first = snap.claims[0]
    bad_rationale = "Control\x00 characters\x07 and a vertical\x0btab.\nA lone \ud83d surrogate and \ufffe."
    claims.update_claim(demo_ws, first.claim_id, rationale="Control\x01 kept\x02 in the workspace.")
    snap = build_snapshot(demo_ws)
    claim = dataclasses.replace(
        snap.claims[0],
        quote="A quote\x00 with \x1b[31mescapes\ud800",
        rationale=snap.claims[0].rationale + "\n" + bad_rationale,
    )
    snap = dataclasses.replace(snap, claims=(claim, *snap.claims[1:]), title="Title\x00 with control\x08s")
    result = write_docx(snap, tmp_path / "clean.docx")
    doc = docx.Document(str(result.path))
    texts = [t for _, t in paragraphs(doc)]
    assert texts[0] == "Title with controls"
    assert "“A quote with [31mescapes\ufffd”" in texts
    assert "Control kept in the workspace." in texts and "Control characters and a vertical" in texts
    assert "A lone \ufffd surrogate and ." in texts
    with demo_ws.reading() as session:
        assert session.get(Claim, first.claim_id).rationale == "Control\x01 kept\x02 in the workspace."


def test_attachments_are_listed_with_their_fingerprint_and_capture_time(demo_ws, tmp_path):
    from datetime import UTC, datetime

    from exports.report_data import AttachmentEntry

    snap = build_snapshot(demo_ws)
    shot = AttachmentEntry("page.png", "image/png", 123_456, "ab" * 32, datetime(2023, 7, 10, 9, 30, tzinfo=UTC))
    pieces = (dataclasses.replace(snap.evidence[0], attachments=(shot,)), *snap.evidence[1:])
    result = write_docx(dataclasses.replace(snap, evidence=pieces), tmp_path / "a.docx")
    appendix = "\n".join(section_after(docx.Document(str(result.path)), snap.labels.appendix))
    expected = "page.png (image/png, 123,456 bytes). SHA-256: " + "ab" * 32 + ". Captured 10 July 2023, 09:30 UTC."
    assert expected in appendix


def test_odd_urls_are_encoded_or_left_unlinked(demo_ws, tmp_path):
    snap = build_snapshot(demo_ws)
    pieces = list(snap.evidence)
    pieces[0] = dataclasses.replace(pieces[0], url="https://uk.wikipedia.org/wiki/Запорізька АЕС?a=1&b=2")
    pieces[1] = dataclasses.replace(pieces[1], url="file:///home/analyst/secret.pdf")
    snap = dataclasses.replace(snap, evidence=tuple(pieces))
    result = write_docx(snap, tmp_path / "urls.docx")
    targets = {t for _, t, _ in hyperlinks(docx.Document(str(result.path)))}
    assert (
        "https://uk.wikipedia.org/wiki/%D0%97%D0%B0%D0%BF%D0%BE%D1%80%D1%96%D0%B7%D1%8C%D0%BA%D0%B0%20%D0%90%D0%95%D0%A1?a=1&b=2"
        in targets
    )
    assert not any(t.startswith("file:") for t in targets)
    assert any("secret.pdf" in w and "cannot open" in w for w in result.warnings)


# -- writing safely ----------------------------------------------------------------------------


def temp_files(folder: Path) -> list[Path]:
    return list(folder.glob(f"{TEMP_PREFIX}*"))


def test_an_existing_file_is_replaced_only_when_forced(demo_ws, tmp_path):
    target = tmp_path / "report.docx"
    target.write_bytes(b"the old report")
    snap = build_snapshot(demo_ws)
    with pytest.raises(TargetExists, match="already exists"):
        write_docx(snap, target)
    assert target.read_bytes() == b"the old report"
    write_docx(snap, target, force=True)
    assert docx.Document(str(target)).paragraphs[0].text == snap.title
    assert temp_files(tmp_path) == []


def test_a_failure_while_saving_leaves_the_old_file_and_no_temporary_file(demo_ws, tmp_path, monkeypatch):
    target = tmp_path / "report.docx"
    target.write_bytes(b"the old report")
    from docx.document import Document

    def broken_save(self, stream):
        stream.write(b"PK\x03\x04 half a zip")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Document, "save", broken_save)
    with pytest.raises(ExportError, match="disk space"):
        write_docx(build_snapshot(demo_ws), target, force=True)
    assert target.read_bytes() == b"the old report"
    assert temp_files(tmp_path) == []


def test_progress_is_reported_per_claim_and_cancelling_leaves_nothing(demo_ws, tmp_path):
    snap = build_snapshot(demo_ws)
    seen = []
    write_docx(snap, tmp_path / "a.docx", progress=lambda done, total: seen.append((done, total)))
    assert seen == [(n, 5) for n in range(6)]

    target = tmp_path / "b.docx"
    target.write_bytes(b"the old report")
    seen.clear()
    with pytest.raises(ExportCancelled):
        write_docx(
            snap,
            target,
            force=True,
            progress=lambda done, total: seen.append(done),
            cancelled=lambda: len(seen) >= 3,
        )
    assert seen == [0, 1, 2] and target.read_bytes() == b"the old report"
    assert temp_files(tmp_path) == []
    with pytest.raises(ExportCancelled):
        write_docx(snap, tmp_path / "c.docx", cancelled=lambda: True)
    assert not (tmp_path / "c.docx").exists() and temp_files(tmp_path) == []


def test_targets_that_cannot_be_written_are_refused_with_a_message(demo_ws, tmp_path):
    snap = build_snapshot(demo_ws)
    with pytest.raises(ExportError, match="does not exist"):
        write_docx(snap, tmp_path / "missing" / "r.docx")
    (tmp_path / "folder.docx").mkdir()
    with pytest.raises(ExportError, match="is a folder"):
        write_docx(snap, tmp_path / "folder.docx")
    with pytest.raises(ExportError, match=r"\.docx"):
        write_docx(snap, tmp_path / "report.pdf")


def test_exporting_is_fast_enough_for_a_few_hundred_claims(demo_ws, tmp_path):
    snap = build_snapshot(demo_ws)
    many = tuple(dataclasses.replace(c, number=n) for n in range(1, 301) for c in snap.claims[:1])
    snap = dataclasses.replace(snap, claims=many)
    started = time.perf_counter()
    write_docx(snap, tmp_path / "many.docx")
    assert time.perf_counter() - started < 3.0  # ~0.3 s here; python-docx's plain API took ~7 s
    doc = docx.Document(str(tmp_path / "many.docx"))
    assert len(doc.tables[0].rows) == 301


def test_importing_the_writers_imports_neither_python_docx_nor_qt():
    code = (
        "import sys; import exports.report_data, exports.docx_report, app.atomic, exports.text; "
        "assert 'docx' not in sys.modules, 'docx'; assert 'PySide6' not in sys.modules, 'PySide6'"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
