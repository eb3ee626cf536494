"""User administration (issue 11, finding 7): `arsip users ...` and the admin pages, all audited; API token
expiry and revocation; disabling; password changes, own and by an admin. Real SQLite, Redis database 6."""
from __future__ import annotations

import json
import re
from datetime import datetime, timedelta, timezone

import pytest
import time_machine
from click.testing import CliRunner
from sqlalchemy import select

from arsip.cli import _register, cli
from models.db import session_scope
from models.tables import AuditEntry
from models.units import add_unit
from models.users import add_user, find_user, issue_token
from tests.follow_support import follow_redis, follow_settings  # noqa: F401 - fixtures

pytestmark = pytest.mark.xdist_group("follow-redis6")

PASSWORD = "rahasia-panjang-1"


@pytest.fixture
def web(follow_settings, follow_redis):
    from search_app import create_app

    with session_scope(follow_settings) as session:
        add_unit(session, "Dinas Lingkungan Hidup", "DLH")
        add_unit(session, "Badan Perencanaan Pembangunan Daerah", "Bappeda", "badan")
        for role in ("admin", "staff", "viewer"):
            add_user(session, f"{role}1", role, password=PASSWORD)
        token = issue_token(session, find_user(session, "staff1"))
    return create_app(follow_settings, {"TESTING": True}), token, follow_settings


def _csrf(response) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', response.get_data(as_text=True)).group(1)


def login(client, name: str, password: str = PASSWORD) -> str:
    response = client.post("/login", data={"username": name, "password": password,
                                           "csrf_token": _csrf(client.get("/login"))})
    assert response.status_code == 302, response.get_data(as_text=True)[:500]
    return _csrf(client.get("/akun"))


def arsip(*args: str, stdin: str | None = None):
    _register()
    return CliRunner().invoke(cli, list(args), input=stdin, catch_exceptions=True)


def bearer(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


def audited(settings, action: str) -> list[dict]:
    with session_scope(settings) as session:
        return [entry.detail or {} for entry in
                session.scalars(select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id))]


# ---- the command line ----------------------------------------------------------------------------------

def test_tokens_can_be_revoked_one_by_one_and_expire(web):
    app, old_token, settings = web
    client = app.test_client()
    assert client.get("/api/agreements", headers=bearer(old_token)).status_code == 200
    result = arsip("users", "token", "staff1", "--expires", (datetime.now(timezone.utc).date()
                                                              + timedelta(days=2)).isoformat())
    assert result.exit_code == 0, result.output
    new_token = result.output.strip()
    assert new_token.startswith("ars_") and "\n" not in new_token  # only the token, for scripts
    listed = json.loads(arsip("users", "list", "--json").output)
    staff = next(user for user in listed if user["name"] == "staff1")
    assert [t["expires_at"] is None for t in staff["tokens"]] == [True, False]  # the old main: no expiry at all
    old_id = staff["tokens"][0]["id"]
    assert arsip("users", "revoke", "staff1", "--token-id", str(old_id)).exit_code == 0
    assert client.get("/api/agreements", headers=bearer(old_token)).status_code == 401  # the old main: 200
    assert client.get("/api/agreements", headers=bearer(new_token)).status_code == 200
    with time_machine.travel(datetime.now(timezone.utc) + timedelta(days=3)):
        assert client.get("/api/agreements", headers=bearer(new_token)).status_code == 401  # expired
    assert audited(settings, "token_revoke") == [{"via": "cli", "user": "staff1", "token_id": old_id, "count": 1}]
    assert [d["user"] for d in audited(settings, "token_issue")] == ["staff1"]
    bad = arsip("users", "revoke", "staff1", "--token-id", "999")
    assert bad.exit_code != 0 and "999" in str(bad.exception)


def test_tokens_expire_by_default_after_the_configured_days(web, monkeypatch):
    _, _, settings = web
    monkeypatch.setenv("ARSIP_TOKEN_DAYS", "30")
    assert arsip("users", "token", "viewer1").exit_code == 0
    listed = json.loads(arsip("users", "list", "--json").output)
    expires = next(u for u in listed if u["name"] == "viewer1")["tokens"][0]["expires_at"]
    assert expires[:10] == (datetime.now(timezone.utc).date() + timedelta(days=30)).isoformat()


