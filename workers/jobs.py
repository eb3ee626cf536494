"""Id-only jobs: read a document's pages, extract its facts. Each is idempotent and safe to rerun."""
from __future__ import annotations

import logging

from ingest.errors import ArsipError
from ingest.pipeline import read_document
from ingest.triage import Limits
from models import duplicates
from models.review import drop_stale_confirmations
from models.claims import holds
from models.db import session_scope
from models.document_status import claim, set_status
from models.documents import extractable_document, save_reading
from models.settings import load_settings
from models.status import DocumentStatus
from models.storage import BlobStore
from models.tables import Document, utcnow
from workers import queue
from workers.heartbeat import Heartbeat

log = logging.getLogger(__name__)


def process_document(document_id: int) -> str:
    """rq job: read every page, then queue extraction."""
    settings = load_settings()
    outcome = read_pages(settings, document_id)
    if outcome == "processed":
        queue.enqueue_extract(settings, document_id)
    return outcome


def extract_document(document_id: int) -> str:
    """rq job: extract the agreement facts from stored pages, then queue indexing."""
    settings = load_settings()
    outcome = extract_facts(settings, document_id)
    if outcome == "extracted":
        queue.enqueue_index(settings)
    return outcome


def read_pages(settings, document_id: int) -> str:
    """Claim a document and store the text of its pages; 'processed', 'failed' or 'skipped'."""
    with session_scope(settings) as session:
        document = claim(session, document_id, settings)
        if document is None:
            return "skipped"  # done already, or another process is on it
        path = BlobStore(settings.storage_path).path_for(document.sha256)
        pages = document.page_count
    try:
        with Heartbeat(settings, document_id):
            reading = read_document(path, Limits.from_settings(settings),
                                    on_page=queue.Progress(settings, document_id, pages).page_read)
    except ArsipError as exc:
        return _fail(settings, document_id, str(exc))
    except Exception as exc:  # noqa: BLE001 - a bug costs this document only, and says so
        log.exception("reading document %s failed", document_id)
        return _fail(settings, document_id, f"internal error while reading: {type(exc).__name__}: {exc}")
    with session_scope(settings) as session:
        document = session.get(Document, document_id)
        if not holds(document, settings):
            return "skipped"  # deleted, or taken back by another worker while we worked
        save_reading(session, document, reading)
        return "processed" if document.status == DocumentStatus.PROCESSED.value else "failed"


def extract_facts(settings, document_id: int) -> str:
    """Run the extractor over a processed document's pages; 'extracted', 'failed' or 'skipped'."""
    with session_scope(settings) as session:
        document = extractable_document(session, document_id)
        if document is None:
            return "skipped"
        try:
            from ingest.extract import EXTRACTOR_VERSION
            from ingest.extract.extractor import extract_agreement

            facts = extract_agreement([page.text for page in document.pages])
        except Exception as exc:  # noqa: BLE001 - the pages stay; a better extractor can rerun
            log.exception("extracting document %s failed", document_id)
            set_status(session, document, DocumentStatus.FAILED, f"extraction failed: {type(exc).__name__}: {exc}")
            return "failed"
        facts.pages, facts.text_source = document.page_count, document.text_source
        facts.ocr_confidence = document.ocr_confidence
        document.extraction = facts.to_dict()
        document.extractor_version = EXTRACTOR_VERSION
        document.extracted_at = utcnow()
        set_status(session, document, DocumentStatus.EXTRACTED)
        drop_stale_confirmations(session, document)
        duplicates.flag(session, document)
    return "extracted"


def process_in_place(document_id: int) -> str:
    """Read and extract one document without Redis (used by `arsip ingest --sync`)."""
    settings = load_settings()
    outcome = read_pages(settings, document_id)
    if outcome == "processed":
        outcome = extract_facts(settings, document_id)
    return outcome


def _fail(settings, document_id: int, reason: str) -> str:
    with session_scope(settings) as session:
        document = session.get(Document, document_id)
        if holds(document, settings):
            set_status(session, document, DocumentStatus.FAILED, reason)
    return "failed"
