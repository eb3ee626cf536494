"""The security review's findings (issue 11), each through the real app: login throttling, server-side
sessions, safe redirects, the default secret key, deleted attachments and internal addresses in answers.

Real SQLite, real Redis (database 6), the Flask test client with CSRF on; time is moved with time-machine.
"""
from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from datetime import date, datetime, timezone

import pytest
import time_machine
from sqlalchemy import func, select

from models import throttle
from models.db import session_scope
from models.dossiers import relink_all
from models.evaluations import add_note
from models.storage import BlobStore
from models.tables import AuditEntry, Document, Link, WebSession
from models.units import add_unit
from models.users import add_user, find_user, issue_token, set_disabled, set_password
from tests.follow_support import add_document, follow_redis, follow_settings  # noqa: F401 - fixtures
from tests.test_follow_web import KB, PKS  # a KB and the PKS that implements it

pytestmark = pytest.mark.xdist_group("follow-redis6")

PASSWORD = "rahasia-panjang-1"
START = datetime(2026, 12, 1, 8, 0, tzinfo=timezone.utc)


@pytest.fixture
def web(follow_settings, follow_redis):
    """The app (CSRF on), a KB and its PKS, users admin1 / staff1 / viewer1 and an API token for staff1."""
    from search_app import create_app

    with session_scope(follow_settings) as session:
        kb, pks = add_document(session, KB, "kb.pdf"), add_document(session, PKS, "pks.pdf")
        relink_all(session)
        add_unit(session, "Dinas Lingkungan Hidup", "DLH")
        add_unit(session, "Dinas Pendidikan", "Disdik")
        for role in ("admin", "staff", "viewer"):
            add_user(session, f"{role}1", role, password=PASSWORD)
        token = issue_token(session, find_user(session, "staff1"))
        ids = {"kb": kb.id, "pks": pks.id, "dossier": kb.dossier_id}
    return create_app(follow_settings, {"TESTING": True}), ids, token, follow_settings


def _csrf(response) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', response.get_data(as_text=True)).group(1)


def attempt(client, name: str, password: str, address: str = "10.0.0.1"):
    csrf = _csrf(client.get("/login", environ_base={"REMOTE_ADDR": address}))
    return client.post("/login", data={"username": name, "password": password, "csrf_token": csrf},
                       environ_base={"REMOTE_ADDR": address})


def login(client, name: str) -> str:
    """Log in; returns a CSRF token of the new session."""
    assert attempt(client, name, PASSWORD).status_code == 302
    return _csrf(client.get("/kb-tanpa-pks"))


def actions(settings, action: str) -> int:
    with session_scope(settings) as session:
        return session.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == action))


# ---- finding 1: password guessing ------------------------------------------------------------------

def test_guessing_one_password_is_delayed_then_locked_even_for_the_right_password(web):
    app, _, _, settings = web
    client = app.test_client()
    with time_machine.travel(START, tick=False) as clock:
        answers = [attempt(client, "admin1", f"salah-{n}") for n in range(30)]
        codes = [r.status_code for r in answers]
        assert codes[:4] == [401] * 4 and codes[4:] == [429] * 26  # the old main answered 401 thirty times
        assert answers[4].headers["Retry-After"] == "2" and "Terlalu banyak percobaan" in answers[4].get_data(as_text=True)
        assert attempt(client, "admin1", PASSWORD).status_code == 429  # the 31st, with the right password
        waits = []
        for n in range(5):  # a patient guesser waits out each growing delay
            clock.shift((int(answers[4].headers["Retry-After"]) if not waits else waits[-1]) + 0.5)
            response = attempt(client, "admin1", f"lagi-{n}")
            assert response.status_code == 429
            waits.append(int(response.headers["Retry-After"]))
        assert waits == [4, 8, 16, 32, 900]  # the 10th consecutive wrong password locks for 15 minutes
        clock.shift(60)
        refused = attempt(client, "admin1", PASSWORD, address="10.9.9.9")  # another address: still locked
        assert refused.status_code == 429 and 0 < int(refused.headers["Retry-After"]) <= 840
        assert "Terlalu banyak percobaan" in refused.get_data(as_text=True)
        assert actions(settings, "login_failed") == 10 and actions(settings, "login_locked") == 1
        assert actions(settings, "login_refused") == 27 and actions(settings, "login") == 0
        with session_scope(settings) as session:  # an admin unlocks the account
            assert {row["key"] for row in throttle.blocked(session)} == {"admin1", "10.0.0.1"}
            assert throttle.unlock(session, throttle.ACCOUNT, "admin1")
        assert attempt(client, "admin1", PASSWORD, address="10.9.9.9").status_code == 302


