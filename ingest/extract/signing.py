"""When and where the agreement was signed: the opening paragraph or the place-and-date line."""
from __future__ import annotations

import datetime as dt
import re

from ingest.extract import stated_dates
from ingest.extract.body_words import COUNTRIES
from ingest.extract.dates import MONTH, find_dates
from ingest.extract.numbers import WORD, WORDS
from ingest.extract.other_signings import meeting, quoted as _quoted, recital_tail
from ingest.extract.places import BUILDING, EACH_OWN, city_of
from ingest.extract.signed_on import signed_on
from ingest.extract.premises import CONTINUED, PREMISES, TITLE_DOT, room_of_premises
from ingest.extract.preambles import DATED_OPENING
from ingest.extract.roles import ROLE
from ingest.extract.text import SHORT_BLANK, Found, has_blank

_OPENING = re.compile(r"\b(?:pada\s+hari\s+ini|pada\s+hari|on\s+this\s+day|on\s+this|today|dibuat\s+dan\s+ditandatangani|"
                      r"ditandatangani\s+di|made\s+and\s+entered|signed\s+(?:in|at|on)|"
                      r"(?:is|was)\s+made(?:\s+and\s+entered\s+into)?\s+(?:on|this)|(?:is|was)\s+entered\s+into\s+(?:on|as\s+of|this)|"
                      # a form's "THIS AGREEMENT entered into this 20th day of …" (no verb before the participle)
                      r"this\s+agreement,?\s+entered\s+into\s+this)\b|"
                      r"^[ \t]*pada\s+tanggal\b|"
                      # a line opening with the weekday and "tanggal", "Pada hari ini" put elsewhere by the OCR
                      r"^[ \t]*(?P<weekday>senin|selasa|rabu|kamis|jum'?at|sabtu|minggu)(?=[ \t]*,?[ \t]+tanggal\b)|"
                      # a development bank's form: "AGREEMENT dated June 14, 2012, between …" opens its own paragraph
                      r"^[ \t]*(?-i:(?:(?:LOAN|GRANT|FINANCING|CREDIT|PROJECT)[ \t]+)?AGREEMENT|AMENDMENT)[ \t]+dated\b|"
                      # "AGREEMENT, dated October 1, 2003, between" (the bank's comma), "This Amendment (this
                      # "Amendment"), dated as of June 28, 2002, between …"
                      + DATED_OPENING,
                      re.IGNORECASE | re.MULTILINE)
_DATED = re.compile(DATED_OPENING)
_BARE_WEEKDAY = 0.85  # the opening's own words lost: its date is less certain
_OPENING_END = re.compile(r":\s*\n|;|\.\s*\n|\boleh\s+dan\s+antara\b|\bby\s+and\s+between\b", re.IGNORECASE)
_SIGNED_AT = re.compile(r"\b(?:ditetapkan|dibuat|ditandatangani|disepakati|dikeluarkan|signed|done|made|"
                        r"(?<=\n)agreed)"  # a bank's closing line: "AGREED at Jakarta, … as of the day and year …"
                        r"(?:\s+dan\s+ditandatangani)?(?:\s+oleh\s+(?:para\s+pihak|kedua\s+belah\s+pihak))?"  # "… oleh PARA PIHAK di X"
                        r"(?:\s+(?:in|dalam)\s+(?:(?:du|tri)pl\s?icate|rangkap\s+\w+))?"
                        # "have signed this Memorandum of Understanding in Jakarta this 5th day of ..."
                        r"(?:(?<=signed)\s+this\s+(?:memorandum(?:\s+of\s+(?:understanding|agreement))?|(?:implementing\s+)?arrangement|"
                        r"agreement|letter\s+of\s+intent|document|instrument))?"
                        r"(?:\s+in\s+(?:two|three|four|[234])(?:\s*\(\d\))?\s+(?:originals?|copies))?"  # "… in two originals in X"
                        r"\s+(?:di|in|at)\b(?!\s*hadapan)\s*:?\s*"  # a deed "dibuat di hadapan" a notary
                        # "made in duplicate in Indonesian and English": the languages, never a place
                        r"(?![ \t]*(?:the\s+)?(?:Indonesian|English|Bahasa|Inggris|Indonesia\s+(?:and|dan)\s)\b)",
                        re.IGNORECASE)
