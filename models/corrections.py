"""Human corrections: recorded with who, when, old and new value; they always win over extraction."""
from __future__ import annotations

import copy

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.tables import Correction, Document

# Fields of the extraction schema (DESIGN.md section 4) that staff may correct.
CORRECTABLE = ("doc_type", "numbers", "title", "parties", "sign_date", "sign_place", "effective_date",
               "duration", "end_date", "obligations", "scope", "parent_agreement")


def latest_corrections(session: Session, document_id: int) -> dict[str, Correction]:
    """The newest correction of each field of one document."""
    rows = session.scalars(select(Correction).where(Correction.document_id == document_id)
                           .order_by(Correction.created_at, Correction.id))
    return {row.field: row for row in rows}


def apply_corrections(session: Session, document: Document) -> dict:
    """The document's extraction with every human correction applied (a new dict)."""
    facts = copy.deepcopy(document.extraction or {})
    for field, correction in latest_corrections(session, document.id).items():
        facts[field] = correction.new_value
        facts.setdefault("corrected", []).append(field)
    return facts
