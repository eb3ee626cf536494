"""The agreement's title: the subject after TENTANG (ON, CONCERNING, MENGENAI), else the subject its heading or
its cover names; a report's or letter's own heading or Perihal."""
from __future__ import annotations

import re

from ingest.extract import (bilingual, cover_dateline, gerund_subjects, loan_numbers, named_subjects, papers, roles,
                            stated_subjects, title_forms)
from ingest.extract.doctype import Kind, kind_in_subject, letter_subject
from ingest.extract.garbled import phrase_letters
from ingest.extract.for_label import FOR_LABEL, for_inside_list
from ingest.extract.heading_parties import title_parties
from ingest.extract.heading_subjects import (heading_subject, run_on_subject, subject_above_numbers, subject_below_parties,
                                           title_case_subject)
from ingest.extract.soft_breaks import WRAPPED_WIDTH
from ingest.extract.title_forms import INLINE_STOP, JOINED, MIXED_IN_CAPITALS, PARTIES_START, upper_line
from ingest.extract.text import (BLANK_END, heading_break, heading_case, is_placeholder, smart_title, tight_parens,
                                 unspaced)


def title_of(text: str, kind: Kind, head: int) -> tuple[str, int, int, float] | None:
    """(title, start, end, confidence): the TENTANG subject (0.9); without one, the subject the heading names (0.75)."""
    letter = letter_subject(text) if kind.doc_type == "OTHER" else None
    if letter and letter[1:] == (kind.start, kind.end):  # a letter: its Perihal, wherever its addressee stands
        return (*letter, 0.9)
    if (amending := kind_in_subject(text, kind)) is not None:  # "Re: X Loan No. 8123-ID; Amendment No. 2"
        return (*amending, 0.8)
    # a regulation, a decree or a staff paper ("KEPUTUSAN BUPATI X / NOMOR … / TENTANG / Y"): its subject follows TENTANG
    regulation = kind.doc_type == "OTHER" and phrase_letters(text[kind.start:kind.end]).startswith(_DECREES)
    # "PERSETUJUAN / ANTARA ... / TENTANG X": no kind, or one named only in the prose below the heading ("Merujuk
    # pada Berita Acara …", never a heading line OCR read below the opening)
    unnamed = kind.doc_type == "OTHER" and (kind.end <= kind.start or kind.start >= head and bool(
        text[text.rfind("\n", 0, kind.start) + 1:kind.start].strip()))
    # "WORK PLAN / UNDER MEMORANDUM OF UNDERSTANDING / BETWEEN … / ON X": a paper under an agreement carries its subject
    under = kind.doc_type == "OTHER" and _UNDER.match(text, kind.end)
    if kind.doc_type != "OTHER" or regulation or unnamed or under:  # a joint regulation's subject follows TENTANG too
        found = find_title(text, head)
    else:
        found = papers.heading_title(text, kind)
        if not found:
            found = papers.run_together_title(text, kind)
            if found:
                return (*found, 0.75)
    if found:
        return (*found, 0.9)
    if kind.doc_type != "OTHER":
        found = gerund_subjects.gerund_subject(text, kind.end) if kind.end > kind.start else None
        if found:  # "MEMORANDUM OF UNDERSTANDING / DESIGNATING VOLUNTEERS …": the subject below, no label
            return (*found, 0.75)
        found = title_case_subject(text, head)
        if found:
            return (*found, 0.8)
        found = stated_subjects.expressed_subject(text)
        if found:  # "This Memorandum expresses the understandings of A and B concerning X" (the heading lost)
            return (*found, 0.6)
        found = stated_subjects.defined_subject(text)
        if found:  # only the recitals name it: weak evidence
            return (*found, 0.6)
        found = heading_subject(text, kind, head) or named_subjects.package_subject(text, head) or \
            subject_above_numbers(text, kind, head) or run_on_subject(text, kind) or \
            subject_below_parties(text, kind, head, _parties_end(text, head))
        if found:
            return (*found, 0.75)
        found = stated_subjects.named_subject(text) or stated_subjects.for_subject(text) or \
            named_subjects.subject_above_opening(text, kind.start, kind.end)
        if found:  # the opening's sentence names it (or the lines above it, without a heading): weaker than a heading
            return (*found, 0.7)
    found = loan_numbers.cover_subject(text)
    if found:  # a development bank's conformed copy: "LOAN NUMBER 4712-IND / Project Agreement / (X Project)"
        return (*found, 0.75)
    found = named_subjects.subject_before_kind(text) if kind.end <= kind.start else None
    return (*found, 0.6) if found else None  # "Cessation of Hostilities / Framework Agreement Between": no known kind