_DRAFT = r"draft|draf|rancangan|konsep|versi|version|revisi|revision|final|dicetak|printed"
# (never a weekday opening a wrapped line of the opening: "… pada hari ini" / "Minggu, tanggal 11 Maret 2018")
# (nor a draft's stamp on a cover: "Draft, 24 April 2018", "Versi final, …": the day it was typed, not signed)
_PLACE_DATE = re.compile(rf"^[ \t]*(?!(?i:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad|{_DRAFT})\b)"
                         rf"(?P<place>[A-Z][A-Za-z.'’-]+(?:[ \t][A-Z][A-Za-z.'’-]+){{0,2}})[ \t]*,[ \t]*(?P<wrap>\n[ \t]*)?"
                         rf"(?:(?i:tanggal)[ \t]+)?(?=\d{{1,2}}(?:st|nd|rd|th)?[ \t-]*(?i:{MONTH})|(?i:{MONTH})[ \t]+\d|"
                         rf"\d{{1,2}}(?P<sep>[-/.])\d{{1,2}}(?P=sep)(?:19|20)\d\d\b|(?i:{WORDS})[ \t]+(?i:{MONTH}))",
                         re.MULTILINE)  # "Samarinda, lima Juni dua ribu dua puluh empat": a date in words only;
# "Samarinda, 05-06-2024": in digits
# a draft's "Samarinda, ……… Juni 2024" / "Samarinda,          2024": the place stated, the day left blank (no date)
_PLACE_BLANK_DATE = re.compile(rf"^[ \t]*(?P<place>[A-Z][A-Za-z.'’-]+(?:[ \t][A-Z][A-Za-z.'’-]+){{0,2}})[ \t]*,"
                               rf"(?:(?:[ \t]*{SHORT_BLANK}|[ \t]{{4,}})[ \t.…_]*+(?:(?i:{MONTH})[ \t.…_]*+)?|"
                               rf"[ \t]*(?i:{MONTH})[ \t]+)(?:19|20)\d\d[ \t]*$", re.MULTILINE)  # "Sukamaju, Juni 2023": no day
# a draft's "Sukamaju, ………………" above the signature blocks: the place stated, the whole date left blank
_PLACE_NO_DATE = re.compile(r"^[ \t]*(?P<place>(?!(?i:kota|kabupaten|tempat|hormat)\b)[A-Z][A-Za-z.'’-]+"
                            rf"(?:[ \t][A-Z][A-Za-z.'’-]+){{0,2}})[ \t]*,[ \t]*{SHORT_BLANK}[ \t.…_]*\n"
                            rf"(?=(?:[ \t]*\n)*[ \t]*(?i:(?:untuk[ \t]+dan[ \t]+atas[ \t]+nama[ \t]+)?{ROLE}))",
                            re.MULTILINE)
# "………………, 24 Mei 2022": the date stated, the place left blank
_BLANK_PLACE_DATE = re.compile(rf"^[ \t]*{SHORT_BLANK}[ \t.…_]*,[ \t]*(?=\d{{1,2}}[ \t-]*(?i:{MONTH})[ \t]+"
                               r"(?:19|20)\d\d)", re.MULTILINE)
# "Tempat : Bogor" / "Tanggal : 24 Mei 2022" above the signatures: the place and the date as two labelled rows
# ("Tempat Penandatanganan : Bogor" / "Tanggal Penandatanganan : …", "Place of signing : …" / "Date of signing : …"; a
# table's row: "| Tempat | Bogor |", "Tempat      Bogor": cells parted by a bar or a wide gap)
_ROW_SEP = r"(?>[ \t]*[:|][ \t]*|[ \t]{3,}|\t[ \t]*)"  # (atomic: the alternatives overlap on runs of spaces)
_PLACEDATE_ROWS = re.compile(rf"^[ \t]*\|?[ \t]*(?i:tempat|place)(?:[ \t]+(?i:penandatanganan|of[ \t]+signing))?{_ROW_SEP}"
                              r"(?P<place>[^\n:|]*[^\s:|])[ \t]*\|?[ \t]*\n[ \t]*\|?[ \t]*(?i:tanggal|date)"
                              rf"(?:[ \t]+(?i:penandatanganan|of[ \t]+signing))?{_ROW_SEP}", re.MULTILINE)
