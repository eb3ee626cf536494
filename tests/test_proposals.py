"""Proposals (issue 15) over the API on SQLite and PostgreSQL: the whole road, permissions per role and stage,
two concurrent steps, bad input, notifications by e-mail (a real SMTP server), the agreement at berlaku."""
from __future__ import annotations

import pytest
import redis
from sqlalchemy import func, select

from models import notifications
from models import proposals as model
from models.db import session_scope
from models.proposals import board
from models.tables import Document, Link, Notification, Proposal, ProposalEvent, User
from tests.alert_support import free_port, smtp_server  # noqa: F401 - fixture
from tests.proposal_support import ENV, FORM, draft, letter, people, signed, tor
from tests.services import arsip_settings, redis_url

pytestmark = pytest.mark.xdist_group("proposals-redis11")
REDIS = redis_url(11)
ROAD = ["diajukan", "verifikasi", "pembahasan", "penyusunan_naskah", "paraf", "penandatanganan"]


@pytest.fixture
def world(database_url, tmp_path, monkeypatch):
    from search_app import create_app

    with arsip_settings(monkeypatch, tmp_path, 11, DATABASE_URL=database_url, **ENV) as settings:
        data = people(settings)
        yield create_app(settings, {"TESTING": True}), settings, data


def api(app, data, name):
    """A client calling the API with `name`'s token."""
    client = app.test_client()
    headers = {"Authorization": f"Bearer {data['tokens'][name]}"}

    def call(method: str, path: str, **kwargs):
        return client.open(path, method=method, headers=headers, **kwargs)
    return call


def submit(app, data, tmp_path, name="dinkes1", **changes):
    form = {**FORM, **changes}
    form["letter"], form["tor"] = letter(tmp_path), tor(tmp_path)
    return api(app, data, name)("POST", "/api/proposals", data=form, content_type="multipart/form-data")


def move(app, data, name, proposal_id, to, note=""):
    return api(app, data, name)("POST", f"/api/proposals/{proposal_id}/transition", json={"to": to, "note": note})


def upload(app, data, name, proposal_id, kind, file):
    return api(app, data, name)("POST", f"/api/proposals/{proposal_id}/files", data={"kind": kind, kind: file},
                                content_type="multipart/form-data")