def _parties_end(text: str, head: int) -> int | None:
    """Where the heading's last party ends (None when the heading lists none)."""
    listed = title_parties(text, head)
    return listed[-1][2] if listed else None


_DECREES = ("PERATURAN", "KEPUTUSAN", "SURATKEPUTUSAN", "TELAAHANSTAF")
_UNDER = re.compile(r"\s+(?:UNDER|DI[ \t]+BAWAH)\s+(?:THE\s+)?(?:MEMORANDUM|AGREEMENT|NOTA|PERJANJIAN|KESEPAKATAN)\b",
                    re.IGNORECASE)


_TENTANG = re.compile(r"^[ \t]*(?:(?:concerning|regarding|on|about)[ \t]+tentang|tentang[ \t]+(?:concerning|regarding|on)|"
                      # "TENTANG" / "ON": a bilingual label on two lines (its translation alone on the next)
                      r"tentang[ \t]*\n[ \t]*(?:concerning|regarding|on|about)(?=[ \t]*\n)|"
                      r"tentang[ \t]*/[ \t]*(?:concerning|regarding|on|about)|(?:concerning|regarding|on|about)[ \t]*/[ \t]*tentang|"
                      r"tentang|concerning|regarding|relating\s+to|on|about|mengena[il1|]|"
                      r"(?-i:FOR(?=[ \t]+THE\b)|IN[ \t]+THE[ \t]+MATTER[ \t]+OF)(?=[ \t]*\n?[ \t]*[A-Z]{2})|"
                      r"(?-i:[Ff]or[ \t]+the(?=[ \t]+[A-Z][\w-]*[ \t]+[A-Z]))|"  # "for the KALAHI-CIDSS Program" opening its line
                      # "FOR" / "For" alone on its line or before a subject in capitals, "IN THE FIELD OF X" (after the
                      # parties: find_title checks)
                      + FOR_LABEL + "|"
                      r"(?-i:IN[ \t]+THE[ \t]+FIELDS?[ \t]+OF|[Ii]n[ \t]+the[ \t]+Fields?[ \t]+of)(?=[ \t]*\n?[ \t]*[A-Z])|"
                      r"T[ \t]?E[ \t]?N[ \t]?T[ \t]?A[ \t]?N[ \t]?G(?=[ \t]*:?[ \t]*$))\b[ \t]*:?[ \t]*",
                      re.IGNORECASE | re.MULTILINE)  # "CONCERNING TENTANG": a bilingual label is one label;
# "TENT ANG" alone on its line: the label as OCR or letter-spacing split it
# "MEMORANDUM OF UNDERSTANDING BETWEEN A AND B ON X": an English heading in capitals run into one line
_INLINE_ON = re.compile(r"^[ \t]*[A-Z][A-Z .]*[ \t]BETWEEN[ \t][^\n]*?(?:\n[ \t]*[A-Z][^\n]*?)?(?<=[A-Z.)] )(?:ON|CONCERNING|REGARDING)"
                        r"(?:[ \t]+|[ \t]*\n[ \t]*)(?=[A-Z])", re.MULTILINE)  # (or on the line the heading wraps onto)
