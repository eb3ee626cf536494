"""Human corrections: recorded with who, when, old and new value; they always win over extraction.

Extraction is stored in Document.extraction and never edited by hand; corrections live in their own
table and are applied on read (models.corrected), so re-extraction or reprocessing cannot overwrite them.
"""
from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from ingest.errors import InputRejected
from ingest.facts import FIELD_BY_NAME, FIELD_NAMES, FIELDS, LINKING_FIELDS, Field, FieldKind, Party
from ingest.isodate import is_duration, parse_strict_date
from models import audit
from models.corrected import apply_corrections
from models.document_status import reindex_later
from models.dossiers import link_document
from models.tables import Correction, Document

# Staff may correct every field of the field table (ingest.facts.FIELDS).
CORRECTABLE = FIELD_NAMES
PARTY_KEYS = tuple(Party().to_dict())
OBLIGATION_KEYS = ("party_role", "text")
LIST_FIELDS = tuple(item.name for item in FIELDS if item.kind is FieldKind.TEXT_LIST)
STRUCTURED_FIELDS = tuple(item.name for item in FIELDS if item.kind in (FieldKind.PARTIES, FieldKind.OBLIGATIONS))


class CorrectionRejected(InputRejected):
    """A correction names an unknown field or a value of the wrong shape; the message says which."""


def _reject(field: str, problem: str) -> CorrectionRejected:
    return CorrectionRejected(f"koreksi ditolak: {field}: {problem}")


def _text_or_none(field: str, value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise _reject(field, "harus berupa teks (text expected)")
    value = " ".join(value.split())
    return value or None


def _date(field: str, value: object) -> str | None:
    value = _text_or_none(field, value)
    if value is None:
        return None
    day = parse_strict_date(value)
    if day is None:
        raise _reject(field, f"{value!r} bukan tanggal ISO YYYY-MM-DD, mis. 2023-08-24")
    return day.isoformat()


def _string_list(field: str, value: object) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise _reject(field, "harus berupa daftar teks (list of strings expected)")
    return [" ".join(item.split()) for item in value if item.strip()]


def _dict_list(field: str, value: object, keys: tuple[str, ...], required: str) -> list[dict]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise _reject(field, f"harus berupa daftar objek dengan kunci {', '.join(keys)}")
    cleaned = []
    for number, item in enumerate(value, 1):
        unknown = sorted(set(item) - set(keys))
        if unknown:
            raise _reject(field, f"butir {number}: kunci tidak dikenal {', '.join(unknown)} "
                                 f"(yang boleh: {', '.join(keys)})")
        row = {key: _text_or_none(f"{field}[{number}].{key}", item.get(key)) for key in keys}
        if not row[required]:
            raise _reject(field, f"butir {number}: {required} wajib diisi")
        cleaned.append(row)
    return cleaned


def validate(field: str, value: object) -> object:
    """The value cleaned to the extraction schema's shape, or CorrectionRejected naming the problem."""
    spec = FIELD_BY_NAME.get(field)
    if spec is None:
        raise _reject(field, f"bukan kolom yang bisa dikoreksi (pilih: {', '.join(CORRECTABLE)})")
    if spec.kind is FieldKind.DATE:
        return _date(field, value)
    if spec.kind is FieldKind.TEXT:
        return _text_or_none(field, value)
    if spec.kind is FieldKind.TEXT_LIST:
        return _string_list(field, value)
    if spec.kind is FieldKind.CHOICE:
        return _choice(spec, value)
    if spec.kind is FieldKind.DURATION:
        text = _text_or_none(field, value)
        if text is not None and not is_duration(text):
            raise _reject(field, f"{text!r} bukan durasi ISO 8601, mis. P5Y, P6M, P90D")
        return text.upper() if text else None
    if spec.kind is FieldKind.PARTIES:
        return _dict_list(field, value, PARTY_KEYS, "institution")
    return _dict_list(field, value, OBLIGATION_KEYS, "text")


def _choice(spec: Field, value: object) -> str | None:
    text = _text_or_none(spec.name, value)
    if spec.name == "doc_type":  # the one choice that must be given, written in capitals
        if (text or "").upper() not in spec.choices:
            raise _reject(spec.name, f"{value!r} bukan jenis dokumen (pilih: {', '.join(spec.choices)})")
        return text.upper()
    if text is not None and text not in spec.choices:
        raise _reject(spec.name, f"{text!r} tidak dikenal (pilih: {', '.join(spec.choices)})")
    return text


def parse_form_value(field: str, text: str) -> object:
    """A form's text turned into a value: JSON for lists of objects, one item per line for lists of text."""
    text = text.strip()
    if field in STRUCTURED_FIELDS:
        if not text:
            return []
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            raise _reject(field, f"bukan JSON yang sah ({exc.msg}, baris {exc.lineno}); "
                                 'contoh: [{"role": "PIHAK PERTAMA", "institution": "..."}]') from None
    if field in LIST_FIELDS:
        return [line for line in text.splitlines() if line.strip()]
    return text or None


def correct(session: Session, document: Document, field: str, new_value: object,
            user_id: int | None) -> Correction | None:
    """Record one correction (validated), audit it and send the document back to be re-indexed.

    Returns None when the value equals the current (corrected) one: nothing to record.
    """
    value = validate(field, new_value)
    old = apply_corrections(session, document).get(field)
    if old == value:
        return None
    row = Correction(document_id=document.id, field=field, old_value=old, new_value=value, user_id=user_id)
    session.add(row)
    audit.record(session, "correction", user_id=user_id, document_id=document.id,
                 field=field, old=old, new=value)
    reindex_later(document)  # the index job re-indexes it with the corrected values
    session.flush()
    if field in LINKING_FIELDS:
        link_document(session, document.id)
    return row


def history(session: Session, document_id: int) -> list[Correction]:
    """Every correction of one document, newest first (who, when, old and new value)."""
    return list(session.scalars(select(Correction).where(Correction.document_id == document_id)
                                .order_by(Correction.created_at.desc(), Correction.id.desc())))
