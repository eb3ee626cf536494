"""A page as a picture for showing beside its text: a scan's own image, else the page drawn (no OCR)."""
from __future__ import annotations

from pathlib import Path

from PIL import Image

from ingest import images, pdf, render
from ingest.triage import Limits, sniff_kind


def page_image(path: Path, number: int, limits: Limits = Limits()) -> Image.Image | None:
    """The image of one page for showing beside its text: a scan's own image, else the page drawn."""
    kind = sniff_kind(path)
    if kind == "pdf":
        reader = pdf.open_pdf(path)
        if not 1 <= number <= pdf.page_count(reader):
            return None
        return pdf.page_image(reader, number - 1) or render.render_page(path, number - 1)
    for index, image in enumerate(images.image_pages(path, limits.max_pixels)):
        if index + 1 == number:
            return image
    return None
