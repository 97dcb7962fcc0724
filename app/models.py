"""The workspace's tables (SQLModel). Services are the only code that writes them.

Deletion rules live in the schema so no code path can leave orphans:
a source's claims go with it; a claim's evidence links and tags go with it;
evidence going takes its links; an actor going leaves its claims unattributed;
a rating in use cannot be deleted; audit events outlive their claim.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, Column, ForeignKey, Index, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy import text as sql_text
from sqlmodel import Field, SQLModel

from app.clock import utcnow


class ClaimStatus(StrEnum):
    NEW = "new"
    RESEARCHING = "researching"
    IN_REVIEW = "in_review"
    DONE = "done"


class Stance(StrEnum):
    SUPPORTS = "supports"
    REFUTES = "refutes"
    CONTEXT = "context"


class SourceKind(StrEnum):
    ARTICLE = "article"
    STATEMENT = "statement"
    TRANSCRIPT = "transcript"
    POST = "post"
    OTHER = "other"


class EvidenceKind(StrEnum):
    DOCUMENT = "document"
    WEB_PAGE = "web_page"
    DATASET = "dataset"
    STATEMENT = "statement"
    MEDIA = "media"
    OTHER = "other"


def _in(column: str, values: type[StrEnum]) -> CheckConstraint:
    allowed = ", ".join(f"'{v.value}'" for v in values)
    return CheckConstraint(f"{column} IN ({allowed})", name=f"ck_{column}_allowed")


def _fk(target: str, ondelete: str, *, nullable: bool = True, index: bool = True) -> Column:
    return Column(Integer, ForeignKey(target, ondelete=ondelete), nullable=nullable, index=index)


_AUTOINC = {"sqlite_autoincrement": True}  # ids are never reused, so undo can restore a row under its old id


class Source(SQLModel, table=True):
    __tablename__ = "source"
    __table_args__ = (
        _in("kind", SourceKind),
        Index("ix_source_external_key", "external_key", unique=True, sqlite_where=sql_text("external_key IS NOT NULL")),
        _AUTOINC,
    )

    id: int | None = Field(default=None, primary_key=True)
    title: str
    kind: str = Field(default=SourceKind.ARTICLE.value)
    outlet: str = ""
    author: str = ""
    url: str = ""
    published: date | None = None
    language: str = ""
    text: str = Field(sa_column=Column(Text, nullable=False))
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    # the file the text was imported from (migration 0004); None for typed or pasted text
    original_sha256: str | None = Field(
        default=None,
        sa_column=Column(String(64), ForeignKey("blob.sha256", ondelete="RESTRICT"), nullable=True, index=True),
    )
    original_name: str = ""
    # headings, list items and quotes found by the reader: JSON [[start, end, style], …] (0004)
    layout: str = Field(default="", sa_column=Column(Text, nullable=False, default="", server_default=""))
    # a Telegram post (0011): its time and edit time in UTC, the forward's sender, "telegram:<chat>:<id>"
    posted_at: datetime | None = None
    edited_at: datetime | None = None
    forwarded_from: str | None = None
    external_key: str | None = Field(default=None, sa_column=Column(String, nullable=True))


class Actor(SQLModel, table=True):
    """A claimant: a person or an organisation."""

    __tablename__ = "actor"
    __table_args__ = (UniqueConstraint("name", name="uq_actor_name"), _AUTOINC)

    id: int | None = Field(default=None, primary_key=True)
    name: str
    role: str = ""
    # the claimant's home page, Wikipedia or Wikidata links (ClaimReview `sameAs`), one URL a line (0010)
    same_as: str = Field(default="", sa_column=Column(Text, nullable=False, default="", server_default=""))


class Tag(SQLModel, table=True):
    __tablename__ = "tag"
    __table_args__ = (UniqueConstraint("name", name="uq_tag_name"), _AUTOINC)

    id: int | None = Field(default=None, primary_key=True)
    name: str
    # how a report's section heading names the tag ("Війна в Україні" for "war"); "" uses the name (0008)
    title: str = Field(default="", sa_column=Column(String, nullable=False, default="", server_default=""))


class RatingScale(SQLModel, table=True):
    __tablename__ = "rating_scale"
    __table_args__ = (_AUTOINC,)

    id: int | None = Field(default=None, primary_key=True)
    name: str
    is_default: bool = False


class Rating(SQLModel, table=True):
    __tablename__ = "rating"
    __table_args__ = (UniqueConstraint("scale_id", "label", name="uq_rating_label"), _AUTOINC)

    id: int | None = Field(default=None, primary_key=True)
    scale_id: int = Field(sa_column=_fk("rating_scale.id", "CASCADE", nullable=False))
    label: str
    description: str = ""
    colour: str = "#808080"
    value: int = 0  # numeric value for ClaimReview (higher is truer; 0 means not rated on the scale)
    position: int = 0
    # `label` and `description` are the English words; these the Ukrainian ones, "" if none (0008)
    label_uk: str = Field(default="", sa_column=Column(String, nullable=False, default="", server_default=""))
    description_uk: str = Field(default="", sa_column=Column(Text, nullable=False, default="", server_default=""))


class Claim(SQLModel, table=True):
    """A checkable statement, anchored in its source by a W3C TextQuoteSelector plus a span.

    `start`/`end` are Python string offsets (code points) into `Source.text`;
    `prefix`/`suffix` are the text just around the quote, so the span can be found again.
    """

    __tablename__ = "claim"
    __table_args__ = (
        _in("status", ClaimStatus),
        CheckConstraint('start >= 0 AND "end" > start', name="ck_claim_span"),
        Index("ix_claim_source_span", "source_id", "start"),
        _AUTOINC,
    )

    id: int | None = Field(default=None, primary_key=True)
    source_id: int = Field(sa_column=_fk("source.id", "CASCADE", nullable=False, index=False))
    quote: str = Field(sa_column=Column(Text, nullable=False))
    start: int
    end: int
    prefix: str = ""
    suffix: str = ""
    statement: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    claimant_id: int | None = Field(default=None, sa_column=_fk("actor.id", "SET NULL"))
    claimed_on: date | None = None
    status: str = Field(default=ClaimStatus.NEW.value, index=True)
    rating_id: int | None = Field(default=None, sa_column=_fk("rating.id", "RESTRICT"))
    summary: str = ""
    rationale: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    # ClaimReview (0010): the published fact-check's URL, and where and when the claim appeared
    review_url: str = Field(default="", sa_column=Column(String, nullable=False, default="", server_default=""))
    appearance_url: str = Field(default="", sa_column=Column(String, nullable=False, default="", server_default=""))
    appearance_date: date | None = None


class ClaimTag(SQLModel, table=True):
    __tablename__ = "claim_tag"

    claim_id: int = Field(sa_column=Column(Integer, ForeignKey("claim.id", ondelete="CASCADE"), primary_key=True))
    tag_id: int = Field(
        sa_column=Column(Integer, ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True, index=True)
    )


class Evidence(SQLModel, table=True):
    __tablename__ = "evidence"
    __table_args__ = (_in("kind", EvidenceKind), _AUTOINC)

    id: int | None = Field(default=None, primary_key=True)
    title: str
    kind: str = Field(default=EvidenceKind.DOCUMENT.value)
    url: str = ""
    publisher: str = ""
    published: date | None = None
    accessed: date | None = None
    excerpt: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    note: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class ClaimEvidence(SQLModel, table=True):
    """Links a claim to a piece of evidence, with the stance it takes and its place in the list."""

    __tablename__ = "claim_evidence"
    __table_args__ = (
        _in("stance", Stance),
        UniqueConstraint("claim_id", "evidence_id", name="uq_claim_evidence"),
        _AUTOINC,
    )

    id: int | None = Field(default=None, primary_key=True)
    claim_id: int = Field(sa_column=_fk("claim.id", "CASCADE", nullable=False))
    evidence_id: int = Field(sa_column=_fk("evidence.id", "CASCADE", nullable=False))
    stance: str = Field(default=Stance.CONTEXT.value)
    note: str = ""
    position: int = 0


class AuditEvent(SQLModel, table=True):
    """Who changed a claim's rating, status or summary, when, from what to what.

    `claim_id` is deliberately not a foreign key: the record outlives its claim (ids are never
    reused, so a claim put back by undo finds its history again); `claim_quote` says what it was about.
    """

    __tablename__ = "audit_event"
    __table_args__ = (_AUTOINC,)

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow, index=True)
    user: str = ""
    claim_id: int | None = Field(default=None, index=True)
    claim_quote: str = ""
    field: str
    old_value: str = ""
    new_value: str = ""


class ReportLanguage(StrEnum):
    EN = "en"
    UK = "uk"


class ReportOrder(StrEnum):
    MANUAL = "manual"  # the positions of ReportClaim
    SECTION = "section"  # grouped by the claim's first tag
    DATE = "date"  # by the date the claim was made


class Report(SQLModel, table=True):
    """A publication made from the workspace: its front matter and which claims it carries.

    Claims are chosen by hand (ReportClaim rows) or, when `by_filter` is set, by the filter fields
    at export time (period, status, rating, tag, source).
    """

    __tablename__ = "report"
    __table_args__ = (_in("language", ReportLanguage), _in("claim_order", ReportOrder), _AUTOINC)

    id: int | None = Field(default=None, primary_key=True)
    title: str
    subtitle: str = ""
    period_start: date | None = None
    period_end: date | None = None
    authors: str = ""
    organisation: str = ""
    introduction: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    methodology: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    corrections: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    contact: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    language: str = Field(default=ReportLanguage.EN.value)
    template_path: str = ""  # an organisation's .docx/.dotx; empty: the template that ships
    claim_order: str = Field(default=ReportOrder.MANUAL.value)
    by_filter: bool = False
    filter_status: str | None = None
    filter_rating_id: int | None = Field(default=None, sa_column=_fk("rating.id", "SET NULL", index=False))
    filter_tag_id: int | None = Field(default=None, sa_column=_fk("tag.id", "SET NULL", index=False))
    filter_source_id: int | None = Field(default=None, sa_column=_fk("source.id", "SET NULL", index=False))
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class ReportClaim(SQLModel, table=True):
    """A claim chosen by hand for a report, at its place in the report's own order."""

    __tablename__ = "report_claim"

    report_id: int = Field(sa_column=Column(Integer, ForeignKey("report.id", ondelete="CASCADE"), primary_key=True))
    claim_id: int = Field(
        sa_column=Column(Integer, ForeignKey("claim.id", ondelete="CASCADE"), primary_key=True, index=True)
    )
    position: int = 0


