"""Log-in, roles, CSRF, cookies, API tokens, the one JSON error shape, uploads, stats, health, CLI."""
from __future__ import annotations

import io
import re

import pytest

from models.db import session_scope
from models.status import DocumentStatus
from models.tables import ApiToken, Document, User
from tests.search.helpers import PASSWORD, add_agreement, audit_trail, facts, filler, login, make_user, token_for

ERROR_KEYS = {"code", "message"}
# Every test here shares Redis database 4 with the Meilisearch tests: one xdist worker runs them in turn.
pytestmark = pytest.mark.xdist_group("meili")


def _assert_error(response, status: int, code: str | None = None) -> dict:
    assert response.status_code == status
    body = response.get_json()
    assert set(body) == {"error"} and ERROR_KEYS <= set(body["error"]), body
    assert body["error"]["message"] and "Traceback" not in body["error"]["message"]
    if code:
        assert body["error"]["code"] == code
    return body["error"]


def _pdf(text: str) -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    y = 800
    for line in text.splitlines():
        page.drawString(60, y, line)
        y -= 16
    page.save()
    return buffer.getvalue()


# -- auth -------------------------------------------------------------------------------------------

def test_login_is_required(offline_app):
    client = offline_app.test_client()
    page = client.get("/")
    assert page.status_code == 302 and "/login" in page.headers["Location"]
    _assert_error(client.get("/api/search?q=x"), 401, "unauthorized")
    _assert_error(client.get("/api/agreements"), 401)


def test_wrong_password_is_refused_and_right_one_logs_in(offline_app, offline_env):
    make_user(offline_env, "siti", "viewer")
    client = offline_app.test_client()
    refused = login(client, "siti", "salah-sandi-nya")
    assert refused.status_code == 401 and "salah" in refused.get_data(as_text=True)
    assert login(client, "tidakada", PASSWORD).status_code == 401
    accepted = login(client, "siti")
    assert accepted.status_code == 302
    cookie = accepted.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Secure" not in cookie
    assert client.get("/api/agreements").status_code == 200


def test_passwords_and_tokens_are_stored_hashed(offline_env):
    make_user(offline_env, "budi", "staff")
    token = token_for(offline_env, "budi")
    with session_scope(offline_env) as session:
        user = session.query(User).filter_by(name="budi").one()
        assert PASSWORD not in user.password_hash and user.password_hash.startswith(("scrypt:", "pbkdf2:"))
        stored = [row.token_hash for row in session.query(ApiToken)]
    assert token not in stored and len(stored[0]) == 64


def test_secure_cookie_flag_follows_the_setting(offline_env, monkeypatch):
    from models.settings import load_settings
    from search_app import create_app

    monkeypatch.setenv("ARSIP_SECURE_COOKIES", "1")
    app = create_app(load_settings(), {"TESTING": True, "WTF_CSRF_ENABLED": False})
    make_user(offline_env, "aman", "viewer")
    assert "Secure" in login(app.test_client(), "aman").headers["Set-Cookie"]


def test_login_never_redirects_off_site(offline_app, offline_env):
    make_user(offline_env, "rina", "viewer")
    client = offline_app.test_client()
    response = client.post("/login?next=//evil.example/x", data={"username": "rina", "password": PASSWORD})
    assert response.headers["Location"] == "/"


def test_csrf_is_enforced_on_form_posts(offline_env):
    from search_app import create_app

    app = create_app(offline_env, {"TESTING": True, "WTF_CSRF_ENABLED": True})
    make_user(offline_env, "dewi", "staff")
    client = app.test_client()
    refused = client.post("/login", data={"username": "dewi", "password": PASSWORD})
    assert refused.status_code == 400 and "CSRF" in refused.get_data(as_text=True)
    form = client.get("/login").get_data(as_text=True)
    token = re.search(r'name="csrf_token" value="([^"]+)"', form).group(1)
    assert client.post("/login", data={"username": "dewi", "password": PASSWORD, "csrf_token": token}).status_code == 302
    # A cookie-authenticated API write needs the token too; a Bearer-token client does not.
    upload = {"file": (io.BytesIO(b"x"), "a.pdf")}
    _assert_error(client.post("/api/documents", data=upload, content_type="multipart/form-data"), 400, "csrf")
    bearer = app.test_client()
    response = bearer.post("/api/documents", data={"file": (io.BytesIO(b"not a pdf"), "a.pdf")},
                           content_type="multipart/form-data",
                           headers={"Authorization": f"Bearer {token_for(offline_env, 'dewi')}"})
    assert response.status_code == 200 and response.get_json()["counts"]["rejected"] == 1


