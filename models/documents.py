"""Repository functions for documents: register files, store pages, report status (claims: models/claims.py)."""
from __future__ import annotations

import tempfile
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Iterable

from sqlalchemy import bindparam, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from ingest.triage import Triage, triage
from ingest.wordboxes import encode
from ingest.errors import InputRejected
from models import audit
from models.claims import aware
from models.db import FastRead
from models.document_status import LIVE, set_status
from models.status import UNFINISHED, DocumentStatus
from models.storage import BlobStore
from models.tables import Document, DocumentSource, Link, Page, utcnow

if TYPE_CHECKING:  # the type only: reading pages (OCR) belongs to the workers, never to models or the web
    from ingest.pipeline import Reading


@dataclass(frozen=True)
class Registered:
    document_id: int
    new: bool


def register(session: Session, sha256: str, triaged: Triage, original_name: str, size: int, source: str,
             user_id: int | None = None) -> Registered:
    """Create the document for a stored original, or recognise it as a duplicate (same sha256)."""
    existing = session.scalar(select(Document).where(Document.sha256 == sha256))
    if existing is None:
        document = Document(sha256=sha256, original_name=original_name, kind=triaged.kind, size=size,
                            page_count=triaged.pages, uploaded_by=user_id, status=DocumentStatus.RECEIVED.value)
        document.sources.append(DocumentSource(path=source))
        try:
            with session.begin_nested():
                session.add(document)
            return Registered(document.id, True)
        except IntegrityError:  # the same file registered at this moment by another process
            existing = session.scalar(select(Document).where(Document.sha256 == sha256))
    known = {row.path for row in existing.sources}
    if source not in known:
        existing.sources.append(DocumentSource(path=source))
    return Registered(existing.id, False)


def register_file(session: Session, store: BlobStore, file: Path, original_name: str, source: str, limits, /,
                  user_id: int | None = None, **audited: object) -> Registered:
    """The one way a file becomes a document (CLI, web and API): triage it, store the original once,
    register it (or recognise the duplicate) and audit the upload with `audited` details.
    InputRejected, with nothing stored, when the file is not usable."""
    try:
        triaged = triage(file, limits)
        size = file.stat().st_size
        sha = store.put_file(file)
    except OSError as exc:
        raise InputRejected(f"cannot read file: {exc.strerror or exc}") from None
    outcome = register(session, sha, triaged, original_name, size, source, user_id)
    audit.record(session, "upload", user_id=user_id, document_id=outcome.document_id, name=original_name,
                 new=outcome.new, **audited)
    return outcome


def register_stream(session: Session, store: BlobStore, stream: BinaryIO, original_name: str, source: str,
                    limits, user_id: int | None = None) -> Registered:
    """register_file for an uploaded stream (written to a temporary file inside the store first)."""
    store.root.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=store.root, prefix=".upload-", delete=True) as tmp:
        for chunk in iter(lambda: stream.read(1 << 20), b""):
            tmp.write(chunk)
        tmp.flush()
        return register_file(session, store, Path(tmp.name), original_name, source, limits, user_id=user_id)


def save_reading(session: Session, document: Document, reading: Reading) -> None:
    """Replace the document's pages with a fresh reading, in one transaction. When no page gave text
    and some could not be read at all, the document fails with the first such page's reason."""
    for page in list(document.pages):
        session.delete(page)
    session.flush()
    document.pages = [Page(number=p.number, text=p.text, method=p.method, ocr_confidence=p.ocr_confidence,
                           rotation=p.rotation, seconds=round(p.seconds, 3), error=p.error,
                           words=encode(p.boxes) if p.boxes else None) for p in reading.pages]
    document.page_count = len(reading.pages)
    document.text_source = reading.text_source
    document.ocr_confidence = reading.ocr_confidence
    failed = [p for p in reading.pages if p.method == "failed"]
    if reading.text_source is None and failed:  # nothing to extract: say why, keep what was read
        set_status(session, document, DocumentStatus.FAILED,
                   f"no page could be read ({len(failed)} of {len(reading.pages)} failed; page {failed[0].number}: "
                   f"{failed[0].error})")
        return
    document.processed_at = utcnow()
    set_status(session, document, DocumentStatus.PROCESSED)


