"""The review contracts (docs/review.md): review object, confirm, inbox order, page words and pictures."""
from __future__ import annotations

import io
from datetime import date, timedelta

from PIL import Image

from ingest.wordboxes import encode
from models.tables import Document, Page
from tests import makefiles
from tests.review.test_wordboxes import ink_inside
from tests.search.helpers import add_agreement, facts, login, make_user, token_for

SCHEMA_FIELDS = {"doc_type", "numbers", "title", "parties", "sign_date", "sign_place", "effective_date", "duration",
                 "end_date", "obligations", "scope", "parent_agreement"}


def _client(app, settings, name, role):
    make_user(settings, name, role)
    client = app.test_client()
    login(client, name)
    return client


def test_an_agreement_goes_from_unreviewed_to_verified(offline_app, offline_env):
    doc_id = add_agreement(offline_env, facts(), ["Halaman satu"])
    staff = _client(offline_app, offline_env, "petugas", "staff")
    review = staff.get(f"/api/agreements/{doc_id}").get_json()["review"]
    assert review["state"] == "unreviewed" and set(review["fields"]) == SCHEMA_FIELDS
    assert review["fields"]["sign_date"] == {"state": "extracted", "by": None, "at": None, "confidence": 0.9}
    answer = staff.post(f"/api/agreements/{doc_id}/confirm", json={"fields": ["end_date", "title"]})
    assert answer.status_code == 200
    review = answer.get_json()
    assert review["state"] == "partial"
    assert review["fields"]["end_date"]["state"] == "confirmed" and review["fields"]["end_date"]["by"] == "petugas"
    assert date.fromisoformat(review["fields"]["end_date"]["at"][:10]) == date.today()
    # a correction counts as reviewed, and shows as corrected even after a confirmation
    corrected = staff.patch(f"/api/agreements/{doc_id}", json={"title": "Judul Yang Benar"})
    assert corrected.status_code == 200 and corrected.get_json()["review"]["fields"]["title"]["state"] == "corrected"
    review = staff.post(f"/api/agreements/{doc_id}/confirm", json={"all": True}).get_json()
    assert review["state"] == "verified"
    assert review["fields"]["title"]["state"] == "corrected"
    assert all(item["state"] in ("confirmed", "corrected") for item in review["fields"].values())
    assert staff.get(f"/api/agreements/{doc_id}").get_json()["review"] == review


def test_confirm_refuses_viewers_and_bad_bodies_with_a_message_naming_the_field(offline_app, offline_env):
    doc_id = add_agreement(offline_env, facts(), ["Halaman satu"])
    viewer = _client(offline_app, offline_env, "tamu", "viewer")
    assert viewer.post(f"/api/agreements/{doc_id}/confirm", json={"all": True}).status_code == 403
    staff = _client(offline_app, offline_env, "petugas", "staff")
    for body in ({}, {"fields": []}, {"fields": "end_date"}, {"all": "ya"}, [1]):
        answer = staff.post(f"/api/agreements/{doc_id}/confirm", json=body)
        assert answer.status_code == 400 and answer.get_json()["error"]["field"] == "fields"
    unknown = staff.post(f"/api/agreements/{doc_id}/confirm", json={"fields": ["tanggal_akhir"]})
    assert unknown.status_code == 400 and "tanggal_akhir" in unknown.get_json()["error"]["message"]
    assert staff.post("/api/agreements/9999/confirm", json={"all": True}).status_code == 404
    token = token_for(offline_env, "petugas")
    by_token = offline_app.test_client().post(f"/api/agreements/{doc_id}/confirm", json={"fields": ["numbers"]},
                                              headers={"Authorization": f"Bearer {token}"})
    assert by_token.status_code == 200 and by_token.get_json()["fields"]["numbers"]["state"] == "confirmed"


def test_the_inbox_lists_urgent_then_least_confident_and_drops_verified(offline_app, offline_env):
    soon = (date.today() + timedelta(days=40)).isoformat()
    sure = {name: {"page": 1, "start": 0, "end": 5, "confidence": 0.95} for name in SCHEMA_FIELDS}
    unsure = dict(sure, title={"page": 1, "start": 0, "end": 5, "confidence": 0.4})
    calm_sure = add_agreement(offline_env, facts(title="Tenang Yakin", evidence=sure), ["a"])
    calm_unsure = add_agreement(offline_env, facts(title="Tenang Ragu", evidence=unsure), ["a"])
    ending = add_agreement(offline_env, facts(title="Segera Berakhir", end_date=soon, evidence=sure), ["a"])
    unknown = add_agreement(offline_env, facts(title="Tanpa Akhir", end_date=None, duration=None, evidence=sure), ["a"])
    done = add_agreement(offline_env, facts(title="Sudah Diperiksa"), ["a"])
    staff = _client(offline_app, offline_env, "petugas", "staff")
    staff.post(f"/api/agreements/{done}/confirm", json={"all": True})
    body = staff.get("/api/review").get_json()
    assert body["total"] == 4
    order = [item["agreement_id"] for item in body["items"]]
    assert order[2:] == [calm_unsure, calm_sure] and set(order[:2]) == {ending, unknown}
    reasons = {item["agreement_id"]: item["reason"] for item in body["items"]}
    assert reasons[ending] == f"Berakhir dalam 40 hari ({soon})"
    assert reasons[unknown] == "Tanggal berakhir tidak diketahui"
    assert "Judul" in reasons[calm_unsure] and "0,40" in reasons[calm_unsure]
    assert body["items"][0]["review"]["state"] == "unreviewed" and body["items"][0]["title"]
    assert staff.get("/api/review?page=2").get_json()["items"] == []
    assert staff.get("/api/review?page=x").status_code == 400


