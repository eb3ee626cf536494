"""No one-click damage: delete, unlink, terminate and merge ask first and offer "Batalkan"; an admin restores
deleted agreements from "Terhapus"; terminating needs its date."""
from __future__ import annotations

import re

from models.db import session_scope
from models.tables import Document, Link
from tests.search.helpers import add_agreement, facts, login, make_user


def _client(app, settings, name, role):
    make_user(settings, name, role)
    client = app.test_client()
    login(client, name)
    return client


def _undo_form(page: str) -> tuple[str, dict]:
    form = re.search(r'<form method="post" action="([^"]+)" class="flash flash-undo"(.*?)</form>', page, re.S)
    assert form and "Batalkan" in form.group(2)
    return form.group(1), dict(re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)">', form.group(2)))


def test_delete_asks_offers_undo_and_the_deleted_list_restores(offline_app, offline_env):
    doc_id = add_agreement(offline_env, facts(title="Akan Dihapus"), ["a"])
    admin = _client(offline_app, offline_env, "kepala", "admin")
    page = admin.get(f"/perjanjian/{doc_id}").get_data(as_text=True)
    assert re.search(r'action="/perjanjian/%d/hapus"[^>]*data-confirm="[^"]+"' % doc_id, page)
    deleted = admin.post(f"/perjanjian/{doc_id}/hapus", follow_redirects=True).get_data(as_text=True)
    action, fields = _undo_form(deleted)
    assert action == f"/perjanjian/{doc_id}/pulihkan"
    listing = admin.get("/terhapus").get_data(as_text=True)
    assert "Akan Dihapus" in listing and admin.get(f"/api/agreements/{doc_id}").status_code == 404
    assert admin.post(action, data=fields).status_code == 302
    assert admin.get(f"/api/agreements/{doc_id}").status_code == 200
    assert "Akan Dihapus" not in admin.get("/terhapus").get_data(as_text=True)
    staff = _client(offline_app, offline_env, "petugas", "staff")
    assert staff.get("/terhapus").status_code == 403


def test_terminating_needs_its_date_and_can_be_undone(offline_app, offline_env):
    doc_id = add_agreement(offline_env, facts(title="Diakhiri"), ["a"])
    staff = _client(offline_app, offline_env, "petugas", "staff")
    no_date = staff.post(f"/alerts/agreements/{doc_id}/terminate", data={"on": ""})
    assert no_date.status_code == 400 and "wajib diisi" in no_date.get_data(as_text=True)
    with session_scope(offline_env) as session:
        assert session.get(Document, doc_id).terminated_on is None
    done = staff.post(f"/alerts/agreements/{doc_id}/terminate", data={"on": "2026-01-31"}, follow_redirects=True)
    action, fields = _undo_form(done.get_data(as_text=True))
    with session_scope(offline_env) as session:
        assert session.get(Document, doc_id).terminated_on.isoformat() == "2026-01-31"
    staff.post(action, data=fields)
    with session_scope(offline_env) as session:
        assert session.get(Document, doc_id).terminated_on is None


def test_unlink_can_be_undone(offline_app, offline_env):
    from models.dossiers import link_manual

    kb = add_agreement(offline_env, facts(title="Induk"), ["a"])
    pks = add_agreement(offline_env, facts("PKS", "Pelaksana", numbers=("3/PKS/2024",)), ["b"])
    with session_scope(offline_env) as session:
        link_id = link_manual(session, pks, kb, "implements", None).id
    staff = _client(offline_app, offline_env, "petugas", "staff")
    page = staff.post(f"/berkas/tautan/{link_id}/lepas", follow_redirects=True).get_data(as_text=True)
    action, fields = _undo_form(page)
    with session_scope(offline_env) as session:
        assert session.get(Link, link_id).active is False
    staff.post(action, data=fields)
    with session_scope(offline_env) as session:
        assert session.get(Link, link_id).active is True