# -- source intake (migration 0004) ------------------------------------------------------------


class Blob(SQLModel, table=True):
    """An original file, kept byte for byte and addressed by its SHA-256: written once, never changed.

    Sources point at the file they were imported from (evidence attachments will too). A blob in use
    cannot be deleted (RESTRICT): an original is the record of what was received.
    """

    __tablename__ = "blob"
    __table_args__ = (CheckConstraint("length(sha256) = 64", name="ck_blob_sha256"),)

    sha256: str = Field(sa_column=Column(String(64), primary_key=True))
    size: int
    media_type: str = ""
    created_at: datetime = Field(default_factory=utcnow)
    # the last column since migration 0005: SQLite streams a zeroblob() in only as a record's last field
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))


class DismissedSuggestion(SQLModel, table=True):
    """A suggested sentence an analyst dismissed: not suggested again for that source."""

    __tablename__ = "dismissed_suggestion"

    source_id: int = Field(sa_column=Column(Integer, ForeignKey("source.id", ondelete="CASCADE"), primary_key=True))
    start: int = Field(sa_column=Column(Integer, primary_key=True, autoincrement=False))
    end: int = Field(sa_column=Column(Integer, primary_key=True, autoincrement=False))


# -- evidence locker (migration 0005) ----------------------------------------------------------


