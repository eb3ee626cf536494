"""Agreements as the web app shows them: facts with corrections, lifecycle status, links, search hits."""
from __future__ import annotations

from dataclasses import asdict
from datetime import date
from typing import TYPE_CHECKING

from flask import current_app

from ingest.facts import SCHEMA_KEYS
from models.corrected import apply_corrections, corrected_many
from models.documents import documents_by_id, live_ids, live_page
from models.dossiers import typed_links
from models.index import SearchIndex, SearchResult
from models.labels import DOC_STATUS_LABELS, LINK_LABELS, PARTNER_LABELS, STATUS_LABELS, label  # noqa: F401
from models.lifecycle import terms
from models.review import review_of, reviews
from models.search_query import SearchRequest
from models.tables import Document
from search_app.context import app_settings

if TYPE_CHECKING:  # the type only: every query is a models/ function
    from sqlalchemy.orm import Session

LIST_PAGE_SIZE = 50


def search_index() -> SearchIndex:
    """One SearchIndex per app (its client is reused across requests)."""
    index = current_app.extensions.get("arsip_search_index")
    if index is None:
        index = current_app.extensions["arsip_search_index"] = SearchIndex(app_settings(), timeout=10.0)
    return index


def run_search(session: Session, request: SearchRequest) -> SearchResult:
    """Search the index; hits of documents deleted since they were indexed are dropped (the database wins)."""
    result = search_index().search(request)
    ids = [hit.agreement_id for hit in result.hits]
    if ids:
        live = live_ids(session, ids)
        result.hits = [hit for hit in result.hits if hit.agreement_id in live]
    return result


def hit_json(hit) -> dict:
    fields = hit.fields
    return {"agreement_id": hit.agreement_id, "title": fields.get("title"), "doc_type": fields.get("doc_type"),
            "numbers": fields.get("numbers") or [], "parties": fields.get("parties") or [],
            "institutions": fields.get("institutions") or [], "effective_date": fields.get("effective_date"),
            "year": fields.get("year"), "status": fields.get("status"), "partner_kind": fields.get("partner_kind"),
            "region": fields.get("region"), "sign_date": fields.get("sign_date"), "end_date": fields.get("end_date"),
            "page": hit.page, "page_count": hit.page_count, "title_html": hit.title_html, "snippet": hit.snippet_html,
            "numbers_html": hit.numbers_html, "institutions_html": hit.institutions_html, "matched": hit.matched}


def agreement_json(session: Session, doc: Document, facts: dict | None = None, term=None,
                   today: date | None = None, review: dict | None = None) -> dict:
    """The extraction schema with corrections applied, plus id, status, dossier_id, typed links and review."""
    today = today or date.today()
    facts = facts if facts is not None else apply_corrections(session, doc)
    review = review if review is not None else review_of(session, doc, facts)
    term = term if term is not None else terms(session, [doc], today)[doc.id]
    body = {key: facts.get(key) for key in SCHEMA_KEYS}
    body.update({key: value for key, value in facts.items() if key not in body})
    body["pages"] = body.get("pages") or doc.page_count
    body.update({
        "id": doc.id,
        "status": term.status.value if term.status else None,
        "effective_end_date": term.end_date.isoformat() if term.end_date else None,
        "document_status": doc.status,
        "dossier_id": doc.dossier_id,
        "links": [{"type": link["type"], "agreement_id": link["agreement_id"], "direction": link["direction"]}
                  for link in typed_links(session, doc.id)],
        "original_name": doc.original_name,
        "review": review,
    })
    return body


def agreement_page(session: Session, page: int, per_page: int = LIST_PAGE_SIZE) -> tuple[list[dict], int]:
    """One page of live documents (newest first) as agreement_json, and the total count."""
    documents, total = live_page(session, page, per_page)
    facts = corrected_many(session, documents)
    term_by_id = terms(session, documents, date.today())
    review_by_id = reviews(session, documents, facts)
    return [agreement_json(session, doc, facts[doc.id], term_by_id[doc.id], review=review_by_id[doc.id])
            for doc in documents], total


def name_of(doc: Document, facts: dict) -> str:
    """How a page names an agreement: "KB 119/KB.12-Ker/2023 — Penyelenggaraan Tridharma" (no bare "#id")."""
    kind = label(facts.get("doc_type") or "OTHER", "doc_type_short")
    number = (facts.get("numbers") or [None])[0]
    title = facts.get("title") or doc.original_name
    return " — ".join(part for part in (f"{kind} {number}" if number else kind, title) if part)


def names_of(session: Session, ids) -> dict[int, str]:
    """name_of for several documents at once (corrections applied)."""
    documents = documents_by_id(session, ids) if ids else []
    facts = corrected_many(session, documents)
    return {doc.id: name_of(doc, facts[doc.id]) for doc in documents}


def term_dict(term) -> dict:
    data = asdict(term)
    data["status"] = term.status.value if term.status else None
    return data
