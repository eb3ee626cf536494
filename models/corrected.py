"""Corrected values: a document's extraction with its newest human corrections applied, on read.

Everything that shows or computes facts (dossiers, statistics, alerts, reports, the index) reads these;
recording a correction is models.corrections.
"""
from __future__ import annotations

import copy

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.tables import Correction, Document


def latest_corrections(session: Session, document_id: int) -> dict[str, Correction]:
    """The newest correction of each field of one document."""
    rows = session.scalars(select(Correction).where(Correction.document_id == document_id)
                           .order_by(Correction.created_at, Correction.id))
    return {row.field: row for row in rows}


def _apply(extraction: dict | None, corrections: dict[str, Correction], deep: bool = True) -> dict:
    facts = copy.deepcopy(extraction or {}) if deep else dict(extraction or {})
    if corrections:
        facts["corrected"] = list(facts.get("corrected") or [])  # a new list: never append to the stored one
    for field, correction in corrections.items():
        facts[field] = copy.deepcopy(correction.new_value)
        facts["corrected"].append(field)
    return facts


def apply_corrections(session: Session, document: Document) -> dict:
    """The document's extraction with every human correction applied (a new dict)."""
    return _apply(document.extraction, latest_corrections(session, document.id))


def corrected_many(session: Session, documents: list[Document]) -> dict[int, dict]:
    """apply_corrections for many documents with one query (for relinking, statistics, indexing).

    Read-only views: each dict is new, but nested values may be shared with Document.extraction
    (a deep copy of thousands of extractions costs more than everything else in a relink).
    """
    ids = [doc.id for doc in documents]
    by_doc: dict[int, dict[str, Correction]] = {}
    for start in range(0, len(ids), 500):  # stay under SQLite's bound-parameter limit
        rows = session.scalars(select(Correction).where(Correction.document_id.in_(ids[start:start + 500]))
                               .order_by(Correction.created_at, Correction.id))
        for row in rows:
            by_doc.setdefault(row.document_id, {})[row.field] = row
    return {doc.id: _apply(doc.extraction, by_doc.get(doc.id, {}), deep=False) for doc in documents}