# "Perjanjian Kerjasama ini dibuat di Jakarta, pada hari …": the place before the opening's date
_BERTEMPAT = re.compile(r"\b(?:bertempat(?:an)?\s+di|berlokasi\s+di|ditandatangani\s+di|held\s+(?:in|at)|"
                        r"(?<=pada\s)hari\s+ini,?\s+di(?=\s+(?-i:[A-Z])[^,;\n.]{0,40},)|"  # "Pada hari ini di X, tanggal"
                        r"ini\s+dibuat(?:\s+dan\s+ditandatangani)?\s+di(?!\s*hadapan)|"
                        r"signed(?:\s+in\s+(?:du|tri)pl\s?icate)?\s+(?:in|at)|entered\s+into\s+(?:in|at)|"
                        r"in\s+the\s+city\s+of)(?:\s+|(?<=di)(?=(?-i:[A-Z])))"  # "bertempat diRSUD X": the space lost
                        rf"(?P<place>(?:[^,;\n.]|{TITLE_DOT})+(?:\.[^,;\n.]+)?)",  # "RSUD Prof. Dr. H. X"
                        re.IGNORECASE)
# "... (27/06/2016) di Jakarta, kami yang bertanda tangan": the place right after the opening's date
# "(xx-xx-2022) located in Jakarta, a Cooperation Agreement …": the English column of a bilingual opening
# ("the Project) located in Jakarta" is where a project is, not a date's place)
# "On this 5th day of May 2021 at Balai Kota X, the undersigned": an English opening's place after its date (a form's
# typed year after its printed century, spaced apart: "this 24th day of May , 19 79 , at Long Beach , County of …")
_DATE_THEN_AT = re.compile(r"(?:\)|\b(?:19|20)(?:[ \t]+(?=\d\d\b))?\d\d)[ \t]*,?\s+(?:di|in|(?<=\d\d\)[ \t])located\s+"
                           r"(?:in|at)|(?<=\d\d\d\d[ \t])at|(?<=\d\d[ \t],[ \t])at)\s+(?P<place>[A-Z][\w'-]+(?:[ \t][A-Z][\w'-]+){0,3})\s*[,.]")
# "... Dua Ribu Sembilan Belas, di / Kolaka telah diadakan perjanjian" (or "di Kolaka, yang ..."): the place before
# the opening's clause
_AT_THEN_CLAUSE = re.compile(r",\s*di\s+(?P<place>[A-Z][\w'-]+(?:[ \t][A-Z][\w'-]+)?)\s*,?\s+(?:telah|kami|yang|para|kita)\b")
# "… dua puluh tiga, di UPTD Puskesmas Rawat Inap Sukamaju, kami …": a body's premises of more words
_AT_PREMISES = re.compile(rf"[,)]\s*di\s+(?P<place>(?-i:{PREMISES.pattern})(?:[^,;.]|{TITLE_DOT}){{1,100}}?)\s*,\s*"
                          r"(?i:telah|kami|yang|para|kita|pihak)\b")
# "… dua ribu dua puluh tiga di Sukamaju, kami …" (a draft's "tahun …. di Sukamaju, kami"): right after the year, in
# words, digits or a blank, without a comma before "di" but with one after the place
_YEAR_THEN_AT = re.compile(rf"(?:\b(?i:{WORD})|\b(?:19|20)\d\d|{SHORT_BLANK}[.…_]*)"  # ("tahun …….. di X": a blank's dot)
                           r"[ \t]+di\s+(?P<place>[A-Z][\w'-]+(?:[ \t][A-Z][\w'-]+)?)[ \t]*,\s*"
                           r"(?:telah|kami|yang\s+bertanda|para|kita)\b")
