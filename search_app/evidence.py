"""Evidence made visible: a field's character span marked in the page text and boxed on the page picture.

Boxes are given as percentages of the picture (left, top, width, height), so they stay on their words
whatever size the picture is shown at (fit to width, 2x).
"""
from __future__ import annotations

import re

from markupsafe import Markup, escape

from ingest.wordboxes import WordBoxes, decode, indices_in_span, locate
from models.search_query import clean_text
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


def query_words(q: str) -> list[str]:
    return sorted({w for w in re.findall(r"\w{3,}", clean_text(q).lower())}, key=len, reverse=True)[:10]


def query_boxes(page: Page | None, q: str) -> list[dict]:
    """Boxes of the page's words that start with a word of the search query (as the text marks them)."""
    words = query_words(q)
    boxes = decode(page.words) if page is not None and words else None
    if boxes is None or not boxes.width or not boxes.height:
        return []
    pattern = re.compile(r"\W*(" + "|".join(re.escape(w) for w in words) + r")", re.IGNORECASE)
    return [_percent(boxes, i) for i, word in enumerate(boxes.words) if pattern.match(word.text)]


def _marked(text: str, words: list[str]) -> str:
    escaped = str(escape(text))
    if words:
        pattern = re.compile(r"\b(" + "|".join(re.escape(str(escape(w))) for w in words) + r")", re.IGNORECASE)
        escaped = pattern.sub(r"<mark>\1</mark>", escaped)
    return escaped


def marked_text(text: str, q: str = "", start: int | None = None, end: int | None = None) -> Markup:
    """The page text escaped, the search words marked, and the evidence span in <mark class="evidence">."""
    words = query_words(q) if q.strip() else []
    if start is None or end is None or not 0 <= start < end <= len(text):
        return Markup(_marked(text, words))
    return Markup(_marked(text[:start], words) + '<mark class="evidence" id="bukti">'
                  + _marked(text[start:end], words) + "</mark>" + _marked(text[end:], words))


__all__ = ["span_boxes", "query_boxes", "marked_text", "locate"]
