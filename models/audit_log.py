"""Reading the audit log: filtered pages for the admin page and a CSV export."""
from __future__ import annotations

import json

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.spreadsheet import csv_text
from models.tables import AuditEntry, User


def _query(action: str | None, document_id: int | None, user_id: int | None):
    query = select(AuditEntry)
    if action:
        query = query.where(AuditEntry.action == action)
    if document_id is not None:
        query = query.where(AuditEntry.document_id == document_id)
    if user_id is not None:
        query = query.where(AuditEntry.user_id == user_id)
    return query


def entries(session: Session, *, action: str | None = None, document_id: int | None = None,
            user_id: int | None = None, limit: int | None = 100, offset: int = 0) -> list[AuditEntry]:
    """Audit entries, newest first, optionally filtered by action, document or user."""
    query = _query(action, document_id, user_id).order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
    if limit is not None:
        query = query.limit(limit).offset(offset)
    return list(session.scalars(query))


def count(session: Session, *, action: str | None = None, document_id: int | None = None,
          user_id: int | None = None) -> int:
    """How many entries match the filters."""
    return session.scalar(select(func.count()).select_from(_query(action, document_id, user_id).subquery()))


def actions(session: Session) -> list[str]:
    """Every action name that occurs in the log, for the filter menu."""
    return sorted(session.scalars(select(AuditEntry.action).distinct()))


def user_names(session: Session) -> dict[int, str]:
    return {user.id: user.name for user in session.scalars(select(User))}


def to_csv(session: Session, rows: list[AuditEntry]) -> str:
    """CSV text of audit entries: when, who, action, document and the detail as JSON (formula-safe)."""
    names = user_names(session)
    return csv_text(["waktu", "pengguna", "tindakan", "dokumen", "rincian"],
                    ([row.at.isoformat(timespec="seconds"), names.get(row.user_id, "") if row.user_id else "",
                      row.action, row.document_id if row.document_id is not None else "",
                      json.dumps(row.detail, ensure_ascii=False, sort_keys=True) if row.detail else ""]
                     for row in rows))
