"""Review figures: bytes of word boxes per page, page-picture sizes, and the server time of the agreement
page (and its words endpoint) for a 40-page scan whose pages all carry word boxes.

Data: the sample archive (samples/ or $ARSIP_BENCH_SAMPLES): every page of every text.pdf (PDFium boxes),
the first OCR_PAGES scan pages (tesseract boxes, real OCR), and a 40-page document built from those scans.
"""
from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

OCR_PAGES = 6
SCAN_PAGES = 40
REQUESTS = 30


def _samples() -> Path:
    return Path(os.environ.get("ARSIP_BENCH_SAMPLES", Path(__file__).resolve().parent.parent / "samples"))


def text_layer_boxes(folder: Path) -> list[int]:
    from ingest.render import word_boxes
    from ingest.wordboxes import encode

    sizes, started = [], time.perf_counter()
    for path in sorted(folder.glob("*/text.pdf")):
        sizes += [len(encode(boxes)) for _, boxes in word_boxes(path) if boxes is not None]
    seconds = time.perf_counter() - started
    print(f"  text-layer pages: {len(sizes)}, word boxes {statistics.mean(sizes):.0f} bytes/page mean "
          f"(max {max(sizes)}), PDFium boxes {1000 * seconds / len(sizes):.1f} ms/page", flush=True)
    return sizes


def scan_boxes(folder: Path):
    from ingest.ocr import ocr_image
    from ingest.pdf import open_pdf, page_count, page_image
    from ingest.wordboxes import encode

    pages = []
    for path in sorted(folder.glob("*/scan.pdf")):
        reader = open_pdf(path)
        for index in range(page_count(reader)):
            if len(pages) == OCR_PAGES:
                break
            image = page_image(reader, index)
            result = ocr_image(image, "ind+eng")
            pages.append((image, result))
        if len(pages) == OCR_PAGES:
            break
    sizes = [len(encode(result.boxes)) for _, result in pages]
    words = [len(result.boxes.words) for _, result in pages]
    print(f"  OCR pages: {len(sizes)}, word boxes {statistics.mean(sizes):.0f} bytes/page mean (max {max(sizes)}), "
          f"{statistics.mean(words):.0f} words/page, {statistics.mean(sizes) / statistics.mean(words):.1f} bytes/word",
          flush=True)
    return pages


def picture_sizes(pages) -> None:
    from search_app.pictures import PICTURE_BOX, encode_jpeg

    sizes = []
    for image, _ in pages:
        image = image.copy()
        image.thumbnail(PICTURE_BOX)
        sizes.append(len(encode_jpeg(image)))
    print(f"  page pictures (A4 scans, JPEG, {PICTURE_BOX[0]} px wide): mean {statistics.mean(sizes) / 1000:.0f} KB, "
          f"max {max(sizes) / 1000:.0f} KB (limit 300 KB)", flush=True)


def agreement_page_time(pages) -> None:
    """A 40-page scan with word boxes on every page: time GET /perjanjian/<id>?halaman=N and the words."""
    from ingest.wordboxes import encode
    from models.db import init_db, session_scope
    from models.settings import load_settings
    from models.tables import Document, Page
    from models.users import add_user
    from search_app import create_app

    with tempfile.TemporaryDirectory() as tmp:
        os.environ.update({"ARSIP_DATA_DIR": tmp, "DATABASE_URL": "", "ARSIP_SECRET_KEY": "bench",
                           "MEILI_URL": "http://127.0.0.1:9"})
        settings = load_settings()
        init_db(settings)
        first = pages[0][1]
        facts = {"doc_type": "KB", "title": "Bench", "numbers": [], "parties": [], "end_date": "2030-01-01",
                 "evidence": {"end_date": {"page": 2, "start": 10, "end": 40, "confidence": 0.8},
                              "title": {"page": 1, "start": 0, "end": 30, "confidence": 0.9}}}
        with session_scope(settings) as session:
            add_user(session, "bench", "staff", "bench-password-1")
            doc = Document(sha256="b" * 64, original_name="scan.pdf", kind="pdf", size=1, status="indexed",
                           page_count=SCAN_PAGES, extraction=facts)
            doc.pages = [Page(number=n, text=pages[n % len(pages)][1].text, method="ocr",
                              words=encode(pages[n % len(pages)][1].boxes)) for n in range(1, SCAN_PAGES + 1)]
            session.add(doc)
            session.flush()
            doc_id = doc.id
        app = create_app(settings, {"TESTING": True, "WTF_CSRF_ENABLED": False})
        client = app.test_client()
        client.post("/login", data={"username": "bench", "password": "bench-password-1"})
        for label, url in (("agreement page", lambda n: f"/perjanjian/{doc_id}?halaman={n}"),
                           ("review screen", lambda n: f"/perlu-diperiksa/{doc_id}?halaman={n}")):
            times = []
            for n in range(REQUESTS):
                started = time.perf_counter()
                response = client.get(url(1 + n % SCAN_PAGES))
                times.append(1000 * (time.perf_counter() - started))
                if response.status_code != 200:
                    print(f"  {label}: HTTP {response.status_code}", flush=True)
                    break
            else:
                print(f"  {label}, {SCAN_PAGES}-page scan with boxes ({len(first.boxes.words)}+ words a page): "
                      f"median {statistics.median(times):.1f} ms, max {max(times):.1f} ms (target <= 50 ms)",
                      flush=True)


def main() -> None:
    folder = _samples()
    text_layer_boxes(folder)
    pages = scan_boxes(folder)
    picture_sizes(pages)
    agreement_page_time(pages)


if __name__ == "__main__":
    main()
