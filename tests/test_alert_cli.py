"""`arsip alerts` and `arsip agreements ...` through the real console entry point (in-process)."""
from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from models.db import session_scope
from models.tables import Alert, AuditEntry, Document
from models.units import add_unit
from tests.alert_support import add_document, add_user, alert_env, extraction, free_port, smtp_server  # noqa: F401

END = date(2027, 3, 31)

# Every test here uses Redis DB 5 (flushed per test): keep them on one xdist worker.
pytestmark = pytest.mark.xdist_group("alerts-redis5")


def arsip(capsys, *args: str) -> tuple[int, str, str]:
    from arsip.cli import main

    try:
        main(list(args))
        code = 0
    except SystemExit as exc:
        code = exc.code or 0
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def archive(alert_env):
    with session_scope(alert_env) as session:
        add_unit(session, "Dinas Kesehatan")
        kb = add_document(session, extraction(end=END, title="Pengelolaan Sampah"), unit="DLH")
        pks = add_document(session, extraction(doc_type="PKS", end=END + timedelta(days=60), title="Magang",
                                               number="2/PKS/2023"))
        unknown = add_document(session, extraction(doc_type="PKS", end=None, title="Tanpa Akhir", number="3/PKS/2023"))
        add_user(session, "admin", "admin", email="admin@kota.go.id")
        add_user(session, "dlh", "staff", email="dlh@kota.go.id", unit="DLH")
        add_user(session, "umum", "staff", email="umum@kota.go.id", unit="Dinas Kesehatan")
        return {"kb": kb.id, "pks": pks.id, "unknown": unknown.id}


def test_alerts_json_has_the_contract_shape(archive, capsys):
    code, out, _ = arsip(capsys, "alerts", "--today", (END - timedelta(days=100)).isoformat(), "--json")
    assert code == 0
    rows = json.loads(out)
    assert all(list(row) == ["agreement_id", "title", "end_date", "days_left", "threshold", "recipients"] for row in rows)
    assert [(r["agreement_id"], r["days_left"], r["threshold"]) for r in rows] == [
        (archive["kb"], 100, 180), (archive["pks"], 160, 180)]
    assert rows[0] == {"agreement_id": archive["kb"], "title": "Pengelolaan Sampah", "end_date": END.isoformat(),
                       "days_left": 100, "threshold": 180, "recipients": ["admin@kota.go.id", "dlh@kota.go.id"]}
    assert rows[1]["recipients"] == ["admin@kota.go.id", "dlh@kota.go.id", "umum@kota.go.id"]  # no unit: all staff


def test_send_delivers_and_records_once(archive, capsys, smtp_server):
    day = (END - timedelta(days=30)).isoformat()
    code, out, _ = arsip(capsys, "alerts", "--today", day, "--send")
    assert code == 0 and out.strip().splitlines()[-1] == "due: 2, sent: 5, closed: 0, failed: 0"
    assert len(smtp_server.messages) == 3  # one digest per recipient
    assert sorted(e[0] for e in smtp_server.envelopes) == ["admin@kota.go.id", "dlh@kota.go.id", "umum@kota.go.id"]
    admin_body = smtp_server.bodies()[[e[0] for e in smtp_server.envelopes].index("admin@kota.go.id")]
    assert "Pengelolaan Sampah" in admin_body and "Magang" in admin_body
    assert json.loads(arsip(capsys, "alerts", "--today", day, "--json")[1]) == []  # nothing left due that day
    arsip(capsys, "alerts", "--today", day, "--send")
    assert len(smtp_server.messages) == 3


