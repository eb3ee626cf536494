"""Webhook and WhatsApp alerts through the outbox, against local HTTP servers that fail, recover and crash us."""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from ingest.errors import InputRejected
from models import outbox
from models.db import session_scope
from models.settings import SettingsError, load_settings
from models.tables import OutboxMessage
from models.units import add_unit
from tests.alert_support import add_document, add_user, alert_env, extraction, smtp_server  # noqa: F401
from tests.channel_support import gateway_factory  # noqa: F401
from tests.test_alert_cli import arsip
from workers.alerts import send_alerts

ARSIP = str(Path(sys.executable).parent / "arsip")
END = date(2027, 3, 31)
SECRET = "rahasia-webhook"
pytestmark = pytest.mark.xdist_group("alerts-redis5")  # alert_env flushes Redis DB 5


@pytest.fixture
def archive(alert_env, monkeypatch):
    """One KB of the Dinas Kesehatan ending on END; an admin, a staff member of that unit with a number."""
    monkeypatch.setenv("ARSIP_CHANNEL_RETRIES", "3")
    monkeypatch.setenv("ARSIP_CHANNEL_BACKOFF", "0.01")
    with session_scope(alert_env) as session:
        add_unit(session, "Dinas Kesehatan", "Dinkes")
        kb = add_document(session, extraction(end=END, title="Pelayanan Kesehatan Haji", partner="RS Haji"),
                          unit="Dinas Kesehatan")
        add_user(session, "admin", "admin", email="admin@kota.go.id")
        staff = add_user(session, "dinkes", "staff", email="dinkes@kota.go.id", unit="Dinas Kesehatan")
        outbox.set_user_phone(session, staff, "0812-3456-7890")
        outbox.set_unit_phones(session, " dinas  KESEHATAN", ["+62 811 222 3333"])
        return kb.id


def _settings(monkeypatch, **values):
    for key, value in values.items():
        monkeypatch.setenv(key, value)
    return load_settings()


def _rows():
    with session_scope(load_settings()) as session:
        return [(r.channel, r.recipient, r.threshold, r.state, r.attempts)
                for r in session.scalars(select(OutboxMessage).order_by(OutboxMessage.id))]


def test_webhook_is_signed_alerts_json_plus_channel_retried_until_the_receiver_recovers(archive, gateway_factory,
                                                                                         monkeypatch):
    hook = gateway_factory("/arsip-hook")
    hook.failures = 2  # two 503s, then it accepts
    settings = _settings(monkeypatch, ARSIP_WEBHOOK_URL=hook.url, ARSIP_WEBHOOK_SECRET=SECRET)
    day = END - timedelta(days=88)
    expected = send_alerts(settings, day, send=False).due[0].as_json()  # what `arsip alerts --json` prints

    report = send_alerts(settings, day)

    assert report.channel_sent == 1
    assert len(hook.requests) == 3 and len({r.body for r in hook.requests}) == 1  # the same bytes each attempt
    (delivered,) = hook.delivered.values()
    assert delivered.path == "/arsip-hook"
    assert delivered.json == {**expected, "channel": "webhook"} and delivered.json["threshold"] == 90
    mac = hmac.new(SECRET.encode(), delivered.body, hashlib.sha256).hexdigest()
    assert delivered.headers["X-Arsip-Signature"] == f"sha256={mac}"
    assert len(delivered.key) == 64
    assert _rows() == [("webhook", "", 90, "sent", 1)]

    for later in (day, day + timedelta(days=1), day + timedelta(days=5)):
        assert send_alerts(settings, later).channel_sent == 0
    assert len(hook.requests) == 3  # exactly once per agreement, threshold and channel