class CustodyAction(StrEnum):
    CREATED = "created"
    ATTACHED = "attached"
    DETACHED = "detached"
    LINKED = "linked"
    UNLINKED = "unlinked"
    EDITED = "edited"
    EXPORTED = "exported"
    OPENED = "opened"
    CHECKED = "checked"  # an integrity check
    DELETED = "deleted"
    RESTORED = "restored"


class Attachment(SQLModel, table=True):
    """A file kept with a piece of evidence: the bytes are a Blob (by SHA-256), this row says what
    the file was called, what it is, when and where it was captured and by whom."""

    __tablename__ = "attachment"
    __table_args__ = (
        UniqueConstraint("evidence_id", "sha256", name="uq_attachment_blob"),
        CheckConstraint("size >= 0", name="ck_attachment_size"),
        _AUTOINC,
    )

    id: int | None = Field(default=None, primary_key=True)
    evidence_id: int = Field(sa_column=_fk("evidence.id", "CASCADE", nullable=False))
    sha256: str = Field(
        sa_column=Column(String(64), ForeignKey("blob.sha256", ondelete="RESTRICT"), nullable=False, index=True)
    )
    name: str
    size: int
    media_type: str
    captured_at: datetime = Field(default_factory=utcnow)
    url: str = ""
    analyst: str = ""
    position: int = 0
    created_at: datetime = Field(default_factory=utcnow)