def test_failures_are_consecutive_and_forgotten_after_fifteen_minutes(web):
    app, _, _, _ = web
    client = app.test_client()
    with time_machine.travel(START, tick=False) as clock:
        assert [attempt(client, "staff1", "salah").status_code for _ in range(4)] == [401] * 4
        assert attempt(client, "staff1", PASSWORD).status_code == 302  # a success starts the count again
        assert [attempt(client, "staff1", "salah").status_code for _ in range(4)] == [401] * 4
        clock.shift(16 * 60)
        assert [attempt(client, "staff1", "salah").status_code for _ in range(4)] == [401] * 4
        assert attempt(client, "staff1", "salah").status_code == 429


def test_one_address_guessing_many_accounts_is_delayed(web):
    app, _, _, settings = web
    client = app.test_client()
    with time_machine.travel(START, tick=False):
        codes = [attempt(client, name, "salah", address="10.6.6.6").status_code
                 for name in ("admin1", "staff1", "viewer1", "tidak-ada", "siapa")]
        assert codes == [401, 401, 401, 401, 429]
        assert attempt(client, "viewer1", PASSWORD, address="10.6.6.6").status_code == 429
        assert attempt(client, "viewer1", PASSWORD, address="10.7.7.7").status_code == 302
    with session_scope(settings) as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "login_refused")).first()
        assert entry.detail["address"] == "10.6.6.6" and entry.detail["name"] == "viewer1"


def test_the_api_answers_429_in_the_error_shape(web):
    app, _, _, _ = web
    client = app.test_client()
    with time_machine.travel(START, tick=False):
        for _ in range(5):
            attempt(client, "admin1", "salah")
        response = client.post("/login", data={"username": "admin1", "password": PASSWORD,
                                               "csrf_token": _csrf(client.get("/login"))},
                               headers={"Accept": "application/json"}, environ_base={"REMOTE_ADDR": "10.0.0.1"})
    assert response.status_code == 429 and response.headers["Retry-After"] == "2"
    assert response.get_json()["error"]["code"] == "too_many_requests"


# ---- finding 2: sessions end on the server ---------------------------------------------------------

def _cookie(client) -> str:
    return client.get_cookie("arsip_session").value


def _with_cookie(app, value: str):
    other = app.test_client()
    other.set_cookie("arsip_session", value)
    return other


def test_a_cookie_saved_before_logout_no_longer_opens_pages(web):
    app, _, _, settings = web
    client = app.test_client()
    csrf = login(client, "admin1")
    saved = _cookie(client)
    assert _with_cookie(app, saved).get("/audit").status_code == 200
    assert client.post("/logout", data={"csrf_token": csrf}).status_code == 302
    replay = _with_cookie(app, saved).get("/audit")
    assert replay.status_code == 302 and "/login" in replay.headers["Location"]  # the old main answered 200
    assert actions(settings, "logout") == 1


def test_password_change_and_disabling_end_every_session(web):
    app, _, _, settings = web
    first, second, third = app.test_client(), app.test_client(), app.test_client()
    for client in (first, second):
        login(client, "staff1")
    login(third, "viewer1")
    with session_scope(settings) as session:
        assert set_password(session, find_user(session, "staff1"), "kata-sandi-baru-1") == 2
    assert first.get("/kb-tanpa-pks").status_code == 302 and second.get("/kb-tanpa-pks").status_code == 302
    assert third.get("/kb-tanpa-pks").status_code == 200
    with session_scope(settings) as session:
        assert set_disabled(session, find_user(session, "viewer1"), True) == 1
    assert third.get("/kb-tanpa-pks").status_code == 302
    assert attempt(app.test_client(), "viewer1", PASSWORD).status_code == 401  # and cannot log in again


