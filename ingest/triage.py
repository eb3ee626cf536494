"""Triage: what a file is (from its content, never its name) and whether it may become a document.

Light on purpose: the web triages uploads with it, so it loads pypdf and Pillow (to count pages) but
never OCR or spaCy (ingest.pipeline reads the pages; ingest.extract finds the facts).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ingest import images, pdf
from ingest.errors import InputRejected

KINDS = {b"%PDF-": "pdf", b"II*\x00": "tiff", b"MM\x00*": "tiff", b"\x89PNG\r\n\x1a\n": "png", b"\xff\xd8\xff": "jpeg"}
_LOOKS_LIKE = {b"<!doctype html": "HTML", b"<html": "HTML", b"\x7fELF": "a Linux executable", b"MZ": "a Windows executable",
               b"PK\x03\x04": "a ZIP/Office file", b"{": "JSON", b"<?xml": "XML"}


@dataclass(frozen=True)
class Limits:
    """What one document may cost: OCR language and time, pages, pixels."""
    lang: str = "ind+eng"
    ocr_timeout: int = 120
    max_pages: int = 500
    max_pixels: int = 180_000_000

    @classmethod
    def from_settings(cls, settings) -> "Limits":
        return cls(settings.ocr_lang, settings.ocr_timeout, settings.max_pages, settings.max_image_pixels)


@dataclass(frozen=True)
class Triage:
    kind: str
    pages: int


def sniff_kind(path: Path) -> str:
    """The file's type from its first bytes (never from its name)."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(1024)
    except IsADirectoryError:
        raise InputRejected("is a directory") from None
    except OSError as exc:
        raise InputRejected(f"cannot read file: {exc.strerror or exc}") from None
    if not head:
        raise InputRejected("empty file (0 bytes)")
    for magic, kind in KINDS.items():
        if head.startswith(magic):
            return kind
    if b"%PDF-" in head:  # some producers put junk before the header; readers accept it
        return "pdf"
    lowered = head.lstrip().lower()
    for magic, name in _LOOKS_LIKE.items():
        if lowered.startswith(magic.lower()):
            raise InputRejected(f"not a PDF, TIFF, PNG or JPEG file (looks like {name})")
    raise InputRejected("not a PDF, TIFF, PNG or JPEG file (unknown content)")


def triage(path: Path, limits: Limits = Limits()) -> Triage:
    """Check a file can become a document before anything is stored: type, readability, size."""
    kind = sniff_kind(path)
    if kind == "pdf":
        pages = pdf.page_count(pdf.open_pdf(path))
    else:
        pages = images.image_page_count(path, limits.max_pixels)
    if pages == 0:
        raise InputRejected("file has no pages")
    if pages > limits.max_pages:
        raise InputRejected(f"{pages} pages is over the limit of {limits.max_pages} (setting ARSIP_MAX_PAGES)")
    return Triage(kind, pages)