def test_api_token(offline_app, offline_env):
    make_user(offline_env, "api", "viewer")
    token = token_for(offline_env, "api")
    client = offline_app.test_client()
    assert client.get("/api/agreements", headers={"Authorization": f"Bearer {token}"}).status_code == 200
    error = _assert_error(client.get("/api/agreements", headers={"Authorization": "Bearer salah"}), 401)
    assert "token" in error["message"].lower()


def test_api_token_use_is_recorded_but_not_rewritten_on_every_request(offline_app, offline_env):
    make_user(offline_env, "pemantau", "viewer")
    headers = {"Authorization": f"Bearer {token_for(offline_env, 'pemantau')}"}
    client = offline_app.test_client()

    def last_used():
        with session_scope(offline_env) as session:
            return session.query(ApiToken).one().last_used_at

    assert last_used() is None
    assert client.get("/api/agreements", headers=headers).status_code == 200
    first = last_used()
    assert first is not None  # the touch is committed, not rolled back with the request
    assert client.get("/api/agreements", headers=headers).status_code == 200
    assert last_used() == first  # within TOKEN_TOUCH_SECONDS: no write (a write per request serialises readers)


def test_viewer_cannot_upload(offline_app, offline_env):
    make_user(offline_env, "lihat", "viewer")
    client = offline_app.test_client()
    login(client, "lihat")
    _assert_error(client.post("/api/documents", data={"file": (io.BytesIO(_pdf("x")), "a.pdf")},
                              content_type="multipart/form-data"), 403, "forbidden")
    assert client.get("/unggah").status_code == 403
    assert "Unggah" not in client.get("/pemrosesan").get_data(as_text=True).split("<main")[0]


# -- the one error shape -----------------------------------------------------------------------------

def test_one_json_error_shape_everywhere(offline_app, offline_env):
    make_user(offline_env, "staf", "staff")

    @offline_app.get("/api/_boom")
    def _boom():
        raise RuntimeError("secret internal detail")

    @offline_app.get("/api/_refused")
    def _refused():  # an expected failure that carries its own HTTP answer and field, uncaught by its view
        from models.proposals.stages import RoleRefused
        raise RoleRefused("hanya admin yang boleh", field="stage")

    client = offline_app.test_client()
    login(client, "staf")
    _assert_error(client.get("/api/agreements/999999"), 404, "not_found")
    _assert_error(client.get("/api/tidak-ada"), 404, "not_found")
    _assert_error(client.post("/api/search"), 405)
    _assert_error(client.get("/api/agreements?page=abc"), 400)
    _assert_error(client.get("/api/stats?by=warna"), 400)
    _assert_error(client.post("/api/documents"), 400)
    boom = _assert_error(client.get("/api/_boom"), 500, "internal_error")
    assert "secret" not in boom["message"]
    refused = _assert_error(client.get("/api/_refused"), 403, "forbidden")
    assert refused["field"] == "stage" and refused["message"] == "hanya admin yang boleh"
    _assert_error(client.get("/api/search?q=apa"), 503, "service_unavailable")  # Meilisearch is down here
    html = client.get("/perjanjian/999999")
    assert html.status_code == 404 and "tidak ditemukan" in html.get_data(as_text=True).lower()


def test_healthz_reports_each_dependency(offline_app):
    response = offline_app.test_client().get("/healthz")
    body = response.get_json()
    assert response.status_code == 503 and body["status"] == "degraded"
    assert set(body["checks"]) == {"database", "redis", "meilisearch", "tesseract"}
    assert body["checks"]["database"]["ok"] and not body["checks"]["meilisearch"]["ok"]


def test_healthz_all_up(client):
    body = client.get("/healthz").get_json()
    assert body["checks"]["meilisearch"]["ok"] and body["checks"]["redis"]["ok"], body


# -- agreements, stats, uploads ----------------------------------------------------------------------

