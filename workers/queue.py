"""The only module that talks to Redis and rq queues: connections, job ids, enqueueing by name.

Jobs and the web import this adapter; it imports no job (the worker that runs them is workers/runner.py)."""
from __future__ import annotations

import logging

from redis import Redis
from redis.exceptions import RedisError
from rq import Queue
from rq.exceptions import NoSuchJobError
from rq.job import Job, JobStatus

from ingest.errors import ServiceUnavailable

QUEUE_NAME = "arsip"
# One job per document and step; the id makes a second enqueue of the same work a no-op.
PROCESS_JOB = "process-{}"
EXTRACT_JOB = "extract-{}"
INDEX_JOB = "index-pending"
REMOVE_JOB = "remove-{}"
NOTIFY_JOB = "notify-pending"
JOB_TIMEOUT = 6 * 3600  # pages carry their own OCR timeout; this only bounds a stuck job
WAITING = {JobStatus.QUEUED, JobStatus.DEFERRED, JobStatus.SCHEDULED}

log = logging.getLogger(__name__)


def connect(settings) -> Redis:
    return Redis.from_url(settings.redis_url, socket_connect_timeout=2, socket_timeout=30)


def available(settings) -> bool:
    """Whether Redis answers (ingestion falls back to in-process work when it does not)."""
    try:
        return bool(connect(settings).ping())
    except (RedisError, OSError, ValueError):
        return False


def queue(settings, connection: Redis | None = None) -> Queue:
    return Queue(QUEUE_NAME, connection=connection or connect(settings))


def waiting(connection: Redis, job_id: str) -> bool:
    """True when a job with this id is queued and not yet started."""
    try:
        return Job.fetch(job_id, connection=connection).get_status(refresh=False) in WAITING
    except NoSuchJobError:
        return False


def enqueue(settings, function: str, *args, job_id: str, connection: Redis | None = None) -> bool:
    """Queue `function(*args)` unless the same job is already waiting; False when Redis is down."""
    try:
        connection = connection or connect(settings)
        if waiting(connection, job_id):
            return True
        queue(settings, connection).enqueue(function, *args, job_id=job_id, job_timeout=JOB_TIMEOUT,
                                            result_ttl=3600, failure_ttl=7 * 24 * 3600)
        return True
    except (RedisError, OSError) as exc:
        log.warning("cannot queue %s (%s); the sweep will queue it when Redis is back", job_id, exc)
        return False


def enqueue_document(settings, document_id: int, connection: Redis | None = None) -> bool:
    return enqueue(settings, "workers.jobs.process_document", document_id,
                   job_id=PROCESS_JOB.format(document_id), connection=connection)


def enqueue_extract(settings, document_id: int, connection: Redis | None = None) -> bool:
    return enqueue(settings, "workers.jobs.extract_document", document_id,
                   job_id=EXTRACT_JOB.format(document_id), connection=connection)


def enqueue_index(settings, connection: Redis | None = None) -> bool:
    return enqueue(settings, "workers.indexing.index_pending", job_id=INDEX_JOB, connection=connection)


def enqueue_removal(settings, document_id: int, connection: Redis | None = None) -> bool:
    return enqueue(settings, "workers.indexing.remove_document", document_id,
                   job_id=REMOVE_JOB.format(document_id), connection=connection)


def enqueue_notifications(settings, connection: Redis | None = None) -> bool:
    """Queue the e-mail of pending notifications (one waiting job at a time)."""
    return enqueue(settings, "workers.notify.send_notifications", job_id=NOTIFY_JOB, connection=connection)


def depths(settings) -> dict[str, int | None]:
    """Jobs waiting per queue; None when Redis does not answer."""
    try:
        return {QUEUE_NAME: queue(settings).count}
    except (RedisError, OSError):
        return {QUEUE_NAME: None}


def connected(settings) -> Redis:
    """A Redis connection that has answered a ping; ServiceUnavailable saying what to do when not."""
    try:
        connection = connect(settings)
        connection.ping()
    except (RedisError, OSError) as exc:
        raise ServiceUnavailable(f"Redis does not answer at {settings.redis_url} ({exc}); start redis-server "
                                 "or set REDIS_URL") from None
    return connection


def enqueue_alerts(settings, today_iso: str | None = None) -> bool:
    """Queue one alert run now (for `arsip alerts --queue` and tests); False when Redis is down."""
    day = today_iso or "today"
    return enqueue(settings, "workers.alerts.run_alerts", today_iso, job_id=f"alerts-{day}")
