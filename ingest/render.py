"""The only module that draws PDF pages (through pypdfium2).

A scanned page usually is one embedded picture, which ingest.pdf.page_image takes as it is. PDFium
draws the pages that are not: a born-digital page (text and vector graphics) for display beside its
text, and a page without a usable scan image (a scan in strips, an image pypdf cannot decode) for OCR.
"""
from __future__ import annotations

import re
import threading
from pathlib import Path

from PIL import Image

DISPLAY_DPI = 110
MAX_SIDE = 5000  # pixels: an odd page size (a poster, a banner) still renders to a bounded picture

_LOCK = threading.Lock()  # PDFium is not thread-safe; the web app may render from several threads


def render_page(path: Path, index: int, dpi: int = DISPLAY_DPI,
                max_side: int = MAX_SIDE) -> Image.Image | None:
    """Page `index` (0-based) of a PDF drawn at `dpi` (at most `max_side` pixels long; A3 at 300 dpi
    fits), or None when PDFium cannot draw it."""
    import pypdfium2 as pdfium

    with _LOCK:
        try:
            document = pdfium.PdfDocument(str(path))
        except (pdfium.PdfiumError, OSError):
            return None
        try:
            if not 0 <= index < len(document):
                return None
            page = document[index]
            width, height = page.get_size()  # points, as the page is shown (its rotation applied)
            if width <= 0 or height <= 0:
                return None
            scale = min(dpi / 72, max_side / max(width, height))
            return page.render(scale=scale).to_pil()
        except pdfium.PdfiumError:
            return None
        finally:
            document.close()


_WORD = re.compile(r"[^\s\x00]+")
BOX_DPI = 300  # word boxes of a text-layer page are measured on the page drawn at this resolution


def _upright(box: tuple[float, float, float, float], crop: tuple[float, float, float, float], rotation: int,
             scale: float) -> tuple[float, float, float, float]:
    """A PDF-space box (left, bottom, right, top) as (x, y, w, h) on the page shown turned by /Rotate."""
    left, bottom, right, top = box
    x0, y0 = left - crop[0], crop[3] - top  # top-left origin on the unturned page
    w, h = right - left, top - bottom
    width, height = crop[2] - crop[0], crop[3] - crop[1]
    if rotation == 90:
        x0, y0, w, h = height - (y0 + h), x0, h, w
    elif rotation == 180:
        x0, y0 = width - (x0 + w), height - (y0 + h)
    elif rotation == 270:
        x0, y0, w, h = y0, width - (x0 + w), h, w
    return x0 * scale, y0 * scale, w * scale, h * scale


def _page_words(page) -> list[tuple[str, tuple[float, float, float, float]]]:
    """The page's words (runs of non-space characters) with the PDF-space box from their first and last
    characters' font boxes (two PDFium calls a word rather than one a character: ingest speed)."""
    textpage = page.get_textpage()
    try:
        text = textpage.get_text_range()
        text = text[:textpage.count_chars()]
        words = []
        for match in _WORD.finditer(text):
            first = textpage.get_charbox(match.start(), loose=True)
            last = textpage.get_charbox(match.end() - 1, loose=True)
            words.append((match.group(), (min(first[0], last[0]), min(first[1], last[1]),
                                          max(first[2], last[2]), max(first[3], last[3]))))
        return words
    finally:
        textpage.close()


def word_boxes(path: Path, max_side: int = MAX_SIDE):
    """Per page (0-based list): its rotation (/Rotate, degrees clockwise) and the boxes of the words
    of its text layer on the upright page drawn at BOX_DPI; [] when PDFium cannot open the file."""
    import pypdfium2 as pdfium

    from ingest.wordboxes import make

    found = []
    with _LOCK:
        try:
            document = pdfium.PdfDocument(str(path))
        except (pdfium.PdfiumError, OSError):
            return []
        try:
            for index in range(len(document)):
                page = document[index]
                try:
                    rotation = page.get_rotation() % 360
                    crop = page.get_cropbox()
                    width, height = page.get_size()
                    scale = min(BOX_DPI / 72, max_side / max(width, height, 1))
                    words = [(text, *_upright(box, crop, rotation, scale)) for text, box in _page_words(page)]
                    found.append((rotation, make(round(width * scale), round(height * scale), words)))
                except pdfium.PdfiumError:
                    found.append((0, None))
                finally:
                    page.close()
        finally:
            document.close()
    return found
