"""Follow-up pages and API through the Flask test client: corrections, links, audit log, M&E, export."""
from __future__ import annotations

import csv
import io
import re

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from models.db import session_scope
from models.dossiers import relink_all
from models.tables import AuditEntry, Correction, Document, Link
from models.users import add_user, issue_token
from tests.follow_support import add_document, follow_redis, follow_settings  # noqa: F401 - fixtures

pytestmark = pytest.mark.xdist_group("follow-redis6")  # corrections queue jobs in Redis database 6

KB = {"doc_type": "KB", "numbers": ["119/KB.12-Ker/2023"], "title": "Tridharma Perguruan Tinggi",
      "parties": [{"institution": "Pemerintah Kota Bogor"}, {"institution": "Universitas Pakuan"}],
      "sign_date": "2023-08-24", "end_date": "2028-08-23"}
PKS = {"doc_type": "PKS", "numbers": ["7/PKS/2024"], "parent_agreement": "119/KB.12-Ker/2023", "title": "Magang",
       "parties": [{"institution": "Dinas Kesehatan Kota Bogor"}, {"institution": "Universitas Pakuan"}],
       "sign_date": "2024-01-10", "end_date": "2025-01-09"}


@pytest.fixture
def web(follow_settings, follow_redis):
    """The app, two documents, and users admin / staff / viewer with API tokens."""
    from search_app import create_app

    with session_scope(follow_settings) as session:
        kb, pks = add_document(session, KB, "kb.pdf"), add_document(session, PKS, "pks.pdf")
        relink_all(session)
        tokens = {}
        for role in ("admin", "staff", "viewer"):
            user, _ = add_user(session, f"{role}1", role, password="rahasia-panjang-1")
            tokens[role] = issue_token(session, user)
        ids = {"kb": kb.id, "pks": pks.id, "dossier": kb.dossier_id}
    app = create_app(follow_settings, {"TESTING": True})
    return app, ids, tokens, follow_settings


def login(client, name: str) -> str:
    page = client.get("/login")
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.get_data(as_text=True)).group(1)
    response = client.post("/login", data={"username": name, "password": "rahasia-panjang-1", "csrf_token": token})
    assert response.status_code == 302
    page = client.get("/kb-tanpa-pks")  # the session changed at login: take the new CSRF token (logout form)
    return re.search(r'name="csrf_token" value="([^"]+)"', page.get_data(as_text=True)).group(1)


