"""Character error rate between a page's source text and what OCR read back (for tests and bench)."""
from __future__ import annotations


def normalise(text: str) -> str:
    """One space between words: line breaks and layout spacing are not OCR errors."""
    return " ".join(text.split())


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance (insertions, deletions, substitutions), two rows at a time."""
    if len(a) < len(b):
        a, b = b, a
    previous = list(range(len(b) + 1))
    for i, char in enumerate(a, start=1):
        current = [i]
        append = current.append
        for j, other in enumerate(b, start=1):
            cost = previous[j - 1] + (char != other)
            up = previous[j] + 1
            left = current[j - 1] + 1
            append(cost if cost < up and cost < left else (up if up < left else left))
        previous = current
    return previous[-1]


def cer(reference: str, hypothesis: str) -> float:
    """Edits needed to turn the OCR text into the source, per source character (whitespace normalised)."""
    reference, hypothesis = normalise(reference), normalise(hypothesis)
    if not reference:
        return 0.0 if not hypothesis else 1.0
    return edit_distance(reference, hypothesis) / len(reference)
