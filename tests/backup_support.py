"""An archive with something in every table, for the backup and restore tests, and a full dump to compare."""
from __future__ import annotations

import io
import uuid
from datetime import date, datetime, timezone
from pathlib import Path

from sqlalchemy import create_engine, text

from models.archive_export import _rows
from models.archive_format import tables
from models.corrections import correct
from models.db import engine_for, forget_engine, init_db, session_scope
from models.dossiers import relink_all
from models.evaluations import add_note
from models.settings import load_settings
from models.stats import set_target
from models.status import DocumentStatus
from models.storage import BlobStore
from models.tables import Alert, Document, DocumentSource, Page
from models.users import add_user, issue_token
from tests.search.helpers import facts
from tests.services import POSTGRES_ADMIN_URL

MASTER_KEY = "arsip-test-master-key-0123456789"  # the key of the shared test Meilisearch (tests/search)


def archive_settings(root: Path, meili_url: str = "http://127.0.0.1:9", database: str = ""):
    """Settings of one archive of its own: data dir, database, Meilisearch index (nothing from the environment
    but what load_settings defaults)."""
    return load_settings({}, ARSIP_DATA_DIR=str(root), DATABASE_URL=database, MEILI_URL=meili_url,
                         MEILI_MASTER_KEY=MASTER_KEY, ARSIP_MEILI_INDEX=f"b_{uuid.uuid4().hex[:12]}")


def create_postgres() -> str:
    """A new, empty PostgreSQL database; its URL (drop it with drop_postgres)."""
    name = f"arsip_backup_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return POSTGRES_ADMIN_URL.rsplit("/", 1)[0] + "/" + name


def drop_postgres(url: str) -> None:
    forget_engine(url)
    admin = create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)'))
    admin.dispose()


def add_document(settings, extraction: dict | None, pages: list[str], original: bytes, name: str,
                 status: str = DocumentStatus.EXTRACTED.value, unit: str | None = None) -> int:
    """A document with its original in the store, its pages and where it came from."""
    sha = BlobStore(settings.data_path).put_stream(io.BytesIO(original))
    with session_scope(settings) as session:
        doc = Document(sha256=sha, original_name=name, kind="pdf", size=len(original), status=status,
                       page_count=len(pages) or None, extraction=extraction, unit=unit,
                       text_source="text-layer" if pages else None)
        doc.pages = [Page(number=i, text=t, method="text-layer") for i, t in enumerate(pages, 1)]
        doc.sources = [DocumentSource(path=f"/arsip/masuk/{name}")]
        session.add(doc)
        session.flush()
        return doc.id


def build_archive(settings) -> dict[str, int]:
    """Users and tokens, agreements with originals and pages, corrections (one to null), links and dossiers,
    an evaluation note with an attachment, an alert, a yearly target, a deleted and an unread document."""
    init_db(settings)
    with session_scope(settings) as session:
        admin, _ = add_user(session, "admin", "admin", "rahasia-panjang-1", email="admin@kota.go.id")
        staff, _ = add_user(session, "staf", "staff", "rahasia-panjang-2", unit="Bagian Kerja Sama")
        issue_token(session, staff)
        users = {"admin": admin.id, "staff": staff.id}
    kb = add_document(settings, facts(title="Kerja Sama Pendidikan “Tridharma” — Universitas Pakuan",
                                      sign_place="Bogor"),
                      ["Kesepakatan bersama bidang pendidikan tinggi dan penelitian terapan.", "Pasal 2 lingkup."],
                      b"%PDF-1.4 kb original", "kb.pdf", unit="Dinas Pendidikan")
    pks = add_document(settings, facts(doc_type="PKS", title="Magang mahasiswa kedokteran",
                                       numbers=("7/PKS/2024",), parent_agreement="119/KB.12-Ker/2023",
                                       sign_date="2024-01-10", end_date="2025-01-09"),
                       ["Perjanjian kerja sama magang mahasiswa di puskesmas."], b"%PDF-1.4 pks original", "pks.pdf")
    mou = add_document(settings, facts(doc_type="MOU", title="Sister city cooperation",
                                       parties=("Pemerintah Kota Bogor", "City of Saint-Étienne"),
                                       numbers=("12/MOU/2022",), sign_date="2022-03-01", end_date="2027-02-28"),
                       ["Memorandum of understanding on culture and education — Saint-Étienne."],
                       b"%PDF-1.4 mou original", "mou.pdf")
    gone = add_document(settings, facts(title="Naskah terhapus"), ["teks"], b"%PDF-1.4 deleted", "hapus.pdf",
                        status=DocumentStatus.DELETED.value)
    unread = add_document(settings, None, [], b"%PDF-1.4 not read yet", "baru.pdf",
                          status=DocumentStatus.RECEIVED.value)
    with session_scope(settings) as session:
        relink_all(session)
        correct(session, session.get(Document, kb), "title", "Kerja Sama Pendidikan Tinggi", users["staff"])
        correct(session, session.get(Document, kb), "sign_place", None, users["staff"])  # stored as JSON null
        set_target(session, 2024, 6, users["admin"])
        add_note(session, BlobStore(settings.data_path), mou, "Kunjungan delegasi berjalan baik.", date(2024, 5, 2),
                 users["staff"], io.BytesIO(b"laporan kunjungan"), "laporan.txt")
        session.add(Alert(document_id=pks, end_date=date(2025, 1, 9), threshold=90, recipient="staf@kota.go.id",
                          state="sent", sent_at=datetime(2024, 10, 11, 6, 0, tzinfo=timezone.utc)))
    return {"kb": kb, "pks": pks, "mou": mou, "deleted": gone, "unread": unread, **users}


def dump(settings) -> dict[str, list[dict]]:
    """Every row of every table, encoded as an export writes it (times in UTC): equal dumps, equal archives."""
    with engine_for(settings.database).connect() as connection:
        return {table.name: list(_rows(connection, table)) for table in tables()}


def stored_files(settings) -> dict[str, bytes]:
    root = BlobStore(settings.data_path).root
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()} \
        if root.is_dir() else {}


def count(settings, table_name: str) -> int:
    with engine_for(settings.database).connect() as connection:
        return connection.execute(text(f'SELECT COUNT(*) FROM "{table_name}"')).scalar()