def unreadable_pages(session: Session, limit: int = 200) -> list[dict]:
    """Live documents that were read, but with pages that could not be: which pages and why."""
    rows = session.execute(select(Page.document_id, Page.number, Page.error).join(Document)
                           .where(Page.method == "failed", Document.status != DocumentStatus.FAILED.value,
                                  LIVE)
                           .order_by(Page.document_id.desc(), Page.number))
    found: dict[int, list[dict]] = {}
    for document_id, number, error in rows:
        if document_id in found or len(found) < limit:
            found.setdefault(document_id, []).append({"number": number, "error": error})
    documents = {d.id: d for d in session.scalars(select(Document).where(Document.id.in_(list(found)))
                                                  .options(selectinload(Document.sources)))}
    return [{"id": i, "path": _first_source(documents[i]), "pages": pages} for i, pages in found.items()]


def reread(session: Session, ids: Iterable[int] = (), failed: bool = False) -> list[int]:
    """Send documents back to "received" so that their pages are read again from the stored original
    (after raising ARSIP_OCR_TIMEOUT, say): these ids, and with `failed` every failed document and every
    document with unreadable pages. Deleted documents and those being read now are left alone; the
    pages stay until the new reading replaces them, and human corrections stay. Returns the ids."""
    chosen = set(ids)
    if failed:
        chosen |= set(session.scalars(select(Document.id).where(Document.status == DocumentStatus.FAILED.value)))
        chosen |= set(session.scalars(select(Page.document_id).where(Page.method == "failed")))
    if not chosen:
        return []
    rows = session.scalars(select(Document).where(Document.id.in_(sorted(chosen)), Document.status.not_in(
        [DocumentStatus.DELETED.value, DocumentStatus.PROCESSING.value])).order_by(Document.id))
    reset = []
    for document in rows:
        set_status(session, document, DocumentStatus.RECEIVED)
        document.processed_at = None  # set again by the new reading
        reset.append(document.id)
    session.flush()
    return reset


def status_counts(session: Session) -> dict[str, int]:
    """Documents per status, every status of the lifecycle present."""
    counts = {status.value: 0 for status in DocumentStatus}
    for status, count in session.execute(select(Document.status, func.count()).group_by(Document.status)):
        counts[status] = count
    return counts


def failures(session: Session, limit: int = 200) -> list[dict]:
    """Failed documents with their reasons, newest first."""
    rows = session.scalars(select(Document).where(Document.status == DocumentStatus.FAILED.value)
                           .order_by(Document.status_changed_at.desc()).limit(limit))
    return [{"id": row.id, "path": _first_source(row), "reason": row.failure_reason} for row in rows]


def _first_source(document: Document) -> str:
    return document.sources[0].path if document.sources else document.original_name


def unfinished(session: Session) -> list[tuple[int, str, str | None, datetime]]:
    """(id, status, claimed_by, status_changed_at) of every document whose pipeline has not ended."""
    rows = session.execute(select(Document.id, Document.status, Document.claimed_by, Document.status_changed_at)
                           .where(Document.status.in_([s.value for s in UNFINISHED])).order_by(Document.id))
    return [(r.id, r.status, r.claimed_by, aware(r.status_changed_at)) for r in rows]


def restore(session: Session, document: Document, user_id: int | None) -> None:
    """Bring a deleted document back: indexed again from its extraction, or read again when it has none;
    a merged duplicate comes back as a possible duplicate (models.duplicates.unmerge)."""
    from models import duplicates

    if document.duplicate_state == "merged":
        duplicates.unmerge(session, document, user_id)
        return
    set_status(session, document, DocumentStatus.EXTRACTED if document.extraction is not None
               else DocumentStatus.RECEIVED)
    audit.record(session, "restore", user_id=user_id, document_id=document.id)


# --- reading documents and pages for the views, the jobs and the commands (no SQL outside models/) ---
EXTRACTABLE = (DocumentStatus.PROCESSED.value, DocumentStatus.EXTRACTED.value, DocumentStatus.INDEXED.value)
INDEXABLE = (DocumentStatus.EXTRACTED.value, DocumentStatus.INDEXED.value)


def _extractable():
    """Documents whose pages are read, including those whose extraction failed (an extractor fault
    leaves the pages; a better extractor can run again over them)."""
    return Document.status.in_(EXTRACTABLE) | ((Document.status == DocumentStatus.FAILED.value)
                                               & Document.processed_at.is_not(None))


def extractable_document(session: Session, document_id: int) -> Document | None:
    """The document if its pages are read (see _extractable), else None."""
    return session.scalar(select(Document).where(Document.id == document_id, _extractable()))


