"""The report's content, written as WordprocessingML into the template's body.

Reads nothing but the ReportSnapshot. Word's own styles throughout (Title, Subtitle, Heading 1–3,
Quote, List Number, Hyperlink, the table style); direct formatting only where a style cannot say
it (a rating's colour, the contrast colour of its words, column widths).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC
from pathlib import Path
from typing import Any

from lxml import etree

from exports.errors import ExportCancelled
from exports.report_data import AttachmentEntry, ClaimEntry, EvidenceEntry, ReportSnapshot
from exports.text import one_line, xml_text
from exports.word import pictures
from exports.word import styles as word_styles
from exports.word import template as tpl
from exports.word.oxml import RT_HYPERLINK, RUN, Builder, Links, W, colour_hex, link_target, text_colour_on

QUOTE_MARKS = {"uk": ("«", "»")}
NOT_RATED_FILL = "E4E7EB"
VERDICT_BACKGROUND = "F3F5F8"
STANCE_COLOURS = {"supports": "2E7D32", "refutes": "C62828", "context": "5F6B7A"}
NOTE_COLOUR = "5F6B7A"
CORE_LIMIT = 255  # python-docx refuses longer core properties

CANCELLED = "The export was cancelled; nothing was written."


@dataclass
class Built:
    doc: Any  # docx.document.Document
    missing_styles: tuple[str, ...]
    warnings: tuple[str, ...]


def build(
    snapshot: ReportSnapshot,
    template: Path,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Built:
    """The report as a python-docx Document (not yet saved)."""
    doc = tpl.load_template(template)
    styles = word_styles.resolve_styles(doc)
    warnings = list(styles.notes) + tpl.clean_settings(doc)
    footer = word_styles.ensure_page_numbers(doc)
    if footer:
        warnings.append(footer)
    numbering = word_styles.Numbering(doc, styles.ids["list"])
    body = doc.element.body
    sect = body.find(f"{W}sectPr")
    body.remove(sect)  # built straight into the body, then the section properties go back at its end
    links = Links(set(doc.part.rels.keys()))
    builder = Builder(body, links, styles.ids["hyperlink"])
    report = _Report(snapshot, builder, styles.ids, numbering, tpl.content_width(doc))
    report.pictures = _Pictures(doc, links)
    try:
        report.write(progress, cancelled)
    finally:
        body.append(sect)
    numbering.flush()
    rels = doc.part.rels
    for target, rid in links.by_target.items():
        rels.add_relationship(RT_HYPERLINK, target, rid, is_external=True)
    word_styles.set_language(doc, snapshot.language)
    _core_properties(doc, snapshot)
    return Built(doc, tuple(styles.missing), tuple(warnings + report.warnings))


class _Report:
    def __init__(self, snapshot: ReportSnapshot, builder: Builder, ids: dict[str, str], numbering, width: int):
        self.s = snapshot
        self.labels = snapshot.labels
        self.b = builder
        self.ids = ids
        self.numbering = numbering
        self.width = width
        self.quotes = QUOTE_MARKS.get(snapshot.language, ("“", "”"))
        self.warnings: list[str] = []
        self.pictures: _Pictures | None = None
        self.pictured: dict[int, int] = {}  # evidence number -> the claim under which its pictures are

    def write(self, progress, cancelled) -> None:
        s, lab = self.s, self.labels
        self.title_block()
        if s.introduction.strip():
            self.heading(1, lab.introduction)
            self.text_block(s.introduction)
        self.summary_table()
        if s.common_tags:
            tags = ", ".join(f"{self.quotes[0]}{one_line(t)}{self.quotes[1]}" for t in s.common_tags)
            b = self.b
            b.paragraph(None, lab.all_claims_tagged.format(tags=tags), italic=True, before=120)
        total = len(s.claims)
        if progress is not None:
            progress(0, total)
        sectioned = s.claim_order == "section" and any(c.section for c in s.claims)
        level = 2 if sectioned else 1
        section = None
        for done, claim in enumerate(s.claims, start=1):
            if cancelled is not None and cancelled():
                raise ExportCancelled(CANCELLED)
            if sectioned:
                name = claim.section or lab.no_section
                if name != section:
                    section = name
                    self.heading(1, name)
            self.claim(claim, level)
            if progress is not None:
                progress(done, total)
        self.methodology()
        self.corrections()
        if s.contact.strip():
            self.heading(1, lab.contact)
            self.text_block(s.contact)
        self.appendix()

    # -- pieces --------------------------------------------------------------------------------

    def heading(self, level: int, text: str) -> None:
        self.b.paragraph(self.ids[f"h{min(level, 3)}"], one_line(text))

    def text_block(self, text: str, **fmt) -> None:
        """Text as paragraphs: one per line, blank lines dropped."""
        for line in xml_text(text).split("\n"):
            if line.strip():
                self.b.paragraph(None, line.strip(), **fmt)

    def field(self, label: str, *, after: int = 40):
        p = self.b.paragraph(None, after=after)
        self.b.run(p, f"{label}: ", bold=True)
        return p

    def cols(self, *fractions: float) -> list[int]:
        widths = [int(self.width * f) for f in fractions]
        widths[-1] += self.width - sum(widths)
        return widths

    # -- the title block -----------------------------------------------------------------------

    def title_block(self) -> None:
        s, lab, b = self.s, self.labels, self.b
        b.paragraph(self.ids["title"], one_line(s.title) or " ")
        if s.subtitle.strip():
            b.paragraph(self.ids["subtitle"], one_line(s.subtitle))
        lines = [
            (lab.period_label, s.period),
            (lab.authors, s.authors),
            (lab.organisation, s.organisation),
            (lab.exported, lab.date(s.exported_at.date())),
        ]
        lines = [(label, value) for label, value in lines if value and value.strip()]
        for i, (label, value) in enumerate(lines):
            p = self.field(label, after=200 if i == len(lines) - 1 else 20)
            b.run(p, one_line(value))

    # -- the summary table ---------------------------------------------------------------------

    def summary_table(self) -> None:
        s, lab, b = self.s, self.labels, self.b
        self.heading(1, lab.summary_table)
        if not s.claims:
            b.paragraph(None, lab.empty_report, italic=True)
            return
        widths = self.cols(0.07, 0.50, 0.24, 0.19)
        table = b.table(widths, self.ids["table"], header=True)
        row = b.row(table, header=True)
        # cell paragraphs take their spacing from the table style
        for width, text in zip(widths, ("#", lab.claim, lab.claimant, lab.rating), strict=True):
            b.paragraph(None, text, parent=b.cell(row, width), bold=True)
        for claim in s.claims:
            row = b.row(table)
            b.paragraph(None, str(claim.number), parent=b.cell(row, widths[0]))
            b.paragraph(None, claim.short, parent=b.cell(row, widths[1]))
            b.paragraph(None, one_line(claim.claimant), parent=b.cell(row, widths[2]))
            fill, words = self.rating(claim)
            cell = b.cell(row, widths[3], fill=fill)
            b.paragraph(None, words, parent=cell, bold=True, colour=text_colour_on(fill))

    def rating(self, claim: ClaimEntry) -> tuple[str, str]:
        if claim.rating is None:
            return NOT_RATED_FILL, self.labels.not_rated
        label = one_line(self.labels.rating_name(claim.rating.label))
        return colour_hex(claim.rating.colour), label or self.labels.not_rated

    # -- one claim -----------------------------------------------------------------------------

    def claim(self, c: ClaimEntry, level: int) -> None:
        lab, b = self.labels, self.b
        claimant = one_line(c.claimant)
        self.heading(level, f"{c.number}. {claimant}: {c.short}" if claimant else f"{c.number}. {c.short}")
        opening, closing = self.quotes
        b.paragraph(self.ids["quote"], f"{opening}{one_line(c.quote)}{closing}")

        facts: list[Callable[[Any], None]] = []
        statement = one_line(c.statement)
        if statement and statement != one_line(c.quote):
            facts.append(lambda p: (b.run(p, lab.claim + ": ", bold=True), b.run(p, statement)))
        who = ", ".join(x for x in (claimant, one_line(c.claimant_role)) if x)
        if who:
            facts.append(lambda p: (b.run(p, lab.said_by + ": ", bold=True), b.run(p, who)))
        if c.claimed_on:
            facts.append(lambda p: (b.run(p, lab.said_on + ": ", bold=True), b.run(p, lab.date(c.claimed_on))))
        source = c.source
        if source.title or source.outlet:
            facts.append(lambda p: self.where(p, source))
        for i, fact in enumerate(facts):
            fact(b.paragraph(None, after=160 if i == len(facts) - 1 else 40))

        self.verdict(c)

        if c.rationale.strip():
            self.heading(level + 1, lab.rationale)
            self.text_block(c.rationale)

        self.heading(level + 1, lab.evidence)
        if not c.evidence:
            b.paragraph(None, lab.no_evidence, italic=True)
            return
        num = (self.numbering.restart(), self.numbering.level)
        for cited in c.evidence:
            e = cited.evidence
            p = b.paragraph(self.ids["list"], num=num)
            b.run(p, cited.stance_label + "  ", bold=True, caps=True, size=17, colour=STANCE_COLOURS.get(cited.stance))
            b.link(p, one_line(e.title), e.url)
            details = ", ".join(x for x in (one_line(e.publisher), lab.date(e.published)) if x)
            b.run(p, (f" — {details}" if details else "") + f" (E{e.number})")
            excerpt = xml_text(e.excerpt).strip()
            if excerpt:
                b.run(p, f"\n{opening}{excerpt}{closing}", italic=True)
            note = xml_text(cited.note).strip()
            if note:
                b.run(p, f"\n{lab.note}: ", bold=True, colour=NOTE_COLOUR)
                b.run(p, note, colour=NOTE_COLOUR)
            self.evidence_pictures(c, e)

    # -- pictures ------------------------------------------------------------------------------

    def evidence_pictures(self, c: ClaimEntry, e: EvidenceEntry) -> None:
        """The screenshots of a piece of evidence, under the first claim that cites it."""
        shots = [a for a in e.attachments if a.is_image and a.attachment_id is not None]
        if not shots or self.pictures is None or self.s.read_attachment is None:
            return
        shown_under = self.pictured.get(e.number)
        if shown_under is not None:
            line = ", ".join(one_line(a.name) for a in shots)
            line += f" ({self.labels.picture_shown_under.format(number=shown_under)})"
            self.b.paragraph(None, line, italic=True, colour=NOTE_COLOUR, size=18)
            return
        self.pictured[e.number] = c.number
        for index, a in enumerate(shots, start=1):
            self.picture(a, f"E{e.number}" + (f".{index}" if len(shots) > 1 else ""))

    def picture(self, a: AttachmentEntry, number: str) -> None:
        b, lab = self.b, self.labels
        name = one_line(a.name)
        data = self.s.read_attachment(a.attachment_id, pictures.MAX_BYTES) if a.size <= pictures.MAX_BYTES else b""
        picture = pictures.prepare(data) if data else pictures.Picture(b"", 0, 0, "missing")
        if picture.problem:
            words = {
                "too_large": lab.picture_too_large,
                "unreadable": lab.picture_unreadable,
            }.get(picture.problem, lab.picture_missing)
            line = words.format(name=name, width=f"{picture.width:,}", height=f"{picture.height:,}")
            b.paragraph(None, line, italic=True, colour=NOTE_COLOUR)
        else:
            p = b.paragraph(None, keep_next=True, after=60, align="center")
            self.pictures.add(p, picture, max_width=self.width * 635)  # twips to EMU
        caption = b.paragraph(None, after=200, align="center")
        b.run(caption, f"{lab.figure} {number}. ", bold=True, size=17)
        b.run(caption, name + ". ", size=17)
        if a.captured is not None:
            when = a.captured.astimezone(UTC) if a.captured.tzinfo else a.captured
            b.run(caption, f"{lab.captured.capitalize()} {lab.date(when.date())}, {when:%H:%M} UTC. ", size=17)
        b.run(caption, f"{lab.sha256}: ", size=17)
        b.run(caption, a.sha256, mono=True, size=15)

    def where(self, p, source) -> None:
        b = self.b
        b.run(p, self.labels.appeared_in + ": ", bold=True)
        if source.title:
            b.link(p, one_line(source.title), source.url)
        rest = [one_line(source.outlet), self.labels.date(source.published)]
        rest = [x for x in rest if x]
        if rest:
            b.run(p, (", " if source.title else "") + ", ".join(rest))

    def verdict(self, c: ClaimEntry) -> None:
        b, lab = self.b, self.labels
        fill, words = self.rating(c)
        ink = text_colour_on(fill)
        widths = self.cols(0.26, 0.74)
        table = b.table(widths, None, header=False, borderless=True)
        row = b.row(table)
        cell = b.cell(row, widths[0], fill=fill, vcenter=True)
        b.paragraph(None, lab.verdict, parent=cell, after=0, caps=True, size=16, colour=ink)
        b.paragraph(None, words, parent=cell, after=0, bold=True, size=26, colour=ink)
        cell = b.cell(row, widths[1], fill=VERDICT_BACKGROUND, vcenter=True)
        summary = one_line(c.summary)
        if summary:
            b.paragraph(None, summary, parent=cell, after=0, bold=True)
        elif c.rating is not None and c.rating.description:
            b.paragraph(None, one_line(c.rating.description), parent=cell, after=0, italic=True)
        else:
            b.paragraph(None, parent=cell, after=0)

    # -- after the claims ----------------------------------------------------------------------

    def methodology(self) -> None:
        s, lab, b = self.s, self.labels, self.b
        self.heading(1, lab.methodology)
        self.text_block(s.methodology)
        if not s.scale:
            return
        self.heading(2, lab.rating_scale)
        widths = self.cols(0.24, 0.76)
        table = b.table(widths, self.ids["table"], header=False)
        for rating in s.scale:
            fill = colour_hex(rating.colour)
            row = b.row(table)
            cell = b.cell(row, widths[0], fill=fill)
            label, description = lab.rating_name(rating.label), lab.rating_name(rating.description)
            b.paragraph(None, one_line(label), parent=cell, bold=True, colour=text_colour_on(fill))
            b.paragraph(None, one_line(description), parent=b.cell(row, widths[1]))

    def corrections(self) -> None:
        s, lab, b = self.s, self.labels, self.b
        self.heading(1, lab.corrections)
        self.text_block(s.corrections_text)
        if not s.corrections:
            b.paragraph(None, lab.no_corrections)
            return
        for claim, correction in s.corrections:
            line = lab.correction_line.format(
                date=lab.date(correction.when.date()),
                number=claim.number,
                old=one_line(lab.rating_name(correction.old_rating or "")) or lab.not_rated,
                new=one_line(lab.rating_name(correction.new_rating or "")) or lab.not_rated,
            )
            b.paragraph(None, line)

    def appendix(self) -> None:
        s, lab, b = self.s, self.labels, self.b
        if not (s.sources or s.evidence):
            return
        self.heading(1, lab.appendix)
        hang = (567, 567)
        if s.sources:
            self.heading(2, lab.sources)
            for src in s.sources:
                p = b.paragraph(None, indent=hang, after=100)
                b.run(p, f"S{src.number}\t", bold=True)
                self.entry(
                    p,
                    src.title,
                    [src.outlet, src.author],
                    src.published,
                    src.url,
                    src.added,
                )
        if s.evidence:
            self.heading(2, lab.evidence)
            for e in s.evidence:
                p = b.paragraph(None, indent=hang, after=100)
                b.run(p, f"E{e.number}\t", bold=True)
                self.entry(p, e.title, [e.publisher], e.published, e.url, e.accessed)
                note = xml_text(e.note).strip()
                if note:
                    b.run(p, f"\n{lab.note}: ", bold=True, colour=NOTE_COLOUR)
                    b.run(p, note, colour=NOTE_COLOUR)
                for a in e.attachments:
                    b.run(p, f"\n{one_line(a.name)}", bold=True)
                    b.run(p, f" ({one_line(a.media_type)}, {lab.size(a.size)}). {lab.sha256}: ")
                    b.run(p, a.sha256, mono=True, size=17)
                    if a.captured is not None:
                        when = a.captured.astimezone(UTC) if a.captured.tzinfo else a.captured
                        b.run(p, f". {lab.captured.capitalize()} {lab.date(when.date())}, {when:%H:%M} UTC")
                    b.run(p, ".")

    def entry(self, p, title: str, who: list[str], published, url: str, accessed) -> None:
        """Title. Who. Published …. URL. Accessed …. — a source or evidence in the appendix."""
        b, lab = self.b, self.labels
        title = one_line(title)
        if title:
            b.link(p, title, url)
        text = ". " if title else ""
        names = ", ".join(x for x in (one_line(w) for w in who) if x)
        if names:
            text += names + ". "
        if published:
            text += f"{lab.published.capitalize()} {lab.date(published)}. "
        shown = one_line(url)
        if shown:
            if link_target(shown) is None and not shown.lower().startswith(("doi:", "urn:")):
                self.warnings.append(f"“{title}” points to {shown}, which readers of the report cannot open.")
            if text:
                b.run(p, text)
            b.link(p, shown, shown)
            text = ". "
        if accessed:
            text += f"{lab.accessed.capitalize()} {lab.date(accessed)}."
        if text.strip():
            b.run(p, text.rstrip())


class _Pictures:
    """Puts pictures in the document: one image part per distinct picture, one rId for each."""

    MAX_HEIGHT = 8 * 914400  # EMU: a long screenshot is scaled to leave room for its caption

    def __init__(self, doc, links: Links):
        self.doc = doc
        self.links = links
        self.rids: dict[str, str] = {}  # image part name -> rId
        self.next_shape: int | None = None

    def add(self, paragraph, picture: pictures.Picture, *, max_width: int) -> None:
        from io import BytesIO

        from docx.opc.constants import RELATIONSHIP_TYPE as RT
        from docx.oxml.shape import CT_Inline
        from docx.shared import Emu

        part = self.doc.part
        image_part = part.package.get_or_add_image_part(BytesIO(picture.data))
        rid = self.rids.get(str(image_part.partname))
        if rid is None:
            rid = self.rids[str(image_part.partname)] = self.links.reserve()
            part.rels.add_relationship(RT.IMAGE, image_part, rid)
        if self.next_shape is None:
            self.next_shape = part.next_id  # one scan of the document's ids, then counted on
        shape = self.next_shape
        self.next_shape += 1
        natural_w, natural_h = picture.width * 9525, picture.height * 9525  # 96 pixels to the inch
        scale = min(1.0, max_width / natural_w, self.MAX_HEIGHT / natural_h)
        cx, cy = max(1, int(natural_w * scale)), max(1, int(natural_h * scale))
        inline = CT_Inline.new_pic_inline(shape, rid, image_part.filename, Emu(cx), Emu(cy))
        run = etree.SubElement(paragraph, RUN)
        etree.SubElement(run, W + "drawing").append(inline)


def _core_properties(doc, s: ReportSnapshot) -> None:
    def fit(text: str) -> str:
        text = one_line(text)
        return text if len(text) <= CORE_LIMIT else text[: CORE_LIMIT - 1] + "…"

    when = s.exported_at.astimezone(UTC) if s.exported_at.tzinfo else s.exported_at
    when = when.replace(tzinfo=None, microsecond=0)
    props = doc.core_properties
    props.title = fit(s.title)
    props.author = fit(s.authors)
    props.last_modified_by = fit(s.authors)
    props.subject = fit(s.period or s.subtitle)
    props.language = s.language
    props.created = when
    props.modified = when
    props.revision = 1
    props.keywords = fit(", ".join(sorted({t for c in s.claims for t in c.tags}, key=str.casefold)))
    for name in ("comments", "category", "content_status", "identifier", "version"):
        setattr(props, name, "")
