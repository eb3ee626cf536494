"""The sweep runs on its own timer (issue 11.4): an idle `arsip worker` queues again, within 2 × ARSIP_SWEEP_SECONDS,
documents that Redis forgot (FLUSHDB) and documents waiting for Meilisearch once it is back.

Before, rq blocked an idle worker for ~405 s between its maintenance runs, whatever ARSIP_SWEEP_SECONDS said.
"Queued" is read from Redis (the job's enqueue time), so a loaded machine that is slow to run the jobs
cannot blur what is measured; that the jobs then run to the end is asserted with a generous timeout."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

import pytest
import redis
from rq import Worker
from rq.exceptions import NoSuchJobError
from rq.job import Job

from ingest.triage import Triage
from models import documents
from models.db import session_scope
from models.index import SearchIndex
from models.meili_process import MeiliProcess
from models.search_query import parse_request
from models.settings import load_settings
from models.storage import BlobStore
from tests import makefiles
from tests.search.conftest import MASTER_KEY
from tests.search.helpers import add_agreement, facts, filler, status_of
from workers import queue

pytestmark = pytest.mark.xdist_group("meili")
ARSIP = str(Path(sys.executable).parent / "arsip")
SWEEP = 4  # ARSIP_SWEEP_SECONDS for this test


def _wait(predicate, timeout: float, what: str) -> float:
    """Seconds until predicate() holds (polled every 0.1 s); fails after timeout."""
    start = time.monotonic()
    while not predicate():
        assert time.monotonic() - start < timeout, f"{what}: not within {timeout} s"
        time.sleep(0.1)
    return time.monotonic() - start


def _queued_since(connection, job_id: str, moment: datetime) -> bool:
    """Whether rq holds a job with this id enqueued at or after `moment` (waiting, running or done)."""
    try:
        enqueued = Job.fetch(job_id, connection=connection).enqueued_at
    except NoSuchJobError:
        return False
    return enqueued is not None and enqueued.replace(tzinfo=enqueued.tzinfo or timezone.utc) >= moment


def _register_without_queueing(settings, folder: Path, count: int) -> list[int]:
    """Documents in the database whose jobs are not in Redis: as after a FLUSHDB."""
    store, ids = BlobStore(settings.data_path), []
    for n in range(count):
        path = makefiles.text_pdf(folder / f"kb-{n}.pdf", [[f"KESEPAKATAN BERSAMA NOMOR {n}/KB/2024 SAPU BERSIH"]])
        with session_scope(settings) as session:
            sha = store.put_file(path)
            ids.append(documents.register(session, sha, Triage("pdf", 1), path.name, path.stat().st_size,
                                          str(path)).document_id)
    return ids


def test_an_idle_worker_requeues_after_flushdb_and_after_meilisearch_returns(search_env, tmp_path, monkeypatch):
    server = MeiliProcess(tmp_path / "own-meili", MASTER_KEY, threads=1)
    server.start()
    monkeypatch.setenv("MEILI_URL", server.url)
    monkeypatch.setenv("ARSIP_SWEEP_SECONDS", str(SWEEP))
    settings = load_settings()
    connection = redis.Redis.from_url(settings.redis_url)
    log = open(tmp_path / "worker.log", "wb")
    worker = subprocess.Popen([ARSIP, "worker"], stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        _wait(lambda: Worker.all(connection=connection), 60, "the worker registers")
        time.sleep(1)  # past its start-up sweep: from here on it is idle, waiting for a job

        # 1. Redis forgets the queue.
        ids = _register_without_queueing(settings, tmp_path, 3)
        connection.flushdb()
        flushed = datetime.now(timezone.utc)
        taken = _wait(lambda: all(_queued_since(connection, queue.PROCESS_JOB.format(i), flushed) for i in ids),
                      2 * SWEEP, "documents Redis forgot are queued again")
        _wait(lambda: all(status_of(settings, i) == "indexed" for i in ids), 180, "the documents are indexed")

        # 2. Meilisearch goes away; extracted documents wait; it comes back.
        server.stop()
        waiting = [add_agreement(settings, facts(title=f"Kerja Sama Penanggulangan Banjir {n}"), [filler(1)])
                   for n in range(2)]
        time.sleep(1.5 * SWEEP)  # at least one sweep and one index attempt while it is down
        assert [status_of(settings, i) for i in waiting] == ["extracted", "extracted"]
        server.start()
        returned = datetime.now(timezone.utc)
        back = _wait(lambda: _queued_since(connection, queue.INDEX_JOB, returned), 2 * SWEEP,
                     "extracted documents are queued for indexing once Meilisearch is back")
        _wait(lambda: all(status_of(settings, i) == "indexed" for i in waiting), 120, "the documents are indexed")
        hits = SearchIndex(settings).search(parse_request({"q": "Penanggulangan Banjir"})).hits
        assert sorted({h.agreement_id for h in hits}) == sorted(waiting)
        assert worker.poll() is None
        print(f"queued again {taken:.1f} s after FLUSHDB, {back:.1f} s after Meilisearch returned "
              f"(ARSIP_SWEEP_SECONDS={SWEEP})")
    finally:
        server.stop()
        os.killpg(worker.pid, signal.SIGTERM)  # a warm stop: an indexing job it is on finishes first
        try:
            worker.wait(timeout=60)
        except subprocess.TimeoutExpired:  # loaded cores: do not hide the test's own outcome behind the stop
            os.killpg(worker.pid, signal.SIGKILL)
            worker.wait(timeout=30)
        log.close()