def test_agreement_api_applies_corrections_and_lists_links(offline_app, offline_env):
    from models.corrections import correct
    from models.dossiers import link_manual

    kb = add_agreement(offline_env, facts("KB", "Kerja Sama Kesehatan"), [filler(1)])
    pks = add_agreement(offline_env, facts("PKS", "Pelayanan Puskesmas Keliling", parent_agreement="119/KB.12-Ker/2023"),
                        [filler(1), filler(2)])
    with session_scope(offline_env) as session:
        correct(session, session.get(Document, kb), "sign_place", "Bogor", None)
        link_manual(session, pks, kb, "implements", None)
    make_user(offline_env, "staf", "staff")
    client = offline_app.test_client()
    login(client, "staf")
    body = client.get(f"/api/agreements/{pks}").get_json()
    assert body["id"] == pks and body["doc_type"] == "PKS" and body["pages"] == 2
    assert {"type": "implements", "agreement_id": kb} in [{k: l[k] for k in ("type", "agreement_id")} for l in body["links"]]
    assert "dossier_id" in body and body["status"] in ("active", "expiring", "expired", "unknown_term", "renewed")
    assert client.get(f"/api/agreements/{kb}").get_json()["sign_place"] == "Bogor"
    listing = client.get("/api/agreements?page=1").get_json()
    assert listing["total"] == 2 and [a["id"] for a in listing["agreements"]] == [pks, kb]
    assert client.get("/api/agreements?page=2").get_json()["agreements"] == []
    counts = client.get("/api/stats?by=doc_type").get_json()
    assert counts["counts"] == {"KB": 1, "PKS": 1} and counts["total"] == 2
    page = client.get(f"/perjanjian/{pks}?halaman=2").get_data(as_text=True)
    assert "Pelayanan Puskesmas Keliling" in page and "Halaman 2 dari 2" in page
    assert f'href="/perjanjian/{kb}">KB' in page and f"#{kb}" not in page  # the linked KB named by kind and number


def test_upload_many_files_queues_them(offline_app, offline_env, monkeypatch):
    import redis

    make_user(offline_env, "unggah", "staff")
    client = offline_app.test_client()
    token = token_for(offline_env, "unggah")
    kb_pdf = _pdf("KESEPAKATAN BERSAMA\nPemerintah Kota Bogor")
    files = {"file": [(io.BytesIO(kb_pdf), "kb.pdf"),
                      (io.BytesIO(_pdf("PERJANJIAN KERJA SAMA\nDinas Kesehatan")), "pks.pdf"),
                      (io.BytesIO(b"<html>bukan naskah</html>"), "halaman.pdf")]}
    response = client.post("/api/documents", data=files, content_type="multipart/form-data",
                           headers={"Authorization": f"Bearer {token}"})
    body = response.get_json()
    assert response.status_code == 201, body
    assert body["counts"] == {"new": 2, "duplicate": 0, "rejected": 1} and body["queued"]
    assert body["rejected"][0] == {"name": "halaman.pdf", "reason": "bukan PDF, TIFF, PNG atau JPEG (isinya halaman web (HTML))",
                                   "technical": "not a PDF, TIFF, PNG or JPEG file (looks like HTML)"}
    assert redis.Redis.from_url(offline_env.redis_url).exists("rq:job:process-" + str(body["documents"][0]["document_id"]))
    again = client.post("/api/documents", data={"file": (io.BytesIO(kb_pdf), "salinan.pdf")},
                        content_type="multipart/form-data", headers={"Authorization": f"Bearer {token}"})
    assert again.status_code == 200 and again.get_json()["documents"][0]["new"] is False
    uploaded = [d["document_id"] for d in body["documents"]]
    assert audit_trail(offline_env, "upload") == [  # each upload, the duplicate copy too
        ("unggah", uploaded[0]), ("unggah", uploaded[1]), ("unggah", uploaded[0])]
    # The form: many files at once, then the processing page follows them.
    login(client, "unggah")
    form = client.post("/unggah", data={"file": [(io.BytesIO(_pdf("NOTA KESEPAHAMAN")), "mou.pdf"),
                                                 (io.BytesIO(kb_pdf[:300]), "terpotong.pdf")]},
                       content_type="multipart/form-data")
    assert form.status_code == 302 and "/pemrosesan?unggahan=" in form.headers["Location"]
    for _ in range(2):  # the page refreshes itself every 5 seconds: the rejection and the counts stay
        progress = " ".join(client.get(form.headers["Location"]).get_data(as_text=True).split())
        assert "mou.pdf" in progress and "Diterima" in progress and 'http-equiv="refresh"' in progress
        assert "2 berkas dipilih</strong>: 1 baru, 0 duplikat (sudah ada di arsip), 1 ditolak" in progress
        assert "<strong>terpotong.pdf</strong>: PDF rusak atau terpotong; unggah salinan yang utuh" in progress
        assert "0 dari 1 selesai diproses" in progress and "corrupt" not in progress
    other = offline_app.test_client()
    login(other, make_user(offline_env, "lain", "staff"))
    assert other.get(form.headers["Location"]).status_code == 404  # another clerk's upload is not theirs to see