def test_disable_and_passwd_from_the_command_line_end_sessions_and_tokens(web):
    app, token, settings = web
    browser = app.test_client()
    login(browser, "staff1")
    assert arsip("users", "passwd", "staff1", "--password-stdin", stdin="kata-sandi-baru-9\n").exit_code == 0
    assert browser.get("/akun").status_code == 302  # the session ended with the password change
    login(browser, "staff1", "kata-sandi-baru-9")
    result = arsip("users", "disable", "staff1")
    assert result.exit_code == 0 and "1 session(s) ended" in result.output
    assert browser.get("/akun").status_code == 302
    assert app.test_client().get("/api/agreements", headers=bearer(token)).status_code == 401
    listed = {u["name"]: u for u in json.loads(arsip("users", "list", "--json").output)}
    assert listed["staff1"]["disabled"] is True and listed["admin1"]["disabled"] is False
    assert "password_hash" not in json.dumps(listed) and "token_hash" not in json.dumps(listed)
    assert arsip("users", "enable", "staff1").exit_code == 0
    login(app.test_client(), "staff1", "kata-sandi-baru-9")
    assert [d.get("via") for d in audited(settings, "password_reset")] == ["cli"]
    assert len(audited(settings, "user_disable")) == 1 and len(audited(settings, "user_enable")) == 1
    generated = arsip("users", "passwd", "viewer1")
    assert generated.exit_code == 0 and generated.output.splitlines()[-1].startswith("password: ")
    login(app.test_client(), "viewer1", generated.output.splitlines()[-1].removeprefix("password: "))


def test_the_last_admin_cannot_be_disabled_and_errors_are_one_line(web):
    result = arsip("users", "disable", "admin1")
    assert result.exit_code != 0 and "satu-satunya admin" in str(result.exception)
    missing = arsip("users", "disable", "siapa")
    assert "siapa" in str(missing.exception) and "arsip users list" in str(missing.exception)
    short = arsip("users", "passwd", "viewer1", "--password-stdin", stdin="pendek\n")
    assert "minimal 8" in str(short.exception)


# ---- the admin pages -------------------------------------------------------------------------------------

def test_only_admins_reach_user_administration(web):
    app, token, _ = web
    for name in ("staff1", "viewer1"):
        client = app.test_client()
        login(client, name)
        assert client.get("/pengguna").status_code == 403
        assert client.get("/akun").status_code == 200
    assert app.test_client().get("/pengguna", headers=bearer(token)).status_code == 403


def test_an_admin_manages_users_on_the_web(web):
    app, _, settings = web
    admin, staff = app.test_client(), app.test_client()
    csrf = login(admin, "admin1")
    login(staff, "staff1")
    page = admin.get("/pengguna").get_data(as_text=True)
    assert all(f'data-user="{name}"' in page for name in ("admin1", "staff1", "viewer1"))
    created = admin.post("/pengguna", data={"csrf_token": csrf, "name": "dlh1", "role": "staff",
                                            "unit": "Dinas Lingkungan Hidup"})
    assert created.status_code == 200 and "tampil sekali ini" in created.get_data(as_text=True)
    password = re.search(r'<code id="secret">([^<]+)</code>', created.get_data(as_text=True)).group(1)
    assert password not in (admin.get_cookie("arsip_session").value or "")  # never kept in the cookie
    login(app.test_client(), "dlh1", password)
    with session_scope(settings) as session:
        staff_id, dlh_id = find_user(session, "staff1").id, find_user(session, "dlh1").id
    assert admin.post(f"/pengguna/{staff_id}/ubah", data={"csrf_token": csrf, "role": "viewer",
                                                          "unit": "bappeda", "email": ""}).status_code == 302
    token_page = admin.post(f"/pengguna/{staff_id}/token", data={"csrf_token": csrf, "expires": "2099-12-31"})
    token = re.search(r'<code id="secret">([^<]+)</code>', token_page.get_data(as_text=True)).group(1)
    assert "2099-12-31" in token_page.get_data(as_text=True)
    assert app.test_client().get("/api/agreements", headers=bearer(token)).status_code == 200
    token_id = re.findall(r'data-token-id="(\d+)"', admin.get(f"/pengguna/{staff_id}").get_data(as_text=True))[-1]
    assert admin.post(f"/pengguna/{staff_id}/token/cabut", data={"csrf_token": csrf, "token_id": token_id}).status_code == 302
    assert app.test_client().get("/api/agreements", headers=bearer(token)).status_code == 401
    bad_date = admin.post(f"/pengguna/{staff_id}/token", data={"csrf_token": csrf, "expires": "31-12-2099"},
                          follow_redirects=True)
    assert "YYYY-MM-DD" in bad_date.get_data(as_text=True)
    assert admin.post(f"/pengguna/{staff_id}/nonaktifkan", data={"csrf_token": csrf}).status_code == 302
    assert staff.get("/akun").status_code == 302  # their session ended
    reset = admin.post(f"/pengguna/{dlh_id}/kata-sandi", data={"csrf_token": csrf})
    new_password = re.search(r'<code id="secret">([^<]+)</code>', reset.get_data(as_text=True)).group(1)
    login(app.test_client(), "dlh1", new_password)
    with session_scope(settings) as session:
        staff = find_user(session, "staff1")
        assert (staff.role, staff.unit, staff.disabled_at is not None) == ("viewer", "Badan Perencanaan Pembangunan Daerah", True)  # by its short name
    actions = [a for a in ("user_add", "user_role", "user_unit", "token_issue", "token_revoke", "user_disable",
                           "password_reset") if audited(settings, a)]
    assert len(actions) == 7
    assert audited(settings, "user_role")[0] == {"user": "staff1", "old": "staff", "new": "viewer"}
    with session_scope(settings) as session:
        admin_id = find_user(session, "admin1").id
    refused = admin.post(f"/pengguna/{admin_id}/ubah", data={"csrf_token": csrf, "role": "staff"},
                         follow_redirects=True)
    assert "satu-satunya admin" in refused.get_data(as_text=True)


