"""Papers about agreements (berita acara, notulen, monitoring reports, statements, cover letters, nota dinas): what is
their own (their title, date and numbers) and what they quote of the agreement they are about."""
from __future__ import annotations

import re

from ingest.extract.dates import find_dates
from ingest.extract.doctype import Kind, letter_subject
from ingest.extract.parents import under_kind_line
from ingest.extract.references import KIND, Reference, is_number, tidy
from ingest.extract.signing import closing_date
from ingest.extract.stated_dates import DATE_ROW
from ingest.extract.text import Found, smart_title, unspaced
from ingest.extract.title_forms import TITLE_BREAK, upper_line

# "Nomor Perjanjian : 406/PKS/VII/2018", "No. PKS : …", "Nomor Kesepakatan Bersama : …" in a report's table: the
# number of the agreement the paper is about, never the paper's own
_AGREEMENT_ROW = re.compile(r"^[ \t]*(?:nomor|no\.?)[ \t]+(?:perjanjian|kesepakatan|pks|mou|nota[ \t]+kesepahaman|"
                            r"kontrak|kerja[ \t]*sama|agreement|memorandum)\b[^:\n]{0,30}:[ \t]*(?P<value>[^\s,;]+)",
                            re.IGNORECASE | re.MULTILINE)


def agreement_row(text: str, limit: int = 6000) -> Reference | None:
    """The first row of a paper's table that labels a number as an agreement's (its value a number)."""
    for row in _AGREEMENT_ROW.finditer(text, 0, limit):
        value = tidy(row["value"])
        if is_number(value):
            return Reference(value, row.start("value"), row.end("value"), 0.85)
    return None


def quoted_rows(numbers: list, text: str, limit: int = 6000) -> list:
    """The numbers not read from a row labelling an agreement's number (those are the quoted agreement's)."""
    rows = [(row.start("value"), row.end("value")) for row in _AGREEMENT_ROW.finditer(text, 0, limit)]
    return [number for number in numbers if not any(start <= number.start < end for start, end in rows)]


# a nota dinas (or a letter set out as a form): "Kepada : Yth. … / Dari : … / Tanggal : 18 Juni 2025 / Nomor : … /
# Hal : …" -- its one dated row above the subject (stated_dates.DATE_ROW) is the paper's date
def memo_date(text: str) -> Found | None:
    """The date row of a letter's header (a Perihal/Hal line and an addressee near the top), when it is the only one
    in the header (down to the blank line after the subject) and holds one whole date (confidence 0.8)."""
    subject = letter_subject(text)
    if subject is None:
        return None
    header_end = text.find("\n\n", subject[2])
    rows = list(DATE_ROW.finditer(text, 0, header_end if header_end != -1 else subject[2]))
    if not rows:
        return _run_on_date(text, subject[1])
    if len(rows) != 1:
        return None
    hits = find_dates(rows[0]["value"])
    if len(hits) != 1 or rows[0]["value"][hits[0].end:].strip():
        return None
    start = rows[0].start("value")
    return Found(hits[0].date, start + hits[0].start, start + hits[0].end, 0.8)


# a letter's header run into one line: "Nomor 318/DIV/2019 14 Maret 2019 Lampiran …" (the number's column beside
# the date's, read across), OCR's "Nornor" for "Nomor" too
# (the page's width may break it anywhere once more)
_RUN_ON_DATE = re.compile(r"\bno(?:mor|rnor|mer)?\.?[ \t]*:?\s+(?P<number>\S(?:[^\n]|\n(?![ \t]*\n)){0,40}?)\s"
                          r"(?P<date>\d{1,2}\s+[A-Za-z]{3,9}\s+(?:19|20)\d\d)\s+(?=(?:lampiran|sifat)\b)", re.IGNORECASE)