# inside a one-line heading; or a title-case heading's label at its line's end ("Pemerintah X Mengenai" / subject)
# "MEMORANDUM OF AGREEMENT ON STUDENT EXCHANGES BETWEEN" (the parties on the next lines): the subject between ON and
# the BETWEEN that ends the line
# (or, after the kind alone, on the lines before a BETWEEN of its own: "MEMORANDUM OF UNDERSTANDING ON X" / "Y" /
# "BETWEEN")
_INLINE_ON_BEFORE = re.compile(r"^[ \t]*[A-Z][A-Z .'-]*?[ \t]ON[ \t]+(?=[A-Z][A-Z .'-]*?[ \t]BETWEEN[ \t]*\n)|"
                               r"^[ \t]*(?:MEMORANDUM[ \t]+OF[ \t]+(?:UNDERSTANDING|AGREEMENT)|LETTER[ \t]+OF[ \t]+INTENT|"
                               r"(?:IMPLEMENTING[ \t]+)?ARRANGEMENT|(?:[A-Z]+[ \t]+)?AGREEMENT)[ \t]+ON[ \t]+"
                               r"(?=[A-Z][A-Z ,.'-]*\n(?:[ \t]*[A-Z][A-Z ,.'-]*\n){0,2}[ \t]*BETWEEN\b)", re.MULTILINE)
_BETWEEN_ENDS = re.compile(r"[ \t\n]BETWEEN\b")
_INLINE_TENTANG = re.compile(r"(?<=[A-Za-z0-9.…,)] )(?:TENTANG|CONCERNING|MENGENAI)\s+(?=[A-Z])|"
                             r"(?<=[a-z] )(?:Tentang|Mengenai|Concerning|Regarding)[ \t]*(?=\n\s*[A-Z])|"
                             # "… TRISAKTI Tentang" / "PENYELENGGARAAN …": the label in title case, the subject in
                             # capitals carried below it by the page's width
                             r"(?<=[A-Z] )(?:Tentang|Mengenai)[ \t]*(?=\n[ \t]*[A-Z]{2}[^a-z\n]*\n)|"
                             # "… Antara RSUD X Dengan CV. Y Tentang PENGELOLAAN LIMBAH …": inside a one-line heading
                             r"(?<=[A-Z] )(?:Tentang|Mengenai)[ \t]+(?=[A-Z]{3,}[ \t]+[A-Z]{3,})")
# (a subject's line "NOMOR INDUK KEPENDUDUKAN …", words alone after NOMOR to the line's end, goes on)
_STOP_PARTS = (r"^[ \t]*(?:(?:nomor|number)(?![ \t]+[A-Za-z][A-Za-z ,()-]*$)|"
               r"nomor(?:[ \t]+nomor)+[ \t]*$|tanggal(?=[ \t]*:)|N[ \t]O[ \t]M[ \t]O[ \t]R|no(?=[ \t]*[.:…])|antara|between|among|pada\s+hari|dengan\s+rahmat|tentang{english})\b|"
               r"^[ \t]*$|^[ \t]*(?:preamble|pembukaan|mukadimah|mukaddimah)[ \t]*$|"  # the preamble's heading
               r"^[ \t]*[\[(]?[A-Z ]*(?:MEMORANDUM|AGREEMENT|UNDERSTANDING)|"
               r"^[ \t]*(?:PERJANJIAN|KESEPAKATAN[ \t]+BERSAMA|NOTA[ \t]+KESEPAHAMAN)\b|"  # the heading again
               r"^[ \t]*(?:WORK[ \t]+PLAN|RENCANA[ \t]+KERJA|PLAN[ \t]+OF[ \t]+ACTION)[ \t]*$|"  # a work plan's, alone
               r"^[ \t]*[A-Z][A-Z ]{{2,30}}\.?\n(?:[ \t]*\n)*[ \t]*\d{{1,2}}\.[ \t]*$|"  # a section: "GENERAL(.)" / "1."
               r"^[ \t]*[A-Z]{{3,}}(?:[ \t][A-Z]{{3,}})?[ \t]+\d{{1,2}}[ \t]*[.•][ \t]*$|"  # ... its number beside it: "GENERAL 1."
               + roles.ROLE_ROW.replace("{", "{{").replace("}", "}}"))  # the roles over a table of numbers