def test_a_proposal_from_its_unit_to_a_signed_agreement(world, tmp_path):
    app, settings, data = world
    created = submit(app, data, tmp_path, parent_agreement_id=str(data["kb"]))
    assert created.status_code == 201, created.get_json()
    body = created.get_json()
    pid = body["id"]
    assert (body["stage"], body["unit"], body["parent_agreement_id"]) == ("diajukan", "Dinas Kesehatan", data["kb"])
    assert sorted((f["kind"], f["version"]) for f in body["files"]) == [("letter", 1), ("tor", 1)]
    assert api(app, data, "disdik1")("GET", f"/api/proposals/{pid}").status_code == 404  # another unit's
    assert api(app, data, "disdik1")("GET", "/api/proposals").get_json()["total"] == 0
    for to in ("verifikasi", "pembahasan"):
        assert move(app, data, "admin1", pid, to).status_code == 200
    no_reason = move(app, data, "tkksd1", pid, "dikembalikan")
    assert no_reason.status_code == 400 and "harus disertai catatan" in no_reason.get_json()["error"]["message"]
    assert move(app, data, "tkksd1", pid, "dikembalikan", "Lengkapi jumlah mahasiswa di KAK").status_code == 200
    assert upload(app, data, "dinkes1", pid, "tor", tor(tmp_path, 2)).status_code == 201
    assert move(app, data, "dinkes1", pid, "diajukan", "KAK dilengkapi").status_code == 200
    for name, to in (("admin1", "verifikasi"), ("admin1", "pembahasan"), ("tkksd1", "penyusunan_naskah")):
        assert move(app, data, name, pid, to).status_code == 200, (name, to)
    assert upload(app, data, "admin1", pid, "draft", draft(tmp_path, 1)).status_code == 201
    assert move(app, data, "admin1", pid, "paraf").status_code == 200
    assert upload(app, data, "admin1", pid, "draft", draft(tmp_path, 2)).status_code == 201
    assert move(app, data, "admin1", pid, "penandatanganan").status_code == 200
    unsigned = move(app, data, "admin1", pid, "berlaku")
    assert unsigned.status_code == 400 and "naskah yang sudah ditandatangani" in unsigned.get_json()["error"]["message"]
    assert upload(app, data, "admin1", pid, "signed", signed(tmp_path)).status_code == 201
    done = move(app, data, "admin1", pid, "berlaku", "Ditandatangani 3 Desember")
    assert done.status_code == 200
    final = api(app, data, "dinkes1")("GET", f"/api/proposals/{pid}").get_json()
    assert final["stage"] == "berlaku" and final["agreement_id"] is not None
    assert [(h["from"], h["to"], h["by"]) for h in final["history"]] == [
        (None, "draf", "dinkes1"), ("draf", "diajukan", "dinkes1"), ("diajukan", "verifikasi", "admin1"),
        ("verifikasi", "pembahasan", "admin1"), ("pembahasan", "dikembalikan", "tkksd1"),
        ("dikembalikan", "diajukan", "dinkes1"), ("diajukan", "verifikasi", "admin1"),
        ("verifikasi", "pembahasan", "admin1"), ("pembahasan", "penyusunan_naskah", "tkksd1"),
        ("penyusunan_naskah", "paraf", "admin1"), ("paraf", "penandatanganan", "admin1"),
        ("penandatanganan", "berlaku", "admin1")]
    assert final["history"][4]["note"] == "Lengkapi jumlah mahasiswa di KAK" and final["history"][4]["at"]
    files = {(f["kind"], f["version"]): f for f in final["files"]}
    assert (files[("tor", 1)]["stage"], files[("tor", 2)]["stage"]) == ("draf", "dikembalikan")
    assert (files[("draft", 1)]["stage"], files[("draft", 2)]["stage"]) == ("penyusunan_naskah", "paraf")
    assert all(f["locked"] for f in final["files"])  # every stage has passed
    with session_scope(settings) as session:
        agreement = session.get(Document, final["agreement_id"])
        assert agreement.unit == "Dinas Kesehatan" and agreement.original_name == "pks-ditandatangani.pdf"
        link = session.scalar(select(Link).where(Link.source_id == agreement.id))
        assert (link.target_id, link.type, link.origin) == (data["kb"], "implements", "manual")
        told = [(session.get(User, n.user_id).name, n.message) for n in session.scalars(select(Notification))]
    assert sum("menunggu tindakan Anda di tahap Pembahasan TKKSD" in m for name, m in told if name == "tkksd1") == 2
    unit = [m for name, m in told if name == "dinkes1"]
    assert len(unit) == 2 and "dikembalikan kepada unit Anda untuk diperbaiki: Lengkapi jumlah" in unit[0]
    assert f"tercatat di arsip sebagai perjanjian #{agreement.id}" in unit[1]
    assert not [m for name, m in told if name in ("staff1", "pimpinan1", "disdik1")]

    # The files are documents like every other: read (text layer here, OCR for scans) and extracted; the signed
    # agreement joins its KB's dossier, whose chronology shows the proposal before the agreement.
    from datetime import date

    from models.dossiers import relink_all
    from models.timeline import dossier_timeline
    from workers.jobs import process_in_place

    assert {process_in_place(f["document_id"]) for f in final["files"]} == {"extracted"}
    with session_scope(settings) as session:
        letter_doc = session.get(Document, files[("letter", 1)]["document_id"])
        assert "SURAT PERMOHONAN KERJA SAMA" in letter_doc.pages[0].text
        assert session.get(Document, final["agreement_id"]).extraction["doc_type"] == "PKS"
        relink_all(session)
        kb = session.get(Document, data["kb"])
        assert session.get(Document, final["agreement_id"]).dossier_id == kb.dossier_id is not None
        mine = [e for e in dossier_timeline(session, kb.dossier_id, date.today()) if e.document_id == final["agreement_id"]]
        assert [e.kind for e in mine][:12] == ["proposal"] * 12
        assert mine[0].detail == f"usulan #{pid}: Draf — draf dibuat" and mine[11].detail.startswith(f"usulan #{pid}: Berlaku")
        assert board.running(session) == 0  # the signed proposal no longer counts as running anywhere
        dossier_id = kb.dossier_id
    dossier_page = api(app, data, "pimpinan1")("GET", f"/berkas/{dossier_id}").get_data(as_text=True)
    assert f"usulan #{pid}: Pembahasan TKKSD" in dossier_page and "Usulan" in dossier_page
    agreement_page = api(app, data, "pimpinan1")("GET", f"/perjanjian/{final['agreement_id']}").get_data(as_text=True)
    assert f'href="/usulan/{pid}">usulan #{pid}</a>' in agreement_page  # the signed agreement links back


