"""Database tables: the system of record. Meilisearch only mirrors these."""
from __future__ import annotations

from datetime import date, datetime, timezone

from sqlalchemy import (JSON, Boolean, Date, DateTime, Float, ForeignKey, Integer, LargeBinary, String, Text,
                        UniqueConstraint, or_)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from models.status import DocumentStatus


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    pass


class Dossier(Base):
    """A berkas kerja sama: the documents of one cooperation."""
    __tablename__ = "dossiers"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(500), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Document(Base):
    """One original file and everything learnt from it (an agreement, or another archive paper)."""
    __tablename__ = "documents"
    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    original_name: Mapped[str] = mapped_column(String(1000))
    kind: Mapped[str] = mapped_column(String(10))  # pdf | tiff | png | jpeg
    size: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20), default=DocumentStatus.RECEIVED.value, index=True)
    failure_reason: Mapped[str | None] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    claimed_by: Mapped[str | None] = mapped_column(String(200))  # host:pid of the process working on it
    page_count: Mapped[int | None] = mapped_column(Integer)
    text_source: Mapped[str | None] = mapped_column(String(20))
    ocr_confidence: Mapped[float | None] = mapped_column(Float)
    extraction: Mapped[dict | None] = mapped_column(JSON)  # the extractor's output, schema of DESIGN.md
    extractor_version: Mapped[str | None] = mapped_column(String(40))
    unit: Mapped[str | None] = mapped_column(String(200))  # perangkat daerah responsible
    terminated_on: Mapped[date | None] = mapped_column(Date)  # set by staff: ended early
    dossier_id: Mapped[int | None] = mapped_column(ForeignKey("dossiers.id", ondelete="SET NULL"), index=True)
    uploaded_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    # A possible duplicate of an earlier agreement, and what staff decided (models.duplicates).
    duplicate_of: Mapped[int | None] = mapped_column(ForeignKey("documents.id", ondelete="SET NULL"))
    duplicate_state: Mapped[str | None] = mapped_column(String(10))  # pending | kept | merged
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)
    status_changed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    processed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    extracted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    indexed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    pages: Mapped[list["Page"]] = relationship(back_populates="document", cascade="all, delete-orphan",
                                               order_by="Page.number")
    sources: Mapped[list["DocumentSource"]] = relationship(back_populates="document", cascade="all, delete-orphan")


def counted():
    """SQL condition: documents counted in statistics, dossiers and alerts; a possible duplicate still
    waiting for staff's decision is left out, so the pair counts once (models.duplicates)."""
    return or_(Document.duplicate_state.is_(None), Document.duplicate_state != "pending")


class DocumentSource(Base):
    """Each place a file was ingested from; a duplicate adds a row here, never a document."""
    __tablename__ = "document_sources"
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    path: Mapped[str] = mapped_column(Text)
    added_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    document: Mapped[Document] = relationship(back_populates="sources")


class Page(Base):
    __tablename__ = "pages"
    __table_args__ = (UniqueConstraint("document_id", "number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)  # 1-based
    text: Mapped[str] = mapped_column(Text, default="")
    method: Mapped[str] = mapped_column(String(20))  # text-layer | ocr | empty | failed
    error: Mapped[str | None] = mapped_column(Text)  # why a failed page could not be read
    ocr_confidence: Mapped[float | None] = mapped_column(Float)
    # Degrees clockwise the picture is turned to stand upright: the turn OCR used, or a text page's /Rotate.
    rotation: Mapped[int] = mapped_column(Integer, default=0)
    seconds: Mapped[float] = mapped_column(Float, default=0.0)
    words: Mapped[bytes | None] = mapped_column(LargeBinary)  # word boxes, ingest.wordboxes.encode; None: read before
    document: Mapped[Document] = relationship(back_populates="pages")


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    password_hash: Mapped[str] = mapped_column(String(300))
    role: Mapped[str] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(300))
    unit: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(20))  # E.164, for WhatsApp alerts
    calendar_token: Mapped[str | None] = mapped_column(String(100), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    disabled_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))  # set: may not log in or use tokens
    password_changed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class ApiToken(Base):
    __tablename__ = "api_tokens"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    last_used_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    expires_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))  # None: never (old tokens)


