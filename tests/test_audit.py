"""Audit entries: every follow-up action leaves one, with who and what; the log filters and exports."""
from __future__ import annotations

import csv
import io
import json
from datetime import date

from sqlalchemy import select

from models import audit, audit_log
from models.corrections import correct
from models.dossiers import link_manual, relink_all, typed_links, unlink
from models.evaluations import add_note
from models.stats import set_target
from models.storage import BlobStore
from models.tables import AuditEntry, EvaluationNote, User
from tests.follow_support import add_document, follow_settings, session  # noqa: F401 - fixtures


def test_each_follow_up_action_is_audited_with_its_user(session, follow_settings, tmp_path):
    user = User(name="budi", password_hash="x", role="staff")
    session.add(user)
    session.flush()
    kb = add_document(session, {"doc_type": "KB", "numbers": ["1/KB/2020"], "sign_date": "2020-01-01"}, "kb.pdf")
    pks = add_document(session, {"doc_type": "PKS", "numbers": ["2/PKS/2020"], "parent_agreement": "1/KB/2020"}, "p.pdf")
    relink_all(session)
    assert session.scalars(select(AuditEntry)).all() == []  # automatic linking is not a human action
    correct(session, kb, "title", "Kerja sama air minum", user.id)
    (link,) = typed_links(session, pks.id)
    unlink(session, link["link_id"], user.id)
    link_manual(session, pks.id, kb.id, "implements", user.id)
    set_target(session, 2020, 3, user.id)
    attachment = tmp_path / "laporan.txt"
    attachment.write_bytes(b"laporan evaluasi")
    with open(attachment, "rb") as handle:
        note = add_note(session, BlobStore(follow_settings.data_path), kb.id, "Baik", date(2021, 1, 1), user.id,
                        handle, "laporan.txt")
    entries = audit_log.entries(session, limit=None)
    assert [e.action for e in reversed(entries)] == ["correction", "unlink", "link", "target", "evaluation_note"]
    assert {e.user_id for e in entries} == {user.id}
    assert [e.document_id for e in reversed(entries)] == [kb.id, pks.id, pks.id, None, kb.id]
    stored = session.get(EvaluationNote, note.id)
    assert BlobStore(follow_settings.data_path).path_for(stored.attachment_sha256).read_bytes() == b"laporan evaluasi"


def test_log_filters_counts_and_exports(session):
    user = User(name="ani", password_hash="x", role="admin")
    session.add(user)
    session.flush()
    for n in range(5):
        audit.record(session, "download", user_id=user.id, document_id=n + 1, name=f"f{n}.pdf")
    audit.record(session, "delete", user_id=None, document_id=2, reason="ganda")
    session.flush()
    assert audit_log.count(session) == 6
    assert audit_log.count(session, action="download") == 5
    assert [e.action for e in audit_log.entries(session, document_id=2)] == ["delete", "download"]
    assert len(audit_log.entries(session, limit=2, offset=4)) == 2
    assert audit_log.actions(session) == ["delete", "download"]
    rows = list(csv.DictReader(io.StringIO(audit_log.to_csv(session, audit_log.entries(session, limit=None)))))
    assert len(rows) == 6
    assert rows[0]["tindakan"] == "delete" and rows[0]["pengguna"] == "" and json.loads(rows[0]["rincian"]) == {"reason": "ganda"}
    assert {r["pengguna"] for r in rows[1:]} == {"ani"}
