"""The heartbeat of a claim: while a job reads a document, a thread tells the database it is alive.

A thread, not a call between pages, because one page's OCR may take longer than a beat. It beats every
ARSIP_STALE_SECONDS / 3 with the database clock, so other hosts never take a living worker's document;
when the process dies (SIGKILL, a lost host) the beats stop and the sweep takes the document back.
"""
from __future__ import annotations

import logging
import threading

from models.claims import beat, heartbeat_seconds
from models.db import session_scope

log = logging.getLogger(__name__)


class Heartbeat:
    """`with Heartbeat(settings, document_id):` keeps this process's claim fresh for the block's length."""

    def __init__(self, settings, document_id: int):
        self.settings, self.document_id = settings, document_id
        self.lost = False  # set when the database says another process holds the document now
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"heartbeat-{document_id}", daemon=True)

    def __enter__(self) -> "Heartbeat":
        self._thread.start()
        return self

    def __exit__(self, *_exc) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        interval = heartbeat_seconds(self.settings)
        while not self._stop.wait(interval):
            try:
                with session_scope(self.settings) as session:
                    if not beat(session, self.document_id, self.settings):
                        self.lost = True
                        log.warning("document %s was taken back by another worker; this reading will be dropped",
                                    self.document_id)
                        return
            except Exception:  # noqa: BLE001 - a missed beat is retried; only a long outage loses the claim
                log.exception("heartbeat for document %s failed", self.document_id)