# (a recital's "bahwa sejak tahun …. di X, kami telah …" after the parties' designations is none)
_DESIGNATION = re.compile(r"\bselanjutnya\s+(?:di\s*sebut|disebut)\b", re.IGNORECASE)
# ("… 2017 in the Manila, Philippines, by and between": a form's stray article before the town, its country after it;
# the article only so, never "at the Hague by and between", whose article is the town's own, nor "at the Governor's
# Office, Jakarta, by and between" / "at the Grand Hyatt, Jakarta, between": premises, then the town, no country)
_COUNTRY_AFTER = r"[ \t]*,[ \t]*[A-Z][\w'-]+(?:[ \t][A-Z][\w'-]+)?"
_A_COUNTRY_AFTER = rf"[ \t]*,[ \t]*(?i:(?:the[ \t]+)?(?:{COUNTRIES}))\b"
# ("at the City of X, Province of Y, Philippines, by and between": a Philippine city named so, its province after it)
_MADE_IN = re.compile(rf"\b(?:in|at)\s+(?:(?P<article>the)\s+)?(?P<place>(?:City|Municipality)\s+of\s+[A-Z][\w'-]+(?:\s[A-Z][\w'-]+)?|"
                      rf"[A-Z][\w'-]+(?:\s[A-Z][\w'-]+){{0,2}})(?:[ \t]*,\s*Province\s+of\s+[A-Z][\w'-]+(?:\s[A-Z][\w'-]+)?)?"
                      rf"(?(article){_A_COUNTRY_AFTER}|(?:{_COUNTRY_AFTER})?)\s*,?\s+(?:by\s+and\s+between|between)\b")
_REGION_AFTER = re.compile(r"[ \t]*,[ \t]*(?:(?i:kota|kabupaten|kab\.)[ \t]+)?(?P<name>[A-Z][a-z'-]+(?:[ \t][A-Z][a-z'-]+)?)"
                           r"[ \t]*(?=[,.;:]|\s+(?:telah|kami|yang|para|kita|oleh|pada|on)\b)")  # "…, X pada hari …"
_PLACE_STOP = re.compile(r"\s+(?:pada|tanggal|on|this|dalam|yang|dengan|kami|para|oleh|tahun|bulan|telah|"
                         r"in\s+(?:two|three|four|duplicate|triplicate|[2-4]\b|the\b))\b.*$",  # "at X in two originals"
                         re.IGNORECASE | re.DOTALL)  # "bertempat di Jakarta telah diadakan ...": the clause after it


_LINE_END = re.compile(r"[^\S\n]*(?:\n|\Z)")  # nothing more on the line
_BLANK_OPENING = re.compile(r"\bpada\s+hari\b", re.IGNORECASE)  # an opening whose date is left blank: no date at all
_AT_ODDS = 0.75  # a date its copy in digits contradicts
_WEEKDAYS = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "sabtu": 5, "minggu": 6, "ahad": 6}
_WEEKDAY = re.compile(r"\bhari\s+(?:ini\s*,?\s*)?(?P<day>senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)\b",
                      re.IGNORECASE)


# a document cited by its number, the date right after it: "Kesepakatan Bersama Nomor 07/KB/2019 tanggal …"
_CITED_DATE = re.compile(r"\b(?:kesepakatan|perjanjian|nota|memorandum|keputusan|peraturan|surat|akta)\b[^;:()]{0,80}?"
                         r"\bnomor\s*:?\s*\S+(?:\s+tahun\s+\d{4})?[ \t,]+(?:tanggal\s+)?$", re.IGNORECASE)  # "Nomor 12 Tahun 2021"


_MADE_BEFORE = re.compile(r"\b(?:dibuat|ditandatangani|disepakati)[ \t]*\n[ \t]*$", re.IGNORECASE)


_CUT = 0.5  # a date in words whose day's words another column's run in cut off: its day and year may be incomplete
_TANGGAL = re.compile(r"\btanggal\s+")
_DAY_WORDS = re.compile(rf"{WORDS}\b", re.IGNORECASE)


def _day_cut(window: str, date_start: int) -> bool:
    """"tanggal Dua puluh and signed on Wednesday … tujuh bulan September …": a bilingual opening's columns run into
    one line put the other language between the day's words; the date read from the words after it is partial."""
    labels = list(_TANGGAL.finditer(window, 0, date_start))
    words = _DAY_WORDS.match(window, labels[-1].end(), date_start) if labels else None
    return bool(words and window[words.end():date_start].strip())


