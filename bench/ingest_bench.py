"""Ingestion figures: text-layer pages/s, scanned 300-dpi pages/min on 1 and 2 workers, memory, bulk ingest."""
from __future__ import annotations

import json
import multiprocessing
import os
import resource
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from ingest.pipeline import read_document
from tests import makefiles

SENTENCES = [
    "PIHAK PERTAMA berkewajiban menyediakan data dan informasi yang diperlukan dalam pelaksanaan",
    "kerja sama ini sesuai dengan ketentuan peraturan perundang-undangan yang berlaku.",
    "PIHAK KEDUA berkewajiban melaksanakan kegiatan penelitian dan pengabdian kepada masyarakat",
    "di wilayah Kota Bogor dengan melibatkan perangkat daerah terkait sesuai bidang tugasnya.",
    "Kesepakatan Bersama ini berlaku untuk jangka waktu 5 (lima) tahun terhitung sejak tanggal",
    "ditandatangani dan dapat diperpanjang atas persetujuan PARA PIHAK secara tertulis.",
]


def _full_page(n: int) -> list[str]:
    lines = [f"Pasal {n}", ""]
    while len(lines) < 34:
        lines.append(SENTENCES[len(lines) % len(SENTENCES)])
    return lines


def text_layer_rate(folder: Path) -> float:
    pdf = makefiles.text_pdf(folder / "long.pdf", [_full_page(n) for n in range(1, 201)])
    started = time.perf_counter()
    reading = read_document(pdf)
    elapsed = time.perf_counter() - started
    assert reading.text_source == "text-layer"
    return len(reading.pages) / elapsed


def _read(path: str) -> tuple[int, int]:
    reading = read_document(Path(path))
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    ocr = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # the largest tesseract run
    return len(reading.pages), own + ocr


def scanned_rate(folder: Path, pages: int, workers: int) -> tuple[float, int]:
    files = []
    for n in range(pages):
        path = folder / f"scan-{workers}-{n}.pdf"
        makefiles.scanned_pdf(path, [makefiles.page_image(_full_page(n + 1), dpi=300)], dpi=300)
        files.append(str(path))
    context = multiprocessing.get_context("spawn")  # fresh processes: memory figures are the worker's own
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        list(pool.map(_read, files[:workers]))  # warm up imports in every worker
        started = time.perf_counter()
        results = list(pool.map(_read, files))
        elapsed = time.perf_counter() - started
    peak_kb = max(rss for _, rss in results)
    return sum(count for count, _ in results) / elapsed * 60, peak_kb // 1024


def worker_rate(folder: Path, pages: int, workers: int) -> tuple[float, int]:
    """Scanned pages per minute end to end through rq: `arsip ingest` queues one-page scans, then
    `workers` real `arsip worker --burst` processes read (OCR), store and extract them. Also the peak
    memory of a worker's job process with its tesseract child, in MB."""
    import redis

    scans = folder / f"rq-scans-{workers}"
    scans.mkdir()
    for n in range(pages):
        makefiles.scanned_pdf(scans / f"scan-{n}.pdf", [makefiles.page_image(_full_page(n + 1), dpi=300)], dpi=300)
    env = dict(os.environ, ARSIP_DATA_DIR=str(folder / f"var-rq-{workers}"), DATABASE_URL="",
               REDIS_URL="redis://127.0.0.1:6379/7", MEILI_URL="http://127.0.0.1:9", OMP_THREAD_LIMIT="1")
    redis.Redis.from_url(env["REDIS_URL"]).flushdb()
    arsip = str(Path(sys.executable).parent / "arsip")
    queued = subprocess.run([arsip, "ingest", str(scans)], env=env, capture_output=True, text=True)
    if f"new: {pages}," not in queued.stdout:
        raise RuntimeError(f"queueing failed: {queued.stdout[-300:]} {queued.stderr[-300:]}")
    started = time.perf_counter()
    processes = [subprocess.Popen([arsip, "worker", "--burst"], env=env, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL) for _ in range(workers)]
    peak = 0
    for process in processes:
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        peak = max(peak, usage.ru_maxrss)  # the worker and its descendants (job process, tesseract)
    elapsed = time.perf_counter() - started
    status = subprocess.run([arsip, "status", "--json"], env=env, capture_output=True, text=True)
    counts = json.loads(status.stdout)["documents"]
    if counts["extracted"] + counts["indexed"] != pages:
        raise RuntimeError(f"not every scan was read and extracted: {counts}")
    redis.Redis.from_url(env["REDIS_URL"]).flushdb()
    return pages / elapsed * 60, peak // 1024


def bulk_ingest(folder: Path, count: int) -> float:
    source = folder / "bulk"
    source.mkdir()
    for n in range(count):
        makefiles.text_pdf(source / f"agreement-{n:04d}.pdf",
                           [[f"KESEPAKATAN BERSAMA NOMOR {n}/KB/2023"] + _full_page(1)[:20], _full_page(2)[:20]])
    env = dict(os.environ, ARSIP_DATA_DIR=str(folder / "var"), DATABASE_URL="", REDIS_URL="redis://127.0.0.1:9/0",
               MEILI_URL="http://127.0.0.1:9")
    arsip = str(Path(sys.executable).parent / "arsip")
    started = time.perf_counter()
    result = subprocess.run([arsip, "ingest", str(source), "--sync"], env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if result.returncode != 0 or f"new: {count}," not in result.stdout:
        raise RuntimeError(f"bulk ingest failed: {result.stdout[-500:]} {result.stderr[-500:]}")
    return elapsed


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        rate = text_layer_rate(folder)
        print(f"text-layer pages per second, one core: {rate:.0f} (target >= 100)")
        pages = int(os.environ.get("ARSIP_BENCH_SCAN_PAGES", "12"))
        one, memory_one = scanned_rate(folder, pages, 1)
        two, memory_two = scanned_rate(folder, pages, 2)
        print(f"scanned 300-dpi pages per minute, 1 worker: {one:.1f} (target >= 12)")
        print(f"scanned 300-dpi pages per minute, 2 workers: {two:.1f} (speed-up {two / one:.2f}x, target >= 1.8x)")
        print(f"peak memory per worker process: {max(memory_one, memory_two)} MB (target < 500 MB; the worker "
              "plus its largest tesseract child)")
        rq_pages = int(os.environ.get("ARSIP_BENCH_RQ_PAGES", "16"))
        rq_one, rq_memory = worker_rate(folder, rq_pages, 1)
        rq_two, _ = worker_rate(folder, rq_pages, 2)
        print(f"end to end through rq (`arsip ingest` queues, real `arsip worker --burst` processes read, store "
              f"and extract; worker start-up included): 1 worker {rq_one:.1f} pages/min, 2 workers {rq_two:.1f} "
              f"(speed-up {rq_two / rq_one:.2f}x); peak memory of a worker with its job and tesseract "
              f"{rq_memory} MB")
        count = int(os.environ.get("ARSIP_BENCH_BULK_DOCS", "1000"))
        elapsed = bulk_ingest(folder, count)
        print(f"bulk ingest of {count} two-page text PDFs end to end (--sync, 2 cores): {elapsed:.1f} s "
              f"({count / elapsed:.1f} documents/s)")


if __name__ == "__main__":
    main()
