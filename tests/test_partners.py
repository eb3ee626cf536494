"""The partner directory (/mitra): agreements per partner, near-duplicate proposals, audited and undoable merges."""
from __future__ import annotations

import re
from html import unescape

import pytest
from sqlalchemy import select

from models import partners
from models.db import session_scope
from models.tables import AuditEntry
from models.users import add_user
from tests.follow_support import add_document, follow_redis, follow_settings  # noqa: F401 - fixtures

pytestmark = pytest.mark.xdist_group("follow-redis6")
TODAY = "2026-06-15"
OWN = {"institution": "Pemerintah Kota Bogor"}


def _doc(kind, number, partner, signed, end, duration=None):
    return {"doc_type": kind, "numbers": [number], "title": f"Kerja sama {number}", "sign_date": signed,
            "end_date": end, "duration": duration, "parties": [OWN, {"institution": partner}]}


PLAN = [_doc("KB", "1/KB/2020", "Universitas Brawijaya", "2020-01-10", "2025-01-09", "P5Y"),
        _doc("PKS", "2/PKS/2021", "UNIVERSITAS BRAWIJAYA", "2021-03-01", "2027-02-28"),
        _doc("MOU", "3/MOU/2022", "Univ. Brawijaya", "2022-05-01", "2027-04-30"),
        _doc("KB", "4/KB/2023", "PT Bank Rakyat Indonesia (Persero) Tbk", "2023-01-01", "2028-01-01"),
        _doc("PKS", "5/PKS/2024", "PT Bank Rakyat Indonesia", "2024-02-01", "2026-01-31"),
        _doc("KB", "6/KB/2019", "Pemerintah Kabupaten Malang", "2019-01-01", "2029-01-01"),
        _doc("KB", "7/KB/2019", "Pemerintah Kota Malang", "2019-02-01", "2029-02-01"),
        _doc("MOU", "8/MOU/2024", "Universitas Padjadjaran", "2024-06-01", "2029-05-31")]


@pytest.fixture
def app(follow_settings, follow_redis):
    from search_app import create_app

    with session_scope(follow_settings) as session:
        ids = {facts["numbers"][0]: add_document(session, facts, f"d{n}.pdf").id for n, facts in enumerate(PLAN)}
        add_user(session, "staf", "staff", password="rahasia-panjang-1")
        add_user(session, "pemirsa", "viewer", password="rahasia-panjang-1")
    application = create_app(follow_settings, {"TESTING": True, "WTF_CSRF_ENABLED": False})
    return application, ids


def _client(application, name):
    client = application.test_client()
    assert client.post("/login", data={"username": name, "password": "rahasia-panjang-1"}).status_code == 302
    return client


def _api(client) -> dict[str, dict]:
    return {p["key"]: p for p in client.get(f"/api/partners?today={TODAY}").get_json()["partners"]}


def test_each_partner_with_its_agreements_kinds_and_terms(app):
    application, ids = app
    client = _client(application, "pemirsa")
    found = _api(client)
    assert set(found) == {"UNIVERSITAS BRAWIJAYA", "UNIV BRAWIJAYA", "PT BANK RAKYAT INDONESIA PERSERO TBK",
                          "PT BANK RAKYAT INDONESIA", "PEMERINTAH KABUPATEN MALANG", "PEMERINTAH KOTA MALANG",
                          "UNIVERSITAS PADJADJARAN"}  # the region itself (Kota Bogor) is no partner
    ub = found["UNIVERSITAS BRAWIJAYA"]
    assert [a["agreement_id"] for a in ub["agreements"]] == [ids["1/KB/2020"], ids["2/PKS/2021"]]
    assert ub["kinds"] == {"KB": 1, "PKS": 1} and ub["partner_kind"] == "pihak_ketiga"
    assert ub["agreements"][0]["term"] == "5 tahun" and ub["agreements"][0]["status"] == "expired"
    assert ub["names"] == ["UNIVERSITAS BRAWIJAYA", "Universitas Brawijaya"] and ub["active"] == 1
    assert found["PEMERINTAH KOTA MALANG"]["partner_kind"] == "daerah_lain"

    page = client.get(f"/mitra?today={TODAY}").get_data(as_text=True)
    assert "Nama mitra yang tampak sama: 2 pasang" in client.get("/mitra/usulan").get_data(as_text=True)
    assert 'data-key="UNIVERSITAS PADJADJARAN"' in page
    detail = client.get(f"/mitra/p/UNIVERSITAS BRAWIJAYA?today={TODAY}").get_data(as_text=True)
    assert {int(n) for n in re.findall(r'<tr data-id="(\d+)"', detail)} == {ids["1/KB/2020"], ids["2/PKS/2021"]}
    assert client.get("/mitra/p/TIDAK ADA").status_code == 404
    searched = client.get("/mitra?q=padja").get_data(as_text=True)
    assert re.findall(r'data-key="([^"]+)"', searched) == ["UNIVERSITAS PADJADJARAN"]