def test_the_unit_is_told_by_e_mail_when_its_proposal_is_returned(world, tmp_path, smtp_server):  # noqa: F811
    from workers import queue

    app, settings, data = world
    mailed = redis.Redis.from_url(REDIS)
    from search_app import create_app

    unit = create_app(settings, {"TESTING": True, "WTF_CSRF_ENABLED": False}).test_client()
    assert unit.post("/login", data={"username": "dinkes1", "password": "rahasia-panjang-1"}).status_code == 302
    assert unit.post("/usulan/baru", data={**FORM, "action": "simpan"}).status_code == 302
    assert not queue.waiting(mailed, queue.NOTIFY_JOB)  # a draft tells nobody: no e-mail job
    pid = submit(app, data, tmp_path).get_json()["id"]
    assert queue.waiting(mailed, queue.NOTIFY_JOB)  # the admins are told by e-mail
    move(app, data, "admin1", pid, "verifikasi")
    move(app, data, "admin1", pid, "dikembalikan", "Surat belum ditandatangani kepala dinas")
    from models.settings import load_settings

    with session_scope(settings) as session:
        # the admins when it arrived (the acting admin is not told of its own step), the unit when returned
        assert notifications.send_pending(load_settings(), session) == 2
    recipients = sorted(address for envelope in smtp_server.envelopes for address in envelope)
    assert recipients == ["admin1@kota.go.id", "dinkes1@kota.go.id"]
    returned = [b for b in smtp_server.bodies() if "dikembalikan kepada unit Anda" in b]
    assert len(returned) == 1 and "Surat belum ditandatangani kepala dinas" in returned[0]
    assert f"https://arsip.example.go.id/usulan/{pid}" in returned[0]
    with session_scope(settings) as session:
        assert notifications.send_pending(load_settings(), session) == 0  # each message once


@pytest.mark.parametrize("stage", ROAD)
def test_only_the_stages_role_moves_it_and_an_opd_user_only_its_own_unit(world, tmp_path, stage):
    app, settings, data = world
    pid = submit(app, data, tmp_path).get_json()["id"]
    with session_scope(settings) as session:
        session.get(Proposal, pid).stage = stage
    road = model.Road.from_settings(settings)
    forward, actor = road.next_of(stage), road.role_for(stage)
    expected = {"admin1": 403, "tkksd1": 403, "staff1": 403, "pimpinan1": 403, "dinkes1": 403, "disdik1": 404}
    expected[{"admin": "admin1", "reviewer": "tkksd1"}[actor]] = 200 if forward != "berlaku" else 400  # no signed text
    for name, status in sorted(expected.items(), key=lambda item: item[1] != 403):  # the refused ones first
        answer = move(app, data, name, pid, forward)
        assert answer.status_code == status, (stage, name, answer.get_json())
        if status == 403:
            assert f"dikerjakan oleh {model.stages.ROLE_LABELS[actor]}" in answer.get_json()["error"]["message"]
    wrong = move(app, data, "admin1", pid, "draf")  # never reachable from a review stage
    assert wrong.status_code == 409 and "tidak dapat dipindah" in wrong.get_json()["error"]["message"]
    assert wrong.get_json()["error"]["code"] == "conflict"
    with session_scope(settings) as session:
        steps = [e.to_stage for e in session.scalars(select(ProposalEvent).where(ProposalEvent.proposal_id == pid))]
    assert steps == ["draf", "diajukan"] + ([forward] if forward != "berlaku" else [])  # refusals changed nothing


