"""Every reason ingest gives for a rejected file or a failed document reads in Indonesian in the web and API."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from ingest.errors import InputRejected
from ingest.pipeline import Limits, triage
from models.reasons import reason_words

ROOT = Path(__file__).resolve().parents[1]
ENGLISH = re.compile(r"\b(file|empty|corrupt|truncated|encrypted|password|pages?|image|not a|over the limit|"
                     r"failed|timed out|could not|unknown)\b")


def _written_reasons() -> list[str]:
    """Every message ingest raises or stores as a failure (its first line, each value written as 1)."""
    found = []
    for path in [*ROOT.glob("ingest/*.py"), ROOT / "models" / "documents.py", ROOT / "workers" / "jobs.py"]:
        text = path.read_text(encoding="utf-8")
        for literal in re.findall(r"(?:InputRejected|OcrFailed|ToolMissing|_fail\(settings, document_id,|"
                                  r"DocumentStatus\.FAILED,)\s*\(?\s*f?\"([^\"]+)", text):
            found.append(re.sub(r"\{[^}]*\}", "1", literal).strip())  # each value as a number
    return found


def test_every_message_ingest_writes_has_indonesian_words():
    written = _written_reasons()
    assert len(written) >= 15 and any("corrupt or truncated PDF" in w for w in written)  # the scan finds them
    untranslated = [w for w in written if reason_words(w).startswith("Alasan teknis")]
    assert untranslated == []


@pytest.mark.parametrize(("content", "words"), [
    (b"", "berkas kosong (0 bita)"),
    (b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog", "PDF rusak atau terpotong; unggah salinan yang utuh"),
    (b"<!DOCTYPE html><html><body>bukan naskah</body></html>", "bukan PDF, TIFF, PNG atau JPEG (isinya halaman web (HTML))"),
    (b"MZ\x90\x00program", "bukan PDF, TIFF, PNG atau JPEG (isinya program Windows)"),
])
def test_real_rejections_read_in_indonesian(tmp_path, content, words):
    path = tmp_path / "naskah.pdf"
    path.write_bytes(content)
    with pytest.raises(InputRejected) as rejected:
        triage(path, Limits())
    assert reason_words(str(rejected.value)) == words
    assert not ENGLISH.search(reason_words(str(rejected.value)))


def test_a_stored_failure_names_its_page_in_indonesian_and_unknown_reasons_stay_visible():
    stored = "no page could be read (2 of 2 failed; page 1: OCR timed out after 120 s)"
    assert reason_words(stored) == ("tidak ada halaman yang terbaca (2 dari 2 gagal; halaman 1: OCR melewati batas "
                                    "waktu 120 detik (naikkan ARSIP_OCR_TIMEOUT lalu baca ulang))")
    assert reason_words("disk quota exceeded") == "Alasan teknis: disk quota exceeded"
    assert reason_words(None) == ""
