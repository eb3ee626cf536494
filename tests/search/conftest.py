"""Fixtures for the search part: a real Meilisearch binary (one per test session and xdist worker),
a fresh SQLite database and a fresh index per test, Redis database 4, the Flask app and client."""
from __future__ import annotations

import uuid

import pytest

from tests.services import arsip_settings, redis_url

MASTER_KEY = "arsip-test-master-key-0123456789"
REDIS_DB = 4
REDIS_URL = redis_url(REDIS_DB)


@pytest.fixture(scope="session")
def meili(tmp_path_factory):
    """The real Meilisearch binary on a free port with a tmp data dir."""
    from models.meili_process import MeiliProcess

    server = MeiliProcess(tmp_path_factory.mktemp("meili"), MASTER_KEY, threads=1)
    server.start()
    yield server
    server.stop()


def _env(meili_url: str) -> dict[str, str]:
    return {
        "MEILI_URL": meili_url,
        "MEILI_MASTER_KEY": MASTER_KEY,
        "ARSIP_MEILI_INDEX": f"t_{uuid.uuid4().hex[:12]}",  # each test its own index on the shared server
        "ARSIP_SECRET_KEY": "test-secret",
    }


@pytest.fixture
def search_env(tmp_path, monkeypatch, meili):
    """Settings for one test (also in the environment, for id-only jobs): tmp SQLite, own index."""
    with arsip_settings(monkeypatch, tmp_path, REDIS_DB, **_env(meili.url)) as settings:
        yield settings


@pytest.fixture
def offline_env(tmp_path, monkeypatch):
    """Settings with no Meilisearch listening (for auth and validation tests); Redis database 4 flushed."""
    from models.meili_process import free_port

    with arsip_settings(monkeypatch, tmp_path, REDIS_DB, **_env(f"http://127.0.0.1:{free_port()}")) as settings:
        yield settings


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