def test_sessions_end_when_idle_and_after_the_absolute_limit(web):
    app, _, _, settings = web
    client = app.test_client()
    with time_machine.travel(START, tick=False) as clock:
        login(client, "staff1")
        clock.shift(59 * 60)
        assert client.get("/kb-tanpa-pks").status_code == 200
        clock.shift(61 * 60)  # ARSIP_SESSION_IDLE_MINUTES=60 since the last use
        assert client.get("/kb-tanpa-pks").status_code == 302
        login(client, "staff1")
        for _ in range(23):  # busy all day, a page every 30 minutes
            clock.shift(30 * 60)
            assert client.get("/kb-tanpa-pks").status_code == 200
        clock.shift(31 * 60)  # 12 h after login (ARSIP_SESSION_MAX_HOURS)
        assert client.get("/kb-tanpa-pks").status_code == 302
        other = app.test_client()
        login(other, "viewer1")
        clock.shift(2 * 3600)
        login(client, "staff1")  # a login clears sessions past their timeouts
    with session_scope(settings) as session:
        assert session.scalar(select(func.count()).select_from(WebSession)) == 1


# ---- finding 8: no default secret in use ------------------------------------------------------------

def test_a_cookie_forged_with_the_public_key_opens_nothing(web):
    app, _, _, settings = web
    assert app.secret_key == "arsip-development-secret-key"  # the test app still uses the public key
    with session_scope(settings) as session:
        admin_id = find_user(session, "admin1").id
    forged = app.session_interface.get_signing_serializer(app).dumps({"user_id": admin_id, "sid": "geheim"})
    response = _with_cookie(app, forged).get("/audit")
    assert response.status_code == 302 and "/login" in response.headers["Location"]  # the old main: 200
    odd = app.session_interface.get_signing_serializer(app).dumps({"sid": 12345})
    assert _with_cookie(app, odd).get("/audit").status_code == 302  # not a 500