def opening_date(text: str, start: int, end: int) -> Found | None:
    """The date named in "Pada hari ini ... tanggal ..." at the start of the agreement."""
    for opening in _OPENING.finditer(text, start, end):
        if _quoted(text, opening.start()):
            continue
        if text.startswith("pada", opening.start()) and re.search(r"[a-z]\n[ \t]*$", text[:opening.start()]) and \
                not _MADE_BEFORE.search(text, max(0, opening.start() - 40), opening.start()):
            continue  # "... dan berakhir / pada tanggal ...": a sentence running on, not an opening (but "… ini
            # dibuat" / "pada hari Kamis tanggal …": the opening's own sentence wrapped before its date)
        # "hari [senin ] tanggal [ dua puluh sembilan ] bulan [ juni ]": a draft's blanks, filled in, read as words
        window = re.sub(r"[\[\]_]", " ", text[opening.start():min(opening.start() + 320, len(text))])
        stop = _OPENING_END.search(window)
        if stop and stop.start() <= opening.end() - opening.start() + 2:  # "Pada hari" / ":" / ...: a table's colon
            stop = _OPENING_END.search(window, stop.end())
        limit = min(220, stop.start() if stop else 220)  # the date belongs to the opening sentence
        for hit in find_dates(window, repair=True):
            if hit.start > limit:
                break
            if _CITED_DATE.search(window, 0, hit.start):
                continue  # "… tindak lanjut Kesepakatan Bersama Nomor X tanggal 3 Maret 2019": that agreement's date
            if hit.kind == "repaired":  # a misspelt year word read as its one near reading: only when the weekday
                named = _WEEKDAY.search(window, 0, hit.start)  # the opening names is that date's, and weakly
                if not named or _WEEKDAYS[named["day"].lower().replace("'", "")] != hit.date.weekday():
                    continue
                return Found(hit.date, opening.start() + hit.start, opening.start() + hit.end, 0.6)
            confidence = 0.98 if hit.checked else (0.93 if hit.kind in ("spelled", "named") else 0.88)
            if hit.disputed:  # the words and their copy in digits disagree: one is misread (or misprinted), which
                confidence = min(confidence, _AT_ODDS)  # one the text does not tell (a weekday at odds is common)
            if hit.kind == "spelled" and _day_cut(window, hit.start):
                confidence = min(confidence, _CUT)
            if opening["weekday"]:
                confidence = min(confidence, _BARE_WEEKDAY)
            return Found(hit.date, opening.start() + hit.start, opening.start() + hit.end, confidence)
        split = _split_date(window, limit)
        if split:
            return Found(split[0], opening.start() + split[1], opening.start() + split[2], 0.7)
    return None


# "… tanggal sembilan belas bulan mei" / "thousand twenty two , has been made … tahun dua ribu dua puluh dua ,": a
# bilingual opening's two columns run line after line, the Indonesian date's year on the next line after the English
_COLUMN_SPLIT = re.compile(r"(?P<head>\btanggal\s+[^\n]{1,40}?\s+bulan\s+[A-Za-z]+)[ \t]*\n[^\n]{0,80}?"
                           r"(?P<tail>\btahun\s+[^\n]{4,80})", re.IGNORECASE)


def _split_date(window: str, limit: int) -> tuple[dt.date, int, int] | None:
    """The labelled day and month at a line's end joined to the year labelled on the next line, when the weekday
    the opening names (if any) is that date's."""
    split = _COLUMN_SPLIT.search(window)
    if not split or split.start() > limit:
        return None
    hits = find_dates(f"{split['head']} {split['tail']}")
    if not hits or hits[0].start != 0 or hits[0].end <= len(split["head"]) + 1:
        return None  # the date must run from the day's label through the year's
    named = _WEEKDAY.search(window, 0, split.start())
    if named and _WEEKDAYS[named["day"].lower().replace("'", "")] != hits[0].date.weekday():
        return None
    return hits[0].date, split.start(), split.end("tail")


