"""Ingestion end to end on real Redis, real rq worker processes and real tesseract: nothing lost, nothing doubled."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import redis
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from models.db import session_scope
from models.tables import Document, Page
from tests import makefiles

ARSIP = str(Path(sys.executable).parent / "arsip")
READ = ("processed", "extracted", "indexed")
pytestmark = pytest.mark.xdist_group("redis-ingest")  # these tests share Redis database 1


def arsip(*args: str, timeout: int = 300) -> subprocess.CompletedProcess:
    return subprocess.run([ARSIP, *args], capture_output=True, text=True, timeout=timeout)


def documents(settings) -> list[Document]:
    with session_scope(settings) as session:
        return list(session.scalars(select(Document).order_by(Document.id)
                                    .options(selectinload(Document.pages), selectinload(Document.sources))))


def summary(output: str) -> dict[str, int]:
    last = output.strip().splitlines()[-1]
    return {key.strip(): int(value) for key, value in (part.split(":") for part in last.split(","))}


def test_sync_ingest_reads_good_files_and_rejects_bad_ones_with_reasons(arsip_env, tmp_path):
    box = tmp_path / "box"
    box.mkdir()
    makefiles.text_pdf(box / "kb.pdf")
    makefiles.scanned_pdf(box / "pks-scan.pdf")
    (box / "empty.pdf").write_bytes(b"")
    (box / "error-page.pdf").write_text("<html><body>502 Bad Gateway</body></html>")
    makefiles.encrypted_pdf(box / "locked.pdf", "rahasia")
    (box / "loop.pdf").symlink_to(box / "loop.pdf")
    result = arsip("ingest", str(box), "--sync")
    assert result.returncode == 0, result.stderr
    assert summary(result.stdout) == {"new": 2, "duplicate": 0, "rejected": 4}
    rejected = [line for line in result.stdout.splitlines() if line.startswith("rejected:")]
    reasons = "\n".join(rejected)
    assert "empty.pdf: empty file" in reasons
    assert "error-page.pdf: not a PDF, TIFF, PNG or JPEG file (looks like HTML)" in reasons
    assert "locked.pdf: encrypted PDF that needs a password" in reasons
    assert "loop.pdf: symlink loop" in reasons
    assert "Traceback" not in result.stdout + result.stderr
    docs = documents(arsip_env)
    assert sorted(d.original_name for d in docs) == ["kb.pdf", "pks-scan.pdf"]
    assert all(d.status in READ for d in docs), [(d.original_name, d.status, d.failure_reason) for d in docs]
    assert {d.original_name: d.text_source for d in docs} == {"kb.pdf": "text-layer", "pks-scan.pdf": "ocr"}
    kb = next(d for d in docs if d.original_name == "kb.pdf")
    assert kb.status == "extracted" and kb.extraction["doc_type"] == "KB"  # extracted; waits for Meilisearch
    assert kb.extractor_version and kb.extracted_at is not None

    again = arsip("ingest", str(box), "--sync")
    assert summary(again.stdout) == {"new": 0, "duplicate": 2, "rejected": 4}
    assert len(documents(arsip_env)) == 2
    with session_scope(arsip_env) as session:  # every registration is in the audit log, the repeats too
        from models.tables import AuditEntry
        entries = [(e.document_id, e.detail["name"], e.detail["new"], e.detail["via"])
                   for e in session.scalars(select(AuditEntry).where(AuditEntry.action == "upload"))]
    expected = [(d.id, d.original_name, new, "cli") for d in docs for new in (True, False)]
    assert sorted(entries) == sorted(expected)

    status = json.loads(arsip("status", "--json").stdout)
    assert set(status) == {"documents", "failed", "queue"}
    assert set(status["documents"]) == {"received", "processing", "processed", "extracted", "indexed",
                                         "failed", "deleted"}
    assert sum(status["documents"].values()) == 2


def test_every_kind_of_bad_input_in_one_batch_costs_only_itself(arsip_env, tmp_path, monkeypatch):
    from tests.test_pipeline import _bad_files

    box = tmp_path / "box"
    box.mkdir()
    bad = _bad_files(box)
    makefiles.text_pdf(box / "good.pdf")  # _bad_files wrote it too: one good document
    makefiles.text_pdf(box / "long.pdf", [["Pasal 1 tentang kerja sama daerah"]] * 4)  # over the page limit
    locked_dir = box / "locked-dir"
    locked_dir.mkdir()
    secret = makefiles.text_pdf(locked_dir / "secret.pdf", [["Nomor 9/KB/2024 dokumen rahasia"]])
    secret.chmod(0)
    (box / "loop").symlink_to(box)
    scan_page = makefiles.page_image(["HALAMAN PINDAIAN YANG SANGAT BESAR"] * 3)
    makefiles.scanned_pdf(box / "big-scan.pdf", [scan_page])
    mixed = box / "mixed.pdf"  # page 1 has a text layer, page 2 an image over the pixel limit
    from pypdf import PdfReader, PdfWriter
    writer = PdfWriter()
    writer.add_page(PdfReader(makefiles.text_pdf(tmp_path / "one.pdf")).pages[0])
    writer.add_page(PdfReader(makefiles.scanned_pdf(tmp_path / "two.pdf", [scan_page])).pages[0])
    writer.write(mixed)
    monkeypatch.setenv("ARSIP_MAX_PAGES", "3")
    monkeypatch.setenv("ARSIP_MAX_IMAGE_PIXELS", "1000000")

    result = arsip("ingest", str(box), "--sync")
    assert result.returncode == 0 and "Traceback" not in result.stdout + result.stderr, result.stderr
    rejected = [line for line in result.stdout.splitlines() if line.startswith("rejected:")]
    bad["unreadable"] = (bad["unreadable"][0], "broken symlink")  # the folder walk names it before triage
    if os.geteuid() != 0:  # root reads any file (as in CI): there it is just another good document
        bad["no_permission"] = (secret, "cannot read file: Permission denied")
    for key, (path, reason) in bad.items():
        assert any(path.name in line and reason in line for line in rejected), (key, "\n".join(rejected))
    assert any("long.pdf: 4 pages is over the limit of 3" in line for line in rejected)
    assert any("symlink loop" in line for line in rejected)
    docs = {d.original_name: d for d in documents(arsip_env)}
    assert {"good.pdf", "big-scan.pdf", "mixed.pdf"} <= set(docs)
    assert docs["good.pdf"].status == "extracted"
    assert docs["big-scan.pdf"].status == "failed"
    assert docs["big-scan.pdf"].failure_reason.startswith("no page could be read (1 of 1 failed; page 1: page image of")
    assert docs["mixed.pdf"].status == "extracted" and docs["mixed.pdf"].text_source == "text-layer"
    status = json.loads(arsip("status", "--json").stdout)
    assert any(item["path"].endswith("big-scan.pdf") for item in status["failed"])
    lines = [line for line in arsip("status").stdout.splitlines() if line.startswith("unreadable pages")]
    assert len(lines) == 1 and "mixed.pdf: page 2: page image of" in lines[0] and "ARSIP_MAX_IMAGE_PIXELS" in lines[0]


def test_reprocess_reads_failed_documents_again_once_the_cause_is_fixed(arsip_env, tmp_path, monkeypatch):
    scan = makefiles.scanned_pdf(tmp_path / "scan.pdf", [makefiles.page_image(["PERJANJIAN KERJA SAMA DAERAH"] * 3)])
    good = makefiles.text_pdf(tmp_path / "kb.pdf")
    monkeypatch.setenv("ARSIP_MAX_IMAGE_PIXELS", "1000000")  # too low for an A4 scan: its page fails
    assert summary(arsip("ingest", str(scan), str(good), "--sync").stdout)["new"] == 2
    assert {d.original_name: d.status for d in documents(arsip_env)} == {"scan.pdf": "failed", "kb.pdf": "extracted"}

    monkeypatch.delenv("ARSIP_MAX_IMAGE_PIXELS")  # the cause is fixed
    result = arsip("reprocess", "--failed", "--sync")
    assert result.returncode == 0 and "read again: 1" in result.stdout, result.stdout + result.stderr
    docs = {d.original_name: d for d in documents(arsip_env)}
    assert docs["scan.pdf"].status == "extracted" and "PERJANJIAN" in docs["scan.pdf"].pages[0].text
    assert docs["scan.pdf"].failure_reason is None and docs["scan.pdf"].attempts == 2
    assert docs["kb.pdf"].attempts == 1  # not failed: left alone
    unknown = arsip("reprocess", "999", "--sync")
    assert unknown.returncode == 0 and "skipped #999" in unknown.stderr and "read again: 0" in unknown.stdout


def test_originals_are_stored_by_sha256_and_read_only(arsip_env, tmp_path):
    from models.storage import BlobStore, sha256_file

    source = makefiles.text_pdf(tmp_path / "kb.pdf")
    assert arsip("ingest", str(source), "--sync").returncode == 0
    (doc,) = documents(arsip_env)
    stored = BlobStore(arsip_env.data_path).path_for(doc.sha256)
    assert doc.sha256 == sha256_file(source) == sha256_file(stored)
    assert stored.read_bytes() == source.read_bytes()
    assert not os.stat(stored).st_mode & 0o222


def _start_worker(log: Path | None = None) -> subprocess.Popen:
    out = log.open("ab") if log else subprocess.DEVNULL
    return subprocess.Popen([ARSIP, "worker"], stdout=out, stderr=subprocess.STDOUT, start_new_session=True)


def _wait_for(predicate, timeout: float = 120.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError("condition not reached in time")


def test_worker_killed_mid_document_is_recovered_and_processed_once(arsip_env, tmp_path):
    pages = [makefiles.page_image([f"HALAMAN {n} PERJANJIAN KERJA SAMA DAERAH"] * 12) for n in range(1, 7)]
    source = makefiles.scanned_pdf(tmp_path / "long-scan.pdf", pages)
    queued = arsip("ingest", str(source))
    assert summary(queued.stdout)["new"] == 1
    worker = _start_worker()
    try:
        claimed = _wait_for(lambda: [d for d in documents(arsip_env) if d.status == "processing" and d.claimed_by])
        horse_pid = int(claimed[0].claimed_by.rsplit(":", 1)[1])
        time.sleep(1.0)  # mid-document: some pages read, not all
        os.killpg(worker.pid, signal.SIGKILL)
        os.kill(horse_pid, signal.SIGKILL)
    finally:
        worker.wait(timeout=30)
    _wait_for(lambda: not os.path.exists(f"/proc/{horse_pid}") or
              open(f"/proc/{horse_pid}/stat").read().split()[2] == "Z", 10)
    (stranded,) = documents(arsip_env)
    assert stranded.status == "processing" and stranded.attempts == 1

    burst = arsip("worker", "--burst", timeout=600)
    assert burst.returncode == 0, burst.stderr
    (doc,) = documents(arsip_env)
    assert doc.status in READ, (doc.status, doc.failure_reason)
    assert doc.attempts == 2
    with session_scope(arsip_env) as session:
        numbers = list(session.scalars(select(Page.number).where(Page.document_id == doc.id).order_by(Page.number)))
    assert numbers == [1, 2, 3, 4, 5, 6]
    assert "HALAMAN 6" in doc.pages[5].text


def test_flushed_redis_loses_no_document(arsip_env, tmp_path):
    for name in ("a", "b", "c"):
        makefiles.text_pdf(tmp_path / f"{name}.pdf", [[f"KESEPAKATAN BERSAMA NOMOR {name.upper()}-1"] * 3])
    queued = arsip("ingest", str(tmp_path))
    assert summary(queued.stdout)["new"] == 3
    connection = redis.Redis.from_url(arsip_env.redis_url)
    assert connection.llen("rq:queue:arsip") == 3
    connection.flushdb()
    assert all(d.status == "received" for d in documents(arsip_env))
    burst = arsip("worker", "--burst")
    assert burst.returncode == 0, burst.stderr
    docs = documents(arsip_env)
    assert len(docs) == 3 and all(d.status in READ for d in docs), [(d.status, d.failure_reason) for d in docs]


class PrivateRedis:
    """A redis-server of the test's own on a free port, which the test may kill and start again."""

    def __init__(self, folder: Path):
        from models.meili_process import free_port

        self.port, self.folder, self.process = free_port(), folder, None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.process = subprocess.Popen(["redis-server", "--port", str(self.port), "--bind", "127.0.0.1",
                                         "--save", "", "--appendonly", "no", "--dir", str(self.folder)],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _wait_for(lambda: self._answers(), 30)

    def _answers(self) -> bool:
        try:
            return redis.Redis.from_url(self.url, socket_timeout=0.5).ping()
        except redis.RedisError:
            return False

    def kill(self) -> None:
        self.process.kill()  # as a crash or a restart without persistence: every queued job is gone
        self.process.wait(timeout=10)


def test_redis_restarted_with_jobs_queued_loses_nothing_and_a_running_worker_carries_on(
        arsip_env, tmp_path, monkeypatch):
    server = PrivateRedis(tmp_path)
    monkeypatch.setenv("REDIS_URL", server.url)
    server.start()
    worker = None
    try:
        box = tmp_path / "box"
        box.mkdir()
        for name in ("a", "b", "c"):
            makefiles.text_pdf(box / f"{name}.pdf", [[f"PERJANJIAN KERJA SAMA NOMOR {name.upper()}-7"] * 3])
        assert summary(arsip("ingest", str(box)).stdout)["new"] == 3
        server.kill()
        server.start()
        assert redis.Redis.from_url(server.url).llen("rq:queue:arsip") == 0  # the queue is gone
        worker = _start_worker(tmp_path / "worker.log")  # its start-up sweep finds the three in the database

        def extracted() -> int:
            return sum(d.status == "extracted" for d in documents(arsip_env))

        _wait_for(lambda: extracted() == 3)

        # Redis goes away while the worker is in the middle of a job (OCR of a long scan), and comes back.
        pages = [makefiles.page_image([f"HALAMAN {n} PERJANJIAN KERJA SAMA DAERAH"] * 12) for n in range(1, 5)]
        scan = makefiles.scanned_pdf(tmp_path / "long-scan.pdf", pages)
        assert summary(arsip("ingest", str(scan)).stdout)["new"] == 1
        _wait_for(lambda: any(d.status == "processing" for d in documents(arsip_env)))
        server.kill()  # and stays away until the job is over: the worker then finds Redis gone
        _wait_for(lambda: all(d.status != "processing" for d in documents(arsip_env)))
        time.sleep(3)
        server.start()
        late = makefiles.text_pdf(tmp_path / "late.pdf", [["PERJANJIAN KERJA SAMA NOMOR D-7"] * 3])
        assert summary(arsip("ingest", str(late)).stdout)["new"] == 1
        _wait_for(lambda: extracted() == 5, 180)  # the scan finished; the worker started again and took the rest
        assert worker.poll() is None  # still running
        assert all(d.attempts == 1 for d in documents(arsip_env))  # each read exactly once
    finally:
        if worker is not None:
            os.killpg(worker.pid, signal.SIGTERM)  # a warm stop: the job it is on finishes first
            try:
                worker.wait(timeout=60)
            except subprocess.TimeoutExpired:  # an OCR job on loaded cores: do not hide the test's own outcome
                os.killpg(worker.pid, signal.SIGKILL)
                worker.wait(timeout=30)
        server.kill()


def test_same_file_ingested_twice_at_once_is_one_document(arsip_env, tmp_path):
    source = makefiles.text_pdf(tmp_path / "kb.pdf")
    copy = tmp_path / "copy-of-kb.pdf"
    copy.write_bytes(source.read_bytes())
    runs = [subprocess.Popen([ARSIP, "ingest", str(path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for path in (source, copy, source)]
    outputs = [run.communicate(timeout=120)[0] for run in runs]
    counts = [summary(output) for output in outputs]
    assert sum(c["new"] for c in counts) == 1
    assert sum(c["duplicate"] for c in counts) == 2
    (doc,) = documents(arsip_env)
    assert {s.path for s in doc.sources} == {str(source.resolve()), str(copy.resolve())}


def test_without_redis_ingest_processes_in_process(arsip_env, tmp_path, monkeypatch):
    monkeypatch.setenv("REDIS_URL", "redis://127.0.0.1:9/0")  # nothing listens there
    source = makefiles.text_pdf(tmp_path / "kb.pdf")
    result = arsip("ingest", str(source))
    assert result.returncode == 0, result.stderr
    assert "processing here instead" in result.stderr
    assert all(d.status in READ for d in documents(arsip_env))
