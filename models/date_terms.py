"""Dates as searchable tokens: every written form of a date becomes the same word in the index and the query.

At index time the dates an agreement states (signing, start, end) and every date its pages mention, in any
form the extractor's date reader knows ("16 Mei 2019", "16-05-2019", "2019-05-16", "tanggal enam belas bulan
Mei tahun dua ribu sembilan belas", "May 16, 2019"), become `tgl20190516` and `bln201905`. At search time a
date in the query, in any of those forms, or a month ("Mei 2019", "05/2019"), becomes the same token, so
the forms find each other. Typo tolerance is off on the attributes that hold these tokens.

Only the pure date reader (`ingest.extract.dates`, regular expressions) is used here: no spaCy.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ingest.extract.dates import MONTH, MONTH_NAMES, MONTH_NUMBER, find_dates
from ingest.isodate import date_words, parse_date

_NAMED_MONTH = re.compile(rf"(?<![\w/.-])(?:bulan\s+)?(?P<m>{MONTH}),?\s+(?:tahun\s+)?(?P<y>\d{{4}})(?![\w/])",
                          re.IGNORECASE)
_NUMERIC_MONTH = re.compile(r"(?<![\w/.-])(?:(?P<m>\d{1,2})[/-](?P<y>\d{4})|(?P<y2>\d{4})-(?P<m2>\d{1,2}))(?![\w/.-])")


def day_token(day: date) -> str:
    return f"tgl{day:%Y%m%d}"


def month_token(year: int, month: int) -> str:
    return f"bln{year:04d}{month:02d}"


def tokens_of(days) -> list[str]:
    """Day and month tokens of these dates (None skipped), without repeats."""
    out: dict[str, None] = {}
    for day in days:
        if day is not None:
            out[day_token(day)] = None
            out[month_token(day.year, day.month)] = None
    return list(out)


# Every date the reader finds holds one of these (a month's name, digits with separators, "tanggal" before
# digits): the reader runs only on the text around them, far cheaper than on whole pages (3.5 ms a page). The
# month pattern is itself slow (~1 ms a page), so it runs only when a set of the page's words holds a month.
_MONTH_WORD = re.compile(rf"(?<![\w]){MONTH}", re.IGNORECASE)
# The leading digit is outside the alternation: the same matches, four times faster on a page of words.
_DIGITS = re.compile(r"\d(?:\d?\s?[-/.]\s?\d{1,2}\s?[-/.]\s?\d{4}|\d{3}-\d{2}-\d{2})")
_TANGGAL = re.compile(r"tanggal\b(?=[^\n]{0,60}?\d)", re.IGNORECASE)  # "tanggal 25 bulan 05 tahun 2019"
_LETTERS = re.compile(r"[a-z]+")
_MONTH_WORDS = frozenset(MONTH_NUMBER)
WINDOW = 160  # characters around a candidate: more than a spelled-out date reaches on either side of it


def _windows(text: str) -> list[str]:
    patterns = [_DIGITS, _TANGGAL]
    if _MONTH_WORDS.intersection(_LETTERS.findall(text.lower())):
        patterns.append(_MONTH_WORD)
    spans = sorted((max(0, m.start() - WINDOW), min(len(text), m.end() + WINDOW))
                   for pattern in patterns for m in pattern.finditer(text))
    merged: list[list[int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [text[start:end] for start, end in merged]


def text_tokens(text: str) -> list[str]:
    """Tokens of every date a page mentions, in whatever form it is written."""
    return tokens_of(hit.date for window in _windows(text or "") for hit in find_dates(window))


def agreement_tokens(*values: object) -> list[str]:
    """Tokens of an agreement's own dates (ISO strings or dates: signing, start, end)."""
    return tokens_of(parse_date(value) for value in values)


def month_label(year: int, month: int) -> str:
    return f"{MONTH_NAMES[month]} {year}"


@dataclass(frozen=True)
class QueryDate:
    start: int
    end: int
    token: str
    label: str   # how the page shows it: "16 Mei 2019", "Mei 2019"


def _may_hold_date(q: str) -> bool:
    """Whether the reader could find a date or a month in a query: each it reads holds a digit or a month's name (or
    one split by a space: "J uly"). A query of ASCII words with neither, most of them, skips its dozen patterns."""
    if not q.isascii() or any(c.isdigit() for c in q):
        return True
    words = _LETTERS.findall(q.lower())
    return any(word in _MONTH_WORDS or word + after in _MONTH_WORDS for word, after in zip(words, words[1:] + [""]))


def query_dates(q: str) -> list[QueryDate]:
    """The dates and months written in a query, with their spans, first to last."""
    if not _may_hold_date(q):
        return []
    found = [QueryDate(hit.start, hit.end, day_token(hit.date), date_words(hit.date)) for hit in find_dates(q)]

    def free(start: int, end: int) -> bool:
        return all(end <= f.start or start >= f.end for f in found)

    for match in _NAMED_MONTH.finditer(q):
        month, year = MONTH_NUMBER.get(match["m"].lower().rstrip(".")), int(match["y"])
        if month and 1900 <= year <= 2200 and free(match.start(), match.end()):
            found.append(QueryDate(match.start(), match.end(), month_token(year, month), month_label(year, month)))
    for match in _NUMERIC_MONTH.finditer(q):
        month, year = int(match["m"] or match["m2"]), int(match["y"] or match["y2"])
        if 1 <= month <= 12 and 1900 <= year <= 2200 and free(match.start(), match.end()):
            found.append(QueryDate(match.start(), match.end(), month_token(year, month), month_label(year, month)))
    return sorted(found, key=lambda f: f.start)
