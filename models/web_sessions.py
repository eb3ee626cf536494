"""Server-side login sessions: the browser's cookie holds a random id, the database its sha256.

Deleting the row ends the session everywhere at once: logout, a password change, disabling the user.
A session also ends after ARSIP_SESSION_IDLE_MINUTES without use and ARSIP_SESSION_MAX_HOURS after login.
"""
from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from models.tables import User, WebSession, utcnow

TOUCH_SECONDS = 60  # how stale last_seen_at may get (a write per page view would serialise readers)


def _hash(session_id: str) -> str:
    return hashlib.sha256(session_id.encode("utf-8")).hexdigest()


def _aware(moment: datetime, now: datetime) -> datetime:
    return moment.replace(tzinfo=now.tzinfo) if moment.tzinfo is None else moment  # SQLite drops the zone


def start(session: Session, user: User, address: str | None = None) -> str:
    """A new session for the user; returns the id to put in the cookie (only its hash is stored)."""
    session_id = secrets.token_urlsafe(32)
    now = utcnow()
    session.add(WebSession(id_hash=_hash(session_id), user_id=user.id, created_at=now, last_seen_at=now,
                           address=(address or "")[:64] or None))
    session.flush()
    return session_id


def resume(session: Session, session_id: str, idle_minutes: int, max_hours: int,
           now: datetime | None = None) -> User | None:
    """The user of a live session (noting its use), or None when it ended, expired or its user is disabled."""
    if not session_id or not isinstance(session_id, str):
        return None
    row = session.get(WebSession, _hash(session_id))
    if row is None:
        return None
    now = now or utcnow()
    idle = now - _aware(row.last_seen_at, now)
    age = now - _aware(row.created_at, now)
    user = session.get(User, row.user_id)
    if idle > timedelta(minutes=idle_minutes) or age > timedelta(hours=max_hours) or user is None \
            or user.disabled_at is not None:
        session.delete(row)
        return None
    if idle.total_seconds() > TOUCH_SECONDS:
        row.last_seen_at = now
    return user


def end(session: Session, session_id: str | None) -> None:
    """Log one session out (nothing happens for an unknown id)."""
    if session_id:
        session.execute(delete(WebSession).where(WebSession.id_hash == _hash(session_id)))


def end_all(session: Session, user: User, keep: str | None = None) -> int:
    """End every session of a user (but `keep`, the caller's own, when given); returns how many."""
    query = delete(WebSession).where(WebSession.user_id == user.id)
    if keep:
        query = query.where(WebSession.id_hash != _hash(keep))
    return session.execute(query).rowcount or 0


def count_by_user(session: Session) -> dict[int, int]:
    """Open sessions per user id (expired ones included until their next use or cleanup)."""
    rows = session.execute(select(WebSession.user_id, func.count()).group_by(WebSession.user_id))
    return {user_id: n for user_id, n in rows}


def forget_expired(session: Session, idle_minutes: int, max_hours: int, now: datetime | None = None) -> int:
    """Delete sessions past either timeout; returns how many."""
    now = now or utcnow()
    query = delete(WebSession).where((WebSession.last_seen_at < now - timedelta(minutes=idle_minutes))
                                     | (WebSession.created_at < now - timedelta(hours=max_hours)))
    return session.execute(query).rowcount or 0
