"""Claims on documents across hosts: which worker reads a document, and whether it still lives.

A worker claims a document by setting it "processing" with its claimant, `ARSIP_HOST_ID:pid`, and a
heartbeat (`status_changed_at`). Heartbeats are written with the database's clock, the one clock every
host shares, so hosts whose own clocks differ still agree on a claim's age. A claim holds while its
heartbeat is younger than ARSIP_STALE_SECONDS (its worker beats every third of that); after that any
host may take the document back (models.document_status.claim and release). On the claimant's own host a dead pid frees it at once: pids mean
nothing on another host, so there only the heartbeat counts.
"""
from __future__ import annotations

import os
import socket
from datetime import datetime, timedelta, timezone

from sqlalchemy import func, select, text, update
from sqlalchemy.orm import Session

from models.status import DocumentStatus
from models.tables import Document

PROCESSING = DocumentStatus.PROCESSING.value


def host_id(settings) -> str:
    """This host's name in claims: ARSIP_HOST_ID, else the machine's host name."""
    return str(settings.host_id or socket.gethostname())


def claimant(settings) -> str:
    """The claim label of this process: `host:pid`."""
    return f"{host_id(settings)}:{os.getpid()}"


def heartbeat_seconds(settings) -> float:
    """How often a worker refreshes its claim: three beats fit in ARSIP_STALE_SECONDS."""
    return max(settings.stale_seconds / 3, 0.5)


def database_now(session: Session) -> datetime:
    """The database server's clock (UTC), shared by every host that uses the database."""
    if session.get_bind().dialect.name == "sqlite":  # one file on one host: its clock is the database's
        value = session.scalar(text("SELECT strftime('%Y-%m-%d %H:%M:%f', 'now')"))
        return datetime.fromisoformat(value).replace(tzinfo=timezone.utc)
    return aware(session.scalar(select(func.statement_timestamp())))


def aware(moment: datetime) -> datetime:
    """SQLite hands back naive datetimes; every stored time is UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def beat(session: Session, document_id: int, settings) -> bool:
    """Refresh this process's claim on a document; False when the claim is no longer ours."""
    result = session.execute(
        update(Document)
        .where(Document.id == document_id, Document.status == PROCESSING,
               Document.claimed_by == claimant(settings))
        .values(status_changed_at=database_now(session))
        .execution_options(synchronize_session=False))
    return result.rowcount == 1


def holds(document: Document | None, settings) -> bool:
    """Whether this process still holds its claim on the document (nobody took it back meanwhile)."""
    return (document is not None and document.status == PROCESSING
            and document.claimed_by == claimant(settings))


def abandoned(settings, claimed_by: str | None, heartbeat: datetime, now: datetime) -> bool:
    """Whether a processing document's claim may be taken back: no claimant, a heartbeat older than
    ARSIP_STALE_SECONDS by the database clock, or a claimant on this host whose process is gone."""
    if not claimed_by:
        return True
    if aware(heartbeat) < now - timedelta(seconds=settings.stale_seconds):
        return True
    host, _, pid = claimed_by.rpartition(":")
    return host == host_id(settings) and pid.isdigit() and not _alive(int(pid))


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return not _zombie(pid)


def _zombie(pid: int) -> bool:
    """A killed process nobody has reaped yet still answers kill(pid, 0); /proc tells it is dead."""
    try:
        with open(f"/proc/{pid}/stat") as handle:
            return handle.read().rsplit(")", 1)[1].split()[0] in ("Z", "X")
    except (OSError, IndexError):
        return False