def bearer(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


def test_patch_corrects_validates_and_keeps_one_error_shape(web):
    app, ids, tokens, settings = web
    client = app.test_client()
    bad = client.patch(f"/api/agreements/{ids['kb']}", json={"end_date": "23-08-2029", "title": "x"},
                       headers=bearer(tokens["staff"]))
    assert bad.status_code == 422
    assert bad.get_json()["error"]["field"] == "end_date" and "YYYY-MM-DD" in bad.get_json()["error"]["message"]
    viewer = client.patch(f"/api/agreements/{ids['kb']}", json={"title": "x"}, headers=bearer(tokens["viewer"]))
    assert viewer.status_code == 403 and set(viewer.get_json()) == {"error"}
    missing = client.patch("/api/agreements/999", json={"title": "x"}, headers=bearer(tokens["staff"]))
    assert missing.status_code == 404 and "error" in missing.get_json()
    good = client.patch(f"/api/agreements/{ids['kb']}", json={"end_date": "2029-08-23", "title": "Tridharma"},
                        headers=bearer(tokens["staff"]))
    assert good.status_code == 200
    body = good.get_json()
    assert body["end_date"] == "2029-08-23" and body["changed"] == ["end_date", "title"]
    assert body == dict(client.get(f"/api/agreements/{ids['kb']}", headers=bearer(tokens["viewer"])).get_json(),
                        changed=["end_date", "title"])  # the same body as GET, corrections applied
    with session_scope(settings) as session:
        rows = session.scalars(select(Correction).order_by(Correction.id)).all()
        assert [(r.field, r.old_value, r.new_value) for r in rows] == [
            ("end_date", "2028-08-23", "2029-08-23"), ("title", "Tridharma Perguruan Tinggi", "Tridharma")]
        assert session.get(Document, ids["kb"]).status == "extracted"  # goes back to be re-indexed


def test_correction_form_and_audit_page_with_csv(web):
    app, ids, _, _ = web
    staff = app.test_client()
    csrf = login(staff, "staff1")
    page = staff.get(f"/agreements/{ids['pks']}/koreksi")
    assert page.status_code == 200 and "Koreksi data perjanjian" in page.get_data(as_text=True)
    html = page.get_data(as_text=True)
    for field in ("parties", "obligations", "sign_date", "duration", "end_date"):  # the forms made for people
        assert f'href="/perlu-diperiksa/{ids["pks"]}/ubah/{field}"' in html, field
    assert 'textarea name="value" id="value-parties"' not in html and "JSON: daftar" not in html
    assert "YYYY-MM-DD" not in html and 'placeholder="P5Y"' not in html
    rejected = staff.post(f"/agreements/{ids['pks']}/koreksi", data={"field": "duration", "value": "lima tahun",
                                                                     "csrf_token": csrf})
    assert rejected.status_code == 400 and "ISO 8601" in rejected.get_data(as_text=True)
    saved = staff.post(f"/agreements/{ids['pks']}/koreksi", data={"field": "sign_place", "value": "Bogor",
                                                                  "csrf_token": csrf}, follow_redirects=True)
    assert saved.status_code == 200 and "Koreksi" in saved.get_data(as_text=True)
    assert staff.get("/audit").status_code == 403  # staff is not admin
    admin = app.test_client()
    login(admin, "admin1")
    log = admin.get("/audit?action=correction").get_data(as_text=True)
    assert "Tempat tanda tangan" in log and "staff1" in log and "sign_place" not in log
    exported = admin.get("/audit.csv")
    rows = list(csv.DictReader(io.StringIO(exported.get_data(as_text=True).lstrip("\ufeff"))))
    corrections = [r for r in rows if r["tindakan"] == "correction"]
    assert len(corrections) == 1 and corrections[0]["pengguna"] == "staff1"
    assert corrections[0]["dokumen"] == str(ids["pks"]) and '"new": "Bogor"' in corrections[0]["rincian"]


def test_dossier_page_unlink_and_relink_by_hand(web):
    app, ids, _, settings = web
    client = app.test_client()
    csrf = login(client, "staff1")
    agreement = client.get(f"/perjanjian/{ids['pks']}").get_data(as_text=True)
    assert f"/agreements/{ids['pks']}/koreksi" in agreement and f"/agreements/{ids['pks']}/berkas" in agreement
    assert client.get(f"/agreements/{ids['pks']}/berkas").headers["Location"].endswith(f"/berkas/{ids['dossier']}")
    page = client.get(f"/berkas/{ids['dossier']}").get_data(as_text=True)
    assert "Kronologi" in page and "7/PKS/2024" in page and "melaksanakan" in page
    with session_scope(settings) as session:
        link_id = session.scalar(select(Link.id))
    client.post(f"/berkas/tautan/{link_id}/lepas", data={"csrf_token": csrf})
    with session_scope(settings) as session:
        assert session.get(Link, link_id).active is False
        relink_all(session)
        assert session.get(Link, link_id).active is False
        assert session.get(Document, ids["pks"]).dossier_id != session.get(Document, ids["kb"]).dossier_id
    # as the dossier page's pickers send them: the suggestion chosen ("#id · kind number — title")
    client.post("/berkas/tautan", data={"csrf_token": csrf, "source_id": f"#{ids['pks']} · PKS 2/PKS — Magang",
                                        "target_id": f"#{ids['kb']} · KB 1/KB — Sampah", "type": "implements"})
    with session_scope(settings) as session:
        row = session.get(Link, link_id)
        assert (row.active, row.origin) == (True, "manual")
        assert session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)).all()[-2:] == ["unlink", "link"]
    api = client.get(f"/api/dossiers/{ids['dossier']}").get_json()
    assert {d["id"] for d in api["documents"]} == {ids["kb"], ids["pks"]}
    assert [e["kind"] for e in api["timeline"]][:2] == ["signed", "signed"]


