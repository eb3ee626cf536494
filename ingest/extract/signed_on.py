"""A closing that dates the signing before naming its place: "This Agreement is signed on 5 May 2021 in Sukamaju.",
"… ditandatangani pada tanggal 12 Juni 2023 di Sukamaju", "… ditandatangani oleh PARA PIHAK pada hari Senin tanggal
dua belas bulan Juni tahun dua ribu dua puluh tiga di Sukamaju"; a charter's "Chartered, subscribed and sworn this
twentieth day of August, 1996", its ordinal day perhaps damaged by the scan ("twentietfy": read as the one ordinal
two letters from it, kind "repaired", for the caller to read weakly)."""
from __future__ import annotations

import datetime as dt
import re

from ingest.extract.dates import MONTH, DateHit, english_ordinals, find_dates, month_number, within_two_edits

# "… ditandatangani oleh PARA PIHAK pada hari Kamis tanggal dua puluh enam bulan Desember tahun … di X": the signers
# and the weekday between the verb and the date
_SIGNED_ON = re.compile(r"\b(?:(?:signed|ditandatangani)(?:\s+oleh\s+(?:para\s+pihak|kedua\s+belah\s+pihak))?\s+"
                        r"(?:on|pada(?:\s+hari\s+(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)\s*,?)?"
                        r"(?:\s+tanggal)?)|sworn\s+(?:on|this))\s+", re.IGNORECASE)  # ("subscribed and sworn this …")
_AT = re.compile(r"[ \t]*,?\s*(?:in|at|di)\s+(?=[A-Z])")
# "twentietfy day of August, 1996": an ordinal day the scan damaged, the rest of the date whole
_DAMAGED_DAY = re.compile(rf"(?P<word>[a-z]{{5,14}})\s+day\s+of\s+(?P<m>{MONTH}),?\s+(?P<y>(?:19|20)\d\d)(?!\d)",
                          re.IGNORECASE)


def _damaged_day(text: str, start: int) -> DateHit | None:
    """The date at `start` whose ordinal day word is none but lies two letters or less from exactly one ordinal."""
    match = _DAMAGED_DAY.match(text, start)
    if match is None:
        return None
    near = [number for word, number in english_ordinals().items() if within_two_edits(match["word"].lower(), word)]
    month = month_number(match["m"])
    if len(near) != 1 or month is None:
        return None
    try:
        date = dt.date(int(match["y"]), month, near[0])
    except ValueError:
        return None
    return DateHit(match.start(), match.end(), date, "repaired")


def signed_on(text: str, start: int) -> list[tuple[int, DateHit, int | None]]:
    """Each such phrase after `start`: (where the phrase starts, the date right after it with its span in the text,
    where the place after the date starts, or None when no place follows)."""
    found = []
    for phrase in _SIGNED_ON.finditer(text, start):
        hits = find_dates(text[phrase.end():phrase.end() + 80])
        if not hits or hits[0].start != 0:
            damaged = _damaged_day(text[:phrase.end() + 80], phrase.end())
            if damaged:
                found.append((phrase.start(), damaged, None))
            continue
        hit = hits[0]
        date = DateHit(phrase.end() + hit.start, phrase.end() + hit.end, hit.date, hit.kind, hit.checked, hit.disputed)
        at = _AT.match(text, date.end)
        found.append((phrase.start(), date, at.end() if at else None))
    return found
