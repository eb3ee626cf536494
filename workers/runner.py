"""The worker and scheduler processes: they run the jobs, so they import them (jobs import workers.queue)."""
from __future__ import annotations

import logging
import os
import signal
import time
from uuid import uuid4

from redis import Redis
from redis.exceptions import RedisError
from rq import Worker
from rq.cron import CronScheduler

from ingest.errors import ServiceUnavailable
from workers.alerts import run_alerts
from workers.queue import QUEUE_NAME, connect, connected
from workers.sweep import sweep

log = logging.getLogger(__name__)


class ArsipWorker(Worker):
    """An rq worker that also sweeps the database for stranded documents, at start and periodically."""

    stop_requested_by_signal = False

    def request_stop(self, signum, frame):
        self.stop_requested_by_signal = True  # a stop asked for, not a lost Redis
        super().request_stop(signum, frame)

    def run_maintenance_tasks(self):
        super().run_maintenance_tasks()
        try:
            report = sweep(self.arsip_settings, connection=self.connection)
            if report.requeued:
                self.log.info("sweep requeued %s", report.requeued)
        except Exception:  # noqa: BLE001 - a failed sweep must not stop the worker; next one retries
            self.log.exception("sweep failed")


def _preload() -> None:
    """Import and build what jobs need in the worker itself: rq runs each job in a process forked from
    it, which then starts warm instead of paying ~2 s of imports and spaCy set-up per job."""
    import ingest.pipeline  # noqa: F401 - imported for the forked job processes
    import workers.indexing  # noqa: F401
    import workers.jobs  # noqa: F401
    from ingest.extract.extractor import warm_up

    warm_up()


RESTART_PAUSE_MAX = 30  # seconds between attempts to start again after Redis went away


def run_worker(settings, burst: bool = False, with_scheduler: bool = True) -> None:
    """Work the project's queue until stopped (or until empty with burst).

    rq's work loop ends when Redis goes away at the wrong moment (a restart while a job runs); the
    worker then lets that job's process finish, waits for Redis and starts working again, instead of
    exiting and leaving the queue without a worker. What the job did is in the database either way.
    """
    connection = connected(settings)
    _preload()
    pause = 1
    while True:
        # rq blocks an idle worker in its dequeue for worker_ttl - 15 s (405 s by default) and does its
        # maintenance, our sweep included, only between dequeues: this wakes it every ARSIP_SWEEP_SECONDS.
        worker = ArsipWorker([QUEUE_NAME], connection=connection, maintenance_interval=settings.sweep_seconds,
                             worker_ttl=settings.sweep_seconds + 15)
        worker.arsip_settings = settings
        started = time.monotonic()
        try:
            worker.work(burst=burst, with_scheduler=with_scheduler, logging_level="INFO")
        except RedisError as exc:  # its clean-up could not reach Redis either
            log.warning("the worker lost Redis: %s", exc)
        if burst or worker.stop_requested_by_signal:
            return
        _reap(worker)
        signal.signal(signal.SIGINT, signal.default_int_handler)  # rq's handlers belong to the worker that ended
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        if time.monotonic() - started > 10 * RESTART_PAUSE_MAX:
            pause = 1  # it had been working: a new outage, not the same one again
        log.warning("the worker stopped without being asked to; starting again once Redis answers "
                    "(in %s s at the earliest)", pause)
        time.sleep(pause)
        pause = min(pause * 2, RESTART_PAUSE_MAX)
        connection = _when_redis_answers(settings)


def _reap(worker: Worker) -> None:
    """Wait for a job process the ended worker left running: it finishes its document, and a new
    worker must not mistake it for its own."""
    pid = worker.horse_pid
    if pid:
        try:
            os.waitpid(pid, 0)
        except ChildProcessError:
            pass


def _when_redis_answers(settings, poll: float = 2.0) -> Redis:
    said = False
    while True:
        try:
            return connected(settings)
        except ServiceUnavailable as exc:
            if not said:
                log.warning("%s; waiting for it", exc)
                said = True
            time.sleep(poll)


# --- the daily expiry-alert run (issue 6): rq's cron scheduler enqueues it, a worker runs it ---------
ALERTS_JOB_TIMEOUT = 3600


def alert_scheduler(settings, connection: Redis | None = None):
    """An rq CronScheduler with the daily alert run registered (cron: ARSIP_ALERT_CRON, local time)."""
    scheduler = CronScheduler(connection=connection or connect(settings), name=f"arsip-alerts-{uuid4().hex[:6]}")
    scheduler.register(run_alerts, QUEUE_NAME, cron=settings.alert_cron, job_timeout=ALERTS_JOB_TIMEOUT,
                       failure_ttl=30 * 24 * 3600, name="arsip-daily-alerts")
    return scheduler


def run_scheduler(settings) -> None:
    """Run the cron scheduler until stopped (`arsip scheduler`; one such process in production)."""
    alert_scheduler(settings, connected(settings)).start()
