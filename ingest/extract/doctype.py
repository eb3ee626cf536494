"""The kind of document (KB, PKS, MOU, LOI, ADDENDUM, OTHER) from its title block, never its file name."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.extract import nlp
from ingest.extract.text import smart_title

# Where the heading proper ends: the parties, the numbers, the subject or the opening paragraph.
_HEADING_END = re.compile(r"^\s*(?:antara|between|nomor|number|no\.|tentang|concerning|regarding|pada hari)\b",
                          re.IGNORECASE | re.MULTILINE)
_OPENING = re.compile(r"\b(?:pada\s+hari\s+ini|pada\s+hari|yang\s+bertanda\s+tangan|on\s+this\s+day|"
                      r"the\s+undersigned)\b|^\s*(?:pasal|article|bab)\s+(?:1|I)\b", re.IGNORECASE | re.MULTILINE)
_WEAK = {"perjanjian", "keputusan", "peraturan", "evaluasi", "report", "laporan", "mou"}


@dataclass(frozen=True)
class Kind:
    doc_type: str
    start: int
    end: int
    confidence: float


def head_end(text: str, limit: int = 4000) -> int:
    """Offset where the title block ends (the opening paragraph or the first article)."""
    match = _OPENING.search(text, 0, limit)
    return match.start() if match else min(len(text), limit)


def classify(text: str) -> Kind:
    """The document kind from the title block of the cleaned text (offsets into that text)."""
    head = text[:head_end(text)]
    heading = head[:_heading_stop(head)]
    for region, confidence in ((heading, 0.95), (head, 0.8), (text[:3000], 0.6)):
        found = nlp.heading_kinds(region)
        strong = [hit for hit in found if region[hit[0]:hit[1]].lower() not in _WEAK]
        if strong:
            start, end, kind = strong[0]
            return Kind(kind, start, end, confidence)
        if found:
            start, end, kind = found[0]
            return Kind(kind, start, end, confidence - 0.2)
    return Kind("OTHER", 0, 0, 0.5)


def _heading_stop(head: str) -> int:
    """End of the heading lines: the first ANTARA/NOMOR/TENTANG line after some heading text."""
    for match in _HEADING_END.finditer(head):
        if head[:match.start()].strip():
            return match.start()
    return len(head)


_TENTANG = re.compile(r"^[ \t]*(?:tentang|concerning|regarding|on|about|mengenai)\b[ \t]*:?[ \t]*", re.IGNORECASE | re.MULTILINE)
_TITLE_STOP = re.compile(r"^[ \t]*(?:nomor|number|no\.|antara|between|pada\s+hari|on|concerning|regarding|"
                         r"tentang|about)\b|^[ \t]*$|^[ \t]*[\[(]?[A-Z ]*(?:MEMORANDUM|AGREEMENT|UNDERSTANDING)",
                         re.IGNORECASE | re.MULTILINE)


def find_title(text: str, head: int) -> tuple[str, int, int] | None:
    """The subject after TENTANG (or ON/CONCERNING) in the title block: (title, start, end)."""
    match = _TENTANG.search(text, 0, head)
    if not match:
        return None
    start = match.end()
    if not text[start:text.find("\n", start) if "\n" in text[start:] else len(text)].strip():
        start = text.find("\n", start) + 1  # subject on the lines below a bare TENTANG
    first_line_end = text.find("\n", start)
    stop = _TITLE_STOP.search(text, first_line_end if first_line_end != -1 else head, head)
    end = stop.start() if stop else head
    raw = text[start:end].strip()
    raw = re.split(r"\s/\s|\n[ \t]*/", raw)[0]  # "TENTANG X / ON Y": the Indonesian half
    title = " ".join(raw.split()).strip(" :;,")
    if not title or len(title) > 300:
        return None
    return (smart_title(title) if title.isupper() else title), start, start + len(raw.rstrip())
