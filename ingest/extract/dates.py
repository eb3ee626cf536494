"""Dates as agreements write them: spelled out in words, numeric, abbreviated months, English."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ingest.extract.numbers import EN_TENS, EN_WORDS, WORD, WORDS, WORDS_RE, parse_english, parse_quantity, parse_words, to_words
from ingest.isodate import MONTH_NAMES

# each month's names written out in full: its Indonesian name, then its English one where that differs
MONTHS_IN_FULL = {
    1: ("januari", "january"),
    2: ("februari", "february"),
    3: ("maret", "march"),
    4: ("april",),
    5: ("mei", "may"),
    6: ("juni", "june"),
    7: ("juli", "july"),
    8: ("agustus", "august"),
    9: ("september",),
    10: ("oktober", "october"),
    11: ("november",),
    12: ("desember", "december"),
}
# ... then the old spellings and the short forms a date writes it in
_MONTHS_OTHERWISE = {
    1: ("jan",),
    2: ("pebruari", "feb", "peb", "febr"),
    3: ("mar", "mrt"),
    4: ("apr",),
    5: (),
    6: ("jun",),
    7: ("jul",),
    8: ("agu", "agt", "ags", "agus", "agst", "aug"),
    9: ("sep", "sept"),
    10: ("okt", "oct"),
    11: ("nopember", "nov", "nop"),
    12: ("des", "dec", "dsb"),
}
MONTHS = {number: names + _MONTHS_OTHERWISE[number] for number, names in MONTHS_IN_FULL.items()}
MONTH_NUMBER = {name: number for number, names in MONTHS.items() for name in names}
_MONTH_ALT = "|".join(sorted(MONTH_NUMBER, key=len, reverse=True))
MONTH = rf"(?:{_MONTH_ALT})\b\.?"
# the months' Indonesian names written out in full, old spellings included (a cover's "JUNI 2023", "bulan" / "Juni")
MONTH_WORDS = frozenset(names[0] for names in MONTHS.values()) | {"pebruari", "nopember"}

_PAREN_WORDS = rf"(?:\s*\(\s*{WORDS}\s*\))?"
_PAREN_DIGITS = r"(?:\s*\(\s*\d{1,4}\s*\))?"
DAY = rf"(?:(?P<dd>\d{{1,2}}){_PAREN_WORDS}|(?P<dw>{WORDS}){_PAREN_DIGITS}|\(\s*(?P<dp>{WORDS})\s*\))"  # "(Tiga Puluh)"
YEAR = rf"(?:(?P<yd>\d{{4}}){_PAREN_WORDS}|(?P<yw>{WORDS}){_PAREN_DIGITS})"
_CHECK = (r"(?:\s*\(\s*(?P<check>\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{4}|\d{1,2}\s+"
          rf"(?:{_MONTH_ALT})\.?\s+\d{{4}})\s*\))?")

_SPELLED = re.compile(
    rf"(?:\btanggal\s+)?(?<![\w/.-]){DAY}(?:\s*[-,]\s*|\s+)(?:bulan\s+)?(?P<m>{MONTH})"
    rf"(?:\s*\(\s*\d{{1,2}}\s*\))?(?:\s*[-,]\s*|\s+)"  # "Bulan Februari (2) Tahun ...": the month's digits
    rf"(?:tahun\s+)?{YEAR}{_CHECK}",
    re.IGNORECASE)
_ENGLISH = re.compile(
    rf"(?P<m>{MONTH})\s+(?P<dd>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<yd>\d{{4}})\b", re.IGNORECASE)
_NUMERIC = re.compile(r"(?<![\w/.-])(?P<d>\d{1,2})\s?(?P<sep>[-/.])\s?(?P<m>\d{1,2})\s?(?P=sep)\s?(?P<y>\d{4})(?![\w/])")
# "tanggal Dua Puluh Lima (25) bulan Mei (05) tahun Dua Ribu Sembilan Belas (2019)": when OCR garbled the words, the
# digits in parentheses beside them still give the date; "tanggal 25 bulan 05 tahun 2019" writes no words at all, and
# "tanggal 25 (dua puluh lima) bulan 5 (lima) tahun 2019 (…)" the words after each part's digits; the words may
# run over a line's end ("tahun Dua Ribu Sembilan Belas" / "(2019)"), never over a blank line
_IN_LINES = r"(?:[^()\n]|\n(?![ \t]*\n))"
_PARENTHESISED = re.compile(
    rf"\btanggal\s+(?:{_IN_LINES}{{0,40}}?\(\s*(?P<d>\d{{1,2}})\s*\)|(?P<dn>\d{{1,2}}){_PAREN_WORDS})\s*(?:bulan\s+)?"
    rf"(?:(?P<m>{MONTH})(?:\s*\(\s*\d{{1,2}}\s*\))?|(?:[^()\n\d]|\n(?![ \t]*\n)){{0,20}}\(\s*(?P<mp>\d{{1,2}})\s*\)|"
    rf"(?P<mn>\d{{1,2}}){_PAREN_WORDS})"
    rf"\s*(?:,\s*)?tahun\s+(?:{_IN_LINES}{{0,60}}?\(\s*(?P<y>\d{{4}})\s*\)|(?P<yn>\d{{4}}))", re.IGNORECASE)
# "the 15th day of March 2022", "4th January, 2012", "the 5th of April 2021": English ordinal days
# ("day of. September": a speck OCR read as a dot after "of")
_ORDINAL = re.compile(rf"(?P<dd>\d{{1,2}})(?:st|nd|rd|th)(?:\s+(?:day\s+)?of\.?)?\s+(?P<m>{MONTH}),?\s+(?:in\s+the\s+year\s+)?"
                      rf"(?P<yd>\d{{4}})(?!\d)|(?<![\w/.-])(?P<dn>\d{{1,2}})\s+day\s+of\s+(?P<mn>{MONTH}),?\s+(?P<yn>\d{{4}})(?!\d)",
                      re.IGNORECASE)
# a form's date with its century printed and the rest typed into the blank after it: "this 20th day of September ,
# 19 73" (printed "19__"), its ordinal and "day of" as a scan ran them together ("24tbdayof May , 19 79")
# (never a count after the date, its unit following: "the 10th day of May, 20 21 days after the notice" names no year)
_FORM_CENTURY = re.compile(rf"(?<![\w/.-])(?P<dd>\d{{1,2}})(?:st|nd|rd|t[hb])?[ \t]*day[ \t]*of[ \t]+(?P<m>{MONTH})[ \t]*,?"
                           r"[ \t]+(?P<c>19|20)[ \t]+(?P<y>\d\d)(?![\w/.-]|[ \t]*\d|[ \t]+(?:(?:working|calendar)[ \t]+)?"
                           r"(?:days?|weeks?|months?|years?|hours?|copies|persons|participants|per[ \t]*cent)\b|[ \t]*%)",
                           re.IGNORECASE)
# "the seventeenth day of May in the year two thousand twenty-two": an English opening in words
_EN_ORDINALS = {word: n for n, word in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth".split(), 1)} | {"twentieth": 20, "thirtieth": 30}
_EN_ORDINAL_WORD = (r"(?:(?:twenty|thirty)[ -](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|"
                    + "|".join(sorted(_EN_ORDINALS, key=len, reverse=True)) + ")")
_EN_YEAR = rf"(?:one|two)\s+thousand(?:\s+and)?(?:\s+{EN_WORDS})?|nineteen\s+(?:hundred\s+and\s+)?{EN_WORDS}"
_SPELLED_EN = re.compile(rf"\b(?P<d>{_EN_ORDINAL_WORD})\s+(?:day\s+)?of\s+(?P<m>{MONTH}),?\s+(?:in\s+the\s+year\s+)?"
                         rf"(?:of\s+)?(?:(?P<y>{_EN_YEAR})\b|(?P<yd>\d{{4}})(?!\d))", re.IGNORECASE)
# "November thirtieth, in the year nineteen hundred and ninety five": the month first, the day an ordinal word
_SPELLED_EN_MONTH = re.compile(rf"\b(?P<m>{MONTH})\s+(?:the\s+)?(?P<d>{_EN_ORDINAL_WORD}),?\s+(?:in\s+the\s+year\s+)?"
                               rf"(?:of\s+)?(?:(?P<y>{_EN_YEAR})\b|(?P<yd>\d{{4}})(?!\d))", re.IGNORECASE)
# "5April2021": OCR lost the spaces around a month's name
_GLUED = re.compile(rf"(?<![\w/.-])(?P<dd>\d{{1,2}})[ \t]?(?P<m>(?:{_MONTH_ALT}))[ \t]?(?P<yd>\d{{4}})(?!\d)", re.IGNORECASE)
_ISO = re.compile(r"(?<![\w/.-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\w/])")


@dataclass(frozen=True)
class DateHit:
    start: int
    end: int
    date: dt.date
    kind: str  # spelled | named | english | numeric | iso | repaired
    checked: bool = False  # a parenthesised numeric copy agreed with the words
    disputed: bool = False  # ... or gave another date


def _make(year: int | None, month: int | None, day: int | None) -> dt.date | None:
    if year is None or month is None or day is None or not 1900 <= year <= 2200:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month(text: str) -> int | None:
    return MONTH_NUMBER.get(text.lower().rstrip(".").strip())


def _check_date(text: str) -> dt.date | None:
    numeric = _NUMERIC.search(text)
    if numeric:
        return _make(int(numeric["y"]), int(numeric["m"]), int(numeric["d"]))
    named = re.match(rf"(\d{{1,2}})\s+({_MONTH_ALT})\.?\s+(\d{{4}})", text.strip(), re.IGNORECASE)
    return _make(int(named[3]), _month(named[2]), int(named[1])) if named else None


def english_ordinals() -> dict[str, int]:
    """The ordinal day words of one word ("first" … "nineteenth", "twentieth", "thirtieth") and their days."""
    return dict(_EN_ORDINALS)


def month_number(name: str) -> int | None:
    """A month's number from its name in any of the languages read ("August", "Agustus", "Agt.")."""
    return _month(name)


