"""A cover's dateline of month and year ("Tirtapura, Mei 2021"), as OCR runs a cover page into one line: it ends the
subject it follows, and names the signing place when the opening dates the signing in that month without a place."""
from __future__ import annotations

import datetime as dt
import re

from ingest.extract.dates import MONTH, MONTH_NUMBER
from ingest.extract.places import city_of
from ingest.extract.signing import Found

# "… ( SISTEM KLAIM ) ‘Tirtapura, Mei 2021": a town in title case (a stray quote mark before it), its month and year
DATELINE = re.compile(rf"(?:^|(?<=\s))[‘'`\"“]?(?P<place>[A-Z][a-z]{{2,}}(?:[ \t][A-Z][a-z]{{2,}})?),[ \t]*"
                      rf"(?P<month>(?i:{MONTH}))[ \t]+(?P<year>(?:19|20)\d\d)\b")


def before_dateline(raw: str, upper) -> str:
    """A subject in capitals without the cover's dateline run in after it (and whatever the cover prints below)."""
    line = DATELINE.search(raw)
    if line and line.start() and upper(raw[:line.start()].strip()):
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
