"""Claims across hosts, on both databases and real Redis: a beating claim holds, a silent one is taken back."""
from __future__ import annotations

import subprocess
import time
from datetime import timedelta

import pytest

from ingest.triage import Triage
from models import claims, document_status, documents
from models.db import init_db, session_scope
from models.settings import load_settings
from models.tables import Document
from tests.services import flushed_redis, redis_url
from workers import queue
from workers.heartbeat import Heartbeat
from workers.sweep import sweep

STALE = 2  # seconds; heartbeats every 2/3 s
REDIS_DB = 9
REDIS = redis_url(REDIS_DB)


@pytest.fixture
def hosts(database_url, tmp_path):
    """Settings of three hosts sharing one database and one Redis: a, b and c."""
    with flushed_redis(REDIS_DB):
        made = {name: load_settings({}, DATABASE_URL=database_url, ARSIP_DATA_DIR=str(tmp_path / "var"),
                                    REDIS_URL=REDIS, ARSIP_HOST_ID=f"host-{name}", ARSIP_STALE_SECONDS=str(STALE))
                for name in "abc"}
        init_db(made["a"])
        yield made


def _document(settings, letter: str) -> int:
    with session_scope(settings) as session:
        return documents.register(session, letter * 64, Triage("pdf", 1), f"{letter}.pdf", 1, f"/{letter}.pdf").document_id


def _claim(settings, document_id: int):
    with session_scope(settings) as session:
        return document_status.claim(session, document_id, settings)


def _row(settings, document_id: int) -> Document:
    with session_scope(settings) as session:
        return session.get(Document, document_id)


def test_a_beating_claim_holds_past_the_stale_limit_and_a_silent_one_is_taken_back(hosts):
    a, b = hosts["a"], hosts["b"]
    document_id = _document(a, "c")
    assert _claim(a, document_id) is not None
    assert _row(a, document_id).claimed_by.startswith("host-a:")
    with Heartbeat(a, document_id) as heartbeat:
        deadline = time.monotonic() + 2.5 * STALE
        while time.monotonic() < deadline:  # host b keeps trying while host a's worker lives
            assert _claim(b, document_id) is None
            time.sleep(0.25)
        assert not heartbeat.lost
    silent_since = time.monotonic()
    while _claim(b, document_id) is None:  # host a's worker is gone: its heartbeat stops
        assert time.monotonic() - silent_since < STALE + 2, "the silent claim was not taken back"
        time.sleep(0.1)
    assert time.monotonic() - silent_since >= STALE - 0.8  # not before the heartbeat was stale (one beat late)
    row = _row(a, document_id)
    assert row.claimed_by.startswith("host-b:") and row.attempts == 2
    with session_scope(a) as session:  # the first worker, had it lived on, learns it lost the claim
        assert claims.beat(session, document_id, a) is False
        assert not claims.holds(session.get(Document, document_id), a)


def test_a_heartbeat_uses_the_database_clock(hosts):
    a = hosts["a"]
    document_id = _document(a, "d")
    _claim(a, document_id)
    with session_scope(a) as session:
        before = claims.database_now(session)
        assert claims.beat(session, document_id, a)
    with session_scope(a) as session:
        after = claims.database_now(session)
        beaten = claims.aware(session.get(Document, document_id).status_changed_at)
    assert before - timedelta(seconds=1) <= beaten <= after + timedelta(seconds=1)


def test_a_dead_pid_frees_a_claim_at_once_on_its_own_host_only(hosts):
    a, b = hosts["a"], hosts["b"]
    child = subprocess.Popen(["true"])
    child.wait()  # reaped: its pid names no process
    with session_scope(a) as session:
        now = claims.database_now(session)
    dead = f"host-a:{child.pid}"
    assert claims.abandoned(a, dead, now, now) is True      # same host: the pid is known to be gone
    assert claims.abandoned(b, dead, now, now) is False     # another host: pids mean nothing there
    assert claims.abandoned(b, dead, now - timedelta(seconds=STALE + 1), now) is True
    assert claims.abandoned(a, claims.claimant(a), now, now) is False  # this very process lives
    assert claims.abandoned(a, None, now, now) is True


def test_the_sweep_takes_back_a_silent_claim_of_another_host_and_leaves_a_beating_one(hosts):
    b, c = hosts["b"], hosts["c"]
    beating, silent = _document(c, "e"), _document(c, "f")
    assert _claim(c, beating) and _claim(c, silent)
    connection = queue.connect(b)
    with Heartbeat(c, beating):
        time.sleep(STALE + 1)  # the silent claim is stale now; the beating one was refreshed meanwhile
        report = sweep(b, connection)
        assert report.requeued.get("process") == [silent]
        assert _row(b, beating).status == "processing" and _row(b, beating).claimed_by.startswith("host-c:")
        assert _row(b, silent).status == "received" and _row(b, silent).claimed_by is None
        assert queue.waiting(connection, queue.PROCESS_JOB.format(silent))
        assert not queue.waiting(connection, queue.PROCESS_JOB.format(beating))
        assert sweep(b, connection).requeued == {}  # a second sweep finds the job waiting: nothing doubled


def test_one_redis_client_per_address_and_process():
    """Every caller of queue.connect shares one pool per address: a web request must not build a new one."""
    from types import SimpleNamespace

    first, second = SimpleNamespace(redis_url=redis_url(7)), SimpleNamespace(redis_url=redis_url(8))
    assert queue.connect(first) is queue.connect(SimpleNamespace(redis_url=redis_url(7)))
    assert queue.connect(first) is not queue.connect(second)
    assert queue.connect(first).connection_pool.connection_kwargs["db"] == 7
    assert queue.connect(first).ping()
