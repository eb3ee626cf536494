"""A table of contents before the opening ("CONTENTS" / "1. DEFINITIONS 4" / … / "ANNEX "E" - STUDY REPORT 111"): its
entries name articles and annexes, never the document's kind, parties or subject."""
from __future__ import annotations

import re

_HEADING = re.compile(r"^[ \t]*(?:(?:table[ \t]+of[ \t]+)?contents|daftar[ \t]+isi)[ \t]*$", re.IGNORECASE | re.MULTILINE)
_PAGE_NUMBER = re.compile(r"[ \t]\d{1,3}[ \t]*$")


def contents_span(text: str, limit: int = 4000) -> tuple[int, int] | None:
    """(start, end) of a table of contents near the top: from its heading to its last entry ending in a page number,
    before the first line of prose (a line mostly in lower case)."""
    heading = _HEADING.search(text, 0, limit)
    if heading is None:
        return None
    end = heading.end()
    offset = heading.end() + 1
    for line in text[offset:].split("\n"):
        letters = [char for char in line if char.isalpha()]
        if len(letters) >= 12 and sum(char.islower() for char in letters) > len(letters) / 2:
            break  # prose: the opening
        if _PAGE_NUMBER.search(line):
            end = offset + len(line)
        offset += len(line) + 1
    return heading.start(), end


def without_contents(text: str) -> str:
    """The text with its table of contents blanked (the same length: offsets hold)."""
    span = contents_span(text)
    if span is None:
        return text
    start, end = span
    return text[:start] + re.sub(r"[^\n]", " ", text[start:end]) + text[end:]
