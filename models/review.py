"""Review of extracted facts: each field extracted, confirmed or corrected (who, when); the review inbox.

A field is `corrected` once a correction of it exists (models.corrections), else `confirmed` once
someone confirmed it, else `extracted`. An agreement is `verified` when every key field is confirmed
or corrected (the term counts when either the duration or the end date is), `partial` when some
field is, `unreviewed` otherwise. The inbox holds every extracted, live document not yet verified.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timezone

from sqlalchemy import select, union
from sqlalchemy.orm import Session

from ingest.facts import EXTRACTED_FIELDS, KEY_FIELDS, TERM_FIELDS
from models import audit
from models.corrected import corrected_many
from models.document_status import LIVE, reindex_later
from models.lifecycle import terms
from models.status import AgreementStatus, DuplicateState, FieldReview, ReviewState
from models.tables import Confirmation, Correction, Document, User

# Every extracted field of the field table can be reviewed; `verified` needs every key field (KEY_FIELDS)
# and the term through either of TERM_FIELDS (ingest.facts.FIELDS says which).
REVIEW_FIELDS = EXTRACTED_FIELDS
INBOX_PAGE_SIZE = 50
URGENT = (AgreementStatus.EXPIRING, AgreementStatus.UNKNOWN_TERM)  # first in the inbox


class ReviewRejected(ValueError):
    """A confirmation names no field or an unknown one; the message (Indonesian) says which."""


def _iso(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    return (moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)).isoformat()


def _events(session: Session, ids: list[int]) -> dict[int, dict[str, tuple[str, str | None, datetime]]]:
    """Per document and field, the (state, user name, time) that decides the field's review state."""
    found: dict[int, dict[str, tuple[str, str | None, datetime]]] = {}
    for model, state in ((Confirmation, FieldReview.CONFIRMED), (Correction, FieldReview.CORRECTED)):
        for start in range(0, len(ids), 500):  # stay under SQLite's bound-parameter limit
            rows = session.execute(select(model.document_id, model.field, User.name, model.created_at)
                                   .outerjoin(User, User.id == model.user_id)
                                   .where(model.document_id.in_(ids[start:start + 500]))
                                   .order_by(model.created_at, model.id))
            for document_id, field, name, at in rows:
                # corrections are read second: a correction outranks any confirmation
                found.setdefault(document_id, {})[field] = (state.value, name, at)
    return found


def _state(fields: dict[str, dict]) -> str:
    done = {name for name, item in fields.items() if item["state"] != FieldReview.EXTRACTED.value}
    if all(name in done for name in KEY_FIELDS) and any(name in done for name in TERM_FIELDS):
        return ReviewState.VERIFIED.value
    return ReviewState.PARTIAL.value if done else ReviewState.UNREVIEWED.value


def _review(facts: dict, events: dict[str, tuple[str, str | None, datetime]]) -> dict:
    evidence = facts.get("evidence") or {}
    fields = {}
    for name in REVIEW_FIELDS:
        state, by, at = events.get(name, (FieldReview.EXTRACTED.value, None, None))
        confidence = (evidence.get(name) or {}).get("confidence")
        fields[name] = {"state": state, "by": by, "at": _iso(at),
                        "confidence": None if confidence is None else round(float(confidence), 4)}
        doubt = (evidence.get(name) or {}).get("doubt")
        if doubt and state == FieldReview.EXTRACTED.value:
            fields[name]["doubt"] = doubt  # why the value looks wrong (ingest/extract/doubts.py)
    return {"state": _state(fields), "fields": fields}


def reviews(session: Session, documents: list[Document], facts: dict[int, dict] | None = None) -> dict[int, dict]:
    """The `review` object (docs/review.md) of many documents with a few queries."""
    facts = facts if facts is not None else corrected_many(session, documents)
    events = _events(session, [doc.id for doc in documents])
    return {doc.id: _review(facts[doc.id], events.get(doc.id, {})) for doc in documents}


def review_of(session: Session, document: Document, facts: dict | None = None) -> dict:
    return reviews(session, [document], None if facts is None else {document.id: facts})[document.id]


def confirm(session: Session, document: Document, fields: list[str] | None, user: User | None) -> dict:
    """Confirm these fields (all fields still `extracted` when `fields` is None); the new review."""
    facts = corrected_many(session, [document])[document.id]
    current = review_of(session, document, facts)["fields"]
    if fields is None:
        fields = [name for name in REVIEW_FIELDS if current[name]["state"] == FieldReview.EXTRACTED.value]
    else:
        unknown = [name for name in fields if name not in REVIEW_FIELDS]
        if unknown:
            raise ReviewRejected(f"kolom tidak dikenal: {', '.join(map(str, unknown))} "
                                 f"(yang ada: {', '.join(REVIEW_FIELDS)})")
    for name in dict.fromkeys(fields):
        session.add(Confirmation(document_id=document.id, field=name, value=facts.get(name),
                                 user_id=user.id if user else None))
    if fields:
        reindex_later(document)  # the index carries the verification state
        audit.record(session, "confirm", user_id=user.id if user else None, document_id=document.id,
                     fields=list(dict.fromkeys(fields)))
    session.flush()
    return review_of(session, document, facts)