def _run_on_date(text: str, subject_start: int) -> Found | None:
    """The date a run-on header gives between the letter's number and its enclosures, before the subject (0.7)."""
    found = _RUN_ON_DATE.search(text, 0, subject_start)
    hits = find_dates(found["date"]) if found else []
    if len(hits) != 1:
        return None
    return Found(hits[0].date, found.start("date"), found.end("date"), 0.7)


def _run_on_number(text: str, subject_start: int) -> list[Reference]:
    """The letter's number a run-on header gives between its label and its date, as printed (OCR-damaged, weak)."""
    found = _RUN_ON_DATE.search(text, 0, subject_start)
    value = " ".join(text[found.start("number"):found.end("number")].split()) if found else ""
    if not re.search(r"\d", value) or len(value.replace(" ", "")) < 6:
        return []
    return [Reference(value, found.start("number"), found.end("number"), 0.5)]


# "1. Pelaksanaan Nota Kesepahaman Nomor 780/KS/IV/2024 antara Pemerintah X dan Y.", "bahwa Perjanjian … antara A
# dengan B": a sentence of the paper's body naming another agreement's sides
_SIDES_WORD = re.compile(r"(?:antara|between|among)\W*$")
_LOWER_WORD = re.compile(r"[a-z]{2,}")


def sides_quoted(text: str, start: int, heading_end: int) -> bool:
    """Whether parties read from the heading at `start` (a paper's, which names no signer) are a sentence's: the
    list opens in the body, below the paper's own heading (never on its heading's line: "Berita Acara Kesepakatan
    antara A dengan B"), after words in lower case on its line."""
    line_start = text.rfind("\n", 0, start) + 1
    if start < heading_end or line_start < heading_end:
        return False
    line = text[line_start:start]
    sides = _SIDES_WORD.search(line)  # (the word first, then prose before it: one pass each, no backtracking)
    return bool(sides and _LOWER_WORD.search(line, 0, sides.start()))


def agreement_in_heading(text: str, numbers: list[Reference], kind_end: int,
                         head_end: int) -> tuple[list[Reference], Reference | None]:
    """(the paper's own numbers, the number of the agreement its heading names): "BERITA ACARA PENANDATANGANAN /
    PERJANJIAN KERJA SAMA / NOMOR : X" (the number right under the agreement's kind line, as an addendum's heading
    writes the amended agreement's); "BERITA ACARA / Nomor : A / PENANDATANGANAN KESEPAKATAN BERSAMA / ANTARA … /
    NOMOR : B" (the paper's own number above the agreement's kind, the agreement's below it)."""
    under = under_kind_line(text, numbers)
    if under:
        return under
    about = KIND.search(text, kind_end, head_end)
    above = [reference for reference in numbers if about and reference.end <= about.start()]
    below = [reference for reference in numbers if about and reference.start >= about.end()]
    if above and below:
        return above, Reference(below[0].value, below[0].start, below[0].end, 0.8)
    return numbers, None


def is_letter(text: str, kind_start: int, kind_end: int) -> bool:
    """A letter typed from its subject line (its number stands with the subject, below the addressee)."""
    return (letter_subject(text) or (None,))[1:] == (kind_start, kind_end)


def own_date(text: str, kind_end: int, head_end: int, date: Found | None,
             place: Found | None) -> tuple[Found | None, Found | None]:
    """A paper's date and place, beyond what an agreement's readers found: a nota dinas's header "Tanggal :" row;
    with no opening formula (the heading runs to the end), the paper's closing ("Done at X on …", "Sukamaju,
    Agustus 2019"), which lies in what looked like its heading."""
    date = date or memo_date(text)
    if head_end >= len(text):
        closed_date, closed_place = closing_date(text, kind_end)
        if closed_date and date is None:
            date, place = closed_date, closed_place or place
        place = place or closed_place
    return date, place