def test_monev_page_targets_exports_and_stats_api(web):
    app, _, tokens, _ = web
    admin = app.test_client()
    csrf = login(admin, "admin1")
    admin.post("/monev/target", data={"year": "2024", "target": "4", "csrf_token": csrf})
    page = admin.get("/monev").get_data(as_text=True)
    assert "<svg" in page and "Monitoring &amp; Evaluasi" in page and "25%" in page  # 1 of 4 in 2024
    stats = admin.get("/api/stats?by=doc_type", headers=bearer(tokens["viewer"])).get_json()
    assert stats["counts"] == {"KB": 1, "PKS": 1}
    years = admin.get("/api/targets").get_json()
    assert {"year": 2024, "signed": 1, "target": 4, "percent": 25.0} in years["targets"]
    assert admin.get("/api/stats?by=colour").status_code == 400
    book = load_workbook(io.BytesIO(admin.get("/monev/ekspor.xlsx").data))
    assert book.sheetnames == ["Ringkasan", "Target", "Dokumen"] and book["Dokumen"].max_row == 3
    figures = admin.get("/monev/ekspor.csv?data=figures").get_data(as_text=True)
    assert "doc_type,KB,1" in figures
    viewer = app.test_client()
    login(viewer, "viewer1")
    assert viewer.post("/monev/target", data={"year": "2024", "target": "9", "csrf_token": csrf}).status_code in (400, 403)


def test_dossier_list_links_new_documents_and_notes_with_attachments_reach_the_timeline(web):
    app, ids, _, settings = web
    with session_scope(settings) as session:  # extracted after the last linking: in no dossier yet
        report = add_document(session, {"doc_type": "OTHER", "numbers": [], "parent_agreement": "7/PKS/2024",
                                         "sign_date": "2024-11-30", "title": "Laporan evaluasi"}, "eval.pdf")
        report_id = report.id
    client = app.test_client()
    csrf = login(client, "staff1")
    listing = client.get("/berkas").get_data(as_text=True)
    assert f"/berkas/{ids['dossier']}" in listing
    with session_scope(settings) as session:
        assert session.get(Document, report_id).dossier_id == ids["dossier"]
    posted = client.post(f"/agreements/{ids['pks']}/evaluasi",
                         data={"csrf_token": csrf, "noted_on": "2024-12-15", "text": "Target magang tercapai",
                               "attachment": (io.BytesIO(b"%PDF-1.4 notulen"), "notulen rapat.pdf")},
                         content_type="multipart/form-data", follow_redirects=True)
    assert posted.status_code == 200 and "Target magang tercapai" in posted.get_data(as_text=True)
    page = client.get(f"/berkas/{ids['dossier']}").get_data(as_text=True)
    assert "2024-11-30" in page and "Dievaluasi" in page and "Catatan evaluasi" in page
    link = re.search(r'href="(/evaluasi/\d+/lampiran)"', page).group(1)
    download = client.get(link)
    assert download.status_code == 200 and download.data == b"%PDF-1.4 notulen"
    with session_scope(settings) as session:
        actions = session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)).all()
        assert actions[-2:] == ["evaluation_note", "download"]
    empty = client.post(f"/agreements/{ids['pks']}/evaluasi", data={"csrf_token": csrf, "text": " "},
                        follow_redirects=True)
    assert "catatan evaluasi kosong" in empty.get_data(as_text=True)