def test_of_two_concurrent_steps_one_wins_and_the_other_is_told(world, tmp_path):
    app, settings, data = world
    pid = submit(app, data, tmp_path).get_json()["id"]
    road = model.Road.from_settings(settings)
    with session_scope(settings) as first, session_scope(settings) as second:
        admin_a = first.scalar(select(User).where(User.name == "admin1"))
        admin_b = second.scalar(select(User).where(User.name == "admin1"))
        read_before = second.get(Proposal, pid)  # the second request has read it at diajukan ...
        assert read_before.stage == "diajukan"
        model.transition(first, road, admin_a, pid, "verifikasi")  # ... when the first moves it on
        first.commit()
        with pytest.raises(model.StageConflict, match="baru saja dipindahkan oleh pengguna lain ke tahap Verifikasi"):
            model.transition(second, road, admin_b, pid, "dikembalikan", "kurang lengkap")
    with session_scope(settings) as session:
        assert session.get(Proposal, pid).stage == "verifikasi"
        assert [e.to_stage for e in session.scalars(select(ProposalEvent).where(ProposalEvent.proposal_id == pid)
                                                    .order_by(ProposalEvent.id))] == ["draf", "diajukan", "verifikasi"]


def test_bad_input_is_named_in_indonesian(world, tmp_path):
    app, settings, data = world
    missing = submit(app, data, tmp_path, partner="")
    assert missing.status_code == 400 and missing.get_json()["error"]["field"] == "partner"
    kind = submit(app, data, tmp_path, scope="antarbangsa")
    assert kind.get_json()["error"]["field"] == "scope" and "domestic" in kind.get_json()["error"]["message"]
    parent = submit(app, data, tmp_path, parent_agreement_id="99999")
    assert parent.get_json()["error"]["field"] == "parent_agreement_id"
    not_pdf = api(app, data, "dinkes1")("POST", "/api/proposals", content_type="multipart/form-data",
                                         data={**FORM, "letter": (__import__("io").BytesIO(b"GIF89a..."), "surat.pdf"),
                                               "tor": tor(tmp_path)})
    assert not_pdf.status_code == 400 and "harus berkas PDF" in not_pdf.get_json()["error"]["message"]
    no_tor = api(app, data, "dinkes1")("POST", "/api/proposals", content_type="multipart/form-data",
                                        data={**FORM, "letter": letter(tmp_path)})
    assert no_tor.status_code == 400 and no_tor.get_json()["error"]["field"] == "tor"
    by_admin = submit(app, data, tmp_path, name="admin1")  # an admin files only for a unit it names
    assert by_admin.status_code == 400 and by_admin.get_json()["error"]["field"] == "unit"
    unknown_unit = submit(app, data, tmp_path, name="admin1", unit="Dinas Pariwisata")
    assert unknown_unit.status_code == 400 and unknown_unit.get_json()["error"]["field"] == "unit"
    assert submit(app, data, tmp_path, name="staff1", unit="Dinkes").status_code == 403
    with session_scope(settings) as session:
        assert session.scalar(select(Proposal.id)) is None  # nothing half-made
    pid = submit(app, data, tmp_path).get_json()["id"]
    assert move(app, data, "admin1", pid, "ke-mana-saja").status_code == 409
    assert api(app, data, "admin1")("POST", f"/api/proposals/{pid}/transition", data="to=x").status_code == 400
    assert api(app, data, "admin1")("GET", "/api/proposals?stage=selesai").status_code == 400
    assert api(app, data, "admin1")("GET", "/api/proposals?page=0").status_code == 400
    assert api(app, data, "admin1")("GET", "/api/proposals/999").status_code == 404
    listed = api(app, data, "pimpinan1")("GET", "/api/proposals?stage=diajukan&unit=Dinkes").get_json()
    assert [item["id"] for item in listed["items"]] == [pid] and listed["total"] == 1
    early = upload(app, data, "admin1", pid, "signed", signed(tmp_path))
    assert early.status_code == 409 and "tidak dapat diunggah di tahap Diajukan" in early.get_json()["error"]["message"]


