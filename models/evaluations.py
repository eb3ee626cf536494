"""Evaluation notes on an agreement (monitoring visits, reports), with an optional attached file."""
from __future__ import annotations

from datetime import date
from typing import BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from ingest.errors import InputRejected
from models import audit
from models.document_status import is_live
from models.storage import BlobStore
from models.tables import Document, EvaluationNote


class NoteRejected(InputRejected):
    """An evaluation note that cannot be stored; the message names the problem."""


def add_note(session: Session, store: BlobStore, document_id: int, text: str, noted_on: date,
             user_id: int | None = None, attachment: BinaryIO | None = None,
             attachment_name: str | None = None) -> EvaluationNote:
    """Store a note (and its attachment, content-addressed) on one agreement; audited."""
    document = session.get(Document, document_id)
    if not is_live(document):
        raise NoteRejected(f"dokumen {document_id} tidak ditemukan")
    text = (text or "").strip()
    if not text:
        raise NoteRejected("catatan evaluasi kosong; tulis hasil evaluasinya")
    sha = None
    if attachment is not None and attachment_name:
        sha = store.put_stream(attachment)
    note = EvaluationNote(document_id=document_id, user_id=user_id, noted_on=noted_on, text=text,
                          attachment_sha256=sha, attachment_name=attachment_name if sha else None)
    session.add(note)
    session.flush()
    audit.record(session, "evaluation_note", user_id=user_id, document_id=document_id, note_id=note.id,
                 attachment=attachment_name if sha else None)
    return note


def notes_for(session: Session, document_id: int) -> list[EvaluationNote]:
    """The evaluation notes of one agreement, oldest first."""
    return list(session.scalars(select(EvaluationNote).where(EvaluationNote.document_id == document_id)
                                .order_by(EvaluationNote.noted_on, EvaluationNote.id)))
