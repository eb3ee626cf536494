"""Helpers for the follow-up tests (dossiers, corrections, statistics): a fresh database and the sample truth."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from models.db import session_scope
from models.status import DocumentStatus
from models.tables import Document
from tests.services import arsip_settings, flushed_redis

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"


@pytest.fixture
def follow_settings(tmp_path, monkeypatch):
    """Settings with a fresh data dir and SQLite database of their own; REDIS_URL points at our database 6."""
    with arsip_settings(monkeypatch, tmp_path, 6, flush=False) as settings:  # follow_redis flushes it
        yield settings


@pytest.fixture
def follow_redis(follow_settings):
    """Our own Redis database (6), flushed around the test: web corrections queue re-indexing jobs there.

    Tests using it share the xdist group "follow-redis6" so that no test flushes another's queue.
    """
    with flushed_redis(6) as connection:
        yield connection


@pytest.fixture
def session(follow_settings):
    with session_scope(follow_settings) as session:
        yield session


def add_document(session, facts: dict, name: str = "", status: str = DocumentStatus.INDEXED.value) -> Document:
    """A document row whose extraction is `facts`, as if read and extracted."""
    name = name or f"doc-{hashlib.sha1(json.dumps(facts, sort_keys=True).encode()).hexdigest()[:10]}.pdf"
    document = Document(sha256=hashlib.sha256(name.encode()).hexdigest(), original_name=name, kind="pdf",
                        size=1, status=status, extraction=dict(facts))
    session.add(document)
    session.flush()
    return document


def truth_files() -> list[Path]:
    """The sample archive's truth files (samples/<doc-id>/truth.json)."""
    return sorted(SAMPLES.glob("*/truth.json"))


def load_truths() -> list[tuple[str, dict]]:
    """(doc id, truth) of every document of the sample archive, in archive order.

    Read from samples/*/truth.json; while the archive is not generated, the same truths are planned
    in-process by the sample generator (`arsip samples generate` writes exactly these), without rendering.
    """
    files = truth_files()
    if files:
        return [(path.parent.name, json.loads(path.read_text(encoding="utf-8"))) for path in files]
    try:
        from arsip.samplegen.generate import plan
    except ImportError:
        pytest.skip("no sample archive (samples/*/truth.json) and no sample generator to plan one")
    return [(job.doc_id, dict(job.draft.truth)) for job in plan(60, 2023)]


def load_sample_archive(session) -> dict[str, Document]:
    """Document rows whose extraction is each sample's truth (as a perfect extractor would store it)."""
    documents = {}
    for doc_id, truth in load_truths():
        facts = {key: value for key, value in truth.items() if key not in ("files", "source_text", "language",
                                                                           "numbers_partial")}
        documents[doc_id] = add_document(session, facts, name=f"{doc_id}.pdf")
    return documents