_TITLE_STOP = re.compile(_STOP_PARTS.format(english="|on|concerning|regarding|about"), re.IGNORECASE | re.MULTILINE)
# after an English label ("RELATING TO"), a line starting "ON ..." continues the subject: no English half follows
_TITLE_STOP_EN = re.compile(_STOP_PARTS.format(english=""), re.IGNORECASE | re.MULTILINE)
_ENGLISH_LABEL = re.compile(r"\s*(?:relating\s+to|concerning|regarding|on|about|for|in\s+the\s+(?:matter|fields?)\s+of)\b"
                            r"(?!\s+tentang)", re.IGNORECASE)


_CAPITAL_RUN = re.compile(r"((?:[A-Z0-9()/&,.“”\"'-]+[ \t\n]+)+[A-Z0-9()/&,.“”\"'-]*[A-Z0-9)])[ \t\n]+(?=[A-Z][a-z])")


# the next line with text, past blank lines and lines holding only a stray OCR mark ("'", ")")
_FOLLOWING = re.compile(r"(?:\s*\n[ \t]*[^\w\s]{1,2}[ \t]*(?=\n))*\s*\n[ \t]*(?P<line>[^\n]+)")
_MARK_LINE = re.compile(r"\n[ \t]*[^\w\s]{1,2}[ \t]*(?=\n)")


# a block of upper-case lines with "DAN" or "DENGAN" alone on one of them: the heading's parties
_PARTIES_BELOW = re.compile(r"(?:[ \t]*[^\n\sa-z][^\na-z]*\n){1,3}[ \t]*(?:DAN|DENGAN|AND)[ \t]*\n")


# ".........SJ.T.0219" or "445/12/2020" alone on a line below the subject: a number whose label stands elsewhere
_NUMBER_LINE = re.compile(r"[^\w\s]*(?=[^\s]*\d)[\w.…/\-]+")


# below a blank line: a lettered or Roman-numbered section, or the official who decrees, his office and a comma
_PAPER_BODY = re.compile(r"[ \t]*(?:(?:[A-H]|[IVX]{1,4})\.[ \t]+[A-Z]|[A-Z][A-Z .'-]*,[ \t]*$)")


_CHANGED_TO = re.compile(r"^\s*(?i:semula)\s*:.*?\b(?i:diubah\s+menjadi|menjadi)\s*:\s*", re.DOTALL)


# labels read only after the parties, or in a heading that names none
_AFTER_PARTIES = re.compile(r"\s*(?:for|in\s+the\s+fields?\s+of)\b", re.IGNORECASE)
# an ordinance's caption ending "… AND PROVIDING / FOR THE EFFECTIVE DATE HEREOF.": the council's paper's own coming
# into force, never the subject of the agreement below it
_OWN_EFFECT = re.compile(r"\s*(?:the\s+)?effective\s+date\s+(?:hereof|thereof)\b", re.IGNORECASE)