def _scan_agreement(settings, tmp_path) -> tuple[int, str]:
    """A scanned agreement whose second page was scanned sideways, read by the real pipeline."""
    from ingest.pipeline import read_document

    first = makefiles.page_image(["KESEPAKATAN BERSAMA PEMERINTAH KOTA BOGOR"] * 3)
    second = makefiles.page_image(["Pasal 7 Jangka Waktu"] + ["berlaku sampai dengan tanggal 23 Agustus 2028"] * 3)
    path = makefiles.scanned_pdf(tmp_path / "pindaian.pdf", [first, second.rotate(90, expand=True)])
    reading = read_document(path)
    pages = [Page(number=p.number, text=p.text, method=p.method, rotation=p.rotation, ocr_confidence=p.ocr_confidence,
                  words=encode(p.boxes) if p.boxes else None) for p in reading.pages]
    return add_agreement(settings, facts(), pages, original=path), reading.pages[1].text


def test_page_words_are_boxes_on_the_upright_picture_served(offline_app, offline_env, tmp_path):
    doc_id, text = _scan_agreement(offline_env, tmp_path)
    viewer = _client(offline_app, offline_env, "tamu", "viewer")
    words = viewer.get(f"/api/agreements/{doc_id}/pages/2/words").get_json()
    assert words["rotation"] == 90
    picture_response = viewer.get(f"/perjanjian/{doc_id}/halaman/2.jpg")
    assert picture_response.mimetype == "image/jpeg" and len(picture_response.data) <= 300_000
    picture = Image.open(io.BytesIO(picture_response.data))
    assert picture.height > picture.width  # a portrait page shown upright
    assert (words["width"], words["height"]) == picture.size
    assert set(words["words"][0]) == {"text", "x", "y", "w", "h"}
    from ingest.wordboxes import Word

    dates = [Word(w["text"], w["x"], w["y"], w["w"], w["h"]) for w in words["words"] if w["text"] in ("Agustus", "2028")]
    assert len(dates) >= 4 and all(ink_inside(picture, word) > 0.05 for word in dates)
    old_address = viewer.get(f"/perjanjian/{doc_id}/halaman/2.png")
    assert old_address.status_code == 200 and old_address.data == picture_response.data
    assert viewer.get(f"/api/agreements/{doc_id}/pages/9/words").status_code == 404


def test_a_page_read_before_boxes_were_kept_answers_no_words(offline_app, offline_env):
    doc_id = add_agreement(offline_env, facts(), ["Halaman tanpa kotak kata"])
    viewer = _client(offline_app, offline_env, "tamu", "viewer")
    assert viewer.get(f"/api/agreements/{doc_id}/pages/1/words").get_json() == \
        {"rotation": 0, "width": 0, "height": 0, "words": []}


def test_a_confirmation_lapses_when_a_re_extraction_reads_the_field_differently(offline_app, offline_env):
    from models.db import session_scope
    from models.tables import AuditEntry
    from workers.jobs import extract_facts

    opening = ["PERJANJIAN KERJA SAMA", "ANTARA", "PEMERINTAH KABUPATEN SUKAMAJU", "DENGAN", "RUMAH SAKIT SEHAT SENTOSA",
               "NOMOR: 445/17/RSUD/2024", "TENTANG", "{title}",
               "Pada hari ini Senin tanggal lima bulan Februari tahun dua ribu dua puluh empat, bertempat di Sukamaju."]
    doc_id = add_agreement(offline_env, facts(), ["\n".join(opening).format(title="PELAYANAN RUJUKAN PASIEN")])
    assert extract_facts(offline_env, doc_id) == "extracted"
    staff = _client(offline_app, offline_env, "petugas", "staff")
    assert staff.post(f"/api/agreements/{doc_id}/confirm", json={"fields": ["title", "sign_place"]}).status_code == 200
    assert extract_facts(offline_env, doc_id) == "extracted"  # read again, same text: confirmations stand
    fields = staff.get(f"/api/agreements/{doc_id}").get_json()["review"]["fields"]
    assert fields["title"]["state"] == fields["sign_place"]["state"] == "confirmed"

    with session_scope(offline_env) as session:
        page = session.get(Document, doc_id).pages[0]
        page.text = "\n".join(opening).format(title="PELAYANAN LABORATORIUM KLINIK")
    assert extract_facts(offline_env, doc_id) == "extracted"
    body = staff.get(f"/api/agreements/{doc_id}").get_json()
    assert body["title"] == "Pelayanan Laboratorium Klinik"
    assert body["review"]["fields"]["title"]["state"] == "extracted"  # vouched for another value
    assert body["review"]["fields"]["sign_place"]["state"] == "confirmed"
    with session_scope(offline_env) as session:
        entry = session.query(AuditEntry).filter_by(action="confirm_stale", document_id=doc_id).one()
        assert entry.detail["fields"] == ["title"] and entry.detail["old"]["title"] == "Pelayanan Rujukan Pasien"