def test_a_failing_gateway_never_blocks_webhook_or_mail_and_is_reported_then_caught_up(archive, gateway_factory,
                                                                                    smtp_server, monkeypatch, capsys):
    hook, whatsapp = gateway_factory(), gateway_factory("/send")
    whatsapp.failures = 3  # the whole first run (3 attempts on the first number)
    settings = _settings(monkeypatch, ARSIP_WEBHOOK_URL=hook.url, ARSIP_WHATSAPP_URL=whatsapp.url,
                         ARSIP_WHATSAPP_TOKEN="tok-123",
                         ARSIP_WHATSAPP_TEMPLATE="{title} / {partner} berakhir {tanggal} ({days_left} hari) {url}")
    first = END - timedelta(days=29)

    report = send_alerts(settings, first)

    assert report.channel_sent == 1 and len(hook.delivered) == 1  # the webhook went out
    assert report.sent == 2 and sorted(sum(smtp_server.envelopes, [])) == ["admin@kota.go.id", "dinkes@kota.go.id"]
    assert len(whatsapp.requests) == 3 and not whatsapp.delivered
    assert any("HTTP 503 setelah 3 percobaan" in failure for failure in report.failures)
    assert any("tidak dicoba" in failure for failure in report.failures)  # the second number waits, untried
    assert sorted(_rows()) == [("webhook", "", 30, "sent", 1), ("whatsapp", "+628112223333", 30, "pending", 1),
                               ("whatsapp", "+6281234567890", 30, "pending", 0)]

    code, out, _ = arsip(capsys, "status")
    assert code == 0
    assert "alert not delivered" in out and "whatsapp +628112223333" in out and "HTTP 503" in out

    # two missed days later the gateway is back: both numbers get the 30-day alert, once
    report = send_alerts(settings, first + timedelta(days=2))
    assert report.channel_sent == 2 and not report.failures
    messages = {r.json["to"]: r for r in whatsapp.delivered.values()}
    assert set(messages) == {"6281234567890", "628112223333"}
    text = messages["6281234567890"].json["message"]
    assert text == ("Pelayanan Kesehatan Haji / Pemerintah Kota Bogor; RS Haji berakhir 31 Maret 2027 (29 hari) "
                    f"https://arsip.example.go.id/agreements/{archive}")
    assert all(r.headers["Authorization"] == "Bearer tok-123" for r in whatsapp.requests)
    assert send_alerts(settings, first + timedelta(days=3)).channel_sent == 0
    assert len(hook.requests) == 1
    assert {state for *_, state, _ in _rows()} == {"sent"}


def test_an_unreachable_webhook_stays_pending_and_is_shown_on_the_processing_page(archive, monkeypatch):
    from search_app import create_app

    settings = _settings(monkeypatch, ARSIP_WEBHOOK_URL="http://127.0.0.1:9/hook", ARSIP_CHANNEL_RETRIES="2")
    report = send_alerts(settings, END - timedelta(days=7))
    assert report.channel_sent == 0
    assert any("127.0.0.1:9 tidak dapat dihubungi" in failure for failure in report.failures)
    assert _rows() == [("webhook", "", 7, "pending", 1)]
    with session_scope(settings) as session:
        from models.users import add_user as create_user

        create_user(session, "pemantau", "viewer", password="sandi-rahasia-1")
    client = create_app(settings, {"TESTING": True, "WTF_CSRF_ENABLED": False}).test_client()
    assert client.post("/login", data={"username": "pemantau", "password": "sandi-rahasia-1"}).status_code == 302
    page = client.get("/pemrosesan").get_data(as_text=True)
    section = page.split('id="peringatan-tertunda"')[1].split("</section>")[0]
    assert "webhook" in section and "tidak dapat dihubungi" in section and "7 hari" in section


