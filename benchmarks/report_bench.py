"""How fast a big report is written, against a floor of plain lxml.

    uv run python benchmarks/report_bench.py [--claims 1000 10000] [--json OUT.json] [--keep DIR]

For each size it builds a synthetic workspace (N claims × 3 pieces of evidence, bulk-inserted
through SQLAlchemy Core; every quote sits at its offsets in its source), then times
  (a) build_snapshot — reading the workspace into a ReportSnapshot,
  (b) write_docx — the DOCX writer, from snapshot to file on disk (template, styles, save),
  (c) the floor — the same body XML made with plain lxml straight into the template's
      document.xml, with its relationships, zipped: what the writer cannot beat,
and prints the times and the ratio writer / floor (the goal: within 2×).
"""

from __future__ import annotations

import argparse
import io
import json
import random
import sys
import tempfile
import time
import zipfile
from datetime import UTC, date, datetime, timedelta
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from lxml import etree  # noqa: E402
from sqlalchemy import insert  # noqa: E402
from sqlmodel import select  # noqa: E402

from app.models import Actor, Claim, ClaimEvidence, ClaimTag, Evidence, Rating, Source, Tag  # noqa: E402
from app.workspace import Workspace  # noqa: E402
from exports.docx_report import write_docx  # noqa: E402
from exports.report_data import ReportSnapshot, build_snapshot  # noqa: E402
from exports.word import DEFAULT_TEMPLATE  # noqa: E402

EVIDENCE_PER_CLAIM = 3
CLAIMS_PER_SOURCE = 10
STANCES = ("supports", "refutes", "context")
WORDS = (
    "budget",
    "ministry",
    "percent",
    "army",
    "contract",
    "drones",
    "sanctions",
    "grain",
    "export",
    "treaty",
    "council",
    "region",
    "court",
    "election",
    "energy",
    "plant",
    "inspection",
    "evidence",
    "record",
)


# -- a synthetic workspace ---------------------------------------------------------------------


def _sentence(rng: random.Random, n: int) -> str:
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize()


