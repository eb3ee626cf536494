"""Numbers and dates written out the ways agreements write them (Indonesian and English)."""
from __future__ import annotations

import datetime as dt
import random

_ID_UNITS = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh",
             "sebelas"]
_EN_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
             "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_EN_ORDINAL = {"one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth",
               "nine": "ninth", "twelve": "twelfth"}

MONTHS_ID = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
             "November", "Desember"]
MONTHS_ID_ABBR = [["Jan"], ["Feb", "Peb"], ["Mar"], ["Apr"], ["Mei"], ["Jun"], ["Jul"], ["Agt", "Ags", "Agu"],
                  ["Sep", "Sept"], ["Okt"], ["Nov", "Nop"], ["Des"]]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
DAYS_ID = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
ORDINAL_ID = ["", "PERTAMA", "KEDUA", "KETIGA", "KEEMPAT", "KELIMA"]


def id_words(n: int) -> str:
    """Indonesian words for 0 <= n < 1,000,000 ("dua ribu dua puluh tiga")."""
    if n < 12:
        return _ID_UNITS[n]
    if n < 20:
        return f"{_ID_UNITS[n - 10]} belas"
    if n < 100:
        tens, rest = divmod(n, 10)
        return f"{_ID_UNITS[tens]} puluh" + (f" {_ID_UNITS[rest]}" if rest else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        head = "seratus" if hundreds == 1 else f"{_ID_UNITS[hundreds]} ratus"
        return head + (f" {id_words(rest)}" if rest else "")
    thousands, rest = divmod(n, 1000)
    head = "seribu" if thousands == 1 else f"{id_words(thousands)} ribu"
    return head + (f" {id_words(rest)}" if rest else "")


def en_words(n: int) -> str:
    """English words for 0 <= n < 10,000 ("two thousand twenty-three")."""
    if n < 20:
        return _EN_UNITS[n]
    if n < 100:
        tens, rest = divmod(n, 10)
        return _EN_TENS[tens] + (f"-{_EN_UNITS[rest]}" if rest else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        return f"{_EN_UNITS[hundreds]} hundred" + (f" and {en_words(rest)}" if rest else "")
    thousands, rest = divmod(n, 1000)
    return f"{en_words(thousands)} thousand" + (f" {en_words(rest)}" if rest else "")


def en_ordinal(n: int) -> str:
    """English ordinal words for 1..31 ("twenty-fourth")."""
    words = en_words(n)
    head, _, last = words.rpartition("-")
    if last in _EN_ORDINAL:
        last = _EN_ORDINAL[last]
    elif last.endswith("y"):
        last = last[:-1] + "ieth"
    else:
        last += "th"
    return f"{head}-{last}" if head else last


def with_words(n: int) -> str:
    """The legal style "5 (lima)"."""
    return f"{n} ({id_words(n)})"


def date_id(day: dt.date) -> str:
    """24 Agustus 2023."""
    return f"{day.day} {MONTHS_ID[day.month - 1]} {day.year}"


def date_en(day: dt.date, american: bool = False) -> str:
    """24 August 2023, or August 24, 2023."""
    if american:
        return f"{MONTHS_EN[day.month - 1]} {day.day}, {day.year}"
    return f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"


def date_numeric(day: dt.date, rng: random.Random) -> str:
    """One of the numeric formats clerks type: 24-08-2023, 24/08/2023, 24.08.2023, 24/8/2023."""
    style = rng.randrange(4)
    if style == 0:
        return f"{day.day:02d}-{day.month:02d}-{day.year}"
    if style == 1:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    if style == 2:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"{day.day}/{day.month}/{day.year}"


def date_abbr(day: dt.date, rng: random.Random) -> str:
    """24 Agt 2023 or 24 Agt. 2023."""
    month = rng.choice(MONTHS_ID_ABBR[day.month - 1])
    return f"{day.day} {month}{rng.choice(['', '.'])} {day.year}"


def date_any(day: dt.date, rng: random.Random) -> str:
    """A date as it may appear under a signature place: long, numeric or abbreviated."""
    pick = rng.random()
    if pick < 0.55:
        return date_id(day)
    if pick < 0.8:
        return date_numeric(day, rng)
    return date_abbr(day, rng)


def opening_id(day: dt.date, rng: random.Random) -> str:
    """The opening's date: "hari Kamis tanggal dua puluh empat bulan Agustus tahun dua ribu dua puluh tiga"."""
    weekday = DAYS_ID[day.weekday()]
    words = (f"{weekday} tanggal {id_words(day.day)} bulan {MONTHS_ID[day.month - 1]} "
             f"tahun {id_words(day.year)}")
    style = rng.randrange(4)
    if style == 0:
        return words
    if style == 1:
        return f"{words} ({day.day:02d}-{day.month:02d}-{day.year})"
    if style == 2:
        return f"{words} ({date_id(day)})"
    return f"{weekday}, tanggal {date_id(day)}"


def opening_en(day: dt.date) -> str:
    """"Thursday, the twenty-fourth day of August in the year two thousand twenty-three"."""
    return (f"{DAYS_EN[day.weekday()]}, the {en_ordinal(day.day)} day of {MONTHS_EN[day.month - 1]} "
            f"in the year {en_words(day.year)}")


def duration_id(years: int, months: int, days: int, rng: random.Random, words_only: bool) -> str:
    """"5 (lima) tahun", "lima tahun", "1 (satu) tahun 6 (enam) bulan", "90 (sembilan puluh) hari kalender"."""
    parts = []
    for amount, unit in ((years, "tahun"), (months, "bulan"), (days, "hari")):
        if amount:
            parts.append(f"{id_words(amount) if words_only else with_words(amount)} {unit}")
    text = " ".join(parts)
    if days and not years and not months and rng.random() < 0.5:
        text += " kalender"
    return text


def duration_en(years: int, months: int, days: int) -> str:
    """"5 (five) years"."""
    parts = []
    for amount, unit in ((years, "year"), (months, "month"), (days, "day")):
        if amount:
            parts.append(f"{amount} ({en_words(amount)}) {unit}{'s' if amount > 1 else ''}")
    return " and ".join(parts)
