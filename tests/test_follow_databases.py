"""Linking, corrections, timeline and figures on each database the project supports (SQLite and PostgreSQL)."""
from __future__ import annotations

from datetime import date

from sqlalchemy import select

from models import audit_log
from models.corrections import correct
from models.db import init_db, session_scope
from models.dossiers import relink_all, typed_links, unlink
from models.settings import load_settings
from models.stats import figures, rows, set_target
from models.tables import Link
from models.timeline import dossier_summaries, dossier_timeline, kb_without_pks
from tests.follow_support import add_document


def test_follow_up_on_each_database(database_url, tmp_path, monkeypatch):
    monkeypatch.setenv("ARSIP_DATA_DIR", str(tmp_path / "var"))
    monkeypatch.setenv("DATABASE_URL", database_url)
    settings = load_settings()
    init_db(settings)
    with session_scope(settings) as session:
        kb = add_document(session, {"doc_type": "KB", "numbers": ["1/KB/2020"], "sign_date": "2020-01-01",
                                    "end_date": "2024-12-31", "parties": [{"institution": "Pemerintah Kota Bogor"},
                                                                          {"institution": "PT Air"}]}, "kb.pdf")
        pks = add_document(session, {"doc_type": "PKS", "numbers": ["2/PKS/2020"], "parent_agreement": "1/KB/2O20",
                                     "sign_date": "2020-06-01"}, "pks.pdf")
        lonely = add_document(session, {"doc_type": "KB", "numbers": ["3/KB/2021"], "sign_date": "2021-01-01"}, "l.pdf")
        ids = kb.id, pks.id, lonely.id
    with session_scope(settings) as session:
        assert relink_all(session) == {"documents": 3, "links": 1, "dossiers": 2}
        assert relink_all(session)["links"] == 1
    with session_scope(settings) as session:
        kb, pks, lonely = (session.get(type(kb), i) for i in ids)
        correct(session, kb, "end_date", "2026-12-31", None)
        set_target(session, 2020, 4)
        events = [(e.kind, e.when) for e in dossier_timeline(session, kb.dossier_id, date(2025, 6, 1))]
        assert events == [("signed", date(2020, 1, 1)), ("signed", date(2020, 6, 1))]  # no longer expired
        assert [w.document_id for w in kb_without_pks(session, date(2025, 6, 1), 6)] == [lonely.id]
        assert dict(figures(rows(session, date(2025, 6, 1)), "doc_type")) == {"KB": 2, "PKS": 1}
        assert [d["documents"] for d in dossier_summaries(session)[0]] == [2, 1]
        (link,) = typed_links(session, pks.id)
        unlink(session, link["link_id"], None)
    with session_scope(settings) as session:
        relink_all(session)
        assert [row.active for row in session.scalars(select(Link))] == [False]
        assert [e.action for e in audit_log.entries(session)] == ["unlink", "target", "correction"]
