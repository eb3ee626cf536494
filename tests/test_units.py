"""Units (perangkat daerah, issue 15.1): the list, `arsip units`, opd users kept to their own unit, the
migration of unit names into the list, and alerts reaching a unit's users. Real SQLite / PostgreSQL."""
from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from alembic import command
from click.testing import CliRunner
from sqlalchemy import create_engine, select, text

from arsip.cli import _register, cli
from models import outbox
from models.alerts import recipients_for
from models.db import alembic_config, session_scope
from models.tables import Document, Unit, UnitPhone, User
from models.units import UnitRejected, add_unit, change_unit, resolve
from models.users import add_user, issue_token
from tests.follow_support import add_document, follow_redis, follow_settings  # noqa: F401 - fixtures

pytestmark = pytest.mark.xdist_group("follow-redis6")
PASSWORD = "rahasia-panjang-1"


def arsip(*args: str):
    _register()
    return CliRunner().invoke(cli, list(args), catch_exceptions=True)


def test_units_on_the_command_line_and_opd_users_need_one(follow_settings):
    assert arsip("units", "add", "Dinas  Lingkungan Hidup", "--short", "DLH").exit_code == 0
    assert arsip("units", "add", "Bappeda", "--kind", "badan").exit_code == 0
    again = arsip("units", "add", "dinas lingkungan hidup")
    assert again.exit_code != 0 and "sudah dipakai oleh unit 'Dinas Lingkungan Hidup'" in str(again.exception)
    refused = arsip("users", "add", "dlh1", "--role", "opd")
    assert refused.exit_code != 0 and "pengguna opd harus punya unit" in str(refused.exception)
    unknown = arsip("users", "add", "dlh1", "--role", "opd", "--unit", "Dinas Pariwisata")
    assert unknown.exit_code != 0 and "tidak ada dalam daftar unit" in str(unknown.exception)
    assert arsip("users", "add", "dlh1", "--role", "opd", "--unit", "dlh").exit_code == 0  # by its short name
    listed = json.loads(arsip("units", "list", "--json").output)
    assert [(u["name"], u["short"], u["kind"], u["users"]) for u in listed] == [
        ("Bappeda", None, "badan", 0), ("Dinas Lingkungan Hidup", "DLH", "dinas", 1)]
    users = json.loads(arsip("users", "list", "--json").output)
    assert [(u["name"], u["role"], u["unit"]) for u in users] == [("dlh1", "opd", "Dinas Lingkungan Hidup")]


def test_a_rename_carries_users_agreements_and_phone_numbers(follow_settings):
    with session_scope(follow_settings) as session:
        unit = add_unit(session, "Dinas Kebersihan", "DK")
        add_user(session, "dk1", "staff", PASSWORD, unit="Dinas Kebersihan")
        add_user(session, "dk2", "viewer", PASSWORD, unit=" dinas  KEBERSIHAN")  # written before the list existed
        add_user(session, "other", "viewer", PASSWORD, unit="Dinas Kebersihan Kota")
        add_document(session, {"doc_type": "KB"}, "kb.pdf").unit = "Dinas Kebersihan"
        outbox.set_unit_phones(session, "dk", ["081234567890"])
        change_unit(session, unit, "Dinas Lingkungan Hidup", "DLH", "dinas")
        with pytest.raises(UnitRejected, match="sudah dipakai"):
            add_unit(session, "Badan Lain", "dlh")
    with session_scope(follow_settings) as session:
        assert dict(session.execute(select(User.name, User.unit)).all()) == {
            "dk1": "Dinas Lingkungan Hidup", "dk2": "Dinas Lingkungan Hidup", "other": "Dinas Kebersihan Kota"}
        assert session.scalar(select(Document.unit)) == "Dinas Lingkungan Hidup"
        assert outbox.unit_phones(session) == {"dinas lingkungan hidup": ["+6281234567890"]}
        assert resolve(session, " DINAS  lingkungan hidup").short == "DLH"


def test_unit_names_in_use_become_the_list_on_upgrade(database_url, tmp_path, monkeypatch):
    """0008_units: names already on agreements, users and WhatsApp numbers become listed units, numbers follow."""
    monkeypatch.setenv("ARSIP_DATA_DIR", str(tmp_path / "var"))
    command.upgrade(alembic_config(database_url), "0007_duplicates")
    engine = create_engine(database_url)
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO documents (sha256, original_name, kind, size, status, attempts, unit, "
                                "created_at, updated_at, status_changed_at) VALUES ('a', 'a.pdf', 'pdf', 1, "
                                "'indexed', 0, 'Dinas  Kesehatan', :t, :t, :t)"), {"t": "2026-01-01 00:00:00"})
        connection.execute(text("INSERT INTO users (name, password_hash, role, unit, created_at) VALUES "
                                "('dinkes', 'x', 'staff', 'dinas kesehatan', :t), ('dlh', 'x', 'staff', 'DLH', :t)"),
                           {"t": "2026-01-01 00:00:00"})
        connection.execute(text("INSERT INTO unit_phones (unit, phone) VALUES ('dinas kesehatan', '+6281234567890'), "
                                "('bappeda', '+6281122223333')"))
    engine.dispose()
    command.upgrade(alembic_config(database_url), "head")
    monkeypatch.setenv("DATABASE_URL", database_url)
    from models.settings import load_settings

    with session_scope(load_settings()) as session:
        assert [u.name for u in session.scalars(select(Unit).order_by(Unit.key))] == ["bappeda", "Dinas Kesehatan",
                                                                                      "DLH"]
        assert sorted(session.scalars(select(User.unit))) == ["DLH", "Dinas Kesehatan"]  # one spelling now
        assert outbox.unit_phones(session) == {"bappeda": ["+6281122223333"], "dinas kesehatan": ["+6281234567890"]}
        assert session.scalar(select(UnitPhone.unit_id).where(UnitPhone.phone == "+6281234567890")) == \
            resolve(session, "Dinas Kesehatan").id
    command.downgrade(alembic_config(database_url), "0007_duplicates")  # and back, numbers kept
    engine = create_engine(database_url)
    with engine.connect() as connection:
        assert sorted(connection.execute(text("SELECT unit, phone FROM unit_phones")).all()) == [
            ("bappeda", "+6281122223333"), ("dinas kesehatan", "+6281234567890")]
    engine.dispose()


