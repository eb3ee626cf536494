"""Evidence made visible: the boxes of a field's character span on the page picture.

Boxes are given as percentages of the picture (left, top, width, height), so they stay on their words
whatever size the picture is shown at (fit to width, 2x).
"""
from __future__ import annotations

import re

from markupsafe import Markup, escape

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


def field_evidence(facts: dict, pages: dict[int, Page], names,
                   decoded: dict[int, WordBoxes | None] | None = None) -> dict[str, dict]:
    """Where each field's value stands: its page (when that page is among `pages`), character span and boxes.
    decoded: the pages' word boxes when the caller has them already."""
    evidence = facts.get("evidence") or {}
    if decoded is None:
        decoded = {number: decode(page.words) for number, page in pages.items()}
    found = {}
    for name in names:
        ev = evidence.get(name) or {}
        number = ev.get("page") if isinstance(ev.get("page"), int) else None
        page = pages.get(number)
        found[name] = {"page": number if page else None, "start": ev.get("start"), "end": ev.get("end"),
                       "boxes": span_boxes(page, ev.get("start"), ev.get("end"), decoded.get(number))}
    return found


def query_words(query: str) -> list[str]:
    """The words of a search worth marking on a page (three letters or more, longest first, at most ten)."""
    return sorted({word for word in re.findall(r"\w{3,}", query.lower())}, key=len, reverse=True)[:10]


def query_spans(text: str, query: str) -> list[tuple[int, int]]:
    """Character spans of the page text where a word of the search starts a word of the text."""
    words = query_words(query)
    if not words or not text:
        return []
    pattern = re.compile(r"\b(" + "|".join(re.escape(word) for word in words) + r")\w*", re.IGNORECASE)
    return [match.span() for match in pattern.finditer(text)][:200]


def reflow(text: str) -> str:
    """Page text with the scanner's line breaks inside a sentence joined (same length, so spans stay valid):
    a line break stays after a full stop, colon or semicolon, before a numbered or capitalised heading and
    between paragraphs."""
    return _RAGGED.sub(" ", text)


_RAGGED = re.compile(r"(?<=[\w,)\-])\n(?=[a-z(])")


def viewer_data(facts: dict, pages: dict[int, Page], names, query: str, picture_url) -> dict:
    """What static/page_viewer.js needs: each field's evidence, and per page its (reflowed) text, picture
    address (None without the original), search hits as spans and as boxes. Each page's word boxes are
    decoded and its hits found once, for the fields and the search alike."""
    decoded = {number: decode(page.words) for number, page in pages.items()}
    shown = {}
    for number, page in pages.items():
        hits = query_spans(page.text or "", query)
        shown[number] = {"text": reflow(page.text or ""), "picture": picture_url(number), "hits": hits,
                         "hit_boxes": [box for start, end in hits
                                       for box in span_boxes(page, start, end, decoded[number])]}
    return {"fields": field_evidence(facts, pages, names, decoded), "pages": shown}


def marked_text(text: str, query: str) -> Markup:
    """Page text escaped and reflowed, with the search's words marked (the page as it reads without script)."""
    text = reflow(text)
    parts, at = [], 0
    for start, end in query_spans(text, query):
        parts += [escape(text[at:start]), Markup('<mark class="qhit">'), escape(text[start:end]), Markup("</mark>")]
        at = end
    parts.append(escape(text[at:]))
    return Markup("").join(parts)
