"""Word boxes of a page: where each word of the page text sits on the upright page picture.

Boxes are kept in the pixel frame of the upright page as it was read (the OCR image after turning,
or a text-layer page drawn at 300 dpi); whoever shows a smaller picture scales them by its size.
Stored compactly: words joined by newlines and the boxes as 16-bit integers, zlib-compressed.
"""
from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass

_HEADER = struct.Struct("<BHHI")  # format version, frame width, frame height, word count
_VERSION = 1
_LIMIT = 65535
SEARCH_WINDOW = 400  # characters: how far ahead a word is looked for in the page text before it is skipped


@dataclass(frozen=True)
class Word:
    text: str
    x: int
    y: int
    w: int
    h: int


@dataclass(frozen=True)
class WordBoxes:
    width: int  # the frame the boxes are measured in (upright page, pixels)
    height: int
    words: tuple[Word, ...]

    def scaled(self, width: int, height: int) -> list[dict]:
        """The boxes in the pixels of a picture of the same page drawn at width x height."""
        sx, sy = width / self.width, height / self.height
        return [{"text": w.text, "x": round(w.x * sx), "y": round(w.y * sy), "w": max(1, round(w.w * sx)),
                 "h": max(1, round(w.h * sy))} for w in self.words]


def _clip(value: float) -> int:
    return 0 if value <= 0 else _LIMIT if value >= _LIMIT else int(value + 0.5)


def make(width: int, height: int, words: list[tuple[str, float, float, float, float]]) -> WordBoxes:
    """WordBoxes from (text, x, y, w, h) tuples (a text holding spaces is kept as one word)."""
    kept = tuple(Word(" ".join(text.split()), _clip(x), _clip(y), _clip(w), _clip(h))
                 for text, x, y, w, h in words if text.strip())
    return WordBoxes(_clip(width), _clip(height), kept)


def encode(boxes: WordBoxes) -> bytes:
    """The compact stored form."""
    numbers = [v for word in boxes.words for v in (word.x, word.y, word.w, word.h)]
    texts = "\n".join(word.text for word in boxes.words).encode("utf-8")
    raw = (_HEADER.pack(_VERSION, boxes.width, boxes.height, len(boxes.words))
           + struct.pack(f"<{len(numbers)}H", *numbers) + texts)
    return zlib.compress(raw, 9)


def decode(blob: bytes | None) -> WordBoxes | None:
    """The boxes from their stored form; None for a page read before boxes were kept."""
    if not blob:
        return None
    raw = zlib.decompress(blob)
    version, width, height, count = _HEADER.unpack_from(raw)
    if version != _VERSION:
        return None
    start = _HEADER.size
    numbers = struct.unpack_from(f"<{4 * count}H", raw, start)
    texts = raw[start + 8 * count:].decode("utf-8").split("\n") if count else []
    words = tuple(Word(texts[i], *numbers[4 * i:4 * i + 4]) for i in range(count))
    return WordBoxes(width, height, words)


def locate(text: str, words: tuple[Word, ...] | list[Word]) -> list[tuple[int, int] | None]:
    """The character span of each word in the page text, found in reading order (None when not found
    nearby: the text layer and the drawn page may disagree on a word, and the rest still align)."""
    spans: list[tuple[int, int] | None] = []
    position = 0
    for word in words:
        needle = word.text
        found = text.find(needle, position, position + SEARCH_WINDOW + len(needle))
        if found < 0:
            spans.append(None)
            continue
        spans.append((found, found + len(needle)))
        position = found + len(needle)
    return spans


def indices_in_span(text: str, words: tuple[Word, ...] | list[Word], start: int, end: int) -> list[int]:
    """Indices of the words whose characters overlap text[start:end]."""
    return [i for i, span in enumerate(locate(text, words)) if span and span[0] < end and span[1] > start]
