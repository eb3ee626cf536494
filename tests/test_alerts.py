"""Expiry alerts through the real path: rq cron scheduler -> Redis queue -> worker -> SMTP server.

Time is set with time-machine; Redis DB 5; a real aiosmtpd server receives the e-mail.
"""
from __future__ import annotations

import os
import signal
import subprocess
import time as clock
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
import redis
import time_machine
from rq import SimpleWorker
from sqlalchemy import select

from models.alerts import SENDING_LEASE, acknowledge, lifecycle_lists, open_alerts, recipients_for, snooze
from models.db import session_scope
from models.tables import Alert, Document
from tests.alert_support import (REDIS_URL, add_document, add_link, add_user, alert_env, extraction,  # noqa: F401
                                 free_port, smtp_server)
from workers import queue as jobs_queue
from workers import runner

ROOT = Path(__file__).resolve().parent.parent
END = date(2027, 3, 31)
THRESHOLDS = (180, 90, 30, 7)

# Every test here uses Redis DB 5 (flushed per test): keep them on one xdist worker.
pytestmark = pytest.mark.xdist_group("alerts-redis5")


def morning(day: date) -> datetime:
    """Half a minute after the daily cron time (06:00 local)."""
    return datetime.combine(day, time(6, 0, 30)).astimezone()


class Calendar:
    """Drives the production scheduler and a worker through chosen days."""

    def __init__(self, settings, first_day: date):
        self.settings = settings
        self.connection = redis.Redis.from_url(REDIS_URL)
        with time_machine.travel(morning(first_day - timedelta(days=1)), tick=False):
            self.scheduler = runner.alert_scheduler(settings, self.connection)

    def run(self, day: date) -> None:
        with time_machine.travel(morning(day), tick=False):
            enqueued = self.scheduler.enqueue_jobs()
            assert [job.func_name for job in enqueued] == ["workers.alerts.run_alerts"]
            SimpleWorker([jobs_queue.QUEUE_NAME], connection=self.connection).work(burst=True)
        assert jobs_queue.queue(self.settings, self.connection).count == 0

    def run_days(self, days) -> None:
        for day in days:
            self.run(day)


def around(end: date, thresholds=THRESHOLDS, before: int = 2, after: int = 2) -> list[date]:
    """Consecutive days around each threshold (and the last days of the term), in order."""
    days = set()
    for threshold in thresholds:
        days.update(end - timedelta(days=threshold + offset) for offset in range(-after, before + 1))
    days.update(end + timedelta(days=offset) for offset in range(-1, 3))
    return sorted(days)


def kill_tree(pid: int) -> None:
    """SIGKILL a process we started and every process it forked (rq's work horse sets its own group)."""
    children = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            children += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            pass
    for child in children:
        kill_tree(child)
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def rows(settings):
    with session_scope(settings) as session:
        return [(a.document_id, a.end_date, a.threshold, a.recipient, a.state)
                for a in session.scalars(select(Alert).order_by(Alert.id))]


def test_each_threshold_fires_exactly_once_across_consecutive_days(alert_env, smtp_server):
    with session_scope(alert_env) as session:
        kb = add_document(session, extraction(end=END, title="Pengelolaan Sampah Terpadu"), unit="Dinas Lingkungan Hidup")
        add_user(session, "admin", "admin", email="admin@bogorkota.go.id")
        add_user(session, "dlh", "staff", email="dlh@bogorkota.go.id", unit="Dinas Lingkungan Hidup")
        add_user(session, "dinkes", "staff", email="dinkes@bogorkota.go.id", unit="Dinas Kesehatan")
        add_user(session, "tamu", "viewer", email="tamu@bogorkota.go.id")
        kb_id = kb.id
    calendar = Calendar(alert_env, END - timedelta(days=185))
    calendar.run_days(around(END))

    recorded = rows(alert_env)
    assert sorted((threshold, recipient) for _, _, threshold, recipient, _ in recorded) == sorted(
        (t, r) for t in THRESHOLDS for r in ("admin@bogorkota.go.id", "dlh@bogorkota.go.id"))
    assert {state for *_, state in recorded} == {"closed"}  # the term has ended: nothing left open
    assert len(smtp_server.messages) == 8
    for recipient in ("admin@bogorkota.go.id", "dlh@bogorkota.go.id"):
        subjects = [s for s, env in zip(smtp_server.subjects(), smtp_server.envelopes) if env == [recipient]]
        assert [int(s.split("dalam ")[1].split(" hari")[0]) for s in subjects] == list(THRESHOLDS)
    body = smtp_server.bodies()[0]
    assert "Pengelolaan Sampah Terpadu" in body and "Universitas Pakuan" in body
    assert "31 Maret 2027" in body and "Sisa waktu         : 180 hari" in body
    assert f"https://arsip.example.go.id/agreements/{kb_id}" in body
    assert "akan berakhir" in smtp_server.subjects()[0]


