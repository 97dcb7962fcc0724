"""ClaimReview in: writing what app.intake.claimreview read. One transaction per file.

The file becomes a source (its original kept, so importing it again adds nothing) whose text is
the claims' words, a paragraph each; each paragraph is a claim, with its claimant, date and
appearance, and the other fact-checkers' verdicts as external verdicts (never the team's rating).
"""

from __future__ import annotations

from collections import Counter

from sqlalchemy import insert
from sqlmodel import select

from app.anchoring import select as select_quote
from app.changes import CLAIM, SOURCE, Changes
from app.clock import utcnow
from app.intake.claimreview import Parsed
from app.messages import msg
from app.models import Blob, Claim, ExternalVerdict, Source
from app.services import catalog
from app.services.sources import normalise_text
from app.workspace import Workspace

MEDIA_TYPE = "application/ld+json"


def import_parsed(ws: Workspace, parsed: Parsed, *, allow_duplicate: bool = False):
    """Add the claims of a read ClaimReview file; an `ImportOutcome` as for any imported file."""
    from app.services.intake import ImportOutcome

    summary = {
        "name": parsed.name,
        "format": "ClaimReview",
        "kind": str(parsed.kind),
        "claims": len(parsed.items),
        "verdicts": sum(len(i.verdicts) for i in parsed.items),
    }
    warnings = tuple(parsed.notes)  # messages (Text): the window shows them in its language
    pieces, spans, at = [], [], 0
    for item in parsed.items:
        text = normalise_text(item.text)
        spans.append((at, at + len(text)))
        pieces.append(text)
        at += len(text) + 2
    text = "\n\n".join(pieces)
    languages = Counter(v.language.split("-")[0].lower() for i in parsed.items for v in i.verdicts if v.language)
    publishers = Counter(v.publisher for i in parsed.items for v in i.verdicts if v.publisher)
    title = msg("ClaimReview: %n claim(s) from {name}", n=len(parsed.items), name=parsed.name)
    with ws.writing() as session:
        existing = session.exec(
            select(Source.id, Source.title).where(Source.original_sha256 == parsed.sha256).order_by(Source.id)
        ).first()
        if existing is not None and not allow_duplicate:
            return ImportOutcome(existing[0], False, existing[0], existing[1], summary, warnings)
        if session.get(Blob, parsed.sha256) is None:
            session.add(Blob(sha256=parsed.sha256, size=len(parsed.data), media_type=MEDIA_TYPE, data=parsed.data))
            session.flush()
        source = Source(
            title=str(title)[:1000],
            kind="other",
            outlet=", ".join(name for name, _ in publishers.most_common(3))[:2000],
            language=languages.most_common(1)[0][0] if languages else "",
            text=text,
            original_sha256=parsed.sha256,
            original_name=parsed.name,
        )
        session.add(source)
        session.flush()
        actors: dict[str, int] = {}
        for item in parsed.items:
            if item.claimant and item.claimant.casefold() not in actors:
                actor, _ = catalog.ensure_actor(session, item.claimant)
                actors[item.claimant.casefold()] = actor.id
                if item.claimant_same_as and not actor.same_as:
                    actor.same_as = "\n".join(dict.fromkeys(item.claimant_same_as))
        session.flush()
        now = utcnow()
        conn = session.connection()
        claim_ids = []
        for item, (start, end) in zip(parsed.items, spans, strict=True):
            anchor = select_quote(text, start, end)
            row = {
                "source_id": source.id, "quote": anchor.exact, "start": start, "end": end,
                "prefix": anchor.prefix, "suffix": anchor.suffix, "statement": "",
                "claimant_id": actors.get(item.claimant.casefold()) if item.claimant else None,
                "claimed_on": item.claimed_on, "status": "new", "summary": "", "rationale": "",
                "appearance_url": item.appearance_url, "appearance_date": item.appearance_date,
                "review_url": "", "created_at": now, "updated_at": now,
            }  # fmt: skip
            claim_ids.append(conn.execute(insert(Claim).returning(Claim.id), row).scalar_one())
        verdicts = [
            {"claim_id": claim_id, "publisher": v.publisher, "rating": v.rating, "url": v.url,
             "reviewed_on": v.reviewed_on, "language": v.language, "created_at": now}
            for claim_id, item in zip(claim_ids, parsed.items, strict=True) for v in item.verdicts
        ]  # fmt: skip
        if verdicts:
            conn.execute(insert(ExternalVerdict), verdicts)
        changes = Changes(subject=source.id).create(SOURCE, source.id).create(CLAIM, *claim_ids)
        return ImportOutcome(source.id, True, existing[0] if existing else None, source.title, summary, warnings,
                             changes)  # fmt: skip
