"""Every change of a document's status, in one module (the lifecycle is models.status.DocumentStatus).

received -> processing (a claim: compare-and-set, so that two hosts never read one document; who holds
it and whether it lives is models/claims.py) -> processed -> extracted -> indexed; failed with a reason
from any step; deleted is a soft delete (the original stays) that `restore` (models.documents) undoes.
Leaving processing always drops the claim. An indexed document whose indexed values change (a
correction, a confirmation, a termination, a new lifecycle status) goes back to extracted, and the
index job re-indexes it: `reindex_later`.
"""
from __future__ import annotations

from datetime import timedelta
from typing import Iterable

from sqlalchemy import update
from sqlalchemy.orm import Session

from models.claims import claimant, database_now
from models.status import DocumentStatus
from models.tables import Document, utcnow

PROCESSING = DocumentStatus.PROCESSING.value
# SQL condition for the documents that count: everything but the soft-deleted ones.
LIVE = Document.status != DocumentStatus.DELETED.value


def is_live(document: Document | None) -> bool:
    """Whether a document exists and is not deleted."""
    return document is not None and document.status != DocumentStatus.DELETED.value


def live_document(session: Session, document_id: int) -> Document | None:
    """The document with this id, or None when there is none or it is deleted."""
    document = session.get(Document, document_id)
    return document if is_live(document) else None


def set_status(session: Session, document: Document, status: DocumentStatus, reason: str | None = None) -> None:
    """Move a document to `status` (with the failure reason, if any); any status but processing drops the claim."""
    document.status = DocumentStatus(status).value
    document.failure_reason = reason
    document.status_changed_at = utcnow()
    if status is not DocumentStatus.PROCESSING:
        document.claimed_by = None


def reindex_later(document: Document) -> bool:
    """indexed -> extracted, so that the index job sends its changed values again; True when it was indexed."""
    if document.status != DocumentStatus.INDEXED.value:
        return False
    document.status = DocumentStatus.EXTRACTED.value
    document.status_changed_at = utcnow()
    return True


def delete(document: Document) -> None:
    """Soft delete: the document leaves search, lists and counts; its original, pages and facts stay."""
    document.status = DocumentStatus.DELETED.value
    document.status_changed_at = utcnow()
    document.claimed_by = None


def claim(session: Session, document_id: int, settings) -> Document | None:
    """Mark a received (or abandoned) document as processing by this process; None when someone else
    holds it or it needs no reading. Commits, so that other hosts see the claim at once."""
    now = database_now(session)
    stale = now - timedelta(seconds=settings.stale_seconds)
    result = session.execute(
        update(Document)
        .where(Document.id == document_id)
        .where((Document.status == DocumentStatus.RECEIVED.value)
               | ((Document.status == PROCESSING) & (Document.status_changed_at < stale))
               | ((Document.status == PROCESSING) & Document.claimed_by.is_(None)))
        .values(status=PROCESSING, claimed_by=claimant(settings), status_changed_at=now,
                attempts=Document.attempts + 1, failure_reason=None)
        .execution_options(synchronize_session=False))
    session.commit()
    if result.rowcount != 1:
        return None
    return session.get(Document, document_id, populate_existing=True)


def release(session: Session, document_id: int, claimed_by: str | None) -> bool:
    """Give an abandoned claim up (the document is "received" again), unless someone claimed it anew
    since `claimed_by` was read; True when released."""
    holder = Document.claimed_by.is_(None) if claimed_by is None else Document.claimed_by == claimed_by
    result = session.execute(
        update(Document)
        .where(Document.id == document_id, Document.status == PROCESSING, holder)
        .values(status=DocumentStatus.RECEIVED.value, claimed_by=None, status_changed_at=database_now(session))
        .execution_options(synchronize_session=False))
    return result.rowcount == 1


def mark_indexed(session: Session, ids: Iterable[int]) -> None:
    """extracted -> indexed for these documents, once Meilisearch has applied their pages."""
    ids = list(ids)
    for start in range(0, len(ids), 500):
        session.execute(update(Document).where(Document.id.in_(ids[start:start + 500]),
                                               Document.status == DocumentStatus.EXTRACTED.value)
                        .values(status=DocumentStatus.INDEXED.value, indexed_at=utcnow(),
                                status_changed_at=utcnow(), claimed_by=None)
                        .execution_options(synchronize_session=False))
