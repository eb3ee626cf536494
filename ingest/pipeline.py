"""Reading a document, as a recipe: triage the file, read each page (text layer or OCR), summarise."""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from PIL import Image

from ingest import images, ocr, pdf, render
from ingest.errors import InputRejected
from ingest.triage import Limits, triage
from ingest.wordboxes import WordBoxes

OCR_DPI = 300  # a page without a usable scan image is drawn at this resolution for OCR


@dataclass
class PageText:
    number: int
    text: str
    method: str  # text-layer | ocr | empty | failed
    ocr_confidence: float | None = None
    rotation: int = 0  # degrees clockwise the page picture is turned to stand upright
    seconds: float = 0.0
    error: str | None = None
    boxes: WordBoxes | None = None  # each word's box on the upright page picture


@dataclass
class Reading:
    kind: str
    pages: list[PageText] = field(default_factory=list)
    text_source: str | None = None  # text-layer | ocr | mixed
    ocr_confidence: float | None = None

    @property
    def text(self) -> str:
        return "\n\n".join(page.text for page in self.pages)


def read_document(path: Path, limits: Limits = Limits(),
                  on_page: Callable[[PageText], None] | None = None) -> Reading:
    """Every page's text: the text layer where the page has one, OCR of its image where not."""
    triaged = triage(path, limits)
    pages = []
    for source in page_sources(path, triaged.kind, limits):
        pages.append(read_page(source, limits))
        if on_page is not None:
            on_page(pages[-1])
    return summarise(triaged.kind, pages)


@dataclass
class PageSource:
    number: int
    text: str = ""  # the text layer
    image: Image.Image | None = None  # only when the page must be read by OCR
    error: str | None = None  # why the page cannot be read at all
    rotation: int = 0  # a text-layer page's /Rotate
    boxes: WordBoxes | None = None  # a text-layer page's word boxes


def page_sources(path: Path, kind: str, limits: Limits) -> Iterator[PageSource]:
    """What each page offers: its text layer, else an image to OCR (a scan's own, or the page drawn)."""
    if kind == "pdf":
        reader = pdf.open_pdf(path)
        drawn = render.word_boxes(path)
        for index in range(pdf.page_count(reader)):
            text = pdf.page_text(reader, index)
            if pdf.has_real_text(text):
                rotation, boxes = drawn[index] if index < len(drawn) else (0, None)
                yield PageSource(index + 1, text, rotation=rotation, boxes=boxes)
                continue
            try:
                image = pdf.page_image(reader, index, limits.max_pixels)
            except InputRejected as exc:
                yield PageSource(index + 1, text, error=str(exc))
                continue
            image = image or render.render_page(path, index, OCR_DPI)
            yield PageSource(index + 1, text, image, None if image else "no text layer and the page cannot be drawn")
    else:
        for index, image in enumerate(images.image_pages(path, limits.max_pixels)):
            yield PageSource(index + 1, "", image)


def read_page(source: PageSource, limits: Limits) -> PageText:
    """One page's text and how it was obtained; an OCR failure costs this page only."""
    started = time.perf_counter()
    if pdf.has_real_text(source.text):
        return PageText(source.number, source.text, "text-layer", rotation=source.rotation,
                        seconds=time.perf_counter() - started, boxes=source.boxes)
    if source.error:
        return PageText(source.number, "", "failed", error=source.error)
    if source.image is None:
        return PageText(source.number, source.text, "empty", seconds=time.perf_counter() - started)
    try:
        result = ocr.ocr_image(source.image, limits.lang, limits.ocr_timeout)
    except ocr.OcrFailed as exc:
        return PageText(source.number, "", "failed", seconds=time.perf_counter() - started, error=str(exc))
    return PageText(source.number, result.text, "ocr", result.confidence, result.rotation,
                    time.perf_counter() - started, boxes=result.boxes)


def summarise(kind: str, pages: list[PageText]) -> Reading:
    """The document-level text source and mean OCR confidence."""
    methods = {page.method for page in pages if page.method in ("text-layer", "ocr")}
    source = None if not methods else methods.pop() if len(methods) == 1 else "mixed"
    confidences = [page.ocr_confidence for page in pages if page.ocr_confidence is not None]
    mean = round(sum(confidences) / len(confidences), 4) if confidences else None
    return Reading(kind, pages, source, mean)