def test_upload_when_redis_is_down_says_the_sweep_will_process(offline_app, offline_env, monkeypatch):
    offline_app.config["ARSIP_SETTINGS"] = type(offline_env)({**offline_env.values,
                                                               "REDIS_URL": "redis://127.0.0.1:9/0"})
    make_user(offline_env, "unggah", "staff")
    client = offline_app.test_client()
    response = client.post("/api/documents", data={"file": (io.BytesIO(_pdf("KESEPAKATAN")), "kb.pdf")},
                           content_type="multipart/form-data",
                           headers={"Authorization": f"Bearer {token_for(offline_env, 'unggah')}"})
    body = response.get_json()
    assert response.status_code == 201 and body["queued"] is False and "sweep" in body["message"]


# -- CLI -------------------------------------------------------------------------------------------

def test_users_cli_creates_user_with_generated_password_and_token(offline_env, offline_app):
    from click.testing import CliRunner

    from arsip.cli import _register, cli

    _register()
    runner = CliRunner()
    created = runner.invoke(cli, ["users", "add", "operator", "--role", "staff"])
    assert created.exit_code == 0, created.output
    password = re.search(r"password: (\S+)", created.output).group(1)
    assert login(offline_app.test_client(), "operator", password).status_code == 302
    piped = runner.invoke(cli, ["users", "add", "tamu", "--role", "viewer", "--password-stdin"], input="sandi-tamu-123\n")
    assert piped.exit_code == 0 and "password:" not in piped.output
    token = runner.invoke(cli, ["users", "token", "tamu"]).output.strip()
    response = offline_app.test_client().get("/api/agreements", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 200
    bad_role = runner.invoke(cli, ["users", "add", "x1", "--role", "boss"])
    assert bad_role.exit_code != 0


def _viewer(app, settings, name: str):
    make_user(settings, name, "viewer")
    client = app.test_client()
    login(client, name)
    return client


def _page_with_picture(client, doc_id: int, number: int, last: int) -> str:
    """The agreement page at page `number`, which shows that page's picture (a JPEG); past the last, none."""
    page = client.get(f"/perjanjian/{doc_id}?halaman={number}").get_data(as_text=True)
    assert f"/perjanjian/{doc_id}/halaman/{number}.jpg" in page
    picture = client.get(f"/perjanjian/{doc_id}/halaman/{number}.jpg")
    assert picture.status_code == 200 and picture.mimetype == "image/jpeg" and picture.data[:3] == b"\xff\xd8\xff"
    assert client.get(f"/perjanjian/{doc_id}/halaman/{number}.png").data == picture.data  # the old address
    assert client.get(f"/perjanjian/{doc_id}/halaman/{last + 1}.jpg").status_code == 404
    return page


def test_page_image_and_original_download(offline_app, offline_env, tmp_path):
    from PIL import Image, ImageDraw

    from models.tables import Page

    scan = tmp_path / "pindaian.png"
    image = Image.new("L", (600, 800), 255)
    ImageDraw.Draw(image).text((40, 40), "KESEPAKATAN BERSAMA", fill=0)
    image.save(scan)
    doc_id = add_agreement(offline_env, facts(title="Pindaian Kesepakatan"),
                           [Page(number=1, text="KESEPAKATAN <b>BERSAMA</b>", method="ocr")],
                           DocumentStatus.INDEXED, original=scan)
    client = _viewer(offline_app, offline_env, "lihat")
    assert "&lt;b&gt;BERSAMA" in _page_with_picture(client, doc_id, number=1, last=1)
    original = client.get(f"/perjanjian/{doc_id}/asli")
    assert original.status_code == 200 and original.data == scan.read_bytes()
    assert "pindaian.png" in original.headers["Content-Disposition"]
    assert audit_trail(offline_env, "download") == [("lihat", doc_id)]


def test_a_text_layer_page_is_shown_as_a_picture_beside_its_text(offline_app, offline_env, tmp_path):
    from tests import makefiles

    digital = makefiles.text_pdf(tmp_path / "digital.pdf")
    doc_id = add_agreement(offline_env, facts(title="Naskah Digital"), ["Halaman satu", "Halaman dua"],
                           DocumentStatus.INDEXED, original=digital)
    client = _viewer(offline_app, offline_env, "baca")
    assert "lapisan teks PDF" in _page_with_picture(client, doc_id, number=2, last=2)
    # an original missing from storage: said, not a broken picture
    lost_id = add_agreement(offline_env, facts(title="Naskah Hilang"), ["Halaman satu"], DocumentStatus.INDEXED)
    page = client.get(f"/perjanjian/{lost_id}").get_data(as_text=True)
    assert "Berkas asli tidak ada di penyimpanan" in page and f"/perjanjian/{lost_id}/halaman/1.jpg" not in page


def test_the_processing_page_lists_pages_that_could_not_be_read(offline_app, offline_env):
    from models.tables import Page

    add_agreement(offline_env, facts(title="Sebagian Terbaca"),
                  ["Halaman satu terbaca", Page(number=2, text="", method="failed", error="OCR timed out after 120 s")],
                  DocumentStatus.INDEXED, name="sebagian.pdf")
    make_user(offline_env, "operator", "staff")
    client = offline_app.test_client()
    login(client, "operator")
    page = client.get("/pemrosesan").get_data(as_text=True)
    assert "Halaman yang tidak terbaca" in page and "hal. 2: OCR melewati batas waktu 120 detik" in page
    assert 'id="baca-ulang"' in page

    import redis

    response = client.post("/pemrosesan/baca-ulang")  # staff: read it again from the original
    assert response.status_code == 302 and "/pemrosesan?ids=" in response.headers["Location"]
    with session_scope(offline_env) as session:
        document = session.query(Document).filter_by(original_name="sebagian.pdf").one()
        assert document.status == "received"
        document_id = document.id
    assert redis.Redis.from_url(offline_env.redis_url).exists(f"rq:job:process-{document_id}")
    assert audit_trail(offline_env, "reprocess") == [("operator", document_id)]
    make_user(offline_env, "tamu", "viewer")
    viewer = offline_app.test_client()
    login(viewer, "tamu")
    assert 'id="baca-ulang"' not in viewer.get("/pemrosesan").get_data(as_text=True)
    assert viewer.post("/pemrosesan/baca-ulang").status_code == 403


def test_logout_ends_the_session(offline_app, offline_env):
    make_user(offline_env, "keluar", "viewer")
    client = offline_app.test_client()
    login(client, "keluar")
    assert client.get("/pemrosesan").status_code == 200
    assert client.get("/logout").status_code == 405  # only a (CSRF-protected) POST logs out
    assert client.post("/logout").status_code == 302
    assert client.get("/pemrosesan").status_code == 302


def test_a_long_scan_being_read_shows_its_page_progress(offline_app, offline_env):
    from workers.queue import Progress, progress

    doc_id = add_agreement(offline_env, facts(title="Pindaian Panjang"), ["a"] * 3, DocumentStatus.PROCESSING)
    counter = Progress(offline_env, doc_id, 120)
    for _ in range(37):
        counter.page_read()
    counter.last = 0.0  # the counter writes at most twice a second; the 38th page is written now
    counter.page_read()
    assert progress(offline_env, [doc_id, doc_id + 1]) == {doc_id: (38, 120)}
    make_user(offline_env, "operator", "staff")
    client = offline_app.test_client()
    login(client, "operator")
    page = client.get(f"/pemrosesan?ids={doc_id}").get_data(as_text=True)
    assert "hal. 38 dari 120" in page and "Sedang dibaca" in page
