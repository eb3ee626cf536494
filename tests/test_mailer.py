"""The alert e-mail: SMTP_URL forms, login and failures against a real aiosmtpd server, the Indonesian digest."""
from __future__ import annotations

from datetime import date

import pytest

from ingest.errors import ServiceUnavailable
from models.alerts import DueAlert
from models.mailer import compose_digest, parse_smtp_url, send
from models.settings import SettingsError, load_settings
from tests.alert_support import Mailbox, free_port

TODAY = date(2027, 1, 1)
# The test server takes a password over plain SMTP on 127.0.0.1; aiosmtpd warns about that, rightly, elsewhere.
pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")


def settings_for(url: str):
    return load_settings({"SMTP_URL": url, "ARSIP_BASE_URL": "https://arsip.kota.go.id/", "ARSIP_MAIL_FROM": "arsip@kota.go.id"})


def items() -> list[DueAlert]:
    return [DueAlert(12, "Kerja Sama Air Bersih", date(2027, 1, 31), 30, 30, partner="PDAM Tirta Pakuan"),
            DueAlert(4, "Magang Mahasiswa", date(2027, 1, 8), 7, 7, partner="Universitas Pakuan", unit="Dinkes")]


@pytest.fixture
def auth_server():
    """A real SMTP server that requires login (user arsip, password rahasia)."""
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult

    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = auth_data.login == b"arsip" and auth_data.password == b"rahasia"
        return AuthResult(success=ok, handled=False)  # handled=False: the server answers 535 itself

    mailbox = Mailbox()
    port = free_port()
    controller = Controller(mailbox, hostname="127.0.0.1", port=port, authenticator=authenticator,
                            auth_require_tls=False, auth_required=True)
    controller.start()
    mailbox.port = port
    yield mailbox
    controller.stop()


def test_smtp_url_forms():
    assert parse_smtp_url("smtp://mail.kota.go.id").port == 25
    plain = parse_smtp_url("smtp://arsip:p%40ss@127.0.0.1:2525")
    assert (plain.host, plain.port, plain.security, plain.user, plain.password) == ("127.0.0.1", 2525, "plain", "arsip", "p@ss")
    assert (parse_smtp_url("smtps://u:p@mail").security, parse_smtp_url("smtps://u:p@mail").port) == ("tls", 465)
    assert parse_smtp_url("smtp+starttls://u:p@mail").port == 587
    with pytest.raises(SettingsError, match="SMTP_URL"):
        parse_smtp_url("http://mail.kota.go.id")


def test_digest_is_indonesian_with_links_and_soonest_first():
    message = compose_digest(settings_for(""), "kepala@kota.go.id", items(), TODAY)
    body = message.get_content()
    assert message["Subject"] == "[Arsip] 2 perjanjian kerja sama akan berakhir (terdekat 7 hari lagi)"
    assert body.index("Magang Mahasiswa") < body.index("Kerja Sama Air Bersih")
    assert "https://arsip.kota.go.id/agreements/4" in body and "https://arsip.kota.go.id/agreements/12" in body
    assert "31 Januari 2027" in body and "Sisa waktu         : 30 hari" in body and "PDAM Tirta Pakuan" in body
    assert "Per 1 Januari 2027" in body


def test_login_and_delivery_to_a_real_server(auth_server):
    send(settings_for(f"smtp://arsip:rahasia@127.0.0.1:{auth_server.port}"),
         compose_digest(settings_for(""), "kepala@kota.go.id", items()[:1], TODAY))
    assert auth_server.envelopes == [["kepala@kota.go.id"]]
    assert auth_server.subjects() == ["[Arsip] Perjanjian akan berakhir dalam 30 hari: Kerja Sama Air Bersih"]


@pytest.mark.parametrize("url, words", [
    ("", "SMTP_URL kosong"),
    ("smtp://arsip:salah@127.0.0.1:{port}", "menolak login"),
    ("smtp://127.0.0.1:{closed}", "tidak dapat dihubungi"),
])
def test_failures_become_one_line_service_unavailable(auth_server, url, words):
    url = url.format(port=auth_server.port, closed=free_port())
    with pytest.raises(ServiceUnavailable, match=words) as caught:
        send(settings_for(url), compose_digest(settings_for(""), "kepala@kota.go.id", items(), TODAY))
    assert "\n" not in str(caught.value)
    assert auth_server.messages == []
