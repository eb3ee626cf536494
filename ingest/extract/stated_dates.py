"""A signing date stated outside the opening and the closing line: a form's "Tanggal :" row the opening points to, a
procurement form's "Nomor dan tanggal SPK" row, a decision-style heading dating its number, an English letter's date
line."""
from __future__ import annotations

import re

from ingest.extract.dates import MONTH, find_dates
from ingest.extract.preambles import DEED_DATE_LINE
from ingest.extract.text import Found

# "Perjanjian ini dibuat pada tanggal tertera di atas": the opening points to the form's "Tanggal : 01/03/2023" row
_DATE_ABOVE = re.compile(r"\bdibuat\s+pada\s+tanggal\s+(?:yang\s+)?(?:tertera|tercantum|tersebut)\s+di\s*atas\b",
                         re.IGNORECASE)
DATE_ROW = re.compile(r"^[ \t]*(?:tanggal|tgl\.?|date)[ \t]*:[ \t]*(?P<value>[^\n]+)$", re.IGNORECASE | re.MULTILINE)


def date_above(text: str, limit: int) -> Found | None:
    """The form's one "Tanggal :" row above an opening that says it was made on the date stated above."""
    above = _DATE_ABOVE.search(text, 0, limit)
    rows = list(DATE_ROW.finditer(text, 0, above.start())) if above else []
    if len(rows) != 1:
        return None  # no such opening, or no row, or several dated rows: which one is meant is not said
    hits = find_dates(rows[0]["value"])
    if len(hits) != 1:
        return None
    start = rows[0].start("value")
    return Found(hits[0].date, start + hits[0].start, start + hits[0].end, 0.7)


# a procurement form's row dating its own number: "NOMOR DAN TANGGAL SPK : 027/SPK/2024, 5 Februari 2024" (never
# another paper's row: "NOMOR DAN TANGGAL DPA", "… SPPBJ")
_FORM_DATE = re.compile(r"^[ \t]*nomor[ \t]+dan[ \t]+tanggal[ \t]+(?:spk|kontrak|surat[ \t]+perjanjian(?:[ \t]+kerja)?|"
                        r"surat[ \t]+perintah[ \t]+kerja)[ \t]*:[ \t]*(?P<value>[^\n]+)$", re.IGNORECASE | re.MULTILINE)


def form_date(text: str, limit: int) -> Found | None:
    """The date in a form's "Nomor dan tanggal SPK" row, after the number (0.8)."""
    row = _FORM_DATE.search(text, 0, limit)
    if row and _CITING.search(text, row.start(), row.start("value")):
        return None  # "NOMOR : 12/PKS/2023" / "atas Perjanjian Kerja Sama tanggal 5 Mei 2021": another's date cited
    hits = find_dates(row["value"]) if row else []
    if len(hits) != 1:
        return None
    start = row.start("value")
    return Found(hits[0].date, start + hits[0].start, start + hits[0].end, 0.8)


# a decision-style heading dates its number: "NOMOR : 12/KB/2016 TANGGAL : 28 Juli 2016 TENTANG …" (a regional budget
# agreement's cover; wrapped too: "NOMOR :" / "12/KB/2016 TANGGAL …", "Nomor : 12/KB" / "/2016 TANGGAL …", "TANGGAL :
# 28 Juli" / "2016 TENTANG"); the number's date is the signing date when the text states no other
_HEADING_DATE = re.compile(r"\bnomor[ \t]*:?[ \t]*\n?[ \t]*[^\s:][^\n:]{0,60}?(?:\n[^\n:]{1,40}?)?[ \t\n]+tanggal[ \t]*:?\s*"
                           r"(?P<value>(?:[^\n:]|\n(?![ \t]*\n)){6,30}?)(?=[ \t\n]+tentang\b)", re.IGNORECASE)


_PROSE = re.compile(r"\b[a-z]{3,}\b")  # a word in lower case: the line is a sentence's, not a heading's
# ... or a wrapped number's next line in words ("atas Perjanjian …", "Tindak lanjut MoU"), not a number's ("/2016")
_CITING = re.compile(r"\n[^\n]*?(?:^|(?<=[ \t]))(?!(?i:tanggal)\b)[A-Za-z][a-z]{2,}[ \t]+(?!(?i:tanggal)\b)[A-Za-z]{2,}", re.MULTILINE)