def closing_date(text: str, start: int, cover: int = 0) -> tuple[Found | None, Found | None]:
    """(date, place) from the line above the signatures: "Ditetapkan di Bogor pada tanggal ...", "Bogor, 24 ...";
    never a dateline on a cover page (before `cover`), typed before the signing."""
    date_found = place_found = None
    for signed in _SIGNED_AT.finditer(text, start):
        if _quoted(text, signed.start()):
            continue  # "the Letter of Intent which was signed in ...": another document's signing
        place = _place_after(text, signed.end())
        window = text[signed.end():signed.end() + 160]
        if re.match(r"\s*(?:atas|hari\s+dan\s+tanggal|tempat\s+dan\s+tanggal|sebagaimana)", window, re.IGNORECASE):
            continue  # "... ditandatangani pada hari dan tanggal sebagaimana tersebut di atas"
        hits = [hit for hit in find_dates(window) if hit.start < 120]
        if place:
            place_found = place
        if hits:
            hit = hits[0]
            date_found = Found(hit.date, signed.end() + hit.start, signed.end() + hit.end, 0.88)
    for phrase, hit, at in signed_on(text, start):  # "This Agreement is signed on 5 May 2021 in Sukamaju."
        if not _quoted(text, phrase):  # (its day word damaged by the scan: a weak reading)
            date_found = Found(hit.date, hit.start, hit.end, 0.6 if hit.kind == "repaired" else 0.88)
            place_found = (_place_after(text, at) if at is not None else None) or place_found
    for table in _PLACEDATE_ROWS.finditer(text, start):
        hits = find_dates(text[table.end():table.end() + 60])
        place = city_of(table["place"])
        if hits and hits[0].start == 0 and place:
            date_found = Found(hits[0].date, table.end(), table.end() + hits[0].end, 0.85)
            place_found = Found(place, table.start("place"), table.end("place"), 0.85)
    drafted = has_blank(text, start)  # a draft's closing: its place or date may stand alone
    for line in [*_PLACE_BLANK_DATE.finditer(text, start), *(_PLACE_NO_DATE.finditer(text, start) if drafted else ())]:
        if place_found is None:
            place_found = Found(line["place"].strip(), line.start("place"), line.end("place"), 0.75)
    for line in _BLANK_PLACE_DATE.finditer(text, start) if drafted else ():
        hits = find_dates(text[line.end():line.end() + 60])
        if hits and hits[0].start == 0:
            date_found = Found(hits[0].date, line.end(), line.end() + hits[0].end, 0.8)
    for line in _PLACE_DATE.finditer(text, cover):  # letters put "Bekasi, 10 Mei 2022" above the addressee
        hits = find_dates(text[line.end():line.end() + 60])
        if hits and hits[0].start == 0:
            hit = hits[0]
            if line["wrap"] and not _LINE_END.match(text, line.end() + hit.end):
                continue  # "Sukamaju," / "12 Juni 2023": the date wrapped onto a line of its own, nothing after it
            if recital_tail(text, line.start(), line.end() + hit.end):
                continue  # "… Pertanian dan" / "Perikanan, 12 Juni 2008; dan": no dateline
            date_found = Found(hit.date, line.end(), line.end() + hit.end, 0.8 if line["wrap"] else 0.85)
            place_found = Found(line["place"].strip(), line.start("place"), line.end("place"), 0.85)
    return date_found, place_found


def _place_before(text: str, position: int) -> Found | None:
    """The place of a signing phrase that ends right before the date at `position` ("DONE at X on this …")."""
    signed = list(_SIGNED_AT.finditer(text, max(0, position - 120), position))
    if not signed or _quoted(text, signed[-1].start()) or "\n" in text[signed[-1].end():position]:
        return None
    return _place_after(text, signed[-1].end())


# "Ditandatangani di Tanjung" / "Reka pada tanggal …": a town's second word wrapped onto the next line (a column's
# narrow cell), before its date
_PLACE_WRAPPED = re.compile(r"[ \t]*\n[ \t]*(?!(?:Pada|Tanggal|On|Hari|Bulan|Tahun|Dated)\b)(?P<rest>[A-Z][a-z'-]+)"
                            r"(?=[ \t]*,|[ \t]+(?:pada|on|tanggal)\b)")


def _place_after(text: str, position: int) -> Found | None:
    line = re.match(r"[^\n,;]{2,60}", text[position:])
    if not line:
        return None
    raw = _PLACE_STOP.sub("", line.group()).strip(" :.")
    wrapped = _PLACE_WRAPPED.match(text, position + line.end())
    if wrapped and raw == line.group().strip() and re.fullmatch(r"[A-Z][a-z'-]+", raw):
        place = city_of(f"{raw} {wrapped['rest']}")
        return Found(place, position, wrapped.end(), 0.8) if place and place[0].isupper() else None
    raw = re.split(rf"(?!{TITLE_DOT})\.\s", raw)[0]  # "Surabaya. Indonesia": the town, not the country after it
    place = city_of(raw)
    if not place or not place[0].isupper():
        return None
    return Found(place, position, position + len(raw), 0.88)


