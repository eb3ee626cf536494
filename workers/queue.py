"""The only module that talks to Redis and rq queues: connections, job ids, enqueueing by name.

Jobs and the web import this adapter; it imports no job (the worker that runs them is workers/runner.py)."""
from __future__ import annotations

import logging
import threading
import time

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
PROGRESS_KEY = "arsip:progress:{}"
PROGRESS_SECONDS = 3600
JOB_TIMEOUT = 6 * 3600  # pages carry their own OCR timeout; this only bounds a stuck job
WAITING = {JobStatus.QUEUED, JobStatus.DEFERRED, JobStatus.SCHEDULED}

log = logging.getLogger(__name__)


_clients: dict[str, Redis] = {}
_clients_lock = threading.Lock()


def connect(settings) -> Redis:
    """One client (and connection pool) per Redis address and process; redis-py makes a fresh pool after fork."""
    with _clients_lock:
        client = _clients.get(settings.redis_url)
        if client is None:
            client = _clients[settings.redis_url] = Redis.from_url(
                settings.redis_url, socket_connect_timeout=2, socket_timeout=30)
        return client


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


class Progress:
    """Pages read so far of one document ("hal. 37 dari 120" on the processing page), kept in Redis for an
    hour; written at most twice a second, and never a reason to stop reading when Redis is away."""

    def __init__(self, settings, document_id: int, total: int | None):
        self.key, self.total, self.done, self.last = PROGRESS_KEY.format(document_id), total or 0, 0, 0.0
        try:
            self.connection: Redis | None = connect(settings)
        except (RedisError, OSError, ValueError):
            self.connection = None

    def page_read(self, _page=None) -> None:
        self.done += 1
        now = time.monotonic()
        if self.connection is None or (now - self.last < 0.5 and self.done < self.total):
            return
        self.last = now
        try:
            self.connection.set(self.key, f"{self.done}/{max(self.total, self.done)}", ex=PROGRESS_SECONDS)
        except (RedisError, OSError):
            self.connection = None


def progress(settings, document_ids: list[int]) -> dict[int, tuple[int, int]]:
    """{document id: (pages read, pages)} of documents being read now; {} when Redis does not answer."""
    if not document_ids:
        return {}
    try:
        values = connect(settings).mget([PROGRESS_KEY.format(i) for i in document_ids])
    except (RedisError, OSError, ValueError):
        return {}
    found = {}
    for document_id, value in zip(document_ids, values):
        if value:
            done, _, total = value.decode().partition("/")
            found[document_id] = (int(done), int(total))
    return found


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