def test_restarting_worker_and_redis_between_runs_sends_nothing_twice(alert_env, smtp_server):
    with session_scope(alert_env) as session:
        add_document(session, extraction(end=END))
        add_user(session, "admin", "admin", email="admin@bogorkota.go.id")
    day = END - timedelta(days=90)
    Calendar(alert_env, day).run(day)
    assert len(smtp_server.messages) == 1
    redis.Redis.from_url(REDIS_URL).flushdb()  # Redis restarted empty; a new scheduler and worker start
    again = Calendar(alert_env, day)
    again.run(day)
    again.run(day + timedelta(days=1))
    assert jobs_queue.enqueue_alerts(alert_env, day.isoformat())  # and a manual rerun of the same day
    SimpleWorker([jobs_queue.QUEUE_NAME], connection=again.connection).work(burst=True)
    assert len(smtp_server.messages) == 1
    assert [(t, s) for *_, t, _, s in rows(alert_env)] == [(90, "sent")]


def test_a_worker_killed_while_sending_leaves_an_alert_the_next_run_sends_once(alert_env, smtp_server):
    with session_scope(alert_env) as session:
        add_document(session, extraction(end=END))
        add_user(session, "admin", "admin", email="admin@bogorkota.go.id")
    day = END - timedelta(days=30)
    smtp_server.hold.set()  # the server stalls before accepting the recipient: nothing delivered yet
    assert jobs_queue.enqueue_alerts(alert_env, day.isoformat())
    worker = subprocess.Popen([str(ROOT / ".venv/bin/arsip"), "worker", "--burst"], cwd=ROOT, env=dict(os.environ),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        assert smtp_server.reached_rcpt.wait(120), "the worker never reached the SMTP server"
        assert [s for *_, s in rows(alert_env)] == ["sending"]  # recorded before sending
    finally:
        kill_tree(worker.pid)  # the worker and its work horse (its own process group) die mid-send
        worker.wait()
    smtp_server.hold.clear()
    clock.sleep(0.3)  # let the stalled server session notice the dead client
    assert smtp_server.messages == []
    connection = redis.Redis.from_url(REDIS_URL)
    assert jobs_queue.enqueue_alerts(alert_env, day.isoformat())
    SimpleWorker([jobs_queue.QUEUE_NAME], connection=connection).work(burst=True)
    assert smtp_server.messages == []  # inside the lease another run may still be sending: hands off
    later = datetime.now().astimezone() + SENDING_LEASE + timedelta(minutes=1)
    with time_machine.travel(later, tick=False):
        assert jobs_queue.enqueue_alerts(alert_env, day.isoformat())
        SimpleWorker([jobs_queue.QUEUE_NAME], connection=connection).work(burst=True)
    assert len(smtp_server.messages) == 1
    assert [(t, s) for *_, t, _, s in rows(alert_env)] == [(30, "sent")]


def test_two_runs_at_once_send_each_alert_once(alert_env, smtp_server):
    import threading

    from models.settings import load_settings
    from workers.alerts import send_alerts

    settings = load_settings()  # with SMTP_URL of the test server
    with session_scope(alert_env) as session:
        for n in range(6):
            add_document(session, extraction(end=END + timedelta(days=n), number=f"{n}/KB/2022"))
        for n in range(5):
            add_user(session, f"admin{n}", "admin", email=f"admin{n}@kota.go.id")
    day, barrier, errors = END - timedelta(days=60), threading.Barrier(2), []

    def run() -> None:
        barrier.wait()
        try:
            send_alerts(settings, day)
        except Exception as exc:  # noqa: BLE001 - SQLite may refuse the slower run's claim; it sends nothing then
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    send_alerts(settings, day)  # and whatever a refused run left behind
    assert sorted(e[0] for e in smtp_server.envelopes) == [f"admin{n}@kota.go.id" for n in range(5)]
    assert all(len(m.get_payload(decode=True).decode().split("Tautan")) == 7 for m in smtp_server.messages)
    assert {s for *_, s in rows(alert_env)} == {"sent"} and len(rows(alert_env)) == 30


def test_an_extension_closes_old_alerts_and_moves_warnings_to_the_new_end(alert_env, smtp_server, monkeypatch):
    new_end = date(2029, 3, 31)
    with session_scope(alert_env) as session:
        kb = add_document(session, extraction(end=END))
        add_user(session, "admin", "admin", email="admin@bogorkota.go.id")
        kb_id = kb.id
    calendar = Calendar(alert_env, END - timedelta(days=181))
    calendar.run(END - timedelta(days=180))
    monkeypatch.setenv("SMTP_URL", f"smtp://127.0.0.1:{free_port()}")  # the mail server is down that day
    calendar.run(END - timedelta(days=90))
    assert [(t, s) for *_, t, _, s in rows(alert_env)] == [(180, "sent"), (90, "pending")]
    monkeypatch.setenv("SMTP_URL", f"smtp://127.0.0.1:{smtp_server.port}")
    with session_scope(alert_env) as session:
        addendum = add_document(session, extraction(doc_type="ADDENDUM", end=new_end, sign=END - timedelta(days=100),
                                                    number="5/ADD/2026", parent="1/KB/2022"))
        add_link(session, addendum, session.get(type(addendum), kb_id))
    calendar.run_days([d for d in around(END) if d > END - timedelta(days=90)])
    assert len(smtp_server.messages) == 1  # only the first 180-day warning, before the extension
    assert {(end, t, s) for _, end, t, _, s in rows(alert_env)} == {(END, 180, "closed"), (END, 90, "closed")}
    calendar.run(new_end - timedelta(days=180))
    assert len(smtp_server.messages) == 2
    assert "31 Maret 2029" in smtp_server.bodies()[1]
    assert (kb_id, new_end, 180, "admin@bogorkota.go.id", "sent") in rows(alert_env)


def test_an_unknown_end_date_never_alerts_and_is_listed_for_review(alert_env, smtp_server):
    with session_scope(alert_env) as session:
        unknown = add_document(session, extraction(doc_type="PKS", end=None, title="Layanan Puskesmas"))
        add_document(session, extraction(end=END))
        add_user(session, "admin", "admin", email="admin@bogorkota.go.id")
        unknown_id = unknown.id
    days = around(END, thresholds=(180, 7))
    Calendar(alert_env, days[0]).run_days(days)
    assert unknown_id not in {doc for doc, *_ in rows(alert_env)}
    assert not any("Layanan Puskesmas" in body for body in smtp_server.bodies())
    with session_scope(alert_env) as session:
        review = lifecycle_lists(session, END, alert_env.alert_days)["unknown_term"]
        assert [doc.id for doc, _ in review] == [unknown_id]


def test_recipients_by_role_and_responsible_unit(alert_env):
    with session_scope(alert_env) as session:
        users = [add_user(session, "admin", "admin", email="Admin@Kota.go.id"),
                 add_user(session, "dlh", "staff", email="dlh@kota.go.id", unit="Dinas Lingkungan Hidup"),
                 add_user(session, "umum", "staff", email=None, unit=None),
                 add_user(session, "dinkes", "staff", email="dinkes@kota.go.id", unit="Dinas Kesehatan"),
                 add_user(session, "tamu", "viewer", email="tamu@kota.go.id")]
        kb = add_document(session, extraction(end=END), unit="dinas  lingkungan hidup")
        assert recipients_for(kb, users) == ["admin@kota.go.id", "dlh@kota.go.id", "umum"]
        kb.unit = None
        assert recipients_for(kb, users, extra=["kerjasama@kota.go.id"]) == [
            "admin@kota.go.id", "dinkes@kota.go.id", "dlh@kota.go.id", "kerjasama@kota.go.id", "umum"]


def test_acknowledge_and_snooze(alert_env, smtp_server):
    with session_scope(alert_env) as session:
        kb = add_document(session, extraction(end=END))
        add_user(session, "admin", "admin", email="admin@kota.go.id")
        add_user(session, "dlh", "staff", email=None)  # warned in the app only
        kb_id = kb.id
    day = END - timedelta(days=30)
    Calendar(alert_env, day).run(day)
    with session_scope(alert_env) as session:
        from models.users import find_user

        admin, staff = find_user(session, "admin"), find_user(session, "dlh")
        assert list(open_alerts(session, staff, day)) == [kb_id]  # delivered in the app
        alert = open_alerts(session, admin, day)[kb_id]
        snooze(session, alert.id, admin, day + timedelta(days=3), day)
        assert open_alerts(session, admin, day + timedelta(days=2)) == {}
        assert list(open_alerts(session, admin, day + timedelta(days=3))) == [kb_id]
        acknowledge(session, open_alerts(session, staff, day)[kb_id].id, staff)
        assert open_alerts(session, staff, day) == {}
        with pytest.raises(Exception, match="tidak ditemukan"):
            acknowledge(session, alert.id, staff)  # someone else's alert
    assert len(smtp_server.messages) == 1


def test_the_daily_run_sends_agreements_whose_status_changed_back_to_indexing(alert_env):
    with session_scope(alert_env) as session:
        crossing = add_document(session, extraction(end=END))
        steady = add_document(session, extraction(end=END + timedelta(days=3000), number="2/KB/2022"))
        ids = crossing.id, steady.id
    calendar = Calendar(alert_env, END - timedelta(days=182))
    calendar.run(END - timedelta(days=182))
    calendar.run(END - timedelta(days=181))
    with session_scope(alert_env) as session:
        assert [session.get(Document, i).status for i in ids] == ["indexed", "indexed"]
    calendar.run(END - timedelta(days=180))  # active -> expiring: the index's status is stale now
    with session_scope(alert_env) as session:
        assert [session.get(Document, i).status for i in ids] == ["extracted", "indexed"]