def test_near_duplicates_are_proposed_but_kota_and_kabupaten_never_pair():
    names = {key: partners.Partner(key) for key in (
        "UNIVERSITAS BRAWIJAYA", "UNIV BRAWIJAYA", "PEMERINTAH KABUPATEN MALANG", "PEMERINTAH KOTA MALANG",
        "UNIVERSITAS PADJADJARAN", "PT BANK RAKYAT INDONESIA PERSERO TBK", "PT BANK RAKYAT INDONESIA",
        "SMK NEGERI 1 BOGOR", "SMK NEGERI 2 BOGOR", "UNIVERSITAS BRAWIJAJA")}
    pairs = {frozenset((p.a, p.b)) for p in partners.proposals(names)}
    assert pairs == {frozenset(("UNIVERSITAS BRAWIJAYA", "UNIV BRAWIJAYA")),
                     frozenset(("UNIVERSITAS BRAWIJAYA", "UNIVERSITAS BRAWIJAJA")),
                     frozenset(("UNIV BRAWIJAYA", "UNIVERSITAS BRAWIJAJA")),
                     frozenset(("PT BANK RAKYAT INDONESIA PERSERO TBK", "PT BANK RAKYAT INDONESIA"))}


def test_staff_merge_is_audited_and_undone(app, follow_settings):
    application, ids = app
    viewer, staff = _client(application, "pemirsa"), _client(application, "staf")
    form = {"alias": "UNIV BRAWIJAYA", "target": "UNIVERSITAS BRAWIJAYA"}
    assert 'data-pair="UNIV BRAWIJAYA|UNIVERSITAS BRAWIJAYA"' in staff.get("/mitra/usulan").get_data(as_text=True)
    assert viewer.post("/mitra/gabung", data=form).status_code == 403
    assert staff.post("/mitra/gabung", data=form).status_code == 302

    merged = _api(viewer)
    assert "UNIV BRAWIJAYA" not in merged
    assert [a["agreement_id"] for a in merged["UNIVERSITAS BRAWIJAYA"]["agreements"]] == [
        ids["1/KB/2020"], ids["2/PKS/2021"], ids["3/MOU/2022"]]
    assert viewer.get("/mitra/p/UNIV BRAWIJAYA").status_code == 200  # the old name leads to the merged partner
    page = staff.get("/mitra/usulan").get_data(as_text=True)
    assert 'data-pair="UNIV BRAWIJAYA|UNIVERSITAS BRAWIJAYA"' not in page and "UNIV BRAWIJAYA" in page
    again = staff.post("/mitra/gabung", data=form, follow_redirects=True)
    assert "sudah satu mitra" in unescape(again.get_data(as_text=True))

    with session_scope(follow_settings) as session:
        (merge,) = partners.history(session)
        actions = [(e.action, e.detail["alias"]) for e in session.scalars(
            select(AuditEntry).where(AuditEntry.action.like("partner%")).order_by(AuditEntry.id))]
    assert actions == [("partner_merged", "UNIV BRAWIJAYA")]
    assert staff.post(f"/mitra/gabung/{merge.id}/batal").status_code == 302
    assert set(_api(viewer)) >= {"UNIV BRAWIJAYA", "UNIVERSITAS BRAWIJAYA"}
    assert [a["agreement_id"] for a in _api(viewer)["UNIV BRAWIJAYA"]["agreements"]] == [ids["3/MOU/2022"]]
    with session_scope(follow_settings) as session:
        assert [e.action for e in session.scalars(
                select(AuditEntry).where(AuditEntry.action.like("partner%")).order_by(AuditEntry.id))] == [
            "partner_merged", "partner_merge_undone"]
        assert partners.history(session)[0].undone_at is not None
    twice = staff.post(f"/mitra/gabung/{merge.id}/batal", follow_redirects=True)
    assert "sudah dibatalkan" in unescape(twice.get_data(as_text=True))


def test_a_pair_staff_call_different_is_no_longer_proposed(app, follow_settings):
    application, _ = app
    staff = _client(application, "staf")
    pair = 'data-pair="PT BANK RAKYAT INDONESIA|PT BANK RAKYAT INDONESIA PERSERO TBK"'
    assert pair in staff.get("/mitra/usulan").get_data(as_text=True)
    form = {"a": "PT BANK RAKYAT INDONESIA", "b": "PT BANK RAKYAT INDONESIA PERSERO TBK"}
    assert staff.post("/mitra/berbeda", data=form).status_code == 302
    page = staff.get("/mitra/usulan").get_data(as_text=True)
    assert pair not in page and 'data-pair="UNIV BRAWIJAYA|UNIVERSITAS BRAWIJAYA"' in page
    again = staff.post("/mitra/berbeda", data=form, follow_redirects=True).get_data(as_text=True)
    assert "sudah ditandai sebagai mitra yang berbeda" in unescape(again)
    assert "Nama mitra yang tampak sama: 1 pasang" in staff.get("/mitra/usulan").get_data(as_text=True)
    with session_scope(follow_settings) as session:
        assert [e.action for e in session.scalars(select(AuditEntry).where(AuditEntry.action.like("partner%")))] == [
            "partner_distinct"]
