"""The sample generator: deterministic per seed, consistent truth, a text layer that holds it, scans that OCR back."""
from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from dateutil.relativedelta import relativedelta

from arsip.samplegen import generate, plan
from arsip.samplegen.measure import cer, normalise

ROOT = Path(__file__).resolve().parent.parent
DOC_TYPES = {"KB", "PKS", "MOU", "LOI", "ADDENDUM", "OTHER"}
# Measured on 200/300-dpi generated pages with tesseract ind+eng: 0.5% to 3%; a broken scan reads far worse.
MAX_CER = 0.08


@pytest.fixture(scope="module")
def small_set(tmp_path_factory) -> tuple[Path, list[dict]]:
    out = tmp_path_factory.mktemp("samples")
    return out, generate(5, out, seed=11, workers=1, compact=True)


def _duration(text: str) -> relativedelta:
    match = re.fullmatch(r"P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?", text)
    assert match and any(match.groups()), f"not an ISO 8601 duration: {text}"
    years, months, days = (int(group or 0) for group in match.groups())
    return relativedelta(years=years, months=months, days=days)


def test_same_seed_same_bytes_and_another_seed_differs(small_set, tmp_path):
    first, _ = small_set
    again = tmp_path / "again"
    generate(3, again, seed=11, workers=2, compact=True)  # documents do not depend on the set's size
    for folder in sorted(first.iterdir())[:3]:
        for name in ("truth.json", "text.pdf", "scan.pdf"):
            assert (again / folder.name / name).read_bytes() == (folder / name).read_bytes(), f"{folder.name}/{name}"
    other = tmp_path / "other"
    generate(1, other, seed=12, workers=1)
    assert (other / "0001-kb" / "truth.json").read_bytes() != (first / "0001-kb" / "truth.json").read_bytes()


def test_truth_is_consistent_over_a_larger_set():
    jobs = list(plan(60, seed=3))
    truths = [(job.doc_id, job.draft.truth) for job in jobs]
    assert {truth["doc_type"] for _, truth in truths[:20]} == DOC_TYPES
    numbers_so_far: set[str] = set()
    with_duration = 0
    for doc_id, truth in truths:
        roles = {party["role"] for party in truth["parties"]}
        assert len(roles) == len(truth["parties"]), doc_id
        assert {item["party_role"] for item in truth["obligations"]} <= roles, doc_id
        assert all(item["text"] == normalise(item["text"]) and item["text"] for item in truth["obligations"])
        if truth["duration"]:
            with_duration += 1
            start = dt.date.fromisoformat(truth["effective_date"])
            expected = start + _duration(truth["duration"]) - dt.timedelta(days=1)
            assert truth["end_date"] == expected.isoformat(), doc_id
        if truth["end_date"]:
            assert truth["end_date"] > truth["effective_date"], doc_id
        if truth["effective_date"]:
            assert truth["effective_date"] >= truth["sign_date"] or truth["doc_type"] == "ADDENDUM", doc_id
        if truth["doc_type"] in ("PKS", "ADDENDUM") and truth["parent_agreement"]:
            assert truth["parent_agreement"] in numbers_so_far, f"{doc_id} cites a number outside the set"
        assert truth["partner_kind"] in ("daerah_lain", "pihak_ketiga", "luar_negeri")
        numbers_so_far.update(truth["numbers"])
    # terms are written as a duration and as a date range (whose truth holds the range's duration)
    ranged = sum(any(re.search(r"berlaku sejak [^.]* sampai dengan tanggal", block.text) for block in job.draft.blocks)
                 for job in jobs)
    assert with_duration and ranged
    assert any(truth["language"] == "id+en" for _, truth in truths)
    assert sum(1 for _, truth in truths if truth["doc_type"] == "PKS" and truth["parent_agreement"]) >= 5


def test_text_layer_holds_numbers_and_title_and_scan_has_none(small_set):
    from ingest.pdf import open_pdf, page_count, page_image, page_text

    out, truths = small_set
    for folder, truth in zip(sorted(out.iterdir()), truths):
        reader = open_pdf(folder / "text.pdf")
        assert page_count(reader) == truth["pages"]
        text = normalise(" ".join(page_text(reader, i) for i in range(truth["pages"])))
        for number in truth["numbers"]:
            assert number in text, f"{folder.name}: {number}"
        assert truth["title"].lower() in text.lower(), folder.name
        for party in truth["parties"]:
            assert party["signatory"].lower() in text.lower(), f"{folder.name}: {party['signatory']}"
        scan = open_pdf(folder / "scan.pdf")
        assert page_count(scan) == truth["pages"]
        assert page_text(scan, 0) == ""
        scan_file = next(item for item in truth["files"] if item["form"] == "scan")
        image = page_image(scan, 0)
        assert image is not None and min(image.size) in (round(595.27 * scan_file["dpi"] / 72),
                                                         round(841.89 * scan_file["dpi"] / 72))
        for item in truth["files"]:
            assert (folder / item["path"]).is_file()


def test_a_scanned_page_ocrs_back_close_to_its_source(small_set):
    from ingest.ocr import ocr_image
    from ingest.pdf import open_pdf, page_image

    out, truths = small_set
    folder, truth, index = next((folder, truth, 0) for folder, truth in zip(sorted(out.iterdir()), truths)
                                if "1" not in next(f for f in truth["files"] if f["form"] == "scan")["turned_pages"])
    source = (folder / "text.txt").read_text(encoding="utf-8").split("\f")[index]
    result = ocr_image(page_image(open_pdf(folder / "scan.pdf"), index), "ind+eng")
    assert cer(source, result.text) < MAX_CER


def test_command_writes_the_set_and_refuses_a_folder_with_more(tmp_path):
    out = tmp_path / "set"
    command = [sys.executable, "-m", "arsip.cli", "samples", "generate", "--count", "1", "--out", str(out),
               "--seed", "5", "--workers", "1"]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "wrote 1 documents" in done.stdout and "KB 1" in done.stdout
    assert json.loads((out / "0001-kb" / "truth.json").read_text())["doc_type"] == "KB"
    (out / "0007-addendum").mkdir()  # left from a larger set: its truth would no longer match
    refused = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert refused.returncode != 0 and "0007-addendum" in refused.stderr