def test_an_admin_files_a_paper_request_for_a_unit_which_then_follows_it(world, tmp_path):
    app, settings, data = world
    filed = submit(app, data, tmp_path, name="admin1", unit="dinkes")  # by the unit's short name
    assert filed.status_code == 201, filed.get_json()
    body = filed.get_json()
    pid = body["id"]
    assert (body["stage"], body["unit"]) == ("diajukan", "Dinas Kesehatan")
    assert [(h["from"], h["to"], h["by"]) for h in body["history"]] == [(None, "draf", "admin1"),
                                                                         ("draf", "diajukan", "admin1")]
    with session_scope(settings) as session:
        told = dict(session.execute(select(User.name, Notification.message)
                                    .join(Notification, Notification.user_id == User.id)).all())
    assert told == {"dinkes1": f"Usulan #{pid} (PKS dengan Universitas Pakuan) diajukan atas nama unit Anda oleh admin1."}
    assert api(app, data, "dinkes1")("GET", f"/api/proposals/{pid}").status_code == 200  # the unit sees it
    assert api(app, data, "disdik1")("GET", f"/api/proposals/{pid}").status_code == 404
    assert move(app, data, "admin1", pid, "verifikasi").status_code == 200
    assert move(app, data, "admin1", pid, "dikembalikan", "Lampirkan KAK yang ditandatangani").status_code == 200
    assert move(app, data, "admin1", pid, "diajukan").status_code == 403  # returned: the unit's turn, not the filer's
    assert upload(app, data, "dinkes1", pid, "tor", tor(tmp_path, 2)).status_code == 201
    assert move(app, data, "dinkes1", pid, "diajukan", "KAK ditandatangani").status_code == 200


def test_the_board_counts_stages_and_overdue_items(world, tmp_path, monkeypatch):
    app, settings, data = world
    first = submit(app, data, tmp_path).get_json()["id"]
    submit(app, data, tmp_path)
    with session_scope(settings) as session:
        from datetime import timedelta

        from models.tables import utcnow

        session.get(Proposal, first).stage_since = utcnow() - timedelta(days=10)  # diajukan allows 3 days
    with session_scope(settings) as session:
        viewer = session.scalar(select(User).where(User.name == "pimpinan1"))
        other = session.scalar(select(User).where(User.name == "disdik1"))
        road = model.Road.from_settings(settings)
        rows = {f.stage: f for f in board.figures(session, road, board.visible(session, viewer))}
        assert (rows["diajukan"].count, rows["diajukan"].overdue, rows["diajukan"].max_days) == (2, 1, 3)
        assert rows["diajukan"].mean_days is not None and rows["diajukan"].mean_days >= 5
        assert board.visible(session, other) == [] and board.running(session) == 2


