"""The sweep: find documents whose work was lost (a killed worker, a flushed Redis) and queue it again.

The database status is the truth; Redis only holds the to-do list. A document is stranded when
its status says work remains and no job for that work is waiting, or when the process that
claimed it is gone (same host, dead pid) or has not sent a heartbeat for ARSIP_STALE_SECONDS.
"""
from __future__ import annotations

import os
import socket
from dataclasses import dataclass, field
from datetime import timedelta

from models.db import session_scope
from models.documents import set_status, unfinished
from models.status import DocumentStatus
from models.tables import Document, utcnow
from workers import queue


@dataclass
class SweepReport:
    requeued: dict[str, list[int]] = field(default_factory=dict)

    def add(self, step: str, document_id: int) -> None:
        self.requeued.setdefault(step, []).append(document_id)


def claimant_gone(claimed_by: str | None) -> bool:
    """True when the claiming process ran on this host and no longer exists."""
    if not claimed_by or ":" not in claimed_by:
        return claimed_by is None
    host, _, pid = claimed_by.rpartition(":")
    if host != socket.gethostname():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except (PermissionError, ValueError):
        return False
    return _zombie(int(pid))


def _zombie(pid: int) -> bool:
    """A killed process nobody has reaped yet still answers kill(pid, 0); /proc tells it is dead."""
    try:
        with open(f"/proc/{pid}/stat") as handle:
            return handle.read().rsplit(")", 1)[1].split()[0] in ("Z", "X")
    except (OSError, IndexError):
        return False


def sweep(settings, connection=None) -> SweepReport:
    """Queue again every unfinished step that has no job waiting for it."""
    report = SweepReport()
    connection = connection or queue.connect(settings)
    stale = utcnow() - timedelta(seconds=settings.stale_seconds)
    index_needed = False
    with session_scope(settings) as session:
        for document_id, status, claimed_by, changed in unfinished(session):
            if status == DocumentStatus.PROCESSING.value:
                if not (claimant_gone(claimed_by) or changed < stale):
                    continue
                set_status(session, session.get(Document, document_id), DocumentStatus.RECEIVED)
                status = DocumentStatus.RECEIVED.value
            if status == DocumentStatus.RECEIVED.value:
                if not queue.waiting(connection, queue.PROCESS_JOB.format(document_id)):
                    report.add("process", document_id)
            elif status == DocumentStatus.PROCESSED.value:
                if not queue.waiting(connection, queue.EXTRACT_JOB.format(document_id)):
                    report.add("extract", document_id)
            elif status == DocumentStatus.EXTRACTED.value:
                index_needed = True
    for document_id in report.requeued.get("process", []):
        queue.enqueue_document(settings, document_id, connection)
    for document_id in report.requeued.get("extract", []):
        queue.enqueue_extract(settings, document_id, connection)
    if index_needed and not queue.waiting(connection, queue.INDEX_JOB):
        queue.enqueue_index(settings, connection)
        report.add("index", 0)
    return report
