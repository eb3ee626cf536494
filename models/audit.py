"""The audit log: corrections, links, uploads, deletions and downloads, with who and when."""
from __future__ import annotations

from sqlalchemy.orm import Session

from models.tables import AuditEntry


def record(session: Session, action: str, *, user_id: int | None = None, document_id: int | None = None,
           **detail: object) -> AuditEntry:
    """Add one audit entry to the session's transaction."""
    entry = AuditEntry(action=action, user_id=user_id, document_id=document_id, detail=detail or None)
    session.add(entry)
    return entry
