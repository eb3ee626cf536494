"""Uploaded files: stored content-addressed, registered (duplicates recognised) and queued for processing."""
from __future__ import annotations

import logging

from ingest.errors import InputRejected
from ingest.triage import Limits
from models import audit
from models.documents import register_stream
from models.reasons import reason_words
from models.storage import BlobStore
from search_app.context import app_settings, db

log = logging.getLogger(__name__)
MAX_FILES = 500
BATCH_REJECTIONS = 200  # rejections kept with a batch for the processing page
QUEUE_DOWN = ("Antrean pemrosesan (Redis) sedang tidak tersedia: berkas sudah tersimpan dan akan diproses "
              "otomatis oleh sweep saat antrean kembali, atau jalankan `arsip ingest --sync`.")


def _name(filename: str) -> str:
    """The file's own name, without any folder part a browser may send."""
    name = (filename or "").replace("\\", "/").rsplit("/", 1)[-1].strip()
    return name[:300] or "tanpa-nama"


def store_pdf(upload, user, label: str) -> tuple[int, str, bool]:
    """Register one uploaded PDF (a proposal's letter, TOR, draft or signed text) like every document:
    returns (document id, file name, new). Not a PDF, empty or unreadable: InputRejected naming `label`."""
    settings = app_settings()
    name = _name(upload.filename)
    head = upload.stream.read(1024)
    upload.stream.seek(0)
    if b"%PDF-" not in head:
        raise InputRejected(f"{label} ({name}) harus berkas PDF")
    try:
        outcome = register_stream(db(), BlobStore(settings.storage_path), upload.stream, name,
                                  f"unggah:{user.name}:{name}", Limits.from_settings(settings), user_id=user.id)
    except InputRejected as exc:
        raise InputRejected(f"{label} ({name}) tidak dapat dipakai: {exc}") from None
    return outcome.document_id, name, outcome.new


def queue_new(document_ids) -> bool:
    """After the commit: queue the new documents for reading (the sweep takes them when Redis is down)."""
    from workers.queue import enqueue_document

    settings = app_settings()
    return all([enqueue_document(settings, document_id) for document_id in document_ids])


def accept_uploads(files, user) -> dict:
    """Register each uploaded file and queue the new ones; rejects are reported, never fatal."""
    from workers.queue import enqueue_document

    settings = app_settings()
    if len(files) > MAX_FILES:
        raise InputRejected(f"terlalu banyak berkas sekaligus ({len(files)}; paling banyak {MAX_FILES})")
    store, limits, session = BlobStore(settings.storage_path), Limits.from_settings(settings), db()
    accepted, rejected = [], []
    for upload in files:
        name = _name(upload.filename)
        try:
            outcome = register_stream(session, store, upload.stream, name, f"unggah:{user.name}:{name}",
                                      limits, user_id=user.id)
        except InputRejected as exc:
            session.rollback()
            rejected.append({"name": name, "reason": reason_words(exc), "technical": str(exc)})
            continue
        session.commit()  # each file counts on its own
        accepted.append({"name": name, "document_id": outcome.document_id, "new": outcome.new})
    queue_ok = True
    for item in accepted:
        item["queued"] = False
        if item["new"] and queue_ok:
            queue_ok = enqueue_document(settings, item["document_id"])
            item["queued"] = queue_ok
    counts = {"new": sum(i["new"] for i in accepted), "duplicate": sum(not i["new"] for i in accepted),
              "rejected": len(rejected)}
    # the batch as one audit entry: the processing page shows its counts and rejections at every refresh
    batch = audit.record(session, audit.UPLOAD_BATCH, user_id=user.id, chosen=len(files), **counts,
                         ids=[i["document_id"] for i in accepted], rejections=[
                             {"name": r["name"], "reason": r["reason"]} for r in rejected[:BATCH_REJECTIONS]])
    session.commit()
    return {"documents": accepted, "rejected": rejected, "queued": queue_ok,
            "message": None if queue_ok else QUEUE_DOWN, "counts": counts, "batch_id": batch.id}
