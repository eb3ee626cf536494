"""Helpers for the lifecycle and alert tests: agreements in a tmp SQLite database, Redis DB 5, a real SMTP server."""
from __future__ import annotations

import asyncio
import email
import socket
import threading
from datetime import date, timedelta
from email.message import Message

import pytest

from tests.services import arsip_settings, redis_url

REDIS_DB = 5
REDIS_URL = redis_url(REDIS_DB)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def extraction(doc_type: str = "KB", title: str = "Kerja Sama Pengelolaan Sampah", end: date | None = None,
               sign: date | None = date(2022, 3, 1), duration: str | None = None, number: str = "1/KB/2022",
               parent: str | None = None, partner: str = "Universitas Pakuan") -> dict:
    """An extraction in the DESIGN.md section 4 schema."""
    return {
        "doc_type": doc_type, "numbers": [number], "title": title,
        "parties": [{"role": "PIHAK PERTAMA", "institution": "Pemerintah Kota Bogor", "signatory": "Bima Arya",
                     "position": "Wali Kota Bogor"},
                    {"role": "PIHAK KEDUA", "institution": partner, "signatory": "Didik", "position": "Rektor"}],
        "sign_date": sign.isoformat() if sign else None, "sign_place": "Bogor",
        "effective_date": sign.isoformat() if sign else None, "duration": duration,
        "end_date": end.isoformat() if end else None,
        "obligations": [{"party_role": "PIHAK PERTAMA", "text": "menyediakan data"}], "scope": ["lingkungan"],
        "parent_agreement": parent, "evidence": {}, "pages": 3, "text_source": "text-layer", "ocr_confidence": None,
    }


_counter = iter(range(1, 10**9))


def add_document(session, facts: dict, unit: str | None = None, status: str = "indexed"):
    from models.tables import Document

    n = next(_counter)
    doc = Document(sha256=f"{n:064x}", original_name=f"perjanjian-{n}.pdf", kind="pdf", size=100, status=status,
                   extraction=facts, unit=unit, page_count=facts.get("pages"))
    session.add(doc)
    session.flush()
    return doc


def add_link(session, source, target, link_type: str = "amends", confidence: float = 1.0):
    from models.tables import Link

    link = Link(source_id=source.id, target_id=target.id, type=link_type, origin="manual", confidence=confidence)
    session.add(link)
    session.flush()
    return link


def add_user(session, name: str, role: str, email: str | None = None, unit: str | None = None):
    from models.tables import User

    user = User(name=name, role=role, password_hash="x", email=email, unit=unit)
    session.add(user)
    session.flush()
    return user


@pytest.fixture
def alert_env(tmp_path, monkeypatch):
    """Settings for one test: own SQLite database, Redis DB 5 flushed, no SMTP unless a test starts one."""
    with arsip_settings(monkeypatch, tmp_path, REDIS_DB, SMTP_URL="", ARSIP_BASE_URL="https://arsip.example.go.id",
                        ARSIP_ALERT_DAYS="180,90,30,7", ARSIP_ALERT_EMAIL="", ARSIP_SWEEP_SECONDS="3600") as settings:
        yield settings


class Mailbox:
    """What a real SMTP server (aiosmtpd) received; `hold` stalls it before it accepts a recipient."""

    def __init__(self):
        self.messages: list[Message] = []
        self.envelopes: list[list[str]] = []
        self.hold = threading.Event()
        self.reached_rcpt = threading.Event()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        self.reached_rcpt.set()
        while self.hold.is_set():
            await asyncio.sleep(0.05)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(email.message_from_bytes(envelope.original_content or envelope.content))
        self.envelopes.append(list(envelope.rcpt_tos))
        return "250 OK"

    def bodies(self) -> list[str]:
        return [m.get_payload(decode=True).decode(m.get_content_charset() or "utf-8") for m in self.messages]

    def subjects(self) -> list[str]:
        from email.header import decode_header, make_header

        return [str(make_header(decode_header(m["Subject"]))) for m in self.messages]


@pytest.fixture
def smtp_server(monkeypatch):
    """A real SMTP server on a free port; SMTP_URL points at it."""
    from aiosmtpd.controller import Controller

    mailbox = Mailbox()
    port = free_port()
    controller = Controller(mailbox, hostname="127.0.0.1", port=port)
    controller.start()
    monkeypatch.setenv("SMTP_URL", f"smtp://127.0.0.1:{port}")
    mailbox.port = port
    try:
        yield mailbox
    finally:
        mailbox.hold.clear()
        controller.stop()


def days_before(end: date, days: int) -> date:
    return end - timedelta(days=days)
