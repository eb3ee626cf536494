"""Why a file was rejected or a document failed, in Bahasa Indonesia for the web pages and the API.

ingest speaks English (the CLI keeps it); its messages are stored as failure reasons and raised as
InputRejected. `reason_words` turns each into a sentence staff can act on. A reason nobody wrote a line for
is kept as it is, behind "Alasan teknis:", never dropped. tests/test_reasons.py holds every message ingest
can raise to this table.
"""
from __future__ import annotations

import re

_LOOKS_LIKE = {"HTML": "halaman web (HTML)", "a Linux executable": "program Linux", "a Windows executable":
               "program Windows", "a ZIP/Office file": "berkas ZIP/Office", "JSON": "data JSON", "XML": "data XML"}

# (pattern on the English reason, Indonesian sentence; {1}, {2}... are the pattern's groups)
REASONS: tuple[tuple[re.Pattern, str], ...] = tuple((re.compile(pattern, re.DOTALL), words) for pattern, words in (
    (r"no page could be read \((\d+) of (\d+) failed; page (\d+):\s*(.*?)\)?$",
     "tidak ada halaman yang terbaca ({1} dari {2} gagal; halaman {3}: {4*})"),
    (r"empty file \(0 bytes\)|empty PDF \(no bytes\)", "berkas kosong (0 bita)"),
    (r"corrupt or truncated PDF", "PDF rusak atau terpotong; unggah salinan yang utuh"),
    (r"encrypted PDF that needs a password", "PDF terkunci kata sandi; buka kuncinya dulu, lalu unggah salinannya"),
    (r"encrypted PDF that cannot be opened", "PDF terenkripsi yang tidak dapat dibuka"),
    (r"PDF has no pages|file has no pages", "berkas tidak berisi halaman"),
    (r"not a PDF, TIFF, PNG or JPEG file \(looks like (.+)\)", "bukan PDF, TIFF, PNG atau JPEG (isinya {1})"),
    (r"not a PDF, TIFF, PNG or JPEG file", "bukan PDF, TIFF, PNG atau JPEG (isinya tidak dikenali)"),
    (r"(\d+) pages is over the limit of (\d+)", "{1} halaman melebihi batas {2} halaman (pengaturan ARSIP_MAX_PAGES)"),
    (r"image too large|page \d+ too large|page image of .* is over the limit",
     "gambar terlalu besar (melebihi batas piksel ARSIP_MAX_IMAGE_PIXELS)"),
    (r"truncated image file", "berkas gambar terpotong; unggah salinan yang utuh"),
    (r"unreadable image|corrupt image data", "gambar rusak atau tidak dapat dibaca"),
    (r"is a directory", "ini sebuah folder, bukan berkas"),
    (r"cannot read file", "berkas tidak dapat dibaca"),
    (r"OCR timed out after (\d+)", "OCR melewati batas waktu {1} detik (naikkan ARSIP_OCR_TIMEOUT lalu baca ulang)"),
    (r"tesseract is not installed|tesseract language data missing",
     "tesseract (OCR) atau data bahasanya belum terpasang di server"),
    (r"tesseract failed", "OCR gagal membaca halaman"),
    (r"extraction failed", "pembacaan data perjanjian gagal; laporkan ke admin"),
    (r"internal error while reading", "kesalahan internal saat membaca; laporkan ke admin"),
))


def reason_words(reason: object) -> str:
    """An ingest reason as an Indonesian sentence ("empty file (0 bytes)" -> "berkas kosong (0 bita)")."""
    text = str(reason or "").strip()
    if not text:
        return ""
    for pattern, words in REASONS:
        found = pattern.search(text)
        if found:
            return _fill(words, found)
    return f"Alasan teknis: {text}"


def _fill(words: str, found: re.Match) -> str:
    def group(match: re.Match) -> str:
        number, nested = int(match.group(1)), match.group(2)
        value = found.group(number) or ""
        return reason_words(value) if nested else _LOOKS_LIKE.get(value, value)
    return re.sub(r"\{(\d+)(\*?)\}", group, words)