def test_send_without_a_mail_server_keeps_alerts_pending_with_a_one_line_reason(archive, capsys, monkeypatch, alert_env):
    monkeypatch.setenv("SMTP_URL", f"smtp://127.0.0.1:{free_port()}")
    code, out, err = arsip(capsys, "alerts", "--today", (END - timedelta(days=7)).isoformat(), "--send")
    assert code == 0 and "failed: 3" in out
    assert "tidak dapat dihubungi" in err and "Traceback" not in err
    with session_scope(alert_env) as session:
        assert {a.state for a in session.scalars(select(Alert))} == {"pending"}
    rows = json.loads(arsip(capsys, "alerts", "--today", (END - timedelta(days=6)).isoformat(), "--json")[1])
    assert [(r["agreement_id"], r["threshold"]) for r in rows] == [(archive["kb"], 7), (archive["pks"], 90)]  # retried


def test_terminate_stops_alerts_and_is_audited(archive, capsys, alert_env):
    day = (END - timedelta(days=30)).isoformat()
    code, out, _ = arsip(capsys, "agreements", "terminate", str(archive["kb"]), "--on", "2027-01-15", "--user", "dlh")
    assert code == 0 and "diakhiri pada 2027-01-15" in out
    status = json.loads(arsip(capsys, "agreements", "status", str(archive["kb"]), "--today", day)[1])
    assert status["status"] == "terminated"
    assert archive["kb"] not in [r["agreement_id"] for r in json.loads(arsip(capsys, "alerts", "--today", day, "--json")[1])]
    with session_scope(alert_env) as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "terminated")).one()
        assert entry.document_id == archive["kb"] and entry.detail["new"] == "2027-01-15"
    arsip(capsys, "agreements", "terminate", str(archive["kb"]), "--undo")
    assert json.loads(arsip(capsys, "agreements", "status", str(archive["kb"]), "--today", day)[1])["status"] == "expiring"


def test_unit_command_changes_recipients(archive, capsys, alert_env):
    assert arsip(capsys, "agreements", "unit", str(archive["pks"]), "Dinas Kesehatan")[0] == 0
    with session_scope(alert_env) as session:
        assert session.get(Document, archive["pks"]).unit == "Dinas Kesehatan"
    rows = json.loads(arsip(capsys, "alerts", "--today", (END - timedelta(days=10)).isoformat(), "--json")[1])
    assert {r["agreement_id"]: r["recipients"] for r in rows}[archive["pks"]] == ["admin@kota.go.id", "umum@kota.go.id"]


@pytest.mark.parametrize("args, message", [
    (["alerts", "--today", "31-03-2027"], "bukan tanggal YYYY-MM-DD"),
    (["agreements", "terminate", "999999"], "tidak ada"),
])
def test_bad_input_is_one_line(archive, capsys, args, message):
    code, _, err = arsip(capsys, *args)
    assert code == 3 and message in err and len(err.strip().splitlines()) == 1


def test_two_runs_claiming_at_once_record_each_alert_once(database_url, tmp_path, monkeypatch):
    """Both supported databases: the unique constraint decides which run claims an alert."""
    import threading

    from models.alerts import claim
    from models.db import init_db
    from models.settings import load_settings

    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("ARSIP_DATA_DIR", str(tmp_path / "var"))
    settings = load_settings()
    init_db(settings)
    with session_scope(settings) as session:
        for n in range(5):
            add_document(session, extraction(end=END + timedelta(days=n), number=f"{n}/KB/2022"))
        for n in range(4):
            add_user(session, f"admin{n}", "admin", email=f"admin{n}@kota.go.id")
    day, barrier, claimed, errors = END - timedelta(days=20), threading.Barrier(2), [], []

    def run() -> None:
        try:
            with session_scope(settings) as session:
                barrier.wait()
                claimed.append(claim(session, settings, day).claimed)
        except Exception as exc:  # noqa: BLE001 - SQLite may refuse the slower writer; it claims nothing then
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    with session_scope(settings) as session:
        rows = [(a.document_id, a.threshold, a.recipient) for a in session.scalars(select(Alert))]
    assert len(rows) == len(set(rows)) == 20
    assert sum(claimed) == 20 and (len(claimed) == 2 or database_url.startswith("sqlite"))