def test_alerts_reach_the_units_own_users(follow_settings):
    with session_scope(follow_settings) as session:
        add_unit(session, "Dinas Kesehatan")
        kb = add_document(session, {"doc_type": "KB"}, "kb.pdf")
        kb.unit = "Dinas Kesehatan"
        users = [add_user(session, name, role, PASSWORD, email=f"{name}@kota.go.id", unit=unit)[0]
                 for name, role, unit in (("admin1", "admin", None), ("opd1", "opd", "Dinas Kesehatan"),
                                          ("opd2", "opd", "Dinas Lain"), ("rev1", "reviewer", None),
                                          ("view1", "viewer", "Dinas Kesehatan"))]
        assert recipients_for(kb, users) == ["admin1@kota.go.id", "opd1@kota.go.id"]


@pytest.fixture
def web(follow_settings, follow_redis):
    from search_app import create_app

    with session_scope(follow_settings) as session:
        add_unit(session, "Dinas Kesehatan", "Dinkes")
        add_unit(session, "Dinas Pendidikan", "Disdik")
        add_user(session, "admin1", "admin", PASSWORD)
        add_user(session, "opd1", "opd", PASSWORD, unit="Dinas Kesehatan")
        add_user(session, "rev1", "reviewer", PASSWORD)
        mine = add_document(session, {"doc_type": "PKS", "title": "Layanan Puskesmas"}, "mine.pdf")
        mine.unit = "Dinas Kesehatan"
        theirs = add_document(session, {"doc_type": "PKS", "title": "Beasiswa"}, "theirs.pdf")
        theirs.unit = "Dinas Pendidikan"
        token = issue_token(session, session.scalar(select(User).where(User.name == "opd1")))
        ids = {"mine": mine.id, "theirs": theirs.id, "token": token}
    return create_app(follow_settings, {"TESTING": True, "WTF_CSRF_ENABLED": False}), ids


def login(client, name: str) -> None:
    response = client.post("/login", data={"username": name, "password": PASSWORD})
    assert response.status_code == 302, response.get_data(as_text=True)[:300]


def test_an_opd_user_sees_only_its_own_units_agreements(web):
    app, ids = web
    opd = app.test_client()
    login(opd, "opd1")
    assert opd.get("/").status_code == 302  # the search page sends a unit's user to its proposals
    assert opd.get(f"/perjanjian/{ids['mine']}").status_code == 200
    assert opd.get(f"/perjanjian/{ids['theirs']}").status_code == 404
    for path in ("/alerts", "/monev", "/berkas", "/pengguna", "/unit"):
        response = opd.get(path)
        assert response.status_code == 403 and "Akun unit (opd)" in response.get_data(as_text=True), path
    api = app.test_client().get("/api/agreements", headers={"Authorization": f"Bearer {ids['token']}"})
    assert api.status_code == 403 and api.get_json()["error"]["code"] == "forbidden"
    assert opd.get("/akun").status_code == 200
    reviewer = app.test_client()
    login(reviewer, "rev1")
    assert reviewer.get(f"/perjanjian/{ids['theirs']}").status_code == 200  # TKKSD reads the archive
    assert reviewer.get("/unit").status_code == 403


def test_admins_keep_the_list_on_the_unit_page(web, follow_settings):
    app, _ = web
    admin = app.test_client()
    login(admin, "admin1")
    assert admin.post("/unit", data={"name": "Dinas Pariwisata", "short": "Dispar", "kind": "dinas"}).status_code == 302
    refused = admin.post("/unit", data={"name": "dinas kesehatan", "kind": "dinas"}, follow_redirects=True)
    assert "sudah dipakai oleh unit" in refused.get_data(as_text=True)
    bad_kind = admin.post("/unit", data={"name": "Dinas Baru", "kind": "kementerian"}, follow_redirects=True)
    assert "Jenis unit &#39;kementerian&#39; tidak dikenal" in bad_kind.get_data(as_text=True)
    page = admin.get("/unit").get_data(as_text=True)
    assert 'data-unit="Dinas Pariwisata"' in page and "Dinas Baru" not in page
    with session_scope(follow_settings) as session:
        unit_id = resolve(session, "dispar").id
    assert admin.post(f"/unit/{unit_id}", data={"name": "Dinas Pariwisata dan Kebudayaan", "short": "Disparbud",
                                               "kind": "dinas"}).status_code == 302
    users_page = admin.get("/pengguna").get_data(as_text=True)
    assert "<option>Dinas Pariwisata dan Kebudayaan</option>" in users_page  # the pickers read the list