def test_a_crash_between_sending_and_recording_resends_with_the_same_key_once(archive, gateway_factory, monkeypatch):
    hook = gateway_factory()
    settings = _settings(monkeypatch, ARSIP_WEBHOOK_URL=hook.url, ARSIP_WEBHOOK_SECRET=SECRET)
    day = END - timedelta(days=170)
    hook.kill_armed = True
    process = subprocess.Popen([ARSIP, "alerts", "--send", "--today", day.isoformat()], env=dict(os.environ),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    hook.kill = process.pid
    assert process.wait(timeout=120) == -9  # killed after the receiver had the request
    assert len(hook.requests) == 1 and not hook.delivered
    assert _rows() == [("webhook", "", 180, "sending", 1)]

    assert send_alerts(settings, day).channel_sent == 0  # within the lease: the dead run may still be sending
    assert len(hook.requests) == 1
    with session_scope(settings) as session:  # the lease passes
        for row in session.scalars(select(OutboxMessage)):
            row.taken_at -= outbox.OUTBOX_LEASE
    assert send_alerts(settings, day).channel_sent == 1
    first, second = hook.requests
    assert first.key == second.key and first.body == second.body
    assert first.headers["X-Arsip-Signature"] == second.headers["X-Arsip-Signature"]
    assert len(hook.delivered) == 1 and _rows() == [("webhook", "", 180, "sent", 2)]


def test_an_extended_term_closes_the_pending_message(archive, monkeypatch):
    from models.corrections import correct

    settings = _settings(monkeypatch, ARSIP_WEBHOOK_URL="http://127.0.0.1:9/hook", ARSIP_CHANNEL_RETRIES="1")
    send_alerts(settings, END - timedelta(days=20))
    with session_scope(settings) as session:
        from models.tables import Document

        correct(session, session.get(Document, archive), "end_date", (END + timedelta(days=365)).isoformat(), None)
    send_alerts(settings, END - timedelta(days=19))
    assert _rows() == [("webhook", "", 30, "closed", 1)]


def test_phone_numbers_and_templates_are_checked_at_the_door(alert_env, capsys):
    assert outbox.normalise_phone("0812-3456-7890") == "+6281234567890"
    assert outbox.normalise_phone("+62 811 222 3333") == "+628112223333"
    for bad in ("12", "nomor saya", "+62 1"):
        with pytest.raises(InputRejected, match="tidak valid"):
            outbox.normalise_phone(bad)
    with pytest.raises(SettingsError, match="ARSIP_WHATSAPP_TEMPLATE.*unknown field {judul}"):
        load_settings({"ARSIP_WHATSAPP_TEMPLATE": "{judul} berakhir"})
    with pytest.raises(SettingsError, match="ARSIP_WHATSAPP_TEMPLATE"):
        load_settings({"ARSIP_WHATSAPP_TEMPLATE": "{title"})
    with pytest.raises(SettingsError, match="ARSIP_WEBHOOK_URL"):
        from models.channels import enabled

        enabled(load_settings({"ARSIP_WEBHOOK_URL": "ftp://example"}))

    code, _, err = arsip(capsys, "phones", "unit", "Dinas Kesehatan", "081234567890")
    assert code == 3 and "tidak ada dalam daftar unit" in err  # numbers go to listed units only
    assert arsip(capsys, "units", "add", "Dinas Kesehatan", "--short", "Dinkes")[0] == 0
    code, _, err = arsip(capsys, "phones", "unit", "Dinas Kesehatan", "0812345")
    assert code == 3 and "tidak valid" in err
    assert arsip(capsys, "phones", "unit", "Dinas Kesehatan", "081234567890", "0811-2222-3333")[0] == 0
    code, out, _ = arsip(capsys, "phones", "list", "--json")
    listed = json.loads(out)
    assert listed == {"users": {}, "units": {"dinas kesehatan": ["+6281234567890", "+6281122223333"]}}


def test_admins_set_numbers_on_the_web_page(archive, alert_env):
    from search_app import create_app
    from models.users import add_user as create_user

    with session_scope(alert_env) as session:
        create_user(session, "kepala", "admin", password="sandi-rahasia-1")
        create_user(session, "pemantau", "viewer", password="sandi-rahasia-1")
    app = create_app(load_settings(), {"TESTING": True, "WTF_CSRF_ENABLED": False})
    admin, viewer = app.test_client(), app.test_client()
    for client, name in ((admin, "kepala"), (viewer, "pemantau")):
        assert client.post("/login", data={"username": name, "password": "sandi-rahasia-1"}).status_code == 302
    assert viewer.get("/peringatan/whatsapp").status_code == 403
    assert viewer.post("/peringatan/whatsapp/unit", data={"unit": "X", "phones": "0812345678"}).status_code == 403
    page = admin.get("/peringatan/whatsapp").get_data(as_text=True)
    assert 'data-unit="dinas kesehatan"' in page and "+628112223333" in page and 'value="+6281234567890"' in page

    admin.post("/peringatan/whatsapp/pengguna/kepala", data={"phone": "0813 1111 2222"})
    admin.post("/peringatan/whatsapp/unit", data={"unit": "Dinas Kesehatan", "phones": "0811-2222-3333,\n0813 9999 8888"})
    refused = admin.post("/peringatan/whatsapp/unit", data={"unit": "Dinas Kesehatan", "phones": "12345"},
                         follow_redirects=True).get_data(as_text=True)
    assert "nomor telepon &#39;12345&#39; tidak valid" in refused
    with session_scope(alert_env) as session:
        out = json.dumps({"users": outbox.user_phones(session), "units": outbox.unit_phones(session)})
    assert json.loads(out) == {"users": {"dinkes": "+6281234567890", "kepala": "+6281311112222"},
                               "units": {"dinas kesehatan": ["+6281122223333", "+6281399998888"]}}