class CustodyEvent(SQLModel, table=True):
    """One entry of the append-only custody log (triggers refuse UPDATE and DELETE).

    `evidence_id` is not a foreign key: the log outlives the evidence; `evidence_title` says what it was.
    """

    __tablename__ = "custody_event"
    __table_args__ = (_in("action", CustodyAction), _AUTOINC)

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow, index=True)
    user: str = ""
    evidence_id: int | None = Field(default=None, index=True)
    evidence_title: str = ""
    action: str
    attachment_id: int | None = None
    sha256: str | None = Field(default=None, sa_column=Column(String(64), nullable=True))
    detail: str = Field(default="{}", sa_column=Column(Text, nullable=False, default="{}"))


# -- search (migration 0006) ---------------------------------------------------------------------
# The full-text indexes (claim_fts, source_fts, evidence_fts) are FTS5 tables kept in step by
# triggers; they are created by the migration and are not SQLModel tables.


class RelationKind(StrEnum):
    REPEATS = "repeats"  # the claim repeats the other, already checked one
    SAME_NARRATIVE = "same_narrative"  # a different claim carrying the same narrative


class ClaimRelation(SQLModel, table=True):
    """ "Checked before?": an analyst's link from a claim to an earlier one it repeats or echoes.

    One row serves both claims (the services read it from either side); a pair is linked once.
    """

    __tablename__ = "claim_relation"
    __table_args__ = (
        _in("kind", RelationKind),
        CheckConstraint("claim_id <> other_claim_id", name="ck_claim_relation_other"),
        UniqueConstraint("claim_id", "other_claim_id", name="uq_claim_relation_pair"),
        _AUTOINC,
    )

    id: int | None = Field(default=None, primary_key=True)
    claim_id: int = Field(sa_column=_fk("claim.id", "CASCADE", nullable=False))
    other_claim_id: int = Field(sa_column=_fk("claim.id", "CASCADE", nullable=False))
    kind: str = Field(default=RelationKind.REPEATS.value)
    score: int = 0  # how alike the two looked when linked (0–100)
    created_at: datetime = Field(default_factory=utcnow)
    user: str = ""


class SynonymGroup(SQLModel, table=True):
    """Words an analyst told "checked before?" to treat as the same (migration 0009), beside the
    lexicon that ships in resources/lexicon: the terms one per line."""

    __tablename__ = "synonym_group"
    __table_args__ = (_AUTOINC,)

    id: int | None = Field(default=None, primary_key=True)
    terms: str = Field(sa_column=Column(Text, nullable=False))
    created_at: datetime = Field(default_factory=utcnow)
    user: str = ""


# -- ClaimReview (migration 0010) ----------------------------------------------------------------


class WorkspaceSetting(SQLModel, table=True):
    """A workspace-wide setting by key: the organisation's "org_name", "org_url" and "org_logo"."""

    __tablename__ = "workspace_setting"

    key: str = Field(sa_column=Column(String, primary_key=True))
    value: str = Field(default="", sa_column=Column(Text, nullable=False, default="", server_default=""))


class ExternalVerdict(SQLModel, table=True):
    """Another fact-checker's verdict on a claim (an imported ClaimReview): not the team's own rating."""

    __tablename__ = "external_verdict"
    __table_args__ = (_AUTOINC,)

    id: int | None = Field(default=None, primary_key=True)
    claim_id: int = Field(sa_column=_fk("claim.id", "CASCADE", nullable=False))
    publisher: str = Field(default="", sa_column=Column(String, nullable=False, default="", server_default=""))
    rating: str = Field(default="", sa_column=Column(String, nullable=False, default="", server_default=""))
    url: str = Field(default="", sa_column=Column(String, nullable=False, default="", server_default=""))
    reviewed_on: date | None = None  # the ClaimReview's datePublished
    language: str = Field(default="", sa_column=Column(String, nullable=False, default="", server_default=""))
    created_at: datetime = Field(default_factory=utcnow)