def _serve(env: dict, port: int, timeout: float = 30):
    return subprocess.Popen([sys.executable, "-m", "arsip.cli", "serve", "--port", str(port)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_serve_refuses_the_development_key_unless_told_it_is_a_development_machine(follow_settings):
    from tests.alert_support import free_port

    env = {k: v for k, v in os.environ.items() if k not in ("ARSIP_SECRET_KEY", "ARSIP_DEV")}
    refused = _serve(env, free_port())
    try:
        _, err = refused.communicate(timeout=60)
    finally:
        refused.kill()
    assert refused.returncode not in (0, None)
    assert err.count("\n") == 1 and "ARSIP_SECRET_KEY" in err and "ARSIP_DEV=1" in err and "Traceback" not in err
    dev = _serve(dict(env, ARSIP_DEV="1"), free_port())
    try:
        assert "Arsip web:" in dev.stdout.readline()  # it serves, with a warning
    finally:
        dev.terminate()
        _, err = dev.communicate(timeout=30)
    assert "development secret key" in err


# ---- finding 6: every `next` is safe -----------------------------------------------------------------

HOSTILE = ["/\t/evil.example", "/\n/evil.example", "//evil.example", "/\\evil.example", "https://evil.example/",
           "/x\r\nSet-Cookie: a=b", " //evil.example", "/\x00/evil.example"]


@pytest.mark.parametrize("target", HOSTILE)
def test_the_staff_forms_and_login_never_leave_the_site(web, target):
    app, ids, _, settings = web
    client = app.test_client()
    csrf = login(client, "staff1")
    posts = [("/alerts/agreements/%d/unit" % ids["kb"], {"unit": "Dinas Pendidikan"}),
             ("/berkas/tautan", {"source_id": ids["pks"], "target_id": ids["kb"], "type": "evaluates"})]
    for path, form in posts:
        response = client.post(path, data=dict(form, csrf_token=csrf, next=target))
        assert response.status_code == 302, (path, response.status_code)  # the old main: 500 on a newline
        assert response.headers["Location"].startswith("/") and not response.headers["Location"].startswith("//")
        assert "evil" not in response.headers["Location"]
    with session_scope(settings) as session:
        assert session.get(Document, ids["kb"]).unit == "Dinas Pendidikan"  # the change was saved
        link = session.scalars(select(Link).where(Link.type == "evaluates")).one()
    response = client.post(f"/berkas/tautan/{link.id}/lepas", data={"csrf_token": csrf, "next": target})
    assert response.status_code == 302 and "evil" not in response.headers["Location"]
    fresh = app.test_client()
    csrf = _csrf(fresh.get("/login"))
    response = fresh.post("/login", query_string={"next": target},
                          data={"username": "viewer1", "password": PASSWORD, "csrf_token": csrf})
    assert response.status_code == 302 and response.headers["Location"] == "/"


def test_a_local_next_is_kept(web):
    app, ids, _, _ = web
    client = app.test_client()
    csrf = _csrf(client.get("/login"))
    response = client.post("/login", query_string={"next": "/kb-tanpa-pks?x=1"},
                           data={"username": "viewer1", "password": PASSWORD, "csrf_token": csrf})
    assert response.headers["Location"] == "/kb-tanpa-pks?x=1"
    csrf = login(client, "staff1")
    response = client.post("/alerts/agreements/%d/unit" % ids["kb"],
                           data={"unit": "DLH", "csrf_token": csrf, "next": f"/berkas/{ids['dossier']}"})
    assert response.headers["Location"] == f"/berkas/{ids['dossier']}"


# ---- finding 5: a deleted document's attachments ----------------------------------------------------

def test_a_deleted_documents_attachment_answers_404(web):
    app, ids, _, settings = web
    with session_scope(settings) as session:
        note = add_note(session, BlobStore(settings.storage_path), ids["kb"], "Evaluasi tahun pertama", date(2024, 8, 1),
                        attachment=io.BytesIO(b"laporan evaluasi"), attachment_name="evaluasi.pdf")
    client = app.test_client()
    csrf = login(client, "admin1")
    assert client.get(f"/evaluasi/{note.id}/lampiran").data == b"laporan evaluasi"
    assert client.post(f"/perjanjian/{ids['kb']}/hapus", data={"csrf_token": csrf}).status_code == 302
    assert client.get(f"/evaluasi/{note.id}/lampiran").status_code == 404  # the old main: 200


# ---- finding 9: no internal addresses in answers ----------------------------------------------------

def test_the_api_503_names_no_internal_address(web):
    app, _, token, settings = web
    assert "127.0.0.1:9" in str(settings.meili_url)  # nothing listens there
    client = app.test_client()
    response = client.get("/api/search?q=pendidikan", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 503
    body = response.get_data(as_text=True)
    assert "127.0.0.1" not in body and "http" not in body and "Meilisearch" not in body  # the old main: all three
    assert response.get_json()["error"]["message"].startswith("Pencarian sedang tidak tersedia")
    health = client.get("/healthz")
    assert health.status_code == 503 and "127.0.0.1" not in health.get_data(as_text=True)


# ---- access control holds on every route ------------------------------------------------------------

PUBLIC = {"auth.login", "static", "api.healthz", "alerts.agreement_link", "ui.favicon",
          "alerts.calendar_feed",  # the feed answers only to its own secret ?token=
          "catalogue.public_list", "catalogue.public_json", "catalogue.public_original"}  # ARSIP_PUBLIC_CATALOGUE


def test_every_route_refuses_an_anonymous_client(web):
    app, _, _, _ = web
    client = app.test_client()
    adapter = app.url_map.bind("localhost")
    checked = 0
    for rule in app.url_map.iter_rules():
        if rule.endpoint in PUBLIC:
            continue
        values = {}
        for argument, converter in rule._converters.items():  # a value each converter accepts
            values[argument] = sorted(getattr(converter, "items", None) or ["1"])[0]
        path = adapter.build(rule.endpoint, values, method=sorted(rule.methods)[0])
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            response = client.open(path, method=method, headers={"Accept": "application/json"})
            assert response.status_code in (400, 401), (method, path, response.status_code)  # 400: no CSRF token
            checked += 1
    assert checked >= 40
