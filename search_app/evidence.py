"""Evidence made visible: the boxes of a field's character span on the page picture.

Boxes are given as percentages of the picture (left, top, width, height), so they stay on their words
whatever size the picture is shown at (fit to width, 2x).
"""
from __future__ import annotations

from ingest.wordboxes import WordBoxes, decode, indices_in_span
from models.tables import Page

PAD = 0.15  # a box is drawn a little larger than its word's ink, as a share of the word's height


def _percent(boxes: WordBoxes, index: int) -> dict:
    word = boxes.words[index]
    pad = word.h * PAD
    return {"left": round(100 * (word.x - pad) / boxes.width, 3), "top": round(100 * (word.y - pad) / boxes.height, 3),
            "width": round(100 * (word.w + 2 * pad) / boxes.width, 3),
            "height": round(100 * (word.h + 2 * pad) / boxes.height, 3)}


def span_boxes(page: Page | None, start: int | None, end: int | None, boxes: WordBoxes | None = None) -> list[dict]:
    """The boxes (percent of the picture) of the words within text[start:end] of this page."""
    if page is None or start is None or end is None:
        return []
    boxes = boxes or decode(page.words)
    if boxes is None or not boxes.width or not boxes.height:
        return []
    return [_percent(boxes, i) for i in indices_in_span(page.text or "", boxes.words, start, end)]