class WebSession(Base):
    """A logged-in browser: the cookie holds a random id, the row its hash; deleting the row logs it out."""
    __tablename__ = "web_sessions"
    __table_args__ = {"info": {"backup": False}}  # a restored archive must not bring logins back
    id_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    address: Mapped[str | None] = mapped_column(String(64))


class LoginThrottle(Base):
    """Consecutive failed logins per account name or client address (times as Unix seconds)."""
    __tablename__ = "login_throttle"
    __table_args__ = {"info": {"backup": False}}
    scope: Mapped[str] = mapped_column(String(10), primary_key=True)  # account | address
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_failure_at: Mapped[float] = mapped_column(Float, default=0.0)
    blocked_until: Mapped[float] = mapped_column(Float, default=0.0)


class Correction(Base):
    """A human correction of one extracted field; the newest per field wins over extraction."""
    __tablename__ = "corrections"
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    field: Mapped[str] = mapped_column(String(50))
    old_value: Mapped[object | None] = mapped_column(JSON)
    new_value: Mapped[object | None] = mapped_column(JSON)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Confirmation(Base):
    """A person's word that an extracted (or corrected) field is right as it stands."""
    __tablename__ = "confirmations"
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    field: Mapped[str] = mapped_column(String(50))
    value: Mapped[object | None] = mapped_column(JSON)  # the value confirmed, as it was shown
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Link(Base):
    """A typed link between two documents: source implements / amends / evaluates target."""
    __tablename__ = "links"
    __table_args__ = (UniqueConstraint("source_id", "target_id", "type"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    target_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    type: Mapped[str] = mapped_column(String(20))
    origin: Mapped[str] = mapped_column(String(10), default="auto")  # auto | manual
    active: Mapped[bool] = mapped_column(Boolean, default=True)  # false: unlinked by staff, never re-added
    confidence: Mapped[float] = mapped_column(Float, default=1.0)  # 1.0 cited number or manual; lower: shared parties
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Alert(Base):
    """One expiry warning: a threshold for one agreement, end date and recipient; sent once."""
    __tablename__ = "alerts"
    __table_args__ = (UniqueConstraint("document_id", "end_date", "threshold", "recipient"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    end_date: Mapped[date] = mapped_column(Date)
    threshold: Mapped[int] = mapped_column(Integer)
    recipient: Mapped[str] = mapped_column(String(300))
    state: Mapped[str] = mapped_column(String(20), default="pending")  # pending | sent | acknowledged | snoozed | closed
    snoozed_until: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class OutboxMessage(Base):
    """One alert for one outside channel (webhook, WhatsApp) and recipient: recorded before it is sent.

    The idempotency key travels with every attempt, so a receiver drops the copy that a crash between
    sending and recording makes us send again.
    """
    __tablename__ = "alert_outbox"
    __table_args__ = (UniqueConstraint("document_id", "end_date", "threshold", "channel", "recipient"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    end_date: Mapped[date] = mapped_column(Date)
    threshold: Mapped[int] = mapped_column(Integer)
    channel: Mapped[str] = mapped_column(String(20))  # models.status.Channel
    recipient: Mapped[str] = mapped_column(String(300), default="")  # phone number; empty for the webhook
    idempotency_key: Mapped[str] = mapped_column(String(64), unique=True)
    body: Mapped[str] = mapped_column(Text)  # the exact bytes sent (fixed at claim, so a resend is identical)
    state: Mapped[str] = mapped_column(String(20), default="pending", index=True)  # models.status.OutboxState
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    taken_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    sent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class Unit(Base):
    """A perangkat daerah (OPD): the master list users, agreements and proposals take their unit from.

    `users.unit` and `documents.unit` carry the unit's name (models.units keeps them in step on a rename)."""
    __tablename__ = "units"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    key: Mapped[str] = mapped_column(String(200), unique=True)  # the name with single spaces, casefolded
    short: Mapped[str | None] = mapped_column(String(40))  # e.g. DLH, Bappeda
    kind: Mapped[str] = mapped_column(String(20), default="dinas")  # models.units.UNIT_KINDS
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class UnitPhone(Base):
    """WhatsApp numbers of a perangkat daerah."""
    __tablename__ = "unit_phones"
    __table_args__ = (UniqueConstraint("unit_id", "phone"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"), index=True)
    phone: Mapped[str] = mapped_column(String(20))  # E.164


class PartnerMerge(Base):
    """Staff said two partner names are one partner: `alias` is shown as `target` (undone: undone_at set)."""
    __tablename__ = "partner_merges"
    id: Mapped[int] = mapped_column(primary_key=True)
    alias: Mapped[str] = mapped_column(String(500), index=True)  # normalised name (models.partners.partner_key)
    target: Mapped[str] = mapped_column(String(500))
    merged_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    merged_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    undone_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    undone_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class PartnerDistinct(Base):
    """Staff said two similar partner names are different partners: the pair is no longer proposed."""
    __tablename__ = "partner_distinct"
    __table_args__ = (UniqueConstraint("first", "second"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    first: Mapped[str] = mapped_column(String(500))  # the two normalised names, in sorted order
    second: Mapped[str] = mapped_column(String(500))
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    decided_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class PublicAgreement(Base):
    """An agreement an admin put in the public catalogue; `slug` is its only public name (never the id)."""
    __tablename__ = "public_agreements"
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True,
                                             autoincrement=False)
    slug: Mapped[str] = mapped_column(String(40), unique=True)
    original: Mapped[bool] = mapped_column(Boolean, default=False)  # the original file may be downloaded
    marked_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    marked_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class AuditEntry(Base):
    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    action: Mapped[str] = mapped_column(String(40))
    document_id: Mapped[int | None] = mapped_column(Integer, index=True)
    detail: Mapped[dict | None] = mapped_column(JSON)


class EvaluationNote(Base):
    __tablename__ = "evaluation_notes"
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    noted_on: Mapped[date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    attachment_sha256: Mapped[str | None] = mapped_column(String(64))
    attachment_name: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class YearTarget(Base):
    """Agreements the region aims to sign in a year, set by an admin."""
    __tablename__ = "year_targets"
    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    target: Mapped[int] = mapped_column(Integer)


class Proposal(Base):
    """A unit's cooperation proposal on its way to a signed agreement (models/proposals, docs/proposals.md)."""
    __tablename__ = "proposals"
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    partner: Mapped[str] = mapped_column(String(500))
    partner_kind: Mapped[str] = mapped_column(String(20))  # ingest.facts.PARTNER_KINDS
    scope: Mapped[str] = mapped_column(String(10))  # domestic | foreign
    doc_type: Mapped[str] = mapped_column(String(10))  # ingest.facts.DocType
    subject: Mapped[str] = mapped_column(Text)
    term_months: Mapped[int | None] = mapped_column(Integer)
    parent_agreement_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id", ondelete="SET NULL"))
    # The stage is only ever changed by a conditional UPDATE on its old value (models.proposals.flow).
    stage: Mapped[str] = mapped_column(String(40), index=True)  # models.status.ProposalStage or a configured one
    stage_since: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    agreement_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id", ondelete="SET NULL"))  # at berlaku
    overdue_noted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))  # reminded of this stay
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)


class ProposalEvent(Base):
    """One step of a proposal: from a stage to another, by whom, when, with a note (the timeline)."""
    __tablename__ = "proposal_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    proposal_id: Mapped[int] = mapped_column(ForeignKey("proposals.id", ondelete="CASCADE"), index=True)
    from_stage: Mapped[str | None] = mapped_column(String(40))
    to_stage: Mapped[str] = mapped_column(String(40))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    note: Mapped[str] = mapped_column(Text, default="")


class ProposalFile(Base):
    """A file of a proposal (letter, TOR, a draft of the agreement, the signed agreement), ingested as a document.

    Kept per stage and version; a file of a stage the proposal has left is locked (never replaced)."""
    __tablename__ = "proposal_files"
    id: Mapped[int] = mapped_column(primary_key=True)
    proposal_id: Mapped[int] = mapped_column(ForeignKey("proposals.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(10))  # letter | tor | draft | signed
    stage: Mapped[str] = mapped_column(String(40))  # the stage it was uploaded at
    version: Mapped[int] = mapped_column(Integer, default=1)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    uploaded_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    uploaded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Notification(Base):
    """A message to one user in the app (and by e-mail when they have an address: emailed_at once sent)."""
    __tablename__ = "notifications"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    proposal_id: Mapped[int | None] = mapped_column(ForeignKey("proposals.id", ondelete="CASCADE"))
    message: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    read_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    email: Mapped[str | None] = mapped_column(String(300))  # where the e-mail goes; None: in the app only
    emailed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