def extractable_ids(session: Session, ids: Iterable[int] | None = None) -> list[int]:
    """Ids of the documents the extractor can run over: all of them, or those among `ids`."""
    query = select(Document.id).where(_extractable())
    if ids is not None:
        query = query.where(Document.id.in_(list(ids)))
    return list(session.scalars(query.order_by(Document.id)))


def ids_with_status(session: Session, *statuses: str) -> list[int]:
    """Ids of the documents in any of these statuses, in id order."""
    return list(session.scalars(select(Document.id).where(Document.status.in_([str(s) for s in statuses]))
                                .order_by(Document.id)))


def documents_by_id(session: Session, ids: Iterable[int], statuses: Iterable[str] | None = None) -> list[Document]:
    """These documents (only those in `statuses` when given), in id order."""
    query = select(Document).where(Document.id.in_(sorted(set(ids))))
    if statuses is not None:
        query = query.where(Document.status.in_([str(s) for s in statuses]))
    return list(session.scalars(query.order_by(Document.id)))


@lru_cache(maxsize=128)
def _live_ids_read(count: int) -> FastRead:
    """The live-ids read of `count` ids, one placeholder each, built once per count (a search page asks 10): every
    search asks it, and SQLAlchemy's layers cost more than SQLite running it (an expanding IN would be rendered
    again on every call: 73 -> 59 us a read)."""
    table = Document.__table__
    return FastRead(select(table.c.id).where(table.c.id.in_([bindparam(f"id{i}") for i in range(count)]), LIVE))


def live_ids(session: Session, ids: Iterable[int]) -> set[int]:
    """Which of these ids are live (not deleted) documents, read fresh (models.db.FastRead: no ORM objects)."""
    ids = [int(i) for i in ids]
    if not ids:
        return set()
    return {row[0] for row in _live_ids_read(len(ids)).rows(session, {f"id{i}": value for i, value in enumerate(ids)})}


def live_page(session: Session, page: int, per_page: int) -> tuple[list[Document], int]:
    """One page of live documents, newest first, and how many there are."""
    total = session.scalar(select(func.count()).select_from(Document).where(LIVE)) or 0
    documents = list(session.scalars(select(Document).where(LIVE).order_by(Document.id.desc())
                                     .offset((page - 1) * per_page).limit(per_page)))
    return documents, total


def recently_changed(session: Session, limit: int = 30) -> list[Document]:
    """The documents whose status changed last, newest first."""
    return list(session.scalars(select(Document).order_by(Document.status_changed_at.desc()).limit(limit)))


def deleted_documents(session: Session, limit: int = 500) -> list[Document]:
    """Soft-deleted documents, the most recently deleted first."""
    return list(session.scalars(select(Document).where(Document.status == DocumentStatus.DELETED.value)
                                .order_by(Document.status_changed_at.desc(), Document.id.desc()).limit(limit)))


def page_of(session: Session, document_id: int, number: int) -> Page | None:
    """One page of a document, or None."""
    return session.scalar(select(Page).where(Page.document_id == document_id, Page.number == number))


def pages_of(session: Session, document_id: int, numbers: Iterable[int]) -> dict[int, Page]:
    """These pages of a document, by number (those that exist)."""
    wanted = [n for n in numbers if n]
    return {p.number: p for p in session.scalars(select(Page).where(Page.document_id == document_id,
                                                                    Page.number.in_(wanted)))}


def page_numbers(session: Session, document_id: int) -> list[int]:
    """The numbers of a document's stored pages, in order."""
    return list(session.scalars(select(Page.number).where(Page.document_id == document_id).order_by(Page.number)))


def page_texts(session: Session, ids: list[int]) -> dict[int, list[tuple[int, str]]]:
    """(number, text) of every page of these documents, in page order, by document id."""
    texts: dict[int, list[tuple[int, str]]] = {i: [] for i in ids}
    for start in range(0, len(ids), 500):
        rows = session.execute(select(Page.document_id, Page.number, Page.text)
                               .where(Page.document_id.in_(ids[start:start + 500]))
                               .order_by(Page.document_id, Page.number))
        for document_id, number, text in rows:
            texts[document_id].append((number, text or ""))
    return texts


def linked_to(session: Session, ids: list[int]) -> set[int]:
    """Documents actively linked to these (either way): a new addendum or PKS can change their status."""
    found: set[int] = set()
    for start in range(0, len(ids), 400):
        chunk = ids[start:start + 400]
        for source, target in session.execute(select(Link.source_id, Link.target_id).where(
                Link.active.is_(True), or_(Link.source_id.in_(chunk), Link.target_id.in_(chunk)))):
            found.update({source, target})
    return found - set(ids)