def find_title(text: str, head: int) -> tuple[str, int, int] | None:
    """The subject after TENTANG (or ON/CONCERNING) in the title block: (title, start, end)."""
    # "FOR THE X" introduces a subject after the parties ("BETWEEN A AND B / FOR THE X"); before them it is part of
    # the kind's name ("AMENDMENT TO THE AGREEMENT / FOR THE SUPPLY OF GAS / BETWEEN …")
    # (a TENTANG after "… NOMOR 5 TAHUN 2019" names a quoted regulation's subject, not the agreement's)
    match = next((found for found in _TENTANG.finditer(text, 0, head) if (not _AFTER_PARTIES.match(found.group())
                  or (PARTIES_START.search(text, 0, found.start()) or not PARTIES_START.search(text, found.end(), head))
                  and not for_inside_list(text, found.start(), head))
                  and not title_forms.quotes_regulation(text, found.start()) and not _OWN_EFFECT.match(text, found.end())
                  and not title_forms.sentence_goes_on(text, found.start() + len(found.group()) - len(found.group().lstrip()))),
                 None)
    match = match or title_forms.label_after_parties(text, head) or next(
        (found for found in _INLINE_TENTANG.finditer(text, 0, head)
         if not title_forms.quotes_regulation(text, found.start())), None) or _INLINE_ON.search(text, 0, head) or \
        _INLINE_ON_BEFORE.search(text, 0, head)
    if not match:
        return None
    start = match.end()
    if match.re is _INLINE_ON_BEFORE:
        end = _BETWEEN_ENDS.search(text, start).start()
        return smart_title(" ".join(text[start:end].split())), start, end
    if not text[start:text.find("\n", start) if "\n" in text[start:] else len(text)].strip():
        start += len(text[start:head]) - len(text[start:head].lstrip())  # subject below a bare TENTANG (blank lines too)
    head = heading_break(text, start, head)  # a cover's place and year below the subject, its page's end
    head = title_forms.opening_line_start(text, start, head)  # not the opening line
    first_line_end = text.find("\n", start)
    stops = _TITLE_STOP_EN if _ENGLISH_LABEL.match(match.group()) else _TITLE_STOP
    stop = title_forms.stop_after(stops, text, first_line_end if first_line_end != -1 else head, head)
    # (a subject in title case after "for the" goes on below a blank line in title case too: page texts put them)
    lowered = re.fullmatch(r"(?-i:[Ff]or[ \t]+the)[ \t]*", match.group()) is not None
    while stop and not stop.group().strip() and (lowered or upper_line(text[start:first_line_end].strip())):
        following = _FOLLOWING.match(text[stop.start():head])
        line_start = text.rfind("\n", 0, stop.start() + following.start("line")) + 1 if following else 0
        if (not following or not (heading_case if lowered else upper_line)(following["line"].strip())
                or stops.match(text, line_start)
                or _NUMBER_LINE.fullmatch(following["line"].strip())):
            break  # a blank line inside an upper-case subject, as page texts put them, does not end it
        if re.search(r"(?m)^[ \t]*(?:\d{1,2}[.)][ \t]*)?" + re.escape(" ".join(following["line"].split()[:2])),
                     text[:match.start()]):
            break  # a party of the heading (its name opening a line there) named again: its identity paragraph begins
        if _PARTIES_BELOW.match(text, stop.start() + following.start("line")):
            break  # "TENTANG / X / (blank) / A / DENGAN / B": the heading's parties follow its subject
        if _PAPER_BODY.match(following["line"]):
            break  # a staff paper's first section ("A. PERSOALAN"), a decree's speaker ("BUPATI SUKAMAJU,")
        if title_forms.without_cover_tail(text[start:stop.start()].rstrip()) != text[start:stop.start()].rstrip():
            break  # "… TAHUN" / "ANGGARAN SUKAMAJU, TAHUN 2012": the cover's place and year end its page
        stop = title_forms.stop_after(stops, text, stop.start() + following.end(), head)
    end = title_forms.heading_again_on_stop(text, start, stop) or (stop.start() if stop else head)
    inline = INLINE_STOP.search(text, start, min(end, first_line_end if first_line_end != -1 else end))
    end = inline.start() if inline else end
    first_upper = upper_line(text[start:first_line_end].strip())
    joined = JOINED.search(text, first_line_end, end) if first_upper and first_line_end > 0 else None
    if joined and joined.group().strip() == "DAN" and text.count(";", 0, match.start()) >= 2:
        joined = None  # "A; B; C DAN D / TENTANG / X / DAN / Y": the parties listed above, a lone DAN joins the subject
    if joined:  # "TENTANG / X / A / DENGAN / B": the line above the lone DENGAN starts the first party
        end = max(first_line_end, text.rfind("\n", first_line_end, text.rfind("\n", 0, joined.start())))
    cursor = first_line_end
    while 0 < cursor < end:  # an upper-case title ends where ordinary text begins
        line_end = text.find("\n", cursor + 1)
        line_end = end if line_end == -1 or line_end > end else line_end
        line = text[cursor + 1:line_end].strip()
        previous = text[text.rfind("\n", 0, cursor) + 1:cursor]  # "PERIODE" / "2023-2025": the years go on
        if line and first_upper and not upper_line(line) and not re.fullmatch(r"[^\w\s]{1,2}", line) and not \
                title_forms.years_continue(previous, line):
            # a line the page's width broke: the capitals opening the next line still belong to the subject
            lead = title_forms.capitals_leading(text, cursor + 1, line_end) if len(
                previous.strip()) >= WRAPPED_WIDTH else None
            end = lead or cursor
            break
        cursor = line_end if line_end > cursor else end
    if not first_upper and heading_case(text[start:first_line_end]):
        cursor = first_line_end  # a subject in title case ("Research, Education and Training / In the Field of ...")
        while 0 < cursor < end:  # ends where a line of prose begins (its own words in lower case)
            line_end = text.find("\n", cursor + 1)
            line_end = end if line_end == -1 or line_end > end else line_end
            if not heading_case(text[cursor + 1:line_end]) or title_forms.prose_begins(text, cursor + 1, line_end):
                end = cursor
                break
            cursor = line_end if line_end > cursor else end
    inline = INLINE_STOP.search(text, start, end) if first_line_end != -1 else None
    end = inline.start() if inline else end  # ("… DAN" / "PAKET Nomor : 1/PKS/2024": the page's width broke the line)
    end = title_forms.heading_again(text, start, end) or end  # a cover and the first page run into one line
    raw = re.sub(r"(?:\n[ \t]*[^\s\w]?\w?[^\s\w]?[ \t]*)+$", "", text[start:end].strip())  # a stray OCR mark ("I")
    raw = _MARK_LINE.sub("\n", raw)
    # "TENTANG X / ON Y": the Indonesian half; "SYMPOSIUM / SEMINAR" is one subject
    raw = re.split(r"\s/\s(?=\s*(?i:on|concerning|regarding|about|tentang)\b)|\n[ \t]*/", raw)[0]
    raw = bilingual.indonesian_lines(raw)  # "KERJA SAMA X" / "COOPERATION ON X": the Indonesian subject
    raw = cover_dateline.before_dateline(raw)  # "… ( X SYSTEM ) ‘Tirtapura, Mei 2021 …": a cover run in
    caps = _CAPITAL_RUN.match(raw)
    if caps and not upper_line(raw[caps.end():].lstrip()):
        raw = caps.group(1)  # "KERJASAMA KOTA KEMBAR Pemerintah Kota X ...": the subject ends where the capitals do
    raw = title_forms.without_cover_tail(raw)
    changed = _CHANGED_TO.search(raw)
    if changed:  # an addendum's subject "SEMULA : X / DIUBAH MENJADI : Y": the subject is now Y
        start, raw = start + changed.end(), raw[changed.end():]
    title = " ".join(unspaced(raw).split()).strip(" :;,")  # "P E L A Y A N A N  R U J U K A N": closed up
    title = title_forms.without_date_label(title, text, start + len(raw.rstrip()))
    if re.fullmatch(r'["“][^"“”]+["”]', title):
        title = title[1:-1].strip()  # TENTANG / “PELAYANAN X”: the subject in quotes
    trimmed = BLANK_END.sub("", title)  # "PELAYANAN RUJUKAN ………" (or "____"): the subject, its blank left for more
    if trimmed != title and not is_placeholder(trimmed):
        title = trimmed
    if not title or len(title) > (600 if upper_line(title) else 300) or raw.rstrip().endswith(":") or is_placeholder(title):
        return None  # a sentence that introduces a list (the subject line was lost to OCR) is not a title
    return (smart_title(title) if MIXED_IN_CAPITALS.sub("", title).isupper() else tight_parens(title)), start, start + len(raw.rstrip())

