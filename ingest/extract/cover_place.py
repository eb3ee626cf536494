"""The place of a decision-style cover: a regional budget agreement's heading dates its number ("NOMOR : x TANGGAL 31
JULI 2012 TENTANG …") and ends with the cover's place and year ("… TAHUN ANGGARAN SUKAMAJU, TAHUN 2012"); with no
opening or closing line, that place is where it was agreed (weak evidence: 0.6)."""
from __future__ import annotations

import re

# the date right after the number's TANGGAL label
_DATED_NUMBER = re.compile(r"\b(?i:tanggal)[ \t]*:?[ \t]*$")
# the subject's label after the date
_SUBJECT = re.compile(r"[ \t\n]+(?i:tentang)\b")
# the cover's place (one word, in capitals or title case) and year at the end of the subject's line
_PLACE_YEAR = re.compile(r"[ \t\n](?P<place>[A-Z]{3,}|[A-Z][a-z]{2,}),[ \t]*(?i:tahun[ \t]+)?(?P<year>(?:19|20)\d\d)[ \t]*$",
                         re.MULTILINE)
_REACH = 400  # a subject's lines


def heading_place(text: str, date_start: int, date_end: int, year: int) -> tuple[str, int, int] | None:
    """(place, start, end) of the cover's place line below a heading whose number is dated at [date_start, date_end),
    when the line's year is the date's; None otherwise."""
    if not _DATED_NUMBER.search(text, max(0, date_start - 12), date_start):
        return None
    subject = _SUBJECT.match(text, date_end)
    line = _PLACE_YEAR.search(text, subject.end(), subject.end() + _REACH) if subject else None
    if line is None or int(line["year"]) != year or "\n\n" in text[subject.end():line.start()]:
        return None
    place = line["place"]
    return (place.title() if place.isupper() else place), line.start("place"), line.end("place")
