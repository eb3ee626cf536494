"""Index documents of agreements: one per page, each with the agreement-level fields and its exact keys."""
from __future__ import annotations

from typing import Iterable, Iterator

from ingest.isodate import parse_date
from models import date_terms, number_keys
from models.labels import DOC_TYPE_LABELS
from models.search_query import clean_text, timestamp

BATCH_DOCUMENTS = 5000            # index documents per add call (large batches: one task per batch)
BATCH_BYTES = 40 * 1024 * 1024    # ... and never more than this much text per call


def _ts(value: object) -> int | None:
    day = parse_date(value)
    return timestamp(day) if day else None


def page_records(agreement_id: int, facts: dict, pages: list[tuple[int, str]], *, status: str | None,
                 partner_kind: str | None, region: str | None, end_date: str | None,
                 original_name: str = "", review: str | None = None) -> list[dict]:
    """The index documents of one agreement: one per page, each with the agreement-level fields."""
    sign_date = facts.get("sign_date")
    year = int(sign_date[:4]) if isinstance(sign_date, str) and sign_date[:4].isdigit() else None
    doc_type = str(facts.get("doc_type") or "OTHER").upper()
    parties, institutions = [], []
    for party in facts.get("parties") or []:
        if isinstance(party, dict):
            parties += [clean_text(str(party[k])) for k in ("institution", "signatory", "position") if party.get(k)]
            institutions += [clean_text(str(party["institution"]))] if party.get("institution") else []
    numbers = [clean_text(str(n)) for n in facts.get("numbers") or []]
    common = {
        "agreement_id": agreement_id, "page_count": len(pages) or None,
        "title": clean_text(str(facts.get("title") or original_name or "")),
        "parties": parties, "institutions": institutions, "numbers": numbers,
        "number_keys": number_keys.tokens(numbers),
        "agreement_dates": date_terms.agreement_tokens(sign_date, facts.get("effective_date"), facts.get("end_date"),
                                                       end_date),
        "kind_label": DOC_TYPE_LABELS.get(doc_type, ""),
        "scope": [clean_text(str(s)) for s in facts.get("scope") or []],
        "doc_type": doc_type, "year": year, "status": status, "partner_kind": partner_kind, "region": region,
        "sign_date": sign_date, "effective_date": facts.get("effective_date"), "end_date": end_date,
        "sign_ts": _ts(sign_date), "end_ts": _ts(end_date),
        "original_name": clean_text(original_name), "review": review,
    }
    if not pages:
        pages = [(1, "")]  # a document without text is still findable by its facts
    return [dict(common, id=f"{agreement_id}-{number}", page=number, text=clean_text(text),
                 page_keys=number_keys.text_tokens(text) + date_terms.text_tokens(text)) for number, text in pages]


def _batches(records: Iterable[dict]) -> Iterator[list[dict]]:
    batch, size = [], 0
    for record in records:
        batch.append(record)
        size += len(record.get("text") or "") + 500
        if len(batch) >= BATCH_DOCUMENTS or size >= BATCH_BYTES:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch
