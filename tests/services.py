"""Where the real services the tests talk to live. ARSIP_TEST_REDIS lets two checkouts run their suites at
once, each against its own redis-server (the tests flush their databases)."""
from __future__ import annotations

import os

REDIS_BASE = os.environ.get("ARSIP_TEST_REDIS", "redis://127.0.0.1:6379").rstrip("/")
POSTGRES_ADMIN_URL = os.environ.get("ARSIP_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def redis_url(db: int) -> str:
    """The test Redis database number `db`."""
    return f"{REDIS_BASE}/{db}"
