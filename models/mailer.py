"""Alert e-mail: the digest in Bahasa Indonesia and its delivery over SMTP (SMTP_URL).

SMTP_URL forms: smtp://host:port (plain), smtp+starttls://user:pass@host:587 (STARTTLS),
smtps://user:pass@host:465 (TLS from the start). Empty disables sending: alerts stay pending.
"""
from __future__ import annotations

import smtplib
import socket
import ssl
from dataclasses import dataclass
from datetime import date
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from urllib.parse import unquote, urlsplit

from ingest.errors import ServiceUnavailable
from ingest.isodate import date_words
from models.settings import SettingsError

TIMEOUT = 30


class MailUnavailable(ServiceUnavailable):
    """The SMTP server cannot be reached or refused the message; the alerts stay pending and are retried."""


@dataclass(frozen=True)
class SmtpTarget:
    host: str
    port: int
    security: str  # plain | starttls | tls
    user: str | None
    password: str | None


def parse_smtp_url(url: str) -> SmtpTarget:
    """SMTP_URL split into host, port, security and credentials; a one-line error naming the fix."""
    parts = urlsplit(url.strip())
    schemes = {"smtp": ("plain", 25), "smtp+starttls": ("starttls", 587), "smtps": ("tls", 465)}
    if parts.scheme not in schemes or not parts.hostname:
        raise SettingsError(f"SMTP_URL={url!r} is not valid: use smtp://host:25, smtp+starttls://user:pass@host:587 "
                            "or smtps://user:pass@host:465")
    security, default_port = schemes[parts.scheme]
    try:
        port = parts.port or default_port
    except ValueError:
        raise SettingsError(f"SMTP_URL={url!r} has an invalid port") from None
    return SmtpTarget(parts.hostname, port, security, unquote(parts.username) if parts.username else None,
                      unquote(parts.password) if parts.password else None)


def agreement_url(settings, agreement_id: int) -> str:
    """The agreement's page in the web app."""
    return f"{str(settings.base_url).rstrip('/')}/agreements/{agreement_id}"


def compose_digest(settings, recipient: str, items: list, today: date) -> EmailMessage:
    """One e-mail listing every agreement the recipient is warned about (items: models.alerts.DueAlert)."""
    items = sorted(items, key=lambda item: (item.days_left, item.agreement_id))
    soonest = items[0]
    if len(items) == 1:
        subject = (f"[Arsip] Perjanjian akan berakhir dalam {soonest.days_left} hari: {soonest.title}"
                   if soonest.days_left > 0 else f"[Arsip] Perjanjian berakhir hari ini: {soonest.title}")
    else:
        subject = f"[Arsip] {len(items)} perjanjian kerja sama akan berakhir (terdekat {soonest.days_left} hari lagi)"
    lines = ["Yth. Bapak/Ibu,", "",
             f"Per {date_words(today)}, perjanjian kerja sama berikut akan segera berakhir masa berlakunya:", ""]
    for number, item in enumerate(items, 1):
        lines += [f"{number}. {item.title}",
                  f"   Mitra / para pihak : {item.partner or '-'}",
                  f"   Unit penanggung jawab: {item.unit or '-'}",
                  f"   Berakhir pada      : {date_words(item.end_date)} ({item.end_date.isoformat()})",
                  f"   Sisa waktu         : {item.days_left} hari",
                  f"   Tautan             : {agreement_url(settings, item.agreement_id)}", ""]
    lines += ["Perpanjangan dapat memerlukan waktu persiapan berbulan-bulan (dan bagi sebagian perjanjian,",
              "persetujuan DPRD). Mohon segera ditindaklanjuti.", "",
              f"Daftar lengkap: {str(settings.base_url).rstrip('/')}/alerts", "",
              "Pesan ini dikirim otomatis oleh Arsip. Setiap peringatan dikirim sekali untuk setiap batas waktu."]
    message = EmailMessage()
    message["Subject"] = subject
    message["From"] = str(settings.mail_from)
    message["To"] = recipient
    message["Date"] = formatdate(localtime=False)
    message["Message-ID"] = make_msgid(domain="arsip")
    message["Content-Language"] = "id"
    message.set_content("\n".join(lines), charset="utf-8")
    return message


def send(settings, message: EmailMessage) -> None:
    """Deliver one message over SMTP_URL; any failure becomes MailUnavailable (one line, retried later)."""
    if not str(settings.smtp_url or "").strip():
        raise MailUnavailable("SMTP_URL kosong: e-mail peringatan tidak dikirim (set SMTP_URL, mis. smtp://host:25)")
    target = parse_smtp_url(str(settings.smtp_url))
    where = f"{target.host}:{target.port}"
    try:
        if target.security == "tls":
            client = smtplib.SMTP_SSL(target.host, target.port, timeout=TIMEOUT, context=ssl.create_default_context())
        else:
            client = smtplib.SMTP(target.host, target.port, timeout=TIMEOUT)
        with client:
            if target.security == "starttls":
                client.starttls(context=ssl.create_default_context())
            if target.user:
                client.login(target.user, target.password or "")
            client.send_message(message)
    except smtplib.SMTPAuthenticationError as exc:
        raise MailUnavailable(f"server SMTP {where} menolak login ({exc.smtp_code}); periksa pengguna/sandi di SMTP_URL") from None
    except smtplib.SMTPException as exc:
        raise MailUnavailable(f"server SMTP {where} menolak pesan: {exc}") from None
    except (OSError, socket.timeout, ssl.SSLError) as exc:
        raise MailUnavailable(f"server SMTP {where} tidak dapat dihubungi ({exc}); periksa SMTP_URL") from None


def digest_sender(settings, today: date):
    """A send_mail(recipient, items) function for models.alerts.run."""
    def send_mail(recipient: str, items: list) -> None:
        send(settings, compose_digest(settings, recipient, items, today))
    return send_mail
