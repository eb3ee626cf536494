"""The per-request reads outside the Session (models.db.FastRead) and the orjson answers, on each database."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from flask import Flask
from sqlalchemy import create_engine, text

from models.db import session_factory, session_scope
from models.documents import live_ids
from models.tables import ApiToken, Document, User, utcnow
from models.users import add_user, issue_token, set_disabled, token_holder
from search_app.json_provider import FastJSONProvider
from tests.follow_support import add_document
from tests.services import arsip_settings


def test_token_and_live_reads_see_each_commit_on_each_database(database_url, tmp_path, monkeypatch):
    with arsip_settings(monkeypatch, tmp_path, 0, flush=False, DATABASE_URL=database_url) as settings:
        _token_and_live_reads(settings)


def _token_and_live_reads(settings) -> None:
    with session_scope(settings) as session:
        user, _ = add_user(session, "pembaca", "viewer", "kata-sandi-123")
        token = issue_token(session, user, expires_at=utcnow() + timedelta(days=1))
        kept = add_document(session, {"doc_type": "KB", "numbers": ["7/KB/2021"]}, "a.pdf").id
        gone = add_document(session, {"doc_type": "KB", "numbers": ["8/KB/2021"]}, "b.pdf").id
    reader = session_factory(settings)()
    first = token_holder(reader, token)
    assert (first.role, first.touched) == ("viewer", True)  # its timestamps came back as datetimes
    reader.commit()
    assert token_holder(reader, token).touched is False  # last_used_at read back as a datetime just written
    assert live_ids(reader, [kept, gone, 999]) == {kept, gone}
    with session_scope(settings) as session:
        session.get(Document, gone).status = "deleted"
        set_disabled(session, session.get(User, user.id), True)
    assert live_ids(reader, [kept, gone]) == {kept}  # the very next read, no new session
    assert token_holder(reader, token) is None
    with session_scope(settings) as session:
        set_disabled(session, session.get(User, user.id), False)
        session.query(ApiToken).update({"expires_at": utcnow() - timedelta(seconds=1)})
    assert token_holder(reader, token) is None
    reader.close()


@pytest.mark.parametrize("database_url", ["postgres"], indirect=True)
def test_a_read_whose_connection_the_server_closed_is_read_again(database_url, tmp_path, monkeypatch):
    """PostgreSQL restarts or ends idle sessions: the reader's pooled connections die with them (a real fault: the
    server terminates them), and the next read opens new ones instead of failing the request."""
    with arsip_settings(monkeypatch, tmp_path, 0, flush=False, DATABASE_URL=database_url) as settings:
        with session_scope(settings) as session:
            kept = add_document(session, {"doc_type": "KB", "numbers": ["7/KB/2021"]}, "a.pdf").id
        reader = session_factory(settings)()
        assert live_ids(reader, [kept]) == {kept}  # the reader's connection is now pooled
        admin = create_engine(database_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            ended = connection.execute(text("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                             "WHERE datname = current_database() AND pid <> pg_backend_pid()")).scalar()
        admin.dispose()
        assert ended >= 1
        assert live_ids(reader, [kept, kept + 1]) == {kept}
        reader.close()


def test_a_session_with_its_own_writes_reads_them(arsip_env):
    with session_scope(arsip_env) as session:
        doc = add_document(session, {"doc_type": "KB", "numbers": ["9/KB/2021"]}, "c.pdf")
        session.flush()  # not committed: only this session's transaction sees the row
        assert live_ids(session, [doc.id]) == {doc.id}


def test_answers_mean_what_flask_wrote():
    app = Flask(__name__)
    app.json = FastJSONProvider(app)
    with app.app_context():
        body = app.json.response({"z": 1, "a": "Perjanjian – Sumatera", "d": date(2024, 5, 16), 3: None}).get_data()
    assert body == ('{"3":null,"a":"Perjanjian – Sumatera","d":"Thu, 16 May 2024 00:00:00 GMT","z":1}\n').encode()
    app.debug = True
    with app.app_context():
        assert b'\n  "a": 1' in app.json.response({"a": 1}).get_data()  # debug output stays indented
