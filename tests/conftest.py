"""Shared fixtures: a fresh data directory and database per test, real Redis, real PostgreSQL."""
from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from tests.services import POSTGRES_ADMIN_URL, arsip_settings

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def arsip_env(tmp_path, monkeypatch):
    """Settings for one test: its own data dir and SQLite database, Redis database 1 flushed."""
    with arsip_settings(monkeypatch, tmp_path, 1, ARSIP_WORKERS="2", ARSIP_SWEEP_SECONDS="2") as settings:
        yield settings


@pytest.fixture(params=["sqlite", "postgres"])
def database_url(request, tmp_path):
    """A fresh, empty database of each kind the project supports; dropped afterwards."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'arsip.db'}"
        return
    from sqlalchemy import create_engine, text

    name = f"arsip_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = POSTGRES_ADMIN_URL.rsplit("/", 1)[0] + "/" + name
    yield url
    from models.db import forget_engine

    forget_engine(url)
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()