def test_two_people_acting_at_once_one_is_refused_with_409(world, tmp_path):
    """Both decided on the stage they saw (diajukan): however the two requests interleave, the second is refused,
    even though rejecting would be allowed from the stage the first one moved it to."""
    app, settings, data = world
    pid = submit(app, data, tmp_path).get_json()["id"]
    import threading

    start, answers = threading.Barrier(2), {}

    def act(to: str, note: str) -> None:
        call = api(app, data, "admin1")
        start.wait()
        answers[to] = call("POST", f"/api/proposals/{pid}/transition", json={"to": to, "note": note, "from": "diajukan"})

    threads = [threading.Thread(target=act, args=args) for args in (("verifikasi", ""), ("ditolak", "di luar urusan"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(answer.status_code for answer in answers.values()) == [200, 409]
    winner = next(to for to, answer in answers.items() if answer.status_code == 200)
    loser = next(answer for answer in answers.values() if answer.status_code == 409)
    assert "Usulan" in loser.get_json()["error"]["message"] and "pengguna lain" in loser.get_json()["error"]["message"]
    with session_scope(settings) as session:
        assert session.get(Proposal, pid).stage == winner
        assert session.scalar(select(func.count()).select_from(ProposalEvent)
                              .where(ProposalEvent.proposal_id == pid, ProposalEvent.from_stage == "diajukan")) == 1


def test_the_monev_page_counts_running_proposals(world, tmp_path):
    app, settings, data = world
    running = submit(app, data, tmp_path).get_json()["id"]
    rejected = submit(app, data, tmp_path).get_json()["id"]
    move(app, data, "admin1", rejected, "ditolak", "bukan kewenangan daerah")
    draft_only = api(app, data, "dinkes1")
    with session_scope(settings) as session:
        assert session.get(Proposal, running).stage == "diajukan" and session.get(Proposal, rejected).stage == "ditolak"
    page = api(app, data, "pimpinan1")("GET", "/monev").get_data(as_text=True)
    card = page.split('id="usulan-berjalan"')[1].split("</a>")[0]
    assert "<strong>1</strong>" in card and "Usulan berjalan" in card
    other = api(app, data, "pimpinan1")("GET", "/monev?unit=Dinas%20Pendidikan").get_data(as_text=True)
    assert "<strong>0</strong>" in other.split('id="usulan-berjalan"')[1].split("</a>")[0]
    assert draft_only("GET", "/monev").status_code == 403  # a unit's user has no M&E page


def test_the_pages_refuse_in_indonesian_and_hide_other_units(world, tmp_path):
    _, settings, data = world
    from search_app import create_app

    app = create_app(settings, {"TESTING": True, "WTF_CSRF_ENABLED": False})
    pid = submit(app, data, tmp_path).get_json()["id"]

    def browser_of(name):
        client = app.test_client()
        assert client.post("/login", data={"username": name, "password": "rahasia-panjang-1"}).status_code == 302
        return client

    unit, other, reviewer, viewer = (browser_of(n) for n in ("dinkes1", "disdik1", "tkksd1", "pimpinan1"))
    assert other.get(f"/usulan/{pid}").status_code == 404
    assert f'data-proposal-id="{pid}"' not in other.get("/usulan").get_data(as_text=True)
    assert f'data-proposal-id="{pid}"' in viewer.get("/usulan").get_data(as_text=True)
    empty = unit.post("/usulan/baru", data={**FORM, "partner": "", "action": "simpan"})
    assert empty.status_code == 400 and "Mitra (partner) wajib diisi" in empty.get_data(as_text=True)
    refused = reviewer.post(f"/usulan/{pid}/tahap", data={"to": "verifikasi"}, follow_redirects=True)
    assert "dikerjakan oleh admin (Bagian Kerja Sama)" in refused.get_data(as_text=True)
    assert viewer.get("/usulan/baru", follow_redirects=True).get_data(as_text=True).count("peran opd") == 1
    admin = browser_of("admin1")
    picker = admin.get("/usulan/baru").get_data(as_text=True)
    assert 'name="unit"' in picker and '<option value="Dinas Kesehatan">' in picker
    assert 'name="unit"' not in unit.get("/usulan/baru").get_data(as_text=True)  # a unit proposes for itself
    unnamed = admin.post("/usulan/baru", data={**FORM, "action": "simpan"})
    assert unnamed.status_code == 400 and "pilih unit pengusul" in unnamed.get_data(as_text=True).lower()
    saved = unit.post("/usulan/baru", data={**FORM, "action": "simpan"}, follow_redirects=True)
    assert "disimpan sebagai draf" in saved.get_data(as_text=True)
    with session_scope(settings) as session:
        assert session.get(Proposal, pid).stage == "diajukan"  # the refused step changed nothing
        draft_id = session.scalar(select(func.max(Proposal.id)))
        assert session.get(Proposal, draft_id).stage == "draf"
    early = unit.post(f"/usulan/{draft_id}/ubah", data={**FORM, "action": "ajukan"}, follow_redirects=True)
    assert "Lampirkan dahulu: Surat permohonan, KAK/TOR (PDF)" in early.get_data(as_text=True)


def test_the_daily_run_reminds_who_acts_on_an_overdue_proposal_once_per_stay(world, tmp_path):
    from datetime import timedelta

    from models.tables import utcnow
    from workers import queue
    from models.proposals.flow import remind_overdue
    from workers.alerts import remind_proposals

    app, settings, data = world
    late, fresh = (submit(app, data, tmp_path).get_json()["id"] for _ in range(2))
    with session_scope(settings) as session:
        session.get(Proposal, late).stage_since = utcnow() - timedelta(days=10)  # diajukan allows 3 days
    assert remind_proposals(settings) == [late]
    assert queue.waiting(redis.Redis.from_url(REDIS), queue.NOTIFY_JOB)  # the e-mails leave in the notify job

    def reminders() -> dict[str, int]:
        with session_scope(settings) as session:
            rows = session.execute(select(User.name, func.count()).join(Notification, Notification.user_id == User.id)
                                   .where(Notification.message.contains("melewati batas"))
                                   .group_by(User.name)).all()
            return dict(rows)

    told = reminders()
    assert told and all(name.startswith("admin") for name in told) and set(told.values()) == {1}
    with session_scope(settings) as session:
        text = session.scalar(select(Notification.message).where(Notification.message.contains("melewati batas")))
        assert text.startswith(f"Usulan #{late} ") and "batas 3 hari di tahap Diajukan" in text
    assert remind_proposals(settings) == []  # once per stay at a stage, however often the job runs
    assert move(app, data, "admin1", late, "verifikasi").status_code == 200
    assert remind_proposals(settings) == []  # a new stay starts on time
    with session_scope(settings) as session:  # sixty days on, both are overdue: the second stay and the other one
        later = utcnow() + timedelta(days=60)
        assert remind_overdue(session, model.Road.from_settings(settings), later) == [late, fresh]
    assert set(reminders().values()) == {3}  # each admin: the late one twice (two stays), the other once


def test_a_step_decided_on_a_stage_that_has_since_moved_is_refused(world, tmp_path):
    app, settings, data = world
    pid = submit(app, data, tmp_path).get_json()["id"]
    first = api(app, data, "admin1")("POST", f"/api/proposals/{pid}/transition", json={"to": "verifikasi", "from": "diajukan"})
    assert first.status_code == 200
    stale = api(app, data, "admin1")("POST", f"/api/proposals/{pid}/transition",
                                     json={"to": "ditolak", "note": "di luar urusan", "from": "diajukan"})
    assert stale.status_code == 409 and "dari tahap Diajukan ke tahap Verifikasi administrasi" in stale.get_json()["error"]["message"]
    bad = api(app, data, "admin1")("POST", f"/api/proposals/{pid}/transition", json={"to": "ditolak", "from": 3})
    assert bad.status_code == 400 and bad.get_json()["error"]["field"] == "from"
    fresh = api(app, data, "admin1")("POST", f"/api/proposals/{pid}/transition",
                                     json={"to": "ditolak", "note": "di luar urusan", "from": "verifikasi"})
    assert fresh.status_code == 200 and fresh.get_json()["stage"] == "ditolak"
