"""The public catalogue: off by default, admin-marked, login-free, rate-limited, and silent about the rest."""
from __future__ import annotations

import io
import json
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from models.db import session_scope
from models.settings import SettingsError, load_settings
from models.storage import BlobStore
from models.tables import AuditEntry
from models.users import add_user
from tests.follow_support import add_document, follow_redis, follow_settings  # noqa: F401 - fixtures

pytestmark = pytest.mark.xdist_group("follow-redis6")  # the rate limit counts in Redis database 6
TODAY = date.today()
OWN = {"institution": "Pemerintah Kota Bogor"}
PDF = b"%PDF-1.4\n% naskah publik\n"
SECRETS = ("Tambang Emas Rahasia", "PT Rahasia Sekali", "999/RHS/2024", "Sister City Lama", "77/MOU/2015")


def _doc(kind, number, title, partner, signed, end):
    return {"doc_type": kind, "numbers": [number], "title": title, "parties": [OWN, {"institution": partner}],
            "sign_date": signed.isoformat(), "end_date": end.isoformat()}


@pytest.fixture
def site(follow_settings, follow_redis, monkeypatch):
    """Two active agreements to publish (one with its original), an expired one to publish, a secret one."""
    from search_app import create_app

    year = timedelta(days=365)
    with session_scope(follow_settings) as session:
        scholarship = add_document(session, _doc("KB", "1/KB/2024", "Beasiswa Kedokteran", "Universitas Pakuan",
                                                 TODAY - year, TODAY + 3 * year), "kb.pdf")
        scholarship.sha256 = BlobStore(follow_settings.data_path).put_stream(io.BytesIO(PDF))
        internship = add_document(session, _doc("PKS", "2/PKS/2025", "Magang Mahasiswa", "Politeknik Bogor",
                                                TODAY - year, TODAY + year), "pks.pdf")
        expired = add_document(session, _doc("MOU", "77/MOU/2015", "Sister City Lama", "City of Lama",
                                             TODAY - 10 * year, TODAY - year), "mou.pdf")
        secret = add_document(session, _doc("KB", "999/RHS/2024", "Tambang Emas Rahasia", "PT Rahasia Sekali",
                                            TODAY - year, TODAY + 2 * year), "secret.pdf")
        add_user(session, "admin", "admin", password="rahasia-panjang-1")
        add_user(session, "pemirsa", "viewer", password="rahasia-panjang-1")
        ids = {"scholarship": scholarship.id, "internship": internship.id, "expired": expired.id, "secret": secret.id}

    def start(**env):
        for key, value in {"ARSIP_PUBLIC_CATALOGUE": "1", "ARSIP_PUBLIC_RATE_LIMIT": "100/minute", **env}.items():
            monkeypatch.setenv(key, value)
        return create_app(load_settings(), {"TESTING": True, "WTF_CSRF_ENABLED": False})

    return start, ids


def _login(app, name):
    client = app.test_client()
    assert client.post("/login", data={"username": name, "password": "rahasia-panjang-1"}).status_code == 302
    return client


def _publish(app, ids):
    admin = _login(app, "admin")
    for key, original in (("scholarship", True), ("internship", False), ("expired", True)):
        data = {"publik": "1", **({"naskah": "1"} if original else {})}
        assert admin.post(f"/katalog/kelola/{ids[key]}", data=data).status_code == 302
    return admin


def test_off_by_default(site):
    start, ids = site
    app = start(ARSIP_PUBLIC_CATALOGUE="0")
    _publish(app, ids)
    anonymous = app.test_client()
    for path in ("/katalog", "/api/katalog"):
        assert anonymous.get(path).status_code == 404
    assert load_settings({}).public_catalogue == 0


def test_lists_only_active_public_agreements_and_leaks_nothing_else(site, follow_settings):
    start, ids = site
    app = start()
    _publish(app, ids)
    anonymous = app.test_client()
    page = anonymous.get("/katalog").get_data(as_text=True)
    data = anonymous.get("/api/katalog").get_json()
    assert sorted(a["subject"] for a in data["agreements"]) == ["Beasiswa Kedokteran", "Magang Mahasiswa"]
    assert "Beasiswa Kedokteran" in page and "Universitas Pakuan" in page and "Politeknik Bogor" in page
    assert "2 perjanjian yang dibuka untuk umum" in page
    assert page.count("<svg") == 3 and "Menurut jenis mitra" in page
    raw = json.dumps(data)
    for text in SECRETS:  # neither the unmarked agreement nor the expired public one
        assert text not in page and text not in raw
    assert "/agreements/" not in page and "data-id" not in page
    slugs = {a["id"] for a in data["agreements"]}
    assert all(len(slug) >= 16 for slug in slugs) and not slugs & {str(i) for i in ids.values()}
    # the charts count what is listed, nothing more: one KB and one PKS, no MOU
    kinds = page.split('aria-label="Menurut jenis dokumen"')[1].split("</svg>")[0]
    assert "KB: 1" in kinds and "PKS: 1" in kinds and "MOU" not in kinds
    with session_scope(follow_settings) as session:
        marks = [e.detail["new"] for e in session.scalars(select(AuditEntry).where(AuditEntry.action == "catalogue_marked"))]
    assert marks == [{"public": True, "original": True}, {"public": True, "original": False},
                     {"public": True, "original": True}]


def test_originals_only_where_marked_and_every_refusal_looks_the_same(site):
    start, ids = site
    app = start()
    admin = _publish(app, ids)
    anonymous = app.test_client()
    listed = {a["subject"]: a for a in anonymous.get("/api/katalog").get_json()["agreements"]}
    assert listed["Magang Mahasiswa"]["original"] is None
    response = anonymous.get(listed["Beasiswa Kedokteran"]["original"])
    assert response.status_code == 200 and response.data == PDF
    refused = [anonymous.get(f"/katalog/{listed['Magang Mahasiswa']['id']}/naskah"),
               anonymous.get("/katalog/tidak-ada-sama-sekali/naskah")]
    assert {r.status_code for r in refused} == {404} and refused[0].data == refused[1].data
    admin.post(f"/katalog/kelola/{ids['scholarship']}", data={})  # unmarked: gone, original too
    assert anonymous.get(listed["Beasiswa Kedokteran"]["original"]).status_code == 404
    assert [a["subject"] for a in anonymous.get("/api/katalog").get_json()["agreements"]] == ["Magang Mahasiswa"]


def test_only_admins_mark_and_the_public_side_is_rate_limited(site):
    start, ids = site
    app = start(ARSIP_PUBLIC_RATE_LIMIT="3/minute")
    viewer = _login(app, "pemirsa")
    assert viewer.post(f"/katalog/kelola/{ids['secret']}", data={"publik": "1"}).status_code == 403
    assert viewer.get("/katalog/kelola").status_code == 403
    assert app.test_client().get("/katalog/kelola").status_code in (302, 401)
    anonymous = app.test_client()
    assert [anonymous.get("/api/katalog").status_code for _ in range(3)] == [200, 200, 200]
    limited = anonymous.get("/api/katalog")
    assert limited.status_code == 429 and int(limited.headers["Retry-After"]) >= 1
    assert "Terlalu banyak permintaan" in limited.get_json()["error"]["message"]  # the one error shape
    other = app.test_client()
    assert other.get("/api/katalog", environ_base={"REMOTE_ADDR": "10.1.2.3"}).status_code == 200
    with pytest.raises(SettingsError, match="ARSIP_PUBLIC_RATE_LIMIT"):
        load_settings({"ARSIP_PUBLIC_RATE_LIMIT": "banyak"})