def opening_place(text: str, start: int, end: int) -> Found | None:
    """The place named in the opening ("bertempat di Balai Kota Bogor")."""
    signed_elsewhere = [found for found in _BERTEMPAT.finditer(text, start, end)
                        if _quoted(text, found.start()) or meeting(text, found.start())]  # a meeting's place
    if signed_elsewhere:  # "made … in X, by and between: … the meeting held in Y": the opening's own place first,
        # before the sentence telling of the other signing or meeting
        other = signed_elsewhere[0].start()
        found = _opening_place(text, start, max(text.rfind(mark, start, other) for mark in (".", ";", "\n\n")))
        if found:
            return found
    start = max([start] + [found.end() for found in signed_elsewhere])  # "… yang ditandatangani di X": another's
    return _opening_place(text, start, end)


def _opening_place(text: str, start: int, end: int) -> Found | None:
    # "made on ... in X by and between"; a phrase that names nothing ("bertempat di" / "of the year …": two columns
    # of a bilingual opening run line after line) gives way to the next form
    designated = _DESIGNATION.search(text, start, end)  # ("tahun …. di X, kami": the opening's, before the parties)
    for pattern in (_BERTEMPAT, _MADE_IN, _AT_PREMISES, _DATE_THEN_AT, _AT_THEN_CLAUSE, _YEAR_THEN_AT):
        match = pattern.search(text, start, designated.start() if designated and pattern is _YEAR_THEN_AT else end)
        if match and EACH_OWN.match(match["place"]):
            return None  # "bertempat di kedudukan masing-masing": each side signs at its own seat, no one place
        found = _place_of(text, match) if match else None
        if found or match and match["place"].strip()[:1].isupper():
            return found  # a room or building that names no town ("Ruang Rapat X"): no place, none guessed
    return None


# ... its next line naming on, in capitalised words up to the clause ("Sukamaju kami yang …"); never a sentence's or an
# item's start ("Sesuai dengan …", "Masing-masing yang …", "PIHAK PERTAMA dan …", "I. Budi …")
_PLACE_GOES_ON = re.compile(r"(?!(?i:selanjutnya|sesuai|berdasarkan|masing-masing|pihak|para|bahwa|sebagai|selaku|menimbang|"
                            r"mengingat|maka|untuk|atas|guna|demikian|adapun|yang|kami|dengan)\b|[IVX]{1,4}\b|[A-Z]\b)"
                            r"(?:[A-Z(][\w.()'&/-]*|\d[\w/-]*)(?:[ \t]+(?:[A-Z(][\w.()'&/-]*|\d[\w/-]*))*"
                            r"(?=[ \t]*$|[ \t]+(?i:pada|tanggal|on|this|dalam|yang|dengan|kami|para|oleh|telah)\b)")
_TOWN_WRAPPED = re.compile(r"[ \t]*\n[ \t]*(?P<more>[A-Z][a-z'-]+(?:[ \t][A-Z][a-z'-]+)?)[ \t]*,")


def _place_of(text: str, match: re.Match) -> Found | None:
    raw, end = match["place"], match.end("place")
    more = CONTINUED.match(text, end)
    town = _TOWN_WRAPPED.match(text, end) if re.fullmatch(r"[ \t]*[A-Z][a-z'-]+[ \t]*", raw) else None
    if more and (PREMISES.match(f"{raw.strip()} {more['more']}") or room_of_premises(f"{raw.strip()} {more['more']}")) \
            and not _PLACE_STOP.search(raw):
        # a premises' name wrapped onto the next line ("bertempat di UPTD" / "Puskesmas Sukamaju, …")
        raw, end = f"{raw.rstrip()} {more['more']}", more.end("more")
    elif town:  # "bertempat di Karanganyar" / "Baru, yang …", "di Kota" / "Lembah Sari, kami": a town's name wrapped
        raw, end = f"{raw.rstrip()} {town['more']}", town.end("more")
    elif more and not _PLACE_STOP.search(raw) and _PLACE_GOES_ON.match(more["more"]):  # any place phrase the line's
        # end cut ("bertempat di Hotel Melati Kota" / "Sukamaju kami yang …", "di Pengadilan Agama" / "Sukamaju, yang
        # …"): its next line up to the clause
        raw, end = f"{raw.rstrip()} {more['more']}", more.end("more")
    place = city_of(_PLACE_STOP.sub("", raw))
    if not place:
        # "bertempat di Hotel X, Sukamaju," / "di Gedung X, Kabupaten Y:": the town or region after the building
        after = _REGION_AFTER.match(text, match.end("place"))
        if after and BUILDING.match(match["place"]):
            return Found(after["name"], after.start("name"), after.end("name"), 0.75)
        return _town_of_address(text, match.start("place"))
    return Found(place, match.start("place"), end, 0.85)


