"""Id-only jobs that keep the Meilisearch page index in step with the database.

`index_pending()` first links newly extracted documents into their dossiers (a link can change an
agreement's lifecycle status, which the index carries), then indexes every "extracted" document in large
batches and marks them "indexed"; while Meilisearch is down they stay "extracted" and the sweep queues
this job again later.
"""
from __future__ import annotations

import logging
from datetime import date

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from models.corrected import corrected_many
from models.db import session_scope
from models.document_status import is_live, mark_indexed
from models.dossiers import link_documents
from models.index import IndexUnavailable, SearchIndex, page_records
from models.review import reviews
from models.lifecycle import terms
from models.settings import load_settings
from models.stats import partner_kind, region_of
from models.status import DocumentStatus
from models.tables import Document, Link, Page

log = logging.getLogger(__name__)

INDEXABLE = (DocumentStatus.EXTRACTED.value, DocumentStatus.INDEXED.value)
CHUNK = 1000  # documents per round trip (each becomes thousands of page records, sent in large batches)


def _records(session: Session, documents: list[Document], today: date) -> tuple[list[dict], dict[int, int]]:
    """Index records of these documents (corrections applied, lifecycle status), and their page counts."""
    facts_by_id = corrected_many(session, documents)
    term_by_id = terms(session, documents, today)
    ids = [doc.id for doc in documents]
    texts: dict[int, list[tuple[int, str]]] = {i: [] for i in ids}
    for start in range(0, len(ids), 500):
        rows = session.execute(select(Page.document_id, Page.number, Page.text)
                               .where(Page.document_id.in_(ids[start:start + 500]))
                               .order_by(Page.document_id, Page.number))
        for document_id, number, text in rows:
            texts[document_id].append((number, text or ""))
    review_by_id = reviews(session, documents, facts_by_id)
    records, counts = [], {}
    for doc in documents:
        facts, term = facts_by_id[doc.id], term_by_id[doc.id]
        pages = texts[doc.id]
        records += page_records(
            doc.id, facts, pages, status=term.status.value if term.status else None,
            partner_kind=partner_kind(facts), region=region_of(facts),
            end_date=term.end_date.isoformat() if term.end_date else facts.get("end_date"),
            original_name=doc.original_name, review=review_by_id[doc.id]["state"])
        counts[doc.id] = max(len(pages), 1)
    return records, counts


def _linked(session: Session, ids: list[int]) -> set[int]:
    """Indexed documents linked to these: a new addendum or PKS can change their lifecycle status."""
    found: set[int] = set()
    for start in range(0, len(ids), 400):
        chunk = ids[start:start + 400]
        for source, target in session.execute(select(Link.source_id, Link.target_id).where(
                Link.active.is_(True), or_(Link.source_id.in_(chunk), Link.target_id.in_(chunk)))):
            found.update({source, target})
    return found - set(ids)


def index_documents(settings, ids: list[int], today: date | None = None) -> int:
    """Index these documents (if indexable) and mark the extracted ones indexed; returns pages sent.

    Chunks overlap: while Meilisearch indexes one chunk, the next one is read from the database.
    A chunk is marked "indexed" only after Meilisearch has applied it.
    """
    today = today or date.today()
    index = SearchIndex(settings)
    sent, pending = 0, None  # pending: (task ids, document ids) sent but not yet confirmed
    everything = set(ids)
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        with session_scope(settings) as session:
            wanted = set(chunk) | (_linked(session, chunk) - everything)  # the rest is sent in its own chunk
            documents = list(session.scalars(select(Document).where(Document.id.in_(sorted(wanted)),
                                                                    Document.status.in_(INDEXABLE))))
            records, counts = _records(session, documents, today)
        tasks = index.send(records, counts)
        sent += len(records)
        if pending:
            _confirm(settings, index, *pending)
        pending = (tasks, [doc.id for doc in documents])
    if pending:
        _confirm(settings, index, *pending)
    return sent


def _confirm(settings, index: SearchIndex, tasks: list[int], document_ids: list[int]) -> None:
    index.wait_all(tasks)
    with session_scope(settings) as session:
        mark_indexed(session, document_ids)


def index_pending() -> str:
    """rq job: index every "extracted" document in batches; while Meilisearch is down they wait."""
    settings = load_settings()
    with session_scope(settings) as session:
        ids = list(session.scalars(select(Document.id).where(Document.status == DocumentStatus.EXTRACTED.value)
                                   .order_by(Document.id)))
    if not ids:
        return "nothing to index"
    link_new(settings, ids)
    try:
        sent = index_documents(settings, ids)
    except IndexUnavailable as exc:
        log.warning("indexing waits: %s", exc)
        return f"waiting: {exc}"
    return f"indexed {len(ids)} documents ({sent} pages)"


def link_new(settings, ids: list[int]) -> None:
    """Link these newly extracted documents into dossiers (one pass for the whole batch).

    A linking fault costs the links only, never the indexing: the dossier pages relink what is waiting.
    """
    try:
        with session_scope(settings) as session:
            link_documents(session, ids)
    except Exception:  # noqa: BLE001 - logged with its traceback; search must not wait for dossiers
        log.exception("linking %d newly extracted documents failed; indexing goes on", len(ids))


def index_document(document_id: int) -> str:
    """rq job: (re)index one document, e.g. after a correction."""
    settings = load_settings()
    try:
        sent = index_documents(settings, [int(document_id)])
    except IndexUnavailable as exc:
        log.warning("indexing document %s waits: %s", document_id, exc)
        return f"waiting: {exc}"
    return f"indexed {sent} pages"


def remove_document(document_id: int) -> str:
    """rq job: remove a deleted document's pages from the index (queued by the delete view).

    The database decides: a document restored before this job ran keeps its pages."""
    settings = load_settings()
    with session_scope(settings) as session:
        document = session.get(Document, int(document_id))
        if is_live(document):
            return "kept: the document is not deleted"
    SearchIndex(settings).remove([int(document_id)])
    return "removed"


def reindex_all(settings=None, today: date | None = None) -> int:
    """Rebuild the index from the database (a fresh index swapped in); returns the pages indexed."""
    settings = settings or load_settings()
    today = today or date.today()
    with session_scope(settings) as session:
        ids = list(session.scalars(select(Document.id).where(Document.status.in_(INDEXABLE)).order_by(Document.id)))

    def records():
        for start in range(0, len(ids), CHUNK):
            with session_scope(settings) as session:
                documents = list(session.scalars(select(Document).where(Document.id.in_(ids[start:start + CHUNK]),
                                                                        Document.status.in_(INDEXABLE))
                                                 .order_by(Document.id)))
                yield from _records(session, documents, today)[0]

    sent = SearchIndex(settings).rebuild(records())
    with session_scope(settings) as session:
        mark_indexed(session, ids)
    return sent

