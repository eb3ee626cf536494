"""A subject in capitals that a gerund opens right below the kind's heading, with no label before it (a Philippine
barangay's memorandum, headed as its resolutions are):

    MEMORANDUM OF UNDERSTANDING
    DESIGNATING VOLUNTEERS FROM X ASSOCIATION TO
    ESTABLISH COMMUNITY GARDENS AT SITIO Y, BARANGAY Z and PARTICIPATION
    IN THE W PROGRAM.
    WHEREAS, …

The subject runs from the line after the kind's to the line ending in a full stop, or up to the recitals or a blank
line; its lines are in capitals (a small joining word in lower case allowed: "and"). The gerund is one of the verbs
such headings open with ("DESIGNATING", "ESTABLISHING", "AUTHORIZING" …), never any word ending in -ING (a party's
place: "WYOMING", "BEIJING"). A subject naming the parties ("… BETWEEN A AND B") is the heading's list, not this."""
from __future__ import annotations

import re

_GERUNDS = ("DESIGNATING|ESTABLISHING|PROVIDING|AUTHORIZING|AUTHORISING|GRANTING|ADOPTING|CREATING|INSTITUTIONALIZING|"
            "STRENGTHENING|IMPLEMENTING|PROMOTING|ENHANCING|SUPPORTING|FORMALIZING|APPROVING|ENTRUSTING|ASSIGNING|"
            "DEPUTIZING|DEFINING|GOVERNING|REGULATING|ORGANIZING|DEVELOPING|CONDUCTING|UNDERTAKING|EXTENDING|"
            "TRANSFERRING|DONATING|LENDING|LEASING|SHARING|OPERATING|MAINTAINING|MANAGING|ALLOCATING|DEVOLVING")
_FIRST = re.compile(rf"[ \t]*(?:{_GERUNDS})[ \t]+[A-Z]")
_SMALL = {"and", "of", "the", "for", "to", "in", "at", "on", "with", "sa", "ng"}
_STOP = re.compile(r"[ \t]*(?:WHEREAS|Whereas|KNOW\s+ALL|This\b|THIS\b|WITNESSETH)")
_PARTIES = re.compile(r"\b(?:BETWEEN|AMONG|AMONGST)\b")
# a finite verb: a sentence in capitals, no heading's subject ("IMPLEMENTING GUIDELINES ARE ATTACHED AS ANNEX A")
_FINITE = re.compile(r"\b(?:IS|ARE|WAS|WERE|SHALL|WILL|HAS|HAVE|MAY|MUST)\b")
_MAX_LINES = 6


def _capitals(line: str) -> bool:
    words = re.findall(r"[^\W\d_][\w'’-]*", line)
    return bool(words) and all(word.isupper() or word in _SMALL for word in words) and any(
        word.isupper() for word in words)


def gerund_subject(text: str, kind_end: int) -> tuple[str, int, int] | None:
    """(subject, start, end) of such a subject below the kind's line ending at `kind_end`; None otherwise."""
    line_end = text.find("\n", kind_end)
    if line_end == -1 or text[kind_end:line_end].strip():
        return None  # the kind's line goes on: another form
    start = line_end + 1
    if not _FIRST.match(text, start):
        return None
    cursor, end = start, None
    for _ in range(_MAX_LINES):
        stop = text.find("\n", cursor)
        stop = len(text) if stop == -1 else stop
        line = text[cursor:stop]
        if not line.strip() or _STOP.match(line) or not _capitals(line):
            end = cursor - 1
            break
        if line.rstrip().endswith("."):
            end = cursor + len(line.rstrip()) - 1
            break
        cursor = stop + 1
    if end is None or end <= start:
        return None
    subject = " ".join(text[start:end].split()).rstrip(" ,;:")
    if _PARTIES.search(subject) or _FINITE.search(subject) or len(subject.split()) < 3:
        return None
    return subject, start, start + len(text[start:end].rstrip())
