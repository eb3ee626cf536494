"""Sample generator figures: tesseract's character error rate on generated scans, and 1,000 documents' generation time."""
from __future__ import annotations

import json
import os
import resource
import tempfile
import time
from pathlib import Path

from arsip.samplegen import generate
from arsip.samplegen.measure import cer
from ingest.ocr import ocr_image
from ingest.pdf import open_pdf, page_image

OCR_DOCS = 8
GENERATE_COUNT = 1000
GENERATE_WORKERS = 2


def ocr_error_rates(folder: Path) -> list[tuple[str, int, str, float, float | None]]:
    """(document, dpi, mode, CER, tesseract confidence) for the first page of each document's scan."""
    rows = []
    for doc in sorted(folder.iterdir()):
        truth = json.loads((doc / "truth.json").read_text(encoding="utf-8"))
        scan = next(item for item in truth["files"] if item["form"] == "scan")
        index = 0 if "1" not in scan["turned_pages"] else 1
        source = (doc / "text.txt").read_text(encoding="utf-8").split("\f")[index]
        result = ocr_image(page_image(open_pdf(doc / "scan.pdf"), index), "ind+eng")
        rows.append((f"{doc.name} p{index + 1}", scan["dpi"], scan["mode"], cer(source, result.text),
                     result.confidence))
    return rows


def main() -> None:
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    with tempfile.TemporaryDirectory(prefix="arsip-samples-bench-") as tmp:
        ocr_set = Path(tmp) / "ocr"
        generate(OCR_DOCS, ocr_set, seed=2023, workers=GENERATE_WORKERS)
        rows = ocr_error_rates(ocr_set)
        print("tesseract ind+eng on generated scans (first page; CER = edits / source characters, "
              "whitespace normalised):")
        for name, dpi, mode, rate, confidence in rows:
            print(f"  {name:<20} {dpi} dpi {mode:<8} CER {rate:6.2%}  confidence {confidence or 0:.2f}")
        rates = sorted(row[3] for row in rows)
        print(f"CER over {len(rows)} pages: mean {sum(rates) / len(rates):.2%}, median {rates[len(rates) // 2]:.2%}, "
              f"worst {rates[-1]:.2%}")

        big = Path(tmp) / "big"
        started = time.perf_counter()
        cpu_before = _cpu_seconds()
        truths = generate(GENERATE_COUNT, big, seed=1, workers=GENERATE_WORKERS)
        elapsed = time.perf_counter() - started
        cpu = _cpu_seconds() - cpu_before
        pages = sum(truth["pages"] for truth in truths)
        size = sum(path.stat().st_size for path in big.rglob("*") if path.is_file())
        forms: dict[str, int] = {}
        for truth in truths:
            for item in truth["files"]:
                forms[item["form"]] = forms.get(item["form"], 0) + 1
        print(f"generated {len(truths)} documents ({pages} pages; files: "
              + ", ".join(f"{form} {count}" for form, count in sorted(forms.items()))
              + f"; {size / 1e6:.0f} MB) with {GENERATE_WORKERS} processes in {elapsed:.0f} s "
              f"({elapsed / 60:.1f} min, {len(truths) / elapsed:.1f} documents/s, {pages / elapsed:.1f} pages/s)")
        print(f"CPU time {cpu:.0f} s in all ({cpu / GENERATE_WORKERS / 60:.1f} min per process: the wall time on "
              f"{GENERATE_WORKERS} idle cores); load average at the end {os.getloadavg()[0]:.1f}")


def _cpu_seconds() -> float:
    """User + system time of this process and its finished children (the pool's workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime
