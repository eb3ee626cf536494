"""Page pictures as the web shows them: upright, JPEG of at most PICTURE_MAX_BYTES, made once and cached.

A scan read by OCR is turned by the rotation OCR found; a text-layer page is drawn by PDFium, which
applies its /Rotate. Word boxes (ingest.wordboxes) are scaled to the picture's own size.
"""
from __future__ import annotations

import io
from pathlib import Path

from PIL import Image

from ingest.pictures import page_image as draw
from ingest.triage import Limits
from ingest.wordboxes import decode
from models.storage import BlobStore
from models.tables import Document, Page
from search_app.context import app_settings

PICTURE_BOX = (1400, 2000)  # the largest picture served: an A4 page is 1400 wide, enough for 2x zoom
PICTURE_MAX_BYTES = 300_000
QUALITIES = (82, 70, 58, 45, 35)  # JPEG quality steps until the picture fits PICTURE_MAX_BYTES


def turn_for(page: Page | None) -> int:
    """Degrees clockwise the drawn page must still be turned (PDFium already applies /Rotate)."""
    return (page.rotation or 0) % 360 if page is not None and page.method == "ocr" else 0


def original_exists(doc: Document) -> bool:
    return BlobStore(app_settings().storage_path).path_for(doc.sha256).exists()


def cache_path(doc: Document, number: int, turn: int) -> Path:
    """A cache on the shared storage root: any host draws the picture again from the original."""
    return BlobStore(app_settings().storage_path).picture_path(doc.sha256, number, turn)


def encode_jpeg(image: Image.Image, max_bytes: int = PICTURE_MAX_BYTES) -> bytes:
    """The picture as JPEG, lowering the quality (then the size) until it fits max_bytes."""
    image = image if image.mode in ("L", "RGB") else image.convert("RGB")
    while True:
        for quality in QUALITIES:
            buffer = io.BytesIO()
            image.save(buffer, "JPEG", quality=quality, optimize=True, progressive=True)
            if buffer.tell() <= max_bytes:
                return buffer.getvalue()
        image = image.resize((max(1, image.width * 3 // 4), max(1, image.height * 3 // 4)), Image.LANCZOS)


def upright_picture(doc: Document, number: int, page: Page | None) -> Path | None:
    """The cached upright JPEG of one page (made on first use); None when the page cannot be drawn."""
    turn = turn_for(page)
    cache = cache_path(doc, number, turn)
    if cache.exists():
        return cache
    original = BlobStore(app_settings().storage_path).path_for(doc.sha256)
    if not original.exists():
        return None
    image = draw(original, number, Limits.from_settings(app_settings()))
    if image is None:
        return None
    if turn:
        image = image.rotate(-turn, expand=True)  # PIL turns counter-clockwise for positive angles
    image.thumbnail(PICTURE_BOX)
    data = encode_jpeg(image)
    return BlobStore(app_settings().storage_path).put_picture(cache, data)


def picture_size(path: Path) -> tuple[int, int]:
    with Image.open(path) as image:  # reads the header only
        return image.size


def words_json(doc: Document, page: Page) -> dict:
    """The words endpoint's answer: rotation, picture size and each word's box on that picture
    (no words for a page read before boxes were kept, or whose original is not in storage)."""
    boxes = decode(page.words)
    picture = upright_picture(doc, page.number, page)
    width, height = picture_size(picture) if picture else (0, 0)
    words = boxes.scaled(width, height) if boxes and picture else []
    return {"rotation": page.rotation or 0, "width": width, "height": height, "words": words}
