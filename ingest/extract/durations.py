"""Terms as agreements write them: "5 (lima) tahun", "1 (satu) tahun 6 (enam) bulan", "five (5) years"."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta

from ingest.extract.numbers import EN_WORDS, WORDS, parse_quantity
from ingest.isodate import IsoDuration

# English words up to the hundreds: "one hundred and eighty (180) calendar days"
_EN_QTY = rf"(?:(?:one|two|three|four|five|six|seven|eight|nine)\s+hundred(?:(?:\s+and)?\s+{EN_WORDS})?|{EN_WORDS})"
_QTY = (rf"(?:(?P<{{n}}d>\d{{{{1,3}}}})(?:\s*\(\s*(?P<{{n}}p>{WORDS}|{_EN_QTY})\s*\))?"
        rf"|(?P<{{n}}w>{WORDS}|{_EN_QTY})(?:\s*\(\s*(?P<{{n}}q>\d{{{{1,3}}}})\s*\))?)")
_UNIT = r"(?P<{n}u>tahun|bulan|minggu|hari(?:\s+kalender)?|years?|months?|weeks?|(?:calendar\s+)?days?)\b(?:\(s\))?"  # "year(s)"


def _part(name: str, half: str = "") -> str:
    return _QTY.format(n=name) + half + r"\s*" + _UNIT.format(n=name)


# "three and a half years" (a half of a year: six months), "2½ years"
_HALF = r"(?P<half>\s+and\s+a\s+half|\s*½)?"
DURATION_RE = re.compile(
    rf"(?<![\w/]){_part('a', _HALF)}(?:\s*(?:,|dan|and)?\s*{_part('b')})?(?:\s*(?:,|dan|and)?\s*{_part('c')})?",
    re.IGNORECASE)


_YEAR_AFTER = re.compile(r"\s*\d{4}\b")


@dataclass(frozen=True)
class DurationHit:
    start: int
    end: int
    duration: IsoDuration
    consistent: bool  # digits and words, when both are written, agree


_UNIT_FIELD = {"tahun": "years", "year": "years", "bulan": "months", "month": "months", "hari": "days",
               "day": "days", "minggu": "weeks", "week": "weeks"}


def _unit(text: str) -> str:
    word = text.lower().split()[-1] if text.lower().split()[-1] not in ("kalender",) else text.lower().split()[0]
    word = word.rstrip("s") if word.endswith("s") and word != "days" else word
    word = "day" if word == "days" else word
    return _UNIT_FIELD[word]


def _read(match: re.Match) -> tuple[IsoDuration, bool] | None:
    parts = {"years": 0, "months": 0, "days": 0}
    consistent = True
    for name in "abc":
        if not match[f"{name}u"]:
            continue
        digits = match[f"{name}d"] or match[f"{name}q"]
        words = match[f"{name}w"] or match[f"{name}p"]
        number = int(digits) if digits else None
        spelled = parse_quantity(words) if words else None
        if number is not None and spelled is not None and number != spelled:
            # "8 (tiga) tahun": the words prevail, as in a legal text; OCR misreads a digit as another (3 -> 8), a
            # misread word reads as no number at all
            consistent, number = False, None
        value = number if number is not None else spelled
        if value is None:
            return None
        unit = _unit(match[f"{name}u"])
        if name == "a" and match["half"]:
            if unit != "years":
                return None  # half a month or a day: no whole unit to count it in
            parts["months"] += 6
        if unit == "weeks":
            parts["days"] += 7 * value
        else:
            parts[unit] += value
    if parts["days"] and (parts["years"] or parts["months"]):
        consistent = False  # "1 tahun 10 hari" is unusual enough to lower confidence
    return IsoDuration(**parts), consistent


def find_durations(text: str) -> list[DurationHit]:
    """Every written length of time in the text, with its span."""
    hits = []
    for match in DURATION_RE.finditer(text):
        if _YEAR_AFTER.match(text, match.end()):
            continue  # "Nomor 23 Tahun 2014" names a law, not a term
        read = _read(match)
        if read and read[0] != IsoDuration():
            hits.append(DurationHit(match.start(), match.end(), read[0], read[1]))
    return hits


def between(start: dt.date, end: dt.date) -> IsoDuration | None:
    """The term a date range states, its last day included: whole years and months when the range is, else days
    ("1 Januari 2024 sampai dengan 31 Desember 2026" -> P3Y; 19 Maret to 16 Juli -> P120D)."""
    if end < start:
        return None
    months = (end.year - start.year) * 12 + end.month - start.month
    for count in (months, months - 1, months + 1):
        if count > 0 and IsoDuration(years=count // 12, months=count % 12).end_from(start) == end:
            return IsoDuration(years=count // 12, months=count % 12)
    if months % 12 == 0 and months and start + relativedelta(years=months // 12) == end:
        return IsoDuration(years=months // 12)  # "1 Februari 2023 – 1 Februari 2025": whole years, the anniversary included
    return IsoDuration(days=(end - start).days + 1)


def parse_duration(text: str) -> IsoDuration | None:
    """The first length of time written in the text, or None."""
    hits = find_durations(text)
    return hits[0].duration if hits else None