def _same(first: object, second: object) -> bool:
    return json.dumps(first, sort_keys=True, default=str) == json.dumps(second, sort_keys=True, default=str)


def drop_stale_confirmations(session: Session, document: Document) -> list[str]:
    """After a re-extraction: a confirmation vouches for the value it was given on, so one whose field now
    reads differently (and has no correction, which would still stand) no longer counts and is removed; the
    audit log keeps who confirmed what. Returns the fields that went back to `extracted`."""
    corrected = set(session.scalars(select(Correction.field).where(Correction.document_id == document.id)))
    facts = document.extraction or {}
    stale = [row for row in session.scalars(select(Confirmation).where(Confirmation.document_id == document.id))
             if row.field not in corrected and not _same(row.value, facts.get(row.field))]
    for row in stale:
        session.delete(row)
    fields = list(dict.fromkeys(row.field for row in stale))
    if fields:
        audit.record(session, "confirm_stale", document_id=document.id, fields=fields,
                     old={row.field: row.value for row in stale})
    return fields


def _in_review():
    return select(Document).where(LIVE,
                                  Document.extraction.is_not(None))


def verified_ids(session: Session) -> set[int]:
    """Ids of documents whose key fields are all confirmed or corrected (SQL only, for counting)."""
    wanted = KEY_FIELDS + TERM_FIELDS
    reviewed = union(select(Confirmation.document_id, Confirmation.field).where(Confirmation.field.in_(wanted)),
                     select(Correction.document_id, Correction.field).where(Correction.field.in_(wanted)))
    done: dict[int, set[str]] = {}
    for document_id, field in session.execute(reviewed):
        done.setdefault(document_id, set()).add(field)
    return {doc_id for doc_id, names in done.items()
            if all(name in names for name in KEY_FIELDS) and any(name in names for name in TERM_FIELDS)}


def inbox_count(session: Session) -> int:
    """How many documents wait in "Perlu diperiksa" (the number in the top bar)."""
    ids = set(session.scalars(_in_review().with_only_columns(Document.id)))
    return len(ids - verified_ids(session))


@dataclass(frozen=True)
class InboxItem:
    document: Document
    facts: dict
    review: dict
    reason: str
    order: tuple


def _lowest(review: dict) -> tuple[float, str | None]:
    """The lowest confidence among the key fields (a key field with no value found counts as 0)."""
    lowest, which = 1.0, None
    for name in KEY_FIELDS + TERM_FIELDS:
        item = review["fields"][name]
        if item["state"] != FieldReview.EXTRACTED.value:
            continue
        value = item["confidence"] if item["confidence"] is not None else 0.0
        if which is None or value < lowest:
            lowest, which = value, name
    return lowest, which


def _reason(doc: Document, term, review: dict, lowest: float, which: str | None, labels: dict[str, str]) -> str:
    if doc.duplicate_state == DuplicateState.PENDING.value and doc.duplicate_of:
        return f"kemungkinan duplikat dari #{doc.duplicate_of}"
    if term.status is AgreementStatus.EXPIRING:
        return f"Berakhir dalam {term.days_left} hari ({term.end_date.isoformat()})"
    if term.status is AgreementStatus.UNKNOWN_TERM:
        return "Tanggal berakhir tidak diketahui"
    if which is None:
        return "Belum diperiksa"
    reason = f"Keyakinan terendah: {labels.get(which, which)} {lowest:.2f}".replace(".", ",")
    doubt = review["fields"][which].get("doubt")
    return f"{reason} ({doubt})" if doubt else reason


def inbox(session: Session, today: date, labels: dict[str, str] | None = None) -> list[InboxItem]:
    """The whole inbox in its order: ending within the alert window or with an unknown end first,
    then by the lowest key-field confidence, then the oldest document first."""
    skip = verified_ids(session)
    documents = [doc for doc in session.scalars(_in_review().order_by(Document.id)) if doc.id not in skip]
    facts = corrected_many(session, documents)
    review_by_id = reviews(session, documents, facts)
    term_by_id = terms(session, documents, today)
    items = []
    for doc in documents:
        review = review_by_id[doc.id]
        if review["state"] == ReviewState.VERIFIED.value:
            continue
        term = term_by_id[doc.id]
        lowest, which = _lowest(review)
        order = (0 if term.status in URGENT else 1, lowest, doc.id)
        items.append(InboxItem(doc, facts[doc.id], review, _reason(doc, term, review, lowest, which, labels or {}), order))
    items.sort(key=lambda item: item.order)
    return items
