"""The system of record on both supported databases: migrations, registration, claims, status."""
from __future__ import annotations

import io
import threading

import pytest
from sqlalchemy import inspect, select

from ingest.errors import InputRejected
from ingest.triage import Limits, Triage
from models import documents
from models.db import engine_for, init_db, session_scope
from models.settings import load_settings
from models.status import DocumentStatus
from models.storage import BlobStore
from models.tables import Base, Document
from tests import makefiles


@pytest.fixture
def settings(database_url, tmp_path):
    settings = load_settings({}, DATABASE_URL=database_url, ARSIP_DATA_DIR=str(tmp_path / "var"))
    init_db(settings)
    return settings


def test_migrations_create_every_table(settings):
    tables = set(inspect(engine_for(settings.database)).get_table_names())
    assert set(Base.metadata.tables) <= tables
    init_db(settings)  # upgrading an up-to-date database changes nothing and does not fail


def test_migration_matches_the_models(settings):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with engine_for(settings.database).connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == [], "models/tables.py changed: run `make migration`"


def test_register_recognises_duplicates_and_keeps_every_source(settings):
    triaged = Triage("pdf", 2)
    with session_scope(settings) as session:
        first = documents.register(session, "a" * 64, triaged, "kb.pdf", 100, "/box1/kb.pdf")
        again = documents.register(session, "a" * 64, triaged, "kb-copy.pdf", 100, "/box2/kb-copy.pdf")
        same = documents.register(session, "a" * 64, triaged, "kb.pdf", 100, "/box1/kb.pdf")
    assert first.new and not again.new and not same.new
    assert first.document_id == again.document_id == same.document_id
    with session_scope(settings) as session:
        document = session.get(Document, first.document_id)
        assert sorted(s.path for s in document.sources) == ["/box1/kb.pdf", "/box2/kb-copy.pdf"]
        assert document.status == DocumentStatus.RECEIVED.value


def test_concurrent_registration_of_one_file_makes_one_document(settings):
    results, errors = [], []

    def register():
        try:
            with session_scope(settings) as session:
                results.append(documents.register(session, "b" * 64, Triage("pdf", 1), "x.pdf", 1, "/x.pdf"))
        except Exception as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=register) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sum(r.new for r in results) == 1
    assert len({r.document_id for r in results}) == 1
    with session_scope(settings) as session:
        assert len(list(session.scalars(select(Document)))) == 1


def test_status_counts_name_every_status(settings):
    with session_scope(settings) as session:
        documents.register(session, "d" * 64, Triage("pdf", 1), "d.pdf", 1, "/d.pdf")
        counts = documents.status_counts(session)
    assert set(counts) == {status.value for status in DocumentStatus}
    assert counts["received"] == 1 and sum(counts.values()) == 1


def test_upload_stream_is_validated_before_anything_is_stored(settings, tmp_path):
    store = BlobStore(settings.data_path)
    with session_scope(settings) as session:
        with pytest.raises(InputRejected, match="looks like HTML"):
            documents.register_stream(session, store, io.BytesIO(b"<html>nope</html>"), "x.pdf", "upload",
                                      Limits())
        assert list(session.scalars(select(Document))) == []
        data = makefiles.text_pdf(tmp_path / "kb.pdf").read_bytes()
        registered = documents.register_stream(session, store, io.BytesIO(data), "kb.pdf", "upload", Limits())
    assert registered.new
    with session_scope(settings) as session:
        document = session.get(Document, registered.document_id)
        assert store.path_for(document.sha256).read_bytes() == data
        assert document.page_count == 2 and document.kind == "pdf"
