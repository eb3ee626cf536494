"""The public catalogue: agreements an admin marked public, as anyone may see them (ARSIP_PUBLIC_CATALOGUE=1).

Only documents with a public_agreements row are ever read for the public side, so nothing about the
others can reach it: not their titles, ids, numbers or counts. A public agreement is listed while its
term runs (active, expiring soon, or extended); its public name is a random slug, not its id (ids would
tell how many agreements the archive holds), and its original is offered only when marked so.
"""
from __future__ import annotations

import secrets
from collections import Counter
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ingest.errors import InputRejected
from models import audit
from models.document_status import LIVE, is_live
from models.reports import _live, report_rows
from models.status import AgreementStatus
from models.tables import Document, PublicAgreement, utcnow

LISTED = (AgreementStatus.ACTIVE.value, AgreementStatus.EXPIRING.value, AgreementStatus.RENEWED.value)
DIMENSIONS = (("doc_type", "Menurut jenis dokumen"), ("year", "Menurut tahun tanda tangan"),
              ("partner_kind", "Menurut jenis mitra"))


class CatalogueRejected(InputRejected):
    """A catalogue change that cannot be made; the message says why."""


@dataclass(frozen=True)
class Entry:
    """One public agreement, holding only what the public page shows."""
    slug: str
    doc_type: str
    partners: str
    subject: str
    sign_date: date | None
    end_date: date | None
    term: str
    unit: str | None
    partner_kind: str | None
    original: bool

    @property
    def year(self) -> str:
        return str(self.sign_date.year) if self.sign_date else "tidak diketahui"


def _public_documents(session: Session) -> tuple[list[Document], dict[int, PublicAgreement]]:
    marks = {row.document_id: row for row in session.scalars(select(PublicAgreement))}
    documents = list(session.scalars(select(Document).where(Document.id.in_(list(marks)),
                                                            LIVE,
                                                            Document.extraction.is_not(None))
                                     .order_by(Document.id))) if marks else []
    return documents, marks


def entries(session: Session, today: date) -> list[Entry]:
    """The public agreements whose term runs on `today`, by signing date (newest first)."""
    documents, marks = _public_documents(session)
    found = []
    for row in report_rows(session, documents, today):
        if row.status not in LISTED:
            continue
        mark = marks[row.agreement_id]
        found.append(Entry(mark.slug, row.doc_type, row.partners, row.subject, row.sign_date, row.end_date, row.term,
                           row.unit, row.partner_kind, bool(mark.original)))
    return sorted(found, key=lambda e: (e.sign_date or date.min, e.slug), reverse=True)


def counts(listed: list[Entry], by: str) -> list[tuple[str, int]]:
    """Counts of the listed agreements by doc_type, year or partner_kind."""
    return sorted(Counter(str(getattr(entry, by) or "tidak diketahui") for entry in listed).items())


def original_of(session: Session, slug: str, today: date) -> Document | None:
    """The document behind a listed entry whose original is public; None otherwise (also for unknown slugs)."""
    mark = session.scalar(select(PublicAgreement).where(PublicAgreement.slug == slug))
    if mark is None or not mark.original:
        return None
    if not any(entry.slug == slug for entry in entries(session, today)):
        return None
    return session.get(Document, mark.document_id)


def mark(session: Session, document_id: int, public: bool, original: bool, user_id: int | None) -> PublicAgreement | None:
    """Put an agreement in the catalogue (with or without its original), or take it out; audited."""
    document = session.get(Document, document_id)
    if not is_live(document) or document.extraction is None:
        raise CatalogueRejected(f"perjanjian {document_id} tidak ada atau belum selesai dibaca")
    row = session.get(PublicAgreement, document_id)
    old = {"public": row is not None, "original": bool(row and row.original)}
    if not public:
        if row is not None:
            session.delete(row)
        row = None
    elif row is None:
        row = PublicAgreement(document_id=document_id, slug=secrets.token_urlsafe(12), original=original,
                              marked_by=user_id, marked_at=utcnow())
        session.add(row)
    else:
        row.original, row.marked_by, row.marked_at = original, user_id, utcnow()
    audit.record(session, "catalogue_marked", user_id=user_id, document_id=document_id, old=old,
                 new={"public": public, "original": bool(public and original)})
    session.flush()
    return row


@dataclass(frozen=True)
class Candidate:
    """An agreement on the admin page: what it is, and whether it is public."""
    agreement_id: int
    doc_type: str
    subject: str
    partners: str
    status: str | None
    public: bool
    original: bool


def candidates(session: Session, today: date) -> list[Candidate]:
    """Every live agreement with its catalogue marks, for the admin page."""
    marks = {row.document_id: row for row in session.scalars(select(PublicAgreement))}
    return [Candidate(row.agreement_id, row.doc_type, row.subject, row.partners, row.status, row.agreement_id in marks,
                      bool(row.agreement_id in marks and marks[row.agreement_id].original))
            for row in report_rows(session, _live(session), today)]