# "bertempat di Ruang Rapat Politeknik X / Jl. Merdeka PO.Box.192 Samarinda, telah ...": the address's town
_ADDRESS_TOWN = re.compile(r"\b(?:jl|jln|jalan)\b[^,;]{0,80}?\s(?P<town>[A-Z][a-z]{2,}(?:[ \t][A-Z][a-z]{2,})?)"
                           r"[ \t]*(?:\d{5})?[ \t]*,", re.IGNORECASE)


def _town_of_address(text: str, start: int) -> Found | None:
    """The town that closes the address after a room or building named as the place (a weaker reading, 0.75)."""
    phrase = text[start:start + 160]
    comma = phrase.find(",")
    address = _ADDRESS_TOWN.search(phrase, 0, comma + 1) if comma > 0 else None
    if not address or not BUILDING.match(phrase) or not address["town"][0].isupper():
        return None
    return Found(address["town"], start + address.start("town"), start + address.end("town"), 0.75)


_COVER_LENGTH = 1000  # a cover page is short


def cover_end(text: str, head_end: int) -> int:
    """Where an agreement's cover ends: a page break within its first _COVER_LENGTH characters, before the heading's
    end (the opening starts on a later page), else 0."""
    page = text.find("\f", 0, min(head_end, _COVER_LENGTH))
    return page if page != -1 else 0


def sign_date_and_place(text: str, head_end: int, opening_end: int, cover: int = 0) -> tuple[Found | None, Found | None]:
    """The signing date and place, preferring the opening for the date and the closing line for the place; `cover`:
    where an agreement's cover page ends (its dateline is the day it was typed)."""
    opened = opening_date(text, max(head_end - 400, 0), opening_end)
    dated = None if opened else _DATED.search(text, 0, max(head_end - 400, 0))
    if dated:  # "… AGREEMENT AGREEMENT, dated …, between": a text run on in one line, its heading's end not found
        opened = opening_date(text, dated.start(), opening_end)
    closed_date, closed_place = closing_date(text, opening_end, cover)
    if opened is None and closed_date is None and opening_end > head_end and not _BLANK_OPENING.search(
            text, max(head_end - 400, 0), opening_end):
        # no opening formula: the closing line ("Done in duplicate in X on ...") may stand before the first section
        closed_date, closed_place = closing_date(text, head_end, cover)
    if opened is None and closed_date is None and head_end >= len(text):
        # no opening found at all (a charter flattened into one paragraph): a phrase that says it signs on a date
        closed_date = next((Found(hit.date, hit.start, hit.end, 0.6 if hit.kind == "repaired" else 0.8)
                            for phrase, hit, _ in signed_on(text, 0) if not _quoted(text, phrase)), None)
    opening = max(head_end, opening_end)
    date = opened or closed_date or stated_dates.date_above(text, opening + 400) or \
        stated_dates.form_date(text, opening + 1500) or stated_dates.letter_date(text) or \
        stated_dates.dated_line(text, head_end) or \
        (None if _BLANK_OPENING.search(text, 0, opening) else stated_dates.heading_date(text, head_end))
    # ("Pada hari ini, ... tanggal ...": an opening left blank; the heading's date is then another document's)
    if opened and closed_date and opened.value != closed_date.value:
        date = Found(opened.value, opened.start, opened.end, opened.confidence - 0.2)
    elif opened and closed_date:
        date = Found(opened.value, opened.start, opened.end, min(0.99, opened.confidence + 0.02))
    if closed_place is None and opened is not None:  # the "opening" date is the closing line's ("DONE at X on this …
        closed_place = _place_before(text, opened.start)  # day"), read inside an opening no section ended
    place = closed_place or opening_place(text, max(head_end - 400, 0), opening_end)
    if date is not None and not isinstance(date.value, dt.date):
        date = None
    return date, place