def within_two_edits(word: str, other: str) -> bool:
    """Whether two words differ by one letter, or by two with the same first letter (the shorter of four or more)."""
    return _one_edit(word, other) or _two_edits(word, other)


def _english_day(word: str) -> int:
    """"seventeenth" -> 17, "twenty-first" -> 21, "thirtieth" -> 30."""
    tens, _, unit = word.lower().replace(" ", "-").rpartition("-")
    return (EN_TENS[tens] if tens else 0) + _EN_ORDINALS[unit]


def _english_year(words: str) -> int:
    """"two thousand and nineteen" -> 2019, "nineteen ninety-three" -> 1993 (the words _EN_YEAR matches)."""
    words = " ".join(words.lower().split())
    if words.startswith("nineteen "):
        return 1900 + (parse_english(words.removeprefix("nineteen ").removeprefix("hundred and ")) or 0)
    thousands, _, rest = words.partition(" thousand")
    return 1000 * (parse_english(thousands) or 0) + (parse_english(rest.removeprefix(" and").strip()) or 0)


# the words of a year running on past an unknown (damaged) word: "Dua Ribu Sembilas Belas (2019)"
_YEAR_CUT = re.compile(r"[ \t\n]+[A-Za-z]+(?:[ \t\n]+[A-Za-z]+)?[ \t\n]*(?<=belas|puluh|ratus)(?:[ \t\n]+[A-Za-z]+)?"
                       r"(?:[ \t\n]*\([ \t]*(?P<digits>(?:19|20)\d\d)[ \t]*\))?", re.IGNORECASE)
