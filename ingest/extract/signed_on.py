"""A closing that dates the signing before naming its place: "This Agreement is signed on 5 May 2021 in Sukamaju.",
"… ditandatangani pada tanggal 12 Juni 2023 di Sukamaju", "… ditandatangani oleh PARA PIHAK pada hari Senin tanggal
dua belas bulan Juni tahun dua ribu dua puluh tiga di Sukamaju"; a charter's "Chartered, subscribed and sworn this
twentieth day of August, 1996", its ordinal day perhaps damaged by the scan ("twentietfy": read as the one ordinal
two letters from it, kind "repaired", for the caller to read weakly)."""
from __future__ import annotations

import datetime as dt
import re

from ingest.extract.dates import MONTH, DateHit, english_ordinals, find_dates, month_number, within_two_edits
from ingest.extract.numbers import EN_TENS, EN_UNITS

# "… ditandatangani oleh PARA PIHAK pada hari Kamis tanggal dua puluh enam bulan Desember tahun … di X": the signers
# and the weekday between the verb and the date
_SIGNED_ON = re.compile(r"\b(?:(?:signed|ditandatangani)(?:\s+oleh\s+(?:para\s+pihak|kedua\s+belah\s+pihak))?\s+"
                        r"(?:on|pada(?:\s+hari\s+(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)\s*,?)?"
                        r"(?:\s+tanggal)?)|(?P<sworn>(?:subscribed\s+and\s+)?sworn\s+(?:on|this)))\s+",
                        re.IGNORECASE)  # ("subscribed and sworn this …")
# what may stand before a charter's "subscribed and sworn" in its sentence: participles of its own ("Chartered, ",
# "Signed, sealed and "); anything else ("the affidavit sworn on …", "the first charter, subscribed and sworn this …")
# makes the phrase tell of another paper's swearing
_OWN_SWEARING = re.compile(r"[ \t\n]*(?:[A-Za-z]+ed[ \t\n]*,?[ \t\n]*(?:and[ \t\n]+)?)*")
_SENTENCE_END = re.compile(r"[.!?;:\n](?=[^.!?;:\n]*$)")
_AT = re.compile(r"[ \t]*,?\s*(?:in|at|di)\s+(?=[A-Z])")
# "twentietfy day of August, 1996": an ordinal day the scan damaged, the rest of the date whole
_DAMAGED_DAY = re.compile(rf"(?P<word>[a-z]{{5,14}})\s+day\s+of\s+(?P<m>{MONTH}),?\s+(?P<y>(?:19|20)\d\d)(?!\d)",
                          re.IGNORECASE)


def _damaged_day(text: str, start: int) -> DateHit | None:
    """The date at `start` whose ordinal day word is none but lies two letters or less from exactly one ordinal (a
    number word is itself no damage: "thirty" is two letters from "third")."""
    match = _DAMAGED_DAY.match(text, start)
    if match is None or match["word"].lower() in EN_TENS or match["word"].lower() in EN_UNITS:
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
        if phrase["sworn"] and not _own_swearing(text, phrase.start()):
            continue
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


def _own_swearing(text: str, position: int) -> bool:
    """Whether the swearing phrase at `position` opens its sentence (after its own participles at most)."""
    window = text[max(0, position - 80):position]
    end = _SENTENCE_END.search(window)
    if end is None and position > 80:
        return False  # (a sentence running on longer: a clause inside it)
    return bool(_OWN_SWEARING.fullmatch(window[end.end() if end else 0:]))
