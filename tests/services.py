"""Where the real services the tests talk to live. ARSIP_TEST_REDIS lets two checkouts run their suites at
once, each against its own redis-server (the tests flush their databases)."""
from __future__ import annotations

import os
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Iterator

from redis import Redis

REDIS_BASE = os.environ.get("ARSIP_TEST_REDIS", "redis://127.0.0.1:6379").rstrip("/")
POSTGRES_ADMIN_URL = os.environ.get("ARSIP_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def redis_url(db: int) -> str:
    """The test Redis database number `db`."""
    return f"{REDIS_BASE}/{db}"


@contextmanager
def flushed_redis(db: int) -> Iterator[Redis]:
    """Test Redis database `db`, flushed before and after (a test owns its database number)."""
    connection = Redis.from_url(redis_url(db))
    connection.flushdb()
    try:
        yield connection
    finally:
        connection.flushdb()


@contextmanager
def arsip_settings(monkeypatch, tmp_path: Path, redis_db: int, flush: bool = True, **env: str) -> Iterator:
    """The one fixture factory: set the environment (own data dir and SQLite database under tmp_path,
    REDIS_URL at test database `redis_db`, no Meilisearch, then `env`), flush that Redis database (unless
    `flush` is False), load the settings and create the schema. Id-only jobs read the same environment."""
    from models.db import init_db
    from models.settings import load_settings

    values = {"ARSIP_DATA_DIR": str(tmp_path / "var"), "DATABASE_URL": "", "REDIS_URL": redis_url(redis_db),
              "MEILI_URL": "http://127.0.0.1:9", **env}  # MEILI_URL: nothing listens, as when it is down
    for key, value in values.items():
        monkeypatch.setenv(key, value)
    with flushed_redis(redis_db) if flush else nullcontext():
        settings = load_settings()
        init_db(settings)
        yield settings
