"""How long an agreement runs: the clause text and the truth it implies (start, duration, end)."""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta

from arsip.samplegen.words import date_any, date_en, date_id, duration_en, duration_id
from ingest.isodate import IsoDuration, end_of_term


@dataclass(frozen=True)
class Term:
    effective: dt.date
    duration: str | None  # ISO 8601 as stated, None when only an end date is stated (the truth then holds the range's)
    end: dt.date
    text: str  # the Indonesian clause
    text_en: str = ""


def end_of(start: dt.date, years: int, months: int, days: int) -> dt.date:
    """start + duration - 1 day: a 5-year term from 2023-08-24 ends on 2028-08-23."""
    return end_of_term(start, IsoDuration(years=years, months=months, days=days))


def implied_duration(start: dt.date, end: dt.date) -> str:
    """The duration a range from start to end (both included) states: whole years and months when it is, else days."""
    months = (end.year - start.year) * 12 + end.month - start.month
    for count in (months, months - 1, months + 1):
        if count > 0 and end_of(start, count // 12, count % 12, 0) == end:
            return IsoDuration(years=count // 12, months=count % 12).iso()
    return IsoDuration(days=(end - start).days + 1).iso()


def pick_amount(rng: random.Random, doc_type: str, long_lived: bool) -> tuple[int, int, int]:
    """A term length in the ranges each kind of agreement uses."""
    pick = rng.random()
    if long_lived and pick < 0.5:
        return rng.choice([10, 15, 20, 25, 30]), 0, 0
    if doc_type == "LOI":
        return (1, 0, 0) if pick < 0.5 else (0, rng.choice([6, 12]), 0)
    if doc_type == "PKS":
        if pick < 0.15:
            return 0, 0, rng.choice([60, 90, 120, 180])
        if pick < 0.35:
            return 0, rng.choice([6, 12, 18, 24, 36]), 0
        if pick < 0.5:
            return rng.choice([1, 2]), 6, 0
        return rng.choice([1, 2, 3, 3, 5]), 0, 0
    if pick < 0.15:
        return 0, rng.choice([12, 18, 24, 36]), 0
    if pick < 0.25:
        return rng.choice([1, 2]), 6, 0
    return rng.choice([2, 3, 5, 5, 5]), 0, 0


def choose(rng: random.Random, doc_type: str, signed: dt.date, name: str, long_lived: bool = False,
           bilingual: bool = False) -> Term:
    """A Jangka Waktu clause: from signing or a stated date; a duration, an end date, or both."""
    years, months, days = pick_amount(rng, doc_type, long_lived)
    from_signing = rng.random() < 0.65
    effective = signed
    if not from_signing:
        effective = rng.choice([dt.date(signed.year + 1, 1, 1) if signed.month > 9 else dt.date(signed.year, signed.month, 1)
                                + relativedelta(months=1), signed + dt.timedelta(days=rng.randrange(1, 45))])
    end = end_of(effective, years, months, days)
    words_only = rng.random() < 0.2
    amount = duration_id(years, months, days, rng, words_only)
    renew = rng.choice([" dan dapat diperpanjang atas kesepakatan PARA PIHAK",
                        " dan dapat diperpanjang sesuai dengan kesepakatan PARA PIHAK secara tertulis", ""])
    start_text = ("terhitung sejak tanggal ditandatangani" if from_signing
                  else f"terhitung mulai tanggal {date_id(effective)}")
    shape = rng.random()
    if shape < 0.6:
        text = f"{name} ini berlaku untuk jangka waktu {amount} {start_text}{renew}."
        term = Term(effective, IsoDuration(years=years, months=months, days=days).iso(), end, text)
    elif shape < 0.8:
        start = "sejak tanggal ditandatangani" if from_signing else f"sejak tanggal {date_id(effective)}"
        text = f"{name} ini berlaku {start} sampai dengan tanggal {date_id(end)}{renew}."
        term = Term(effective, None, end, text)
    else:
        text = (f"Jangka waktu {name} ini adalah {amount}, {start_text} sampai dengan tanggal "
                f"{date_any(end, rng)}{renew}.")
        term = Term(effective, IsoDuration(years=years, months=months, days=days).iso(), end, text)
    if bilingual:
        start_en = "from the date of signing" if from_signing else f"from {date_en(effective)}"
        if term.duration:
            text_en = (f"This Memorandum of Understanding shall be valid for a period of "
                       f"{duration_en(years, months, days)} {start_en} and may be extended by mutual consent.")
        else:
            text_en = f"This Memorandum of Understanding shall be valid {start_en} until {date_en(end, True)}."
        term = Term(term.effective, term.duration, term.end, term.text, text_en)
    return term


def extension(rng: random.Random, old_end: dt.date, name: str) -> Term:
    """An addendum's new term: extended from the day after the old end, by a duration or to a date."""
    years, months, days = rng.choice([(1, 0, 0), (2, 0, 0), (3, 0, 0), (5, 0, 0), (0, 6, 0), (0, 18, 0), (1, 6, 0)])
    start = old_end + dt.timedelta(days=1)
    end = end_of(start, years, months, days)
    amount = duration_id(years, months, days, rng, rng.random() < 0.25)
    if rng.random() < 0.6:
        text = (f"Jangka waktu {name} diperpanjang untuk jangka waktu {amount} terhitung mulai tanggal "
                f"{date_id(start)}.")
        return Term(start, IsoDuration(years=years, months=months, days=days).iso(), end, text)
    text = f"Jangka waktu {name} diperpanjang terhitung mulai tanggal {date_id(start)} sampai dengan tanggal {date_id(end)}."
    return Term(start, None, end, text)
