"""Possible duplicates: a new document with the same agreement number(s) as an earlier one, or the same
parties and signing date (a scan of an agreement already loaded as a PDF, say).

documents.duplicate_of points at the earlier agreement and documents.duplicate_state says what was decided:
`pending` (flagged; statistics, dossiers and alerts count the pair once by leaving this one out), `kept`
(two agreements after all) or `merged` (folded into the earlier one: its file stays as a source of that
agreement, the document itself is deleted; the kept agreement's facts and corrections win).
"""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import audit, document_status
from models.corrected import corrected_many
from models.document_status import LIVE, is_live
from models.names import normalise_institution, normalise_number
from models.status import DocumentStatus, DuplicateState
from ingest.errors import InputRejected
from models.tables import AuditEntry, Document, DocumentSource, counted

__all__ = ["counted", "find_original", "flag", "keep_both", "merge", "unmerge", "merged_into", "DuplicateRejected"]


class DuplicateRejected(InputRejected):
    """A merge or undo that cannot be done; the message (Indonesian) says why."""


def _keys(facts: dict) -> list[tuple]:
    """What makes two extractions the same agreement: a shared number of the same kind of document,
    or the same two or more parties signing on the same day."""
    kind = str(facts.get("doc_type") or "").upper()
    keys = [("number", kind, n) for n in {normalise_number(n) for n in facts.get("numbers") or []} if len(n) >= 5]
    parties = frozenset(filter(None, (normalise_institution(p.get("institution")) for p in facts.get("parties") or [])))
    if len(parties) >= 2 and facts.get("sign_date"):
        keys.append(("parties", parties, str(facts["sign_date"])))
    return keys


def find_original(session: Session, document: Document) -> Document | None:
    """The earliest live agreement this document seems to duplicate, or None."""
    facts = corrected_many(session, [document])[document.id]
    wanted = set(_keys(facts))
    if not wanted:
        return None
    earlier = list(session.scalars(select(Document).where(
        Document.id != document.id, LIVE,
        Document.extraction.is_not(None), counted()).order_by(Document.id)))
    for other, other_facts in corrected_many(session, earlier).items():
        if other < document.id and wanted & set(_keys(other_facts)):
            return session.get(Document, other)
    return None


def flag(session: Session, document: Document) -> Document | None:
    """After extraction: mark the document a possible duplicate (unless staff already decided)."""
    if document.duplicate_state in (DuplicateState.KEPT.value, DuplicateState.MERGED.value):
        return None
    original = find_original(session, document)
    document.duplicate_of = original.id if original else None
    document.duplicate_state = DuplicateState.PENDING.value if original else None
    return original


def keep_both(session: Session, document: Document, user_id: int | None) -> None:
    """Staff say the two are different agreements: both count from now on."""
    document.duplicate_state = DuplicateState.KEPT.value
    audit.record(session, "duplicate_kept", user_id=user_id, document_id=document.id, original=document.duplicate_of)


def merge(session: Session, document: Document, user_id: int | None) -> Document:
    """Fold a duplicate into its original: one agreement with both files as its sources; the original's
    facts and corrections win. The duplicate is deleted (undone by `unmerge`, or restored by an admin)."""
    original = session.get(Document, document.duplicate_of) if document.duplicate_of else None
    if not is_live(original):
        raise DuplicateRejected(f"dokumen #{document.id} tidak punya dokumen asal yang masih ada untuk digabung")
    known = {source.path for source in original.sources}
    added = [source.path for source in document.sources if source.path not in known]
    original.sources.extend(DocumentSource(path=path) for path in added)
    audit.record(session, "duplicate_merged", user_id=user_id, document_id=document.id, original=original.id,
                 status=document.status, added_sources=added)
    document.duplicate_state = DuplicateState.MERGED.value
    document_status.delete(document)
    return original


def unmerge(session: Session, document: Document, user_id: int | None) -> None:
    """Undo a merge ("Batalkan"): the duplicate is back, still waiting for a decision."""
    entry = session.scalar(select(AuditEntry).where(AuditEntry.document_id == document.id,
                                                    AuditEntry.action == "duplicate_merged")
                           .order_by(AuditEntry.id.desc()).limit(1))
    if document.duplicate_state != DuplicateState.MERGED.value or entry is None:
        raise DuplicateRejected(f"dokumen #{document.id} tidak sedang digabung")
    detail = entry.detail or {}
    original = session.get(Document, document.duplicate_of) if document.duplicate_of else None
    if original is not None:
        added = set(detail.get("added_sources") or ())
        for source in [s for s in original.sources if s.path in added]:
            original.sources.remove(source)
    document_status.set_status(session, document, DocumentStatus(detail.get("status") or DocumentStatus.EXTRACTED))
    document.duplicate_state = DuplicateState.PENDING.value
    audit.record(session, "duplicate_unmerged", user_id=user_id, document_id=document.id)


def merged_into(session: Session, document_id: int) -> list[Document]:
    """Documents merged into this agreement (their originals are its other sources)."""
    return list(session.scalars(select(Document).where(Document.duplicate_of == document_id,
                                                       Document.duplicate_state == DuplicateState.MERGED.value)
                                .order_by(Document.id)))
