"""The audit log: corrections, links, uploads, deletions and downloads, with who and when."""
from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.tables import AuditEntry


def record(session: Session, action: str, *, user_id: int | None = None, document_id: int | None = None,
           **detail: object) -> AuditEntry:
    """Add one audit entry to the session's transaction."""
    entry = AuditEntry(action=action, user_id=user_id, document_id=document_id, detail=detail or None)
    session.add(entry)
    return entry


def latest(session: Session, action: str) -> AuditEntry | None:
    """The newest audit entry of one action, or None."""
    return session.scalars(select(AuditEntry).where(AuditEntry.action == action)
                           .order_by(AuditEntry.id.desc()).limit(1)).first()


UPLOAD_BATCH = "upload_batch"


def upload_batch(session: Session, entry_id: int) -> AuditEntry | None:
    """One upload as the processing page follows it: chosen files, counts, rejections, the documents."""
    entry = session.get(AuditEntry, entry_id)
    return entry if entry is not None and entry.action == UPLOAD_BATCH else None


RUN_ACTION = "alerts_run"  # the audit action of the daily alert run


def last_alert_run(session: Session) -> date | None:
    """The day the previous daily alert run was for, to find statuses that changed since."""
    entry = latest(session, RUN_ACTION)
    try:
        return date.fromisoformat(entry.detail["today"]) if entry and entry.detail else None
    except (KeyError, ValueError, TypeError):
        return None