# "22 J uly 1990": OCR split a month's name with a space; read as "July  1990" (same length, so spans hold)
_SPLIT_MONTH = re.compile(r"\b(?=[JFMASONDPjfmasondp])(?:" + "|".join(sorted(
    {name[:i] + " " + name[i:] for names in MONTHS.values() for name in names if len(name) >= 4
     for i in range(1, len(name))}, key=len, reverse=True)) + r")\b", re.IGNORECASE)


_NUMBER_WORDS = ("satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas",
                 "seratus", "seribu", "belas", "puluh", "ratus", "ribu")


def _one_edit(word: str, other: str) -> bool:
    """Whether two words differ by one letter changed, added or left out."""
    if abs(len(word) - len(other)) > 1 or word == other:
        return False
    if len(word) == len(other):
        return sum(a != b for a, b in zip(word, other)) == 1
    short, long = sorted((word, other), key=len)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


_UNIT_WORDS = ("satu", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas")


def _two_edits(word: str, other: str) -> bool:
    """Whether two words of the same first letter differ by two letters changed, added or left out ("tanga" and
    "tiga"), the shorter of at least four letters."""
    if word[:1] != other[:1] or min(len(word), len(other)) < 4 or abs(len(word) - len(other)) > 2:
        return False
    row = list(range(len(other) + 1))
    for i, a in enumerate(word, 1):
        previous, row[0] = row[0], i
        for j, b in enumerate(other, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (a != b))
    return row[-1] == 2


def _near_words(token: str) -> list[str]:
    """The number words one letter from `token`, or else the unit words two letters from it ("tanga" -> tiga)."""
    return [word for word in _NUMBER_WORDS if _one_edit(token, word)] or \
        [word for word in _UNIT_WORDS if _two_edits(token, word)]


def _repaired_year(words: str) -> int | None:
    """The year of words with one misspelt number word read as the only number word one letter away from it
    ("Dua Ribu Sembilas Belas" -> 2019); None when no such single reading exists."""
    tokens, repaired = [], 0
    for token in re.findall(r"[A-Za-z]+", words.lower()):
        if WORDS_RE.fullmatch(token):
            tokens.append(token)
            continue
        near = _near_words(token)
        if len(token) < 4 or len(near) != 1 or repaired:
            break
        tokens.append(near[0])
        repaired += 1
    year = parse_words(" ".join(tokens)) if repaired else None
    return year if year and 1900 <= year <= 2100 else None


# "dua ribu dua pulu satu": a misspelt or damaged word right after the year's words cut it short ("dua ribu dua")
_NEXT_WORDS = re.compile(rf"[ \t\n]+(?P<first>[A-Za-z]{{3,}})(?P<more>(?:[ \t\n]+{WORD}\b)*)"
                         r"(?:[ \t\n]*\([ \t]*(?P<digits>(?:19|20)\d\d)[ \t]*\))?", re.IGNORECASE)


def _misspelt_last(words: str, text: str, end: int) -> bool:
    """Whether the last word of a year in words runs on into letters that make it a misspelt number word ("duaa") or
    into the next number word ("ributujuh"), not into another word glued to it ("puluhyang")."""
    rest = re.match(r"[A-Za-z]+", text[end:end + 30])
    last = re.search(r"[A-Za-z]+$", words)
    if rest and _GLUED_WORDS.fullmatch(rest.group()):
        return True  # "dua ributujuh belas": the space before the next number word lost, never "2000"
    return bool(rest and last and any(_one_edit((last.group() + rest.group()).lower(), word) for word in _NUMBER_WORDS))


_GLUED_WORDS = re.compile(rf"(?:{WORD})+", re.IGNORECASE)
# "Dua Ribu' Delapan Belas", "Dua Ribu, Dua Puluh", "sembilan ,puluh tiga": a scan's mark between the year's words (a
# year ending in ribu/ratus, or a word that goes on a number after it): the year is cut, never "2000" or "1909"
_MARKED_NEXT = re.compile(rf"[ \t]*[,.'`|’]+[ \t\n]*(?P<next>{WORD})\b(?:[ \t\n]+{WORD}\b)*"
                          r"(?:[ \t\n]*\([ \t]*(?P<digits>(?:19|20)\d\d)[ \t]*\))?", re.IGNORECASE)
# "Dua Puluh, Delapan bulan Juni": a day's words after a number word and a mark are its end, never the day
_NUMBER_BEFORE = re.compile(rf"(?<![A-Za-z]){WORD}[ \t]*[,.'`|’]+[ \t\n]*$", re.IGNORECASE)


def _marked_next(words: str, text: str, end: int) -> re.Match | None:
    following = _MARKED_NEXT.match(text, end)
    if following and (re.search(r"(?:ribu|ratus)$", words, re.IGNORECASE)
                      or re.fullmatch(r"belas|puluh|ratus|ribu", following["next"], re.IGNORECASE)):
        return following
    return None


_DATE_WORDS_END = re.compile(r"[ \t]*(?:[,.;:(]|\n|$)")


def _near_number_next(words: str, text: str, end: int) -> re.Match | None:
    """The words after a year in words when the first is none but one letter from a number word, or an unknown word
    with number words after it ("dua ribu dua pxyz satu")."""
    following = _NEXT_WORDS.match(text, end)
    if not following or WORDS_RE.fullmatch(following["first"]):
        return None
    first = following["first"].lower()
    near = len(first) >= 4 and (any(_one_edit(first, word) for word in _NUMBER_WORDS) or (
        # "dua ribu tanga,": a unit word two letters off after a year that a unit may end ("ribu", "puluh"), ending
        # the date's words (never a sentence's next word: "… dua puluh saya", "… dua puluh tiap pihak")
        re.search(r"(?:ribu|ratus|puluh)$", words, re.IGNORECASE) and any(_two_edits(first, w) for w in _UNIT_WORDS)
        and (following["digits"] or _DATE_WORDS_END.match(text, following.end()))))
    return following if near or following["more"] else None


_WORD_BEFORE = re.compile(r"(?<![A-Za-z])(?P<prior>[A-Za-z]+)[ \t\n]+(?P<word>[A-Za-z]{4,})[ \t\n]+$")


def _damaged_before(text: str, start: int) -> bool:
    """Whether the word right before a day's words is a number word misspelt by one letter, after a number word
    ("dua pulih tiga"): the day's words were cut short (never "Rabu Satu Maret", a weekday one letter from "ribu")."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if not before or not WORDS_RE.fullmatch(before["prior"]) or WORDS_RE.fullmatch(before["word"]):
        return False
    return any(_one_edit(before["word"].lower(), number) for number in _NUMBER_WORDS)


def find_dates(text: str, repair: bool = False) -> list[DateHit]:
    """Every date in the text with its span, earliest first; overlapping readings keep the longest. With `repair`, a
    year in words cut short by one misspelt number word is read as its one near reading (kind "repaired": the caller
    must confirm it, by the weekday the text names)."""
    hits: list[DateHit] = []
    text = _SPLIT_MONTH.sub(lambda match: match.group().replace(" ", "", 1) + " ", text)
    for match in _SPELLED.finditer(text):
        day = int(match["dd"]) if match["dd"] else parse_words(match["dw"] or match["dp"])
        year = int(match["yd"]) if match["yd"] else parse_words(match["yw"])
        if match["yw"] and not match["check"] and _misspelt_last(match["yw"], text, match.end()):
            continue  # "dua ribu duaa puluh": the year's last word misspelt, run on into letters: no year
        if (match["dw"] or match["dp"]) and _NUMBER_BEFORE.search(text, max(0, match.start() - 30), match.start()):
            continue  # "Dua Puluh, Delapan bulan Juni": the day's words cut by a mark, never the 8th
        if match["dw"] and _damaged_before(text, match.start("dw")):  # "dua pulih tiga bulan Maret": never the 3rd;
            check = _check_date(match["check"]) if match["check"] else None  # only the digits beside it tell it
            if check is not None:
                hits.append(DateHit(match.start(), match.end(), check, "numeric"))
            continue
        cut = match["yw"] and not match["check"] and (_YEAR_CUT.match(text, match.end())
                                                      or _near_number_next(match["yw"], text, match.end())
                                                      or _marked_next(match["yw"], text, match.end()))
        if cut:  # "Dua Ribu Sembilas Belas": a damaged word cut the year short; only its digits, if written, tell it
            digits = cut.groupdict().get("digits")
            near = None if digits or not repair else _repaired_year(match["yw"] + cut.group())
            if near:
                date = _make(near, _month(match["m"]), day)
                if date is not None:
                    hits.append(DateHit(match.start(), cut.end(), date, "repaired"))
                continue
            if not digits:
                continue
            year = int(digits)
        date = _make(year, _month(match["m"]), day)
        check = _check_date(match["check"]) if match["check"] else None
        if date is None and check is not None:
            date = check  # the words were garbled (OCR) but the digits in parentheses are clear
        if date is None:
            continue
        spelled = bool(match["dw"] or match["dp"] or match["yw"])
        hits.append(DateHit(match.start(), match.end(), date, "spelled" if spelled else "named", check == date,
                            check is not None and check != date))
    for match in _PARENTHESISED.finditer(text):
        month = _month(match["m"]) if match["m"] else int(match["mp"] or match["mn"])
        date = _make(int(match["y"] or match["yn"]), month, int(match["d"] or match["dn"]))
        if date is not None:
            hits.append(DateHit(match.start(), match.end(), date, "numeric"))
    for match in (*_SPELLED_EN.finditer(text), *_SPELLED_EN_MONTH.finditer(text)):
        year = int(match["yd"]) if match["yd"] else _english_year(match["y"])
        date = _make(year, _month(match["m"]), _english_day(match["d"]))
        if date is not None:
            hits.append(DateHit(match.start(), match.end(), date, "spelled"))
    for match in _ORDINAL.finditer(text):
        date = _make(int(match["yd"] or match["yn"]), _month(match["m"] or match["mn"]), int(match["dd"] or match["dn"]))
        if date is not None:
            hits.append(DateHit(match.start(), match.end(), date, "english"))
    for match in _FORM_CENTURY.finditer(text):
        date = _make(int(match["c"] + match["y"]), _month(match["m"]), int(match["dd"]))
        if date is not None:
            hits.append(DateHit(match.start(), match.end(), date, "english"))
    for pattern, kind in ((_ENGLISH, "english"), (_GLUED, "named"), (_NUMERIC, "numeric"), (_ISO, "iso")):
        for match in pattern.finditer(text):
            if "yd" in match.re.groupindex:  # a month's name between day and year (English, or glued)
                date = _make(int(match["yd"]), _month(match["m"]), int(match["dd"]))
            else:
                date = _make(int(match["y"]), int(match["m"]), int(match["d"]))
            if date is not None:
                hits.append(DateHit(match.start(), match.end(), date, kind))
    hits.sort(key=lambda hit: (hit.start, -(hit.end - hit.start)))
    kept: list[DateHit] = []
    for hit in hits:
        if kept and hit.start < kept[-1].end:
            continue
        kept.append(hit)
    return kept


def parse_date(text: str) -> dt.date | None:
    """The first date written in the text, or None."""
    hits = find_dates(text)
    return hits[0].date if hits else None


def spell_date(date: dt.date, with_digits: bool = False) -> str:
    """A date the way an opening paragraph writes it, in words (optionally with the digits in parentheses)."""
    words = f"tanggal {to_words(date.day)} bulan {MONTH_NAMES[date.month]} tahun {to_words(date.year)}"
    return words + (f" ({date:%d-%m-%Y})" if with_digits else "")


__all__ = ["DateHit", "find_dates", "parse_date", "spell_date", "MONTH", "MONTH_NAMES", "MONTH_WORDS", "parse_quantity"]