def test_an_admin_unlocks_a_throttled_login_on_the_web(web):
    from models.throttle import delay_after

    app, _, settings = web
    guesser, admin = app.test_client(), app.test_client()
    with time_machine.travel(datetime(2026, 12, 1, 8, tzinfo=timezone.utc), tick=False) as clock:
        for n in range(1, 11):  # ten wrong passwords, each after the wait, from ever new addresses
            guesser.post("/login", data={"username": "viewer1", "password": f"salah-{n}",
                                         "csrf_token": _csrf(guesser.get("/login"))},
                         environ_base={"REMOTE_ADDR": f"10.1.1.{n}"})
            if n < 10:
                clock.shift(delay_after(n) + 0.5)
        assert guesser.post("/login", data={"username": "viewer1", "password": PASSWORD,
                                            "csrf_token": _csrf(guesser.get("/login"))}).status_code == 429
        csrf = login(admin, "admin1")
        page = admin.get("/pengguna").get_data(as_text=True)
        assert "viewer1" in page.split('id="terkunci"')[1]
        assert admin.post("/pengguna/buka-kunci", data={"csrf_token": csrf, "scope": "account",
                                                         "key": "viewer1"}).status_code == 302
        login(app.test_client(), "viewer1")
    assert audited(settings, "login_unlock")[0] == {"scope": "account", "key": "viewer1", "cleared": True}


def test_everyone_changes_their_own_password(web):
    app, _, settings = web
    here, elsewhere = app.test_client(), app.test_client()
    csrf = login(here, "viewer1")
    login(elsewhere, "viewer1")
    wrong = here.post("/akun", data={"csrf_token": csrf, "current": "salah-sekali", "new": "baru-baru-1",
                                     "repeat": "baru-baru-1"})
    assert wrong.status_code == 400 and "Kata sandi saat ini salah" in wrong.get_data(as_text=True)
    mismatch = here.post("/akun", data={"csrf_token": csrf, "current": PASSWORD, "new": "baru-baru-1",
                                        "repeat": "baru-baru-2"})
    assert mismatch.status_code == 400 and "tidak sama" in mismatch.get_data(as_text=True)
    done = here.post("/akun", data={"csrf_token": csrf, "current": PASSWORD, "new": "baru-baru-1",
                                    "repeat": "baru-baru-1"}, follow_redirects=True)
    assert done.status_code == 200 and "1 sesi lain diakhiri" in done.get_data(as_text=True)
    assert here.get("/akun").status_code == 200  # this browser stays logged in
    assert elsewhere.get("/akun").status_code == 302  # the other one does not
    login(app.test_client(), "viewer1", "baru-baru-1")
    assert len(audited(settings, "password_change")) == 1