def make_workspace(path: Path, claims: int, seed: int = 7) -> Path:
    rng = random.Random(seed)
    now = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
    ws = Workspace.create(path, user="bench")
    try:
        with ws.writing() as session:
            rating_ids = list(session.exec(select(Rating.id).order_by(Rating.position)))
            actors = [
                {"name": f"Official {i}", "role": f"Spokesperson of agency {i % 37}"}
                for i in range(max(claims // 20, 5))
            ]
            session.execute(insert(Actor), actors)
            actor_ids = list(session.exec(select(Actor.id).order_by(Actor.id)))
            tags = [{"name": f"topic {i:02d}"} for i in range(20)]
            session.execute(insert(Tag), tags)
            tag_ids = list(session.exec(select(Tag.id).order_by(Tag.id)))

            n_sources = (claims + CLAIMS_PER_SOURCE - 1) // CLAIMS_PER_SOURCE
            source_rows, quotes = [], []
            for s in range(n_sources):
                sentences = [_sentence(rng, rng.randint(8, 18)) + "." for _ in range(CLAIMS_PER_SOURCE * 2)]
                text = " ".join(sentences)
                offsets, pos = [], 0
                for sentence in sentences:
                    offsets.append((pos, sentence))
                    pos += len(sentence) + 1
                quotes.append(offsets[::2])  # every other sentence is a claim
                source_rows.append(
                    {
                        "title": f"Weekly review {s + 1}",
                        "kind": "article",
                        "outlet": f"Outlet {s % 13}",
                        "author": f"Author {s % 29}",
                        "url": f"https://news.example.org/{2024}/review-{s + 1}",
                        "published": date(2024, 1, 1) + timedelta(days=s % 300),
                        "language": "en",
                        "text": text,
                        "created_at": now,
                        "updated_at": now,
                    }
                )
            session.execute(insert(Source), source_rows)
            source_ids = list(session.exec(select(Source.id).order_by(Source.id)))

            claim_rows = []
            for i in range(claims):
                s = i // CLAIMS_PER_SOURCE
                start, quote = quotes[s][i % CLAIMS_PER_SOURCE]
                text = source_rows[s]["text"]
                assert text[start : start + len(quote)] == quote
                claim_rows.append(
                    {
                        "source_id": source_ids[s],
                        "quote": quote,
                        "start": start,
                        "end": start + len(quote),
                        "prefix": text[max(0, start - 32) : start],
                        "suffix": text[start + len(quote) : start + len(quote) + 32],
                        "statement": _sentence(rng, 12) + ".",
                        "claimant_id": actor_ids[i % len(actor_ids)],
                        "claimed_on": date(2024, 1, 1) + timedelta(days=i % 300),
                        "status": "done",
                        "rating_id": rating_ids[i % len(rating_ids)],
                        "summary": _sentence(rng, 14) + ".",
                        "rationale": "\n".join(_sentence(rng, 30) + "." for _ in range(2)),
                        "created_at": now,
                        "updated_at": now,
                    }
                )
            session.execute(insert(Claim), claim_rows)
            claim_ids = list(session.exec(select(Claim.id).order_by(Claim.id)))
            session.execute(
                insert(ClaimTag),
                [{"claim_id": c, "tag_id": tag_ids[n % len(tag_ids)]} for n, c in enumerate(claim_ids)],
            )
            evidence_rows = [
                {
                    "title": f"Evidence {i + 1}: " + _sentence(rng, 7),
                    "kind": "web_page",
                    "url": f"https://evidence.example.org/docs/{i + 1}?lang=en&ref=factdesk",
                    "publisher": f"Publisher {i % 41}",
                    "published": date(2023, 1, 1) + timedelta(days=i % 365),
                    "accessed": date(2024, 4, 1),
                    "excerpt": _sentence(rng, 24) + ".",
                    "note": _sentence(rng, 8) + ".",
                    "created_at": now,
                    "updated_at": now,
                }
                for i in range(claims * EVIDENCE_PER_CLAIM)
            ]
            session.execute(insert(Evidence), evidence_rows)
            evidence_ids = list(session.exec(select(Evidence.id).order_by(Evidence.id)))
            session.execute(
                insert(ClaimEvidence),
                [
                    {
                        "claim_id": c,
                        "evidence_id": evidence_ids[n * EVIDENCE_PER_CLAIM + k],
                        "stance": STANCES[(n + k) % 3],
                        "note": _sentence(rng, 6) + ".",
                        "position": k,
                    }
                    for n, c in enumerate(claim_ids)
                    for k in range(EVIDENCE_PER_CLAIM)
                ],
            )
    finally:
        ws.close()
    return path


# -- the floor: the same body with plain lxml, zipped ------------------------------------------

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
W = f"{{{W_NS}}}"
RT_LINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"


def floor(snapshot: ReportSnapshot, template: Path, out: Path) -> None:
    """The writer's body, element for element, made with plain lxml calls straight into the
    template's document.xml, plus its hyperlink relationships, zipped. No checks, no style
    lookup, no python-docx: the cost of the XML itself."""
    sub = etree.SubElement
    with zipfile.ZipFile(template) as src:
        entries = {i.filename: src.read(i) for i in src.infolist()}
    doc = etree.fromstring(entries["word/document.xml"])
    body = doc.find(f"{W}body")
    sect = body.find(f"{W}sectPr")
    body.remove(sect)
    rels: dict[str, str] = {}
    lab = snapshot.labels
    width = 9412
    val = f"{W}val"

    def ppr(el, style=None, after=None, num=None, ind=None):
        pr = sub(el, f"{W}pPr")
        if style:
            sub(pr, f"{W}pStyle").set(val, style)
        if num:
            numpr = sub(pr, f"{W}numPr")
            sub(numpr, f"{W}ilvl").set(val, "0")
            sub(numpr, f"{W}numId").set(val, str(num))
        if after is not None:
            sub(pr, f"{W}spacing").set(f"{W}after", str(after))
        if ind:
            i = sub(pr, f"{W}ind")
            i.set(f"{W}left", "567")
            i.set(f"{W}hanging", "567")

    def p(text="", style=None, parent=None, after=None, num=None, ind=False, **fmt):
        el = sub(body if parent is None else parent, f"{W}p")
        if style or after is not None or num or ind:
            ppr(el, style, after, num, ind)
        if text:
            r(el, text, **fmt)
        return el

    def r(parent, text, bold=False, italic=False, caps=False, colour=None, size=None, style=None):
        run = sub(parent, f"{W}r")
        if bold or italic or caps or colour or size or style:
            rpr = sub(run, f"{W}rPr")
            if style:
                sub(rpr, f"{W}rStyle").set(val, style)
            if bold:
                sub(rpr, f"{W}b")
            if italic:
                sub(rpr, f"{W}i")
            if caps:
                sub(rpr, f"{W}caps")
            if colour:
                sub(rpr, f"{W}color").set(val, colour)
            if size:
                sub(rpr, f"{W}sz").set(val, str(size))
        for i, line in enumerate(text.split("\n")):
            if i:
                sub(run, f"{W}br")
            pieces = line.split("\t")
            for j, piece in enumerate(pieces):
                if j:
                    sub(run, f"{W}tab")
                if piece:
                    sub(run, f"{W}t").text = piece
        return run

    def link(parent, text, url, **fmt):
        rid = rels.setdefault(url, f"rId{100 + len(rels)}")
        h = sub(parent, f"{W}hyperlink")
        h.set(f"{{{R_NS}}}id", rid)
        h.set(f"{W}history", "1")
        r(h, text, style="Hyperlink", **fmt)

    def table(widths, style, header=False, borderless=False):
        tbl = sub(body, f"{W}tbl")
        pr = sub(tbl, f"{W}tblPr")
        if style:
            sub(pr, f"{W}tblStyle").set(val, style)
        w = sub(pr, f"{W}tblW")
        w.set(f"{W}w", str(sum(widths)))
        w.set(f"{W}type", "dxa")
        if borderless:
            borders = sub(pr, f"{W}tblBorders")
            for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
                sub(borders, f"{W}{side}").set(val, "nil")
        sub(pr, f"{W}tblLayout").set(f"{W}type", "fixed")
        if borderless:
            mar = sub(pr, f"{W}tblCellMar")
            for side in ("top", "left", "bottom", "right"):
                m = sub(mar, f"{W}{side}")
                m.set(f"{W}w", "85")
                m.set(f"{W}type", "dxa")
        look = sub(pr, f"{W}tblLook")
        look.set(val, "04A0")
        for name in ("firstRow", "lastRow", "firstColumn", "lastColumn", "noHBand", "noVBand"):
            look.set(f"{W}{name}", "1" if header and name == "firstRow" else "0")
        grid = sub(tbl, f"{W}tblGrid")
        for x in widths:
            sub(grid, f"{W}gridCol").set(f"{W}w", str(x))
        return tbl

    def row(tbl, header=False):
        tr = sub(tbl, f"{W}tr")
        pr = sub(tr, f"{W}trPr")
        sub(pr, f"{W}cantSplit")
        if header:
            sub(pr, f"{W}tblHeader")
        return tr

    def cell(tr, w, fill=None, vcenter=False):
        tc = sub(tr, f"{W}tc")
        pr = sub(tc, f"{W}tcPr")
        tcw = sub(pr, f"{W}tcW")
        tcw.set(f"{W}w", str(w))
        tcw.set(f"{W}type", "dxa")
        if fill:
            shd = sub(pr, f"{W}shd")
            shd.set(val, "clear")
            shd.set(f"{W}color", "auto")
            shd.set(f"{W}fill", fill)
        if vcenter:
            sub(pr, f"{W}vAlign").set(val, "center")
        return tc

    def field(label, value, after=40):
        el = p(after=after)
        r(el, label + ": ", bold=True)
        r(el, value)
        return el

    p(snapshot.title, "Title")
    field(lab.exported, lab.date(snapshot.exported_at.date()), after=200)
    p(lab.summary_table, "Heading1")
    widths = [int(width * f) for f in (0.07, 0.50, 0.24, 0.19)]
    tbl = table(widths, "FactdeskTable", header=True)
    tr = row(tbl, header=True)
    for x, text in zip(widths, ("#", lab.claim, lab.claimant, lab.rating), strict=True):
        p(text, parent=cell(tr, x), bold=True)
    for c in snapshot.claims:
        tr = row(tbl)
        p(str(c.number), parent=cell(tr, widths[0]))
        p(c.short, parent=cell(tr, widths[1]))
        p(c.claimant, parent=cell(tr, widths[2]))
        fill = (c.rating.colour[1:] if c.rating else "757575")
        p(c.rating.label if c.rating else "Not rated", parent=cell(tr, widths[3], fill), bold=True, colour="FFFFFF")
    for n, c in enumerate(snapshot.claims, start=1):
        p(f"{c.number}. {c.claimant}: {c.short}", "Heading1")
        p(f"“{c.quote}”", "Quote")
        field(lab.claim, c.statement)
        field(lab.said_by, f"{c.claimant}, {c.claimant_role}")
        field(lab.said_on, lab.date(c.claimed_on))
        el = p(after=160)
        r(el, lab.appeared_in + ": ", bold=True)
        link(el, c.source.title, c.source.url)
        r(el, f", {c.source.outlet}, {lab.date(c.source.published)}")
        widths = [int(width * 0.26), width - int(width * 0.26)]
        tr = row(table(widths, None, borderless=True))
        tc = cell(tr, widths[0], (c.rating.colour[1:] if c.rating else "757575"), vcenter=True)
        p(lab.verdict, parent=tc, after=0, caps=True, size=16, colour="FFFFFF")
        p(c.rating.label if c.rating else "Not rated", parent=tc, after=0, bold=True, size=26, colour="FFFFFF")
        p(c.summary, parent=cell(tr, widths[1], "F3F5F8", vcenter=True), after=0, bold=True)
        p(lab.rationale, "Heading2")
        for line in c.rationale.split("\n"):
            p(line)
        p(lab.evidence, "Heading2")
        for cited in c.evidence:
            e = cited.evidence
            el = p(style="ListNumber", num=100 + n)
            r(el, cited.stance_label + "  ", bold=True, caps=True, size=17, colour="5F6B7A")
            link(el, e.title, e.url)
            r(el, f" — {e.publisher}, {lab.date(e.published)} (E{e.number})")
            r(el, f"\n“{e.excerpt}”", italic=True)
            r(el, f"\n{lab.note}: ", bold=True, colour="5F6B7A")
            r(el, cited.note, colour="5F6B7A")
    p(lab.methodology, "Heading1")
    p(lab.rating_scale, "Heading2")
    widths = [int(width * 0.24), width - int(width * 0.24)]
    tbl = table(widths, "FactdeskTable")
    for x in snapshot.scale:
        tr = row(tbl)
        p(x.label, parent=cell(tr, widths[0], x.colour[1:]), bold=True, colour="FFFFFF")
        p(x.description, parent=cell(tr, widths[1]))
    p(lab.corrections, "Heading1")
    p(lab.no_corrections)
    p(lab.appendix, "Heading1")
    p(lab.sources, "Heading2")
    for src in snapshot.sources:
        el = p(ind=True, after=100)
        r(el, f"S{src.number}\t", bold=True)
        link(el, src.title, src.url)
        r(el, f". {src.outlet}, {src.author}. {lab.published} {lab.date(src.published)}. ")
        link(el, src.url, src.url)
        r(el, f". {lab.accessed} {lab.date(src.added)}.")
    p(lab.evidence, "Heading2")
    for e in snapshot.evidence:
        el = p(ind=True, after=100)
        r(el, f"E{e.number}\t", bold=True)
        link(el, e.title, e.url)
        r(el, f". {e.publisher}. {lab.published} {lab.date(e.published)}. ")
        link(el, e.url, e.url)
        r(el, f". {lab.accessed} {lab.date(e.accessed)}.")
        r(el, f"\n{lab.note}: ", bold=True, colour="5F6B7A")
        r(el, e.note, colour="5F6B7A")
    body.append(sect)

    entries["word/document.xml"] = etree.tostring(doc, xml_declaration=True, encoding="UTF-8", standalone=True)
    rels_root = etree.fromstring(entries["word/_rels/document.xml.rels"])
    rel_ns = "{http://schemas.openxmlformats.org/package/2006/relationships}"
    for url, rid in rels.items():
        rel = etree.SubElement(rels_root, f"{rel_ns}Relationship")
        rel.set("Id", rid)
        rel.set("Type", RT_LINK)
        rel.set("Target", url)
        rel.set("TargetMode", "External")
    entries["word/_rels/document.xml.rels"] = etree.tostring(rels_root, xml_declaration=True, encoding="UTF-8")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    out.write_bytes(buffer.getvalue())


# -- timing ------------------------------------------------------------------------------------


def _best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def _elements(path: Path) -> int:
    with zipfile.ZipFile(path) as zf:
        return sum(1 for _ in etree.fromstring(zf.read("word/document.xml")).iter())


def run(sizes: list[int], folder: Path, repeat: int) -> list[dict]:
    results = []
    for n in sizes:
        ws_path = folder / f"bench-{n}.factdesk"
        if not ws_path.exists():
            started = time.perf_counter()
            make_workspace(ws_path, n)
            print(f"built a workspace of {n:,} claims in {time.perf_counter() - started:.1f} s", file=sys.stderr)
        holder: dict[str, ReportSnapshot] = {}
        with Workspace.open(ws_path) as ws:
            t_snapshot = _best(partial(lambda ws, h: h.update(s=build_snapshot(ws)), ws, holder), repeat)
        snapshot = holder["s"]
        out = folder / f"report-{n}.docx"
        floor_out = folder / f"floor-{n}.docx"
        t_writer = _best(partial(write_docx, snapshot, out, force=True), repeat)
        t_floor = _best(partial(floor, snapshot, DEFAULT_TEMPLATE, floor_out), repeat)
        results.append(
            {
                "claims": n,
                "evidence": n * EVIDENCE_PER_CLAIM,
                "snapshot_s": round(t_snapshot, 3),
                "writer_s": round(t_writer, 3),
                "floor_s": round(t_floor, 3),
                "ratio": round(t_writer / t_floor, 2),
                "writer_elements": _elements(out),
                "floor_elements": _elements(floor_out),
                "writer_bytes": out.stat().st_size,
                "floor_bytes": floor_out.stat().st_size,
            }
        )
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    parser.add_argument("--keep", type=Path, help="keep the workspaces and reports in this folder (reused next time)")
    parser.add_argument("--repeat", type=int, default=3, help="best of this many runs (default 3)")
    args = parser.parse_args(argv)
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        results = run(args.claims, args.keep, args.repeat)
    else:
        with tempfile.TemporaryDirectory(prefix="factdesk-bench-") as tmp:
            results = run(args.claims, Path(tmp), args.repeat)
    header = (
        f"{'claims':>8} {'evidence':>9} {'snapshot s':>11} {'writer s':>9} {'floor s':>8} "
        f"{'writer/floor':>13} {'elements w/f':>16}"
    )
    print(header)
    print("-" * len(header))
    for r in results:
        print(
            f"{r['claims']:>8,} {r['evidence']:>9,} {r['snapshot_s']:>11.3f} {r['writer_s']:>9.3f} "
            f"{r['floor_s']:>8.3f} {r['ratio']:>12.2f}× {r['writer_elements']:>8,}/{r['floor_elements']:,}"
        )
    if args.json:
        args.json.write_text(json.dumps({"python": sys.version.split()[0], "results": results}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
