"""The sweep: find documents whose work was lost (a killed worker, a flushed Redis) and queue it again.

The database status is the truth; Redis only holds the to-do list. A document is stranded when
its status says work remains and no job for that work is waiting, or when its claim is abandoned
(models/claims.py: no heartbeat for ARSIP_STALE_SECONDS, or a dead pid on this host). Every worker
sweeps at start, between jobs, and every ARSIP_SWEEP_SECONDS while idle (see run_worker).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from models.claims import abandoned, database_now
from models.document_status import release
from models.db import session_scope
from models.documents import unfinished
from models.status import DocumentStatus
from workers import queue


@dataclass
class SweepReport:
    requeued: dict[str, list[int]] = field(default_factory=dict)

    def add(self, step: str, document_id: int) -> None:
        self.requeued.setdefault(step, []).append(document_id)


def sweep(settings, connection=None) -> SweepReport:
    """Queue again every unfinished step that has no job waiting for it."""
    report = SweepReport()
    connection = connection or queue.connect(settings)
    index_needed = False
    with session_scope(settings) as session:
        now = database_now(session)
        for document_id, status, claimed_by, heartbeat in unfinished(session):
            if status == DocumentStatus.PROCESSING.value:
                if not (abandoned(settings, claimed_by, heartbeat, now)
                        and release(session, document_id, claimed_by)):
                    continue
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
