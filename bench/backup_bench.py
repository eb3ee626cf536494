"""Backup and restore figures: a full export, a nightly incremental, an import into SQLite and PostgreSQL.

A synthetic archive of 2,000 agreements, 10 pages of text each (~26 MB of text) and a 50 kB original
each, in SQLite; then 20 of them corrected, one new, one deleted token, before the incremental export.
"""
from __future__ import annotations

import hashlib
import io
import os
import tempfile
import time
from pathlib import Path

DOCUMENTS, PAGES, ORIGINAL_BYTES = 2000, 10, 50_000


def _archive(settings) -> None:
    from models.db import init_db, session_scope
    from models.storage import BlobStore
    from models.tables import Document, Page

    init_db(settings)
    store = BlobStore(settings.storage_path)
    text = ("Para pihak sepakat melaksanakan kegiatan bidang pendidikan sesuai ketentuan peraturan "
            "perundang-undangan yang berlaku dan rencana kerja yang disusun bersama. ") * 16
    with session_scope(settings) as session:
        for n in range(DOCUMENTS):
            original = hashlib.sha256(str(n).encode()).digest() * (ORIGINAL_BYTES // 32)
            sha = store.put_stream(io.BytesIO(original))
            doc = Document(sha256=sha, original_name=f"{n}.pdf", kind="pdf", size=len(original), status="indexed",
                           page_count=PAGES, extraction={"doc_type": "KB", "title": f"Kerja sama {n}",
                                                         "numbers": [f"{n}/KB/2024"], "sign_date": "2024-01-02"})
            doc.pages = [Page(number=p, text=f"{text} halaman {p}", method="text-layer") for p in range(1, PAGES + 1)]
            session.add(doc)
            if n % 200 == 0:
                session.flush()


def _change(settings) -> None:
    from sqlalchemy import select

    from models.corrections import correct
    from models.db import session_scope
    from models.tables import Document

    with session_scope(settings) as session:
        for doc in session.scalars(select(Document).order_by(Document.id).limit(20)):
            correct(session, doc, "title", f"{doc.extraction['title']} (dikoreksi)", None)
        session.add(Document(sha256="f" * 64, original_name="baru.pdf", kind="pdf", size=1, status="received"))


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def _timed(label: str, function, *args):
    started = time.perf_counter()
    result = function(*args)
    print(f"  {label}: {time.perf_counter() - started:.2f} s", flush=True)
    return result


def main() -> None:
    from models.archive_export import export_archive
    from models.archive_import import import_archive
    from models.settings import load_settings

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        source = load_settings({}, ARSIP_DATA_DIR=str(root / "source"))
        _timed(f"building {DOCUMENTS} agreements x {PAGES} pages", _archive, source)
        full = _timed("full export", export_archive, source, root / "full")
        print(f"  full export: {_size(root / 'full') / 1e6:.1f} MB, "
              f"{sum(t['rows'] for t in full['tables'].values())} rows, {full['blobs']['written']} files", flush=True)
        _change(source)
        nightly = _timed("incremental export after 20 corrections and 1 new document", export_archive, source,
                         root / "nightly", root / "full")
        print(f"  incremental: {_size(root / 'nightly') / 1e6:.1f} MB, "
              f"{sum(t['rows'] + t['deleted'] for t in nightly['tables'].values())} changed rows "
              f"(state files included)", flush=True)
        target = load_settings({}, ARSIP_DATA_DIR=str(root / "target"))
        _timed("import full + incremental into SQLite", import_archive, target, [root / "nightly"])
        postgres = os.environ.get("ARSIP_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
        try:
            from tests.backup_support import create_postgres, drop_postgres
        except ImportError:
            return
        try:
            url = create_postgres()
        except Exception as exc:  # noqa: BLE001 - no PostgreSQL here: the SQLite figures stand alone
            print(f"  PostgreSQL at {postgres} not reachable ({type(exc).__name__}); skipped", flush=True)
            return
        try:
            pg = load_settings({}, ARSIP_DATA_DIR=str(root / "pg"), DATABASE_URL=url)
            _timed("import full + incremental into PostgreSQL", import_archive, pg, [root / "nightly"])
        finally:
            drop_postgres(url)
