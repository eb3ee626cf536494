"""Id-only jobs that keep the Meilisearch page index in step with the database.

`index_pending()` first links newly extracted documents into their dossiers (a link can change an
agreement's lifecycle status, which the index carries), then indexes every "extracted" document in large
batches and marks them "indexed"; while Meilisearch is down they stay "extracted" and the sweep queues
this job again later.
"""
from __future__ import annotations

import logging
from datetime import date

from models.corrected import corrected_many
from models.db import session_scope
from models.document_status import is_live, mark_indexed
from models.documents import INDEXABLE, documents_by_id, ids_with_status, linked_to, page_texts
from models.dossiers import link_documents
from models.index import IndexUnavailable, SearchIndex, page_records
from models.review import reviews
from models.lifecycle import terms
from models.settings import load_settings
from models.stats import partner_kind, region_of
from models.status import DocumentStatus
from models.tables import Document

log = logging.getLogger(__name__)

CHUNK = 1000  # documents per round trip (each becomes thousands of page records, sent in large batches)


def _records(session, documents: list[Document], today: date) -> tuple[list[dict], dict[int, int]]:
    """Index records of these documents (corrections applied, lifecycle status), and their page counts."""
    facts_by_id = corrected_many(session, documents)
    term_by_id = terms(session, documents, today)
    texts = page_texts(session, [doc.id for doc in documents])
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
            wanted = set(chunk) | (linked_to(session, chunk) - everything)  # the rest is sent in its own chunk
            documents = documents_by_id(session, wanted, INDEXABLE)
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
        ids = ids_with_status(session, DocumentStatus.EXTRACTED)
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
        ids = ids_with_status(session, *INDEXABLE)

    def records():
        for start in range(0, len(ids), CHUNK):
            with session_scope(settings) as session:
                documents = documents_by_id(session, ids[start:start + CHUNK], INDEXABLE)
                yield from _records(session, documents, today)[0]

    sent = SearchIndex(settings).rebuild(records())
    with session_scope(settings) as session:
        mark_indexed(session, ids)
    return sent

