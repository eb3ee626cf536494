"""A cover's dateline, where the signing place may stand when nothing else names it: month and year ("Tirtapura, Mei
2021"), as OCR runs a cover page into one line (it ends the subject it follows; it names the place when the opening
dates the signing in that month), or a year below a decision-style heading that dates its number ("NOMOR : x TANGGAL
31 JULI 2012 TENTANG … SUKAMAJU, TAHUN 2012": a regional budget agreement's cover)."""
from __future__ import annotations

import datetime as dt
import re

from ingest.extract.dates import MONTH, MONTH_NUMBER
from ingest.extract.places import city_of
from ingest.extract.text import Found
from ingest.extract.title_forms import upper_line

# "… ( SISTEM KLAIM ) ‘Tirtapura, Mei 2021": a town in title case (a stray quote mark before it), its month and year
DATELINE = re.compile(rf"(?:^|(?<=\s))[‘'`\"“]?(?P<place>[A-Z][a-z]{{2,}}(?:[ \t][A-Z][a-z]{{2,}})?),[ \t]*"
                      rf"(?P<month>(?i:{MONTH}))[ \t]+(?P<year>(?:19|20)\d\d)\b")


def before_dateline(raw: str) -> str:
    """A subject in capitals without the cover's dateline run in after it (and whatever the cover prints below)."""
    line = DATELINE.search(raw)
    if line and line.start() and upper_line(raw[:line.start()].strip()):
        return raw[:line.start()].rstrip()
    return raw


def cover_place(text: str, head_end: int, signed: dt.date) -> Found | None:
    """The town of a dateline before the heading's end dated the month and year the opening dates the signing in
    (a cover typed for the ceremony): weak evidence (0.7)."""
    for line in DATELINE.finditer(text, 0, head_end):
        month = MONTH_NUMBER.get(line["month"].lower().rstrip("."))
        place = city_of(line["place"])
        if month == signed.month and int(line["year"]) == signed.year and place:
            return Found(place, line.start("place"), line.end("place"), 0.7)
    return None


# the date right after the number's TANGGAL label
_DATED_NUMBER = re.compile(r"\b(?i:tanggal)[ \t]*:?[ \t]*$")
# the subject's label after the date
_SUBJECT = re.compile(r"[ \t\n]+(?i:tentang)\b")
# the cover's place (one word, in capitals or title case) and year at the end of the subject's line
_PLACE_YEAR = re.compile(r"[ \t\n](?P<place>[A-Z]{3,}|[A-Z][a-z]{2,}),[ \t]*(?i:tahun[ \t]+)?(?P<year>(?:19|20)\d\d)[ \t]*$",
                         re.MULTILINE)
_REACH = 400  # a subject's lines


def dated_number_place(text: str, signed: Found) -> Found | None:
    """The place of the cover's "PLACE, TAHUN YYYY" line below a heading whose number is dated by the signing date
    found, when the line's year is that date's: weak evidence (0.6)."""
    if not _DATED_NUMBER.search(text, max(0, signed.start - 12), signed.start):
        return None
    subject = _SUBJECT.match(text, signed.end)
    line = _PLACE_YEAR.search(text, subject.end(), subject.end() + _REACH) if subject else None
    if line is None or int(line["year"]) != signed.value.year or "\n\n" in text[subject.end():line.start()]:
        return None
    place = line["place"]
    return Found(place.title() if place.isupper() else place, line.start("place"), line.end("place"), 0.6)