def own_numbers(text: str, numbers: list[Reference], kind_end: int, head_end: int,
                letter: bool) -> tuple[list[Reference], Reference | None]:
    """(the paper's own numbers, the agreement's it is about): "Nomor Perjanjian : X" in a report's table and, in a
    heading that is no letter's, "… / PERJANJIAN KERJA SAMA / NOMOR : X" are the agreement's, not the paper's."""
    numbers = quoted_rows(numbers, text)
    if letter and not numbers:  # "Nornor 318 DIV/2019 14 Maret 2019 Lampiran …": a header run into one line
        numbers = _run_on_number(text, kind_end)
    return (numbers, None) if letter else agreement_in_heading(text, numbers, kind_end, head_end)


_NUMBER_ROW = re.compile(r"(?i:nomor|no\.?)[ \t]*:")
_INLINE_NUMBER = re.compile(r"(?<=[A-Z])[ \t]+(?:Nomor|NOMOR)[ \t]*:")  # a number's label after a heading's words
_UPPER_BELOW = re.compile(r"(?:[ \t]*\n)*[ \t]*[A-Z]{3,}[A-Z \t]*\n")  # a line in capitals below the number
_HEADING_TAIL = re.compile(r"[ \t]*(?:TAHUN|PERIODE|SEMESTER|TRIWULAN)[ \t]+[\dIVX][\d\-/ IVX]*[ \t]*\n")
# "PROGRAM KERJA EVALUASI / (blank lines) / KERJASAMA PENYELENGGARAAN ...": the cooperation a report is about
_COOPERATION = re.compile(r"(?:[ \t]*\n)*[ \t]*(?:KERJA[ \t]*SAMA|PERJANJIAN|KESEPAKATAN|NOTA[ \t]+KESEPAHAMAN)\b")


def heading_title(text: str, kind: Kind) -> tuple[str, int, int] | None:
    """A non-agreement's title: its heading lines from the kind's phrase on ("BERITA ACARA RAPAT ... TAHUN 2021")."""
    letter = letter_subject(text)
    if letter:
        return letter
    if kind.end <= kind.start:
        return None
    start = text.rfind("\n", 0, kind.start) + 1
    lines, position, cursor = [], start, start
    phrase = " ".join(unspaced(text[kind.start:kind.end]).split()).upper()
    numbered = False  # "BERITA ACARA / Nomor : 07/BA/2023 / PENANDATANGANAN …": the heading goes on below its number
    for line in text[start:start + 600].split("\n"):
        stripped = unspaced(line.strip())  # "B E R I T A   A C A R A": the heading's words letter-spaced
        cursor += len(line) + 1
        if not stripped and lines and (_HEADING_TAIL.match(text, cursor) or _COOPERATION.match(text, cursor) or
                                       numbered):
            continue  # a blank line inside the heading before its closing "TAHUN 2021" or the cooperation it is about
        if lines == [phrase] and not numbered and _NUMBER_ROW.match(stripped) and _UPPER_BELOW.match(text, cursor):
            numbered = True
            continue
        numbered = False
        if not stripped or not upper_line(stripped) or TITLE_BREAK.match(stripped) or len(stripped) > 120:
            break  # ("BERlTA ACARA": OCR's l for I in capitals)
        lines.append(stripped)
        position = cursor
    if not lines:
        return None
    return smart_title(" ".join(" ".join(lines).split())), start, position - 1


def run_together_title(text: str, kind: Kind) -> tuple[str, int, int] | None:
    """A paper's heading run together on its first line with its number labels ("BERITA ACARA X DESA A DENGAN DESA B
    Nomor : Nomor :"): the capitals before the first label. Where the subject ends inside them is not told (its line
    breaks are lost), so the caller gives it less confidence."""
    if kind.end <= kind.start:
        return None
    start = text.rfind("\n", 0, kind.start) + 1
    end = text.find("\n", start)
    line = text[start:end if end != -1 else len(text)]
    label = _INLINE_NUMBER.search(line, kind.end - start)
    heading = line[:label.start()].strip() if label else ""
    if not heading or len(heading) > 300 or not upper_line(heading) or len(heading.split()) < 4:
        return None
    return smart_title(" ".join(unspaced(heading).split())), start, start + label.start()