def heading_date(text: str, head_end: int) -> Found | None:
    """The date beside the heading's number, when the heading dates it before its subject (TENTANG)."""
    row = _HEADING_DATE.search(text, 0, head_end)
    if row and _PROSE.search(text, text.rfind("\n", 0, row.start()) + 1, row.start()):
        return None  # "… dengan Pemerintah Kota X Nomor : 12/KB/2019 tanggal 3 Maret 2019 tentang …": a sentence
        # citing another agreement, its date (a report's, a letter's body), never a heading's
    if row and _CITING.search(text, row.start(), row.start("value")):
        return None  # "NOMOR : 12/PKS/2023" / "atas Perjanjian Kerja Sama tanggal 5 Mei 2021": another's date cited
    hits = find_dates(row["value"]) if row else []
    if len(hits) != 1 or row["value"][hits[0].end:].strip():
        return None
    start = row.start("value")
    return Found(hits[0].date, start + hits[0].start, start + hits[0].end, 0.7)


# an English letter: its date alone on a line ("August 8, 1988", "8th August 1988") above the addressee and "Dear …"
_LETTER_DATE = re.compile(rf"^[ \t]*(?:(?i:{MONTH})[ \t]+\d{{1,2}},?|\d{{1,2}}(?:st|nd|rd|th)?[ \t]+(?i:{MONTH}),?)[ \t]+"
                          r"(?:19|20)\d\d[ \t]*$", re.MULTILINE)
_SALUTATION = re.compile(r"^[ \t]*Dear[ \t]+(?:Sir|Madam|Mr|Mrs|Ms|Dr|Excellency|Colleague|[A-Z])", re.MULTILINE)


def letter_date(text: str) -> Found | None:
    """The date of a letter: the first date line above its salutation, near the top."""
    salutation = _SALUTATION.search(text, 0, 1500)
    line = _LETTER_DATE.search(text, 0, salutation.start()) if salutation else None
    hits = find_dates(line.group()) if line else []
    if not hits:
        return None
    return Found(hits[0].date, line.start() + hits[0].start, line.start() + hits[0].end, 0.8)


# an English agreement dated on a line of its own above its sides, the date alone after the word or the sides' list
# run in after it ("dated 12 May 2018" / "Between …", "dated 31 March 2017 Between The X COUNCIL, …", a deed's cover
# "DATED 5 May 2010" / "A BOROUGH COUNCIL" / "and" / …): the date the agreement bears, recorded as its signing date
# (never a blank day, "DATED 20__", nor a month alone, "October 2012")
_DATED_LINE = re.compile(r"^[ \t]*(?i:dated)(?:[ \t]*:)?[ \t]+(?:(?i:this|the)[ \t]+)?(?P<value>[^\n]{6,40}?)"
                         r"[ \t]*(?:$|(?=(?i:between|among)\b))", re.MULTILINE)
_SIDES_BELOW = re.compile(r"\s*(?:(?i:between|among)\b|(?-i:[A-Z][\w'.-]*)(?:[ \t]+(?-i:[A-Z][\w'.-]*)){0,6}[ \t]*,?[ \t]*\n"
                          r"(?:[^\n]*\n){0,2}?[ \t]*(?i:and|-+[ \t]*and[ \t]*-+)[ \t]*\n)")
# a clause's or article's line above the "dated" line: the text's body began, the line is a signer's row
_CLAUSE_ABOVE = re.compile(r"^[ \t]*(?:\d{1,2}(?:\.\d{1,2})?[.)][ \t]+(?-i:[A-Z])|(?i:article|clause|section|pasal)[ \t]+\d)",
                           re.MULTILINE)
_DATED = 0.8  # the date an agreement bears, no word of its signing
_FLATTENED_DATED = re.compile(DEED_DATE_LINE, re.MULTILINE)  # the same line flattened among the site's lines


def dated_line(text: str, head_end: int) -> Found | None:
    """The date on a "dated …" line standing in the heading or right above the sides it names (0.8)."""
    window = min(len(text), max(head_end, 1500) + 200)
    for line in _DATED_LINE.finditer(text, 0, window):
        hits = find_dates(line["value"])
        if len(hits) != 1 or hits[0].start > 4 or line["value"][hits[0].end:].strip(" \t,."):
            continue  # ("dated the day of , 2003": a blank day; "dated 5 May 2010 and amended …": a sentence)
        if (line.start() >= head_end and text[head_end:line.start()].strip() or
                _CLAUSE_ABOVE.search(text, 0, line.start())) and not _SIDES_BELOW.match(text, line.end()):
            continue  # a signer's "Dated: 3 May 2010" row below the text (below its clauses where no heading ends)
        start = line.start("value")
        return Found(hits[0].date, start + hits[0].start, start + hits[0].end, _DATED)
    deed = _FLATTENED_DATED.search(text, 0, window)
    hits = find_dates(text[deed.end():deed.end() + 40]) if deed else []
    if hits and hits[0].start <= 5:  # flattened: "… 2 dated 31 March 2017 Between The A COUNCIL, …"
        return Found(hits[0].date, deed.end() + hits[0].start, deed.end() + hits[0].end, _DATED)
    return None
