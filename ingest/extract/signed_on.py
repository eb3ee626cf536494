"""A closing that dates the signing before naming its place: "This Agreement is signed on 5 May 2021 in Sukamaju.",
"… ditandatangani pada tanggal 12 Juni 2023 di Sukamaju", "… ditandatangani oleh PARA PIHAK pada hari Senin tanggal
dua belas bulan Juni tahun dua ribu dua puluh tiga di Sukamaju"."""
from __future__ import annotations

import re

from ingest.extract.dates import DateHit, find_dates

# "… ditandatangani oleh PARA PIHAK pada hari Kamis tanggal dua puluh enam bulan Desember tahun … di X": the signers
# and the weekday between the verb and the date
_SIGNED_ON = re.compile(r"\b(?:signed|ditandatangani)(?:\s+oleh\s+(?:para\s+pihak|kedua\s+belah\s+pihak))?\s+"
                        r"(?:on|pada(?:\s+hari\s+(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)\s*,?)?"
                        r"(?:\s+tanggal)?)\s+", re.IGNORECASE)
_AT = re.compile(r"[ \t]*,?\s*(?:in|at|di)\s+(?=[A-Z])")


def signed_on(text: str, start: int) -> list[tuple[int, DateHit, int | None]]:
    """Each such phrase after `start`: (where the phrase starts, the date right after it with its span in the text,
    where the place after the date starts, or None when no place follows)."""
    found = []
    for phrase in _SIGNED_ON.finditer(text, start):
        hits = find_dates(text[phrase.end():phrase.end() + 80])
        if not hits or hits[0].start != 0:
            continue
        hit = hits[0]
        date = DateHit(phrase.end() + hit.start, phrase.end() + hit.end, hit.date, hit.kind, hit.checked, hit.disputed)
        at = _AT.match(text, date.end)
        found.append((phrase.start(), date, at.end() if at else None))
    return found
