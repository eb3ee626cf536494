"""Test data for the search part: agreements as Document + Page rows, users, logins."""
from __future__ import annotations

import hashlib
import itertools
from pathlib import Path

from ingest.triage import sniff_kind
from models.db import session_scope
from models.status import DocumentStatus
from models.storage import BlobStore
from models.tables import Document, Page
from models.users import add_user, issue_token

_serial = itertools.count(1)
PASSWORD = "kata-sandi-rahasia"


def facts(doc_type="KB", title="Kerja Sama Bidang Pendidikan", parties=("Pemerintah Kota Bogor", "Universitas Pakuan"),
          sign_date="2023-08-24", end_date="2028-08-23", numbers=("119/KB.12-Ker/2023",), **extra) -> dict:
    """An extraction in the DESIGN.md section 4 schema."""
    roles = ("PIHAK PERTAMA", "PIHAK KEDUA", "PIHAK KETIGA", "PIHAK KEEMPAT")
    data = {"doc_type": doc_type, "numbers": list(numbers), "title": title,
            "parties": [{"role": role, "institution": name, "signatory": None, "position": None}
                        for role, name in zip(roles, parties)],
            "sign_date": sign_date, "sign_place": None, "effective_date": sign_date, "duration": "P5Y",
            "end_date": end_date, "obligations": [], "scope": ["pendidikan"], "parent_agreement": None,
            "evidence": {"sign_date": {"page": 1, "start": 0, "end": 10, "confidence": 0.9}},
            "pages": None, "text_source": "text-layer", "ocr_confidence": None}
    data.update(extra)
    return data


def add_agreement(settings, extraction: dict, pages: list[str | Page], status=DocumentStatus.EXTRACTED,
                  name: str | None = None, original: Path | None = None) -> int:
    """A document as extraction leaves it: pages stored, facts stored, status 'extracted'.

    `pages` are text-layer page texts or whole Page rows (OCR'd, failed); `original` is stored as the
    document's file (else the document has none in storage)."""
    serial = next(_serial)
    extraction = dict(extraction, pages=len(pages))
    sha = hashlib.sha256(f"{serial}-{extraction['title']}".encode()).hexdigest()
    kind, size = "pdf", 1000
    if original is not None:
        sha = BlobStore(settings.storage_path).put_file(original)
        kind, size = sniff_kind(original), original.stat().st_size
    with session_scope(settings) as session:
        doc = Document(sha256=sha, original_name=name or (original.name if original else f"naskah-{serial}.pdf"),
                       kind=kind, size=size, status=str(status), page_count=len(pages), text_source="text-layer",
                       extraction=extraction)
        doc.pages = [page if isinstance(page, Page) else Page(number=i, text=page, method="text-layer")
                     for i, page in enumerate(pages, 1)]
        session.add(doc)
        session.flush()
        return doc.id


def status_of(settings, document_id: int) -> str:
    with session_scope(settings) as session:
        return session.get(Document, document_id).status


def make_user(settings, name: str, role: str) -> str:
    with session_scope(settings) as session:
        add_user(session, name, role, PASSWORD)
    return name


def token_for(settings, name: str) -> str:
    from models.users import find_user

    with session_scope(settings) as session:
        return issue_token(session, find_user(session, name))


def staff_client(client, settings, name: str = "staf"):
    """The test client logged in as a new staff user."""
    make_user(settings, name, "staff")
    assert login(client, name).status_code == 302
    return client


def search_json(api, q: str, **params) -> dict:
    """GET /api/search with the query and parameters; the JSON body of its 200 answer."""
    response = api.get("/api/search", query_string={"q": q, **params})
    assert response.status_code == 200, response.get_json()
    return response.get_json()


def login(client, name: str, password: str = PASSWORD):
    return client.post("/login", data={"username": name, "password": password})


def filler(page: int, topic: str = "pendidikan") -> str:
    """Ordinary agreement text for a page (no rare words)."""
    return (f"Pasal {page}. Para pihak sepakat melaksanakan kegiatan bidang {topic} sesuai ketentuan "
            "peraturan perundang-undangan yang berlaku dan rencana kerja yang disusun bersama. ") * 3


def audit_trail(settings, action: str) -> list[tuple[str | None, int | None]]:
    """(user name, document id) of each audit entry with this action, oldest first."""
    from sqlalchemy import select

    from models.tables import AuditEntry, User

    with session_scope(settings) as session:
        rows = session.execute(select(User.name, AuditEntry.document_id).select_from(AuditEntry)
                               .outerjoin(User, User.id == AuditEntry.user_id)
                               .where(AuditEntry.action == action).order_by(AuditEntry.id))
        return [tuple(row) for row in rows]
