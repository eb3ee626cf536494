"""The only module that draws PDF pages (through pypdfium2).

A scanned page usually is one embedded picture, which ingest.pdf.page_image takes as it is. PDFium
draws the pages that are not: a born-digital page (text and vector graphics) for display beside its
text, and a page without a usable scan image (a scan in strips, an image pypdf cannot decode) for OCR.
"""
from __future__ import annotations

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
