"""Fixtures for the search part: a real Meilisearch binary (one per test session and xdist worker),
a fresh SQLite database and a fresh index per test, Redis database 4, the Flask app and client."""
from __future__ import annotations

import uuid

import pytest

from tests.services import redis_url

MASTER_KEY = "arsip-test-master-key-0123456789"
REDIS_URL = redis_url(4)


@pytest.fixture(scope="session")
def meili(tmp_path_factory):
    """The real Meilisearch binary on a free port with a tmp data dir."""
    from models.meili_process import MeiliProcess

    server = MeiliProcess(tmp_path_factory.mktemp("meili"), MASTER_KEY, threads=1)
    server.start()
    yield server
    server.stop()


def _env(tmp_path, meili_url: str) -> dict[str, str]:
    return {
        "ARSIP_DATA_DIR": str(tmp_path / "var"),
        "DATABASE_URL": "",
        "REDIS_URL": REDIS_URL,
        "MEILI_URL": meili_url,
        "MEILI_MASTER_KEY": MASTER_KEY,
        "ARSIP_MEILI_INDEX": f"t_{uuid.uuid4().hex[:12]}",  # each test its own index on the shared server
        "ARSIP_SECRET_KEY": "test-secret",
    }


@pytest.fixture
def search_env(tmp_path, monkeypatch, meili):
    """Settings for one test (also in the environment, for id-only jobs): tmp SQLite, own index."""
    import redis

    from models.db import init_db
    from models.settings import load_settings

    for key, value in _env(tmp_path, meili.url).items():
        monkeypatch.setenv(key, value)
    connection = redis.Redis.from_url(REDIS_URL)
    connection.flushdb()
    settings = load_settings()
    init_db(settings)
    yield settings
    connection.flushdb()


@pytest.fixture
def offline_env(tmp_path, monkeypatch):
    """Settings with no Meilisearch listening (for auth and validation tests); Redis database 4 flushed."""
    import redis

    from models.db import init_db
    from models.meili_process import free_port
    from models.settings import load_settings

    for key, value in _env(tmp_path, f"http://127.0.0.1:{free_port()}").items():
        monkeypatch.setenv(key, value)
    redis.Redis.from_url(REDIS_URL).flushdb()
    settings = load_settings()
    init_db(settings)
    return settings


def _make_app(settings, **config):
    from search_app import create_app

    return create_app(settings, {"TESTING": True, "WTF_CSRF_ENABLED": False, **config})


@pytest.fixture
def app(search_env):
    return _make_app(search_env)


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def offline_app(offline_env):
    return _make_app(offline_env)
