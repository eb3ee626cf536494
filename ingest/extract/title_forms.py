"""Forms of a title block the subject readers in titles.py and heading_subjects.py consult: where the heading's
parties begin and a number that ends a subject's line, a regulation quoted inside the subject ("… NOMOR 5
TAHUN 2019 TENTANG RETRIBUSI"), a period's years wrapped onto their own line ("PERIODE / 2023-2025"), and the
labels that name the subject after the heading's parties ("… DENGAN B / DALAM RANGKA X", "PERIHAL X", "IN THE
FIELD OF X"), and whether a heading's line is in capitals as OCR
reads them (the subjects a document names elsewhere are in named_subjects.py)."""
from __future__ import annotations

import re

from ingest.extract import nlp
from ingest.extract.dates import MONTH, MONTHS_IN_FULL
from ingest.extract.doctype import SELF_NAMED
from ingest.extract.body_words import BODY_OPENS, BODY_WORD, UNIT_WORD
from ingest.extract.heading_ends import DALAM_LABEL
from ingest.extract.soft_breaks import WRAPPED_WIDTH, line_with_soft_above, soft_before
from ingest.extract.text import heading_case

# a line that is no part of a subject: a number's label, a chapter or article, the opening, a letter's address
TITLE_BREAK = re.compile(r"^(?:nomor|no(?=[ \t]*[.:])|bab|pasal|article|pada hari|yth|kepada)\b", re.IGNORECASE)

# where a heading's parties begin: ANTARA (BETWEEN, AMONG) opening a line or after the heading's capitals
PARTIES_START = re.compile(r"(?:^[ \t]*|(?<=[A-Z0-9)] ))(?i:antara|between|among)\b|"  # "… TAHUN 2017 ANTARA"
                           r"^[ \t]*B[ \t]E[ \t]T[ \t]W[ \t]E[ \t]E[ \t]N\b", re.MULTILINE)
# DENGAN or DAN alone on its line: the word joining a heading's parties
JOINED = re.compile(r"^[ \t]*(?:DENGAN|DAN)[ \t]*$", re.MULTILINE)
# a number inside a subject's line: its label ends the subject
INLINE_STOP = re.compile(r"[ \t](?:NOMOR|Nomor|NO|No)\.?(?:[ \t]*\n)?[ \t]*:|(?<=[A-Z])(?:Nomor|No)\.?[ \t]*:|"
                         r"(?<=[A-Z0-9),] )(?:NOMOR|Nomor)[ \t]+[^\s:]*(?:\d[^\s:]*/|/[^\s:]*\d)[^\s:]*[ \t]+(?:NOMOR|Nomor|PADA|Pada)\b|"
                         r"(?<=[A-Z)])[ \t]+:[ \t]*(?:\n[ \t]*)?(?=[^\s:]*\d[^\s:]*/[^\s:]*\d)|"
                         r"[ \t](?:NOMOR|Nomor)(?:[ \t]+(?:NOMOR|Nomor)){1,7}[ \t]*(?=\n|$)")
# ("... DIRECT SALES No : PKS.110/...": one line; "KESEHATANNomor :", a space lost; "… JAWA TENGAH : 800/12/2016":
# the numbers after a colon whose label the text layer lost; "… TENTANG X NOMOR NOMOR NOMOR": a table's labels stacked)

# "PERATURAN DAERAH NOMOR 5 TAHUN 2019" (a regulation's number and year, no colon, no slash, a regulation's word on
# its line or the line before): the subject quotes a regulation, so its NOMOR is no number line of the agreement and
# the TENTANG after it names the regulation's subject (a regulation's own heading, "PERATURAN BERSAMA … / (blank) /
# NOMOR 01 TAHUN 2016 / TENTANG / X", keeps its number apart)
_REGULATION = (r"(?:PERATURAN|Peraturan|UNDANG-UNDANG|Undang-Undang|KEPUTUSAN|Keputusan|INSTRUKSI|Instruksi|PERDA|Perda|"
               r"QANUN|Qanun)\b[^\n]{0,60}?(?:\n[ \t]*)?[^\n]{0,60}?(?P<label>(?i:nomor|no\.))[ \t]+\d{1,4}[ \t]*\n?[ \t]*"
               r"(?i:tahun)[ \t]*\n?[ \t]*\d{4}\b")
_QUOTED = re.compile(_REGULATION)
_QUOTED_BEFORE = re.compile(_REGULATION + r"[ \t\n]*$")


def quotes_regulation(text: str, position: int) -> bool:
    """Whether the text just before position ends with a regulation's number and year ("PERDA NOMOR 5 TAHUN 2019")."""
    return bool(_QUOTED_BEFORE.search(text[max(0, position - 200):position]))


_PROSE_WORD = re.compile(r"(?<![\w-])[a-z][a-z-]+")


def sentence_goes_on(text: str, position: int) -> bool:
    """Whether a label in lower case at a line's start only carries on the sentence of the line of prose above it,
    left without a stop ("… pertukaran penerangan" / "mengenai seluruh kehidupan …"): a wrapped clause, no label."""
    if not text[position:position + 1].islower():
        return False
    above = text[:text.rfind("\n", 0, position)].rstrip()
    line = line_with_soft_above(above, len(above))  # (its sentence over the page's soft breaks)
    if not (line and line[-1].islower() and len(_PROSE_WORD.findall(line)) >= 4):
        return False
    # the lines it wraps open with a document's kind ("perjanjian kerja sama antara … dengan" / "rumah sakit …" /
    # "tentang X"): a heading in lower or sentence case, its label a label ("Kesepakatan Bersama ini disusun …": a
    # sentence naming the document, no heading)
    for item in reversed(above[-600:].split("\n")[-6:]):
        item = item.strip()[:60]
        if not item:
            break
        if any(hit[0] == 0 and not SELF_NAMED.match(item, hit[1]) for hit in nlp.heading_kinds(item)):
            return False
    return True


_DATE_LABEL_END = re.compile(r"[ \t]+(?i:tanggal|tgl\.?)$")
_DATE_AFTER = re.compile(rf"[ \t\n]{{0,20}}(?:\d{{1,2}}\b|(?i:{MONTH}|dj(?:anuari|uni|uli)\b))")  # (old spellings)


def without_date_label(title: str, text: str, end: int) -> str:
    """The subject without a date's label it ends on when its date follows the span apart ("… DAN TEHNIK TANGGAL" /
    "30" / "SEPTEMBER 1965", the scan split it off): the label is no part of the subject (the span keeps it: a label a
    scan broke, "T ANGGAL", leaves the reading less certain); with no date after it, "PENETAPAN TANGGAL" is one."""
    return _DATE_LABEL_END.sub("", title) if _DATE_AFTER.match(text, end) else title


def quoted_number(text: str, position: int) -> bool:
    """Whether the NOMOR at position is a quoted regulation's ("PERATURAN DAERAH NOMOR 5 TAHUN 2019")."""
    window = max(0, position - 130)
    return any(found.start("label") == position - window for found in _QUOTED.finditer(text[window:position + 40]))


# "PERIODE" / "2023-2025", "TAHUN ANGGARAN" / "2024": the years a subject's last words introduce, wrapped alone
_YEARS_LINE = re.compile(r"\d{4}(?:[ \t]*[-–/][ \t]*\d{4})?[ \t]*")
_YEARS_WORD = re.compile(r"(?:^|[ \t])(?i:periode|tahun|anggaran|masa)[ \t]*$")


def years_continue(previous: str, line: str) -> bool:
    """Whether a line of years alone continues the subject whose previous line ends with the word that names them."""
    return bool(_YEARS_LINE.fullmatch(line.strip()) and _YEARS_WORD.search(previous.rstrip()))


# after the heading's parties, a label at a line's start names the subject like TENTANG does
# ("… DAN Y DALAM RANGKA X": inside a one-line heading in capitals too)
AFTER_PARTIES = re.compile(r"(?:^[ \t]*(?:(?i:dalam[ \t]+rangka|dalam[ \t]+hal|perihal)|(?-i:IN[ \t]+THE[ \t]+FIELD[ \t]+OF))|"
                           rf"{DALAM_LABEL}(?:[ \t]*\n(?:[ \t]*\n){{0,2}})?|"  # "… DENGAN B DALAM" / (blank) / "X"
                           r"(?<=[A-Z.)] )(?-i:DALAM[ \t]+(?:RANGKA|HAL(?![ \t]+INI\b)))(?=[ \t]+[A-Z]{2}))"
                           r"(?=[ \t]*:?[ \t]*\n?[ \t]*[A-Z])[ \t]*:?[ \t]*", re.MULTILINE)
_SUBJECT_BEFORE = re.compile(r"(?<=[\w.)] )(?:TENTANG|MENGENAI|CONCERNING|REGARDING)\b")
_PARTY_JOIN = re.compile(r"\b(?:DENGAN|Dengan|dengan|DAN|AND)\b")


def label_after_parties(text: str, head: int) -> re.Match | None:
    """The label after the heading's parties ("ANTARA A DENGAN B / DALAM RANGKA X"): only below ANTARA and the word
    joining them (before them "DALAM RANGKA" continues a subject); a label in capitals before a subject in capitals,
    one in title case ("Dalam Rangka", "Perihal") before a capitalised word."""
    for found in AFTER_PARTIES.finditer(text, 0, head):
        opening = PARTIES_START.search(text, 0, found.start())
        if not opening or not _PARTY_JOIN.search(text, opening.end(), found.start()):
            continue
        line_end = text.find("\n", found.end())
        if text[text.rfind("\n", 0, found.start()) + 1:found.start()].strip() and (
                _SUBJECT_BEFORE.search(text, opening.end(), found.start()) or
                _SUBJECT_BEFORE.search(text, found.end(), line_end if line_end != -1 else len(text))):
            continue  # "… DAN B MENGENAI X DALAM RANGKA Y": inside the subject its own label opened ("… DALAM RANGKA
            # X TENTANG Y": the TENTANG after it on the line labels the subject)
        label = found.group().strip(" \t:")
        following = text[found.end():found.end() + 2].lstrip()
        if label.isupper() and following.isupper() or not label.isupper() and label[0].isupper():
            return found
    return None


def stop_after(stops: re.Pattern, text: str, position: int, head: int) -> re.Match | None:
    """The next line that ends a subject, past a TENTANG that names the subject of a regulation the subject quotes."""
    stop = stops.search(text, position, head)
    while stop and (stop.group().strip().lower().startswith("tentang") and quotes_regulation(
            text, stop.start()) or quoted_number(text, stop.start() + len(stop.group()) - len(
                stop.group().lstrip()))):
        stop = stops.search(text, stop.end(), head)
    return stop


# "… TAHUN ANGGARAN SUKAMAJU, TAHUN 2012": a cover's place (one word) and year run into the subject's line
_COVER_TAIL = re.compile(r"[ \t\n]+(?:[A-Z]{3,}|[A-Z][a-z]{2,}),[ \t]*(?i:tahun[ \t]+)?"
                         r"\d{4}[ \t]*$")


def without_cover_tail(raw: str) -> str:
    """The subject without a cover's "PLACE, TAHUN 2012" at its end (below it, heading_break cuts it already)."""
    tail = _COVER_TAIL.search(raw)
    return raw[:tail.start()] if tail else raw


# a donor-funded project's financing line in a contract's heading: "IBRD LOAN NO. 8245-ID", "PINJAMAN ADB NOMOR …"
_FINANCING_LINE = re.compile(r"^[^\n]*\b(?i:loan|credit|pinjaman)(?:[ \t]+[^\s:]+)?[ \t]+(?i:no\.?|nomor|number)(?![A-Za-z])[^\n]*$",
                             re.MULTILINE)  # (a loan's number, never "PENGELOLAAN PINJAMAN DAERAH" in a subject)


def financing_line(text: str, start: int, end: int) -> int:
    """Where a project's financing line below a contract's subject starts (the subject ends there), else end."""
    found = _FINANCING_LINE.search(text, start, end)
    return found.start() if found else end


_OCR_I = re.compile(r"(?<=[A-Z])[l|1](?=[A-Z]|[ \t\n.,)]|$)|(?<![^\s(])[l|1](?=[A-Z]{2})")


def upper_line(line: str) -> bool:
    """Whether a line is in capitals, OCR's "l", "|" or "1" for "I" read back ("PENDIDlKAN", "BAGl", "1LMU"); the
    title keeps them as written (an "l" after capitals may be a parenthesis OCR misread: "PROJECT IIAEUPl")."""
    return MIXED_IN_CAPITALS.sub("", _OCR_I.sub("I", line)).isupper()


# words printed in mixed case inside a heading in capitals: "PT TELEKOMUNIKASI INDONESIA Tbk", "RSUD dr. SOETOMO"
MIXED_IN_CAPITALS = re.compile(r"(?<!\S)(?:Tbk\.?|dr\.|drg\.|Dr\.|Hj\.|Ir\.|Prof\.)(?!\S)")


# a word of a heading in capitals (OCR's "l" for "I" read back by upper_line), and a number's label inside a line
_CAPS_WORD = re.compile(r"[^\s]+")
_LABEL_WORD = re.compile(r"(?:NOMOR|NO|Nomor|No)\.?:?$")
_SECTION_AFTER = re.compile(r"[ \t]+(?:Pasal|Bab|BAB|Article|Section|Halaman|Page)\b")
# (a word in lower case goes on a sentence: "KAMI YANG … di bawah"; a degree follows a signatory's name: "X, M.Kes.")
_WORD_AFTER = re.compile(r"[ \t]+(?![A-Z]{1,2}\.[A-Za-z]{1,4}\.)[‘'\"“]?[A-Z]")
# capitals opening a line that are not the subject's words carried there: an opening's first words, a party or its
# signatory named first ("DINAS X, berkedudukan", "HENDRA W, S.H., M.H. Kepala", "NAMA :"), a preamble's or a
# chapter's heading, a place and date ("SUKAMAJU, 8 JANUARI 2024 Yang …")
_NOT_CARRIED = re.compile(r"(?:MUKAD+IMAH|PEMBUKAAN|PREAMBULE?|PENDAHULUAN|LATAR[ \t]+BELAKANG|BISMILLAH\w*|ASSALAMU\w*|"
                          r"MENIMBANG|MENGINGAT|MEMPERHATIKAN|BAB|PASAL|ARTICLE|SECTION|RECITALS?|WHEREAS|WITNESSETH|"
                          r"KETENTUAN[ \t]+UMUM|KAMI|PARA[ \t]+PIHAK|PIHAK[ \t]+(?:PERTAMA|KEDUA|KESATU|KETIGA)|(?:THE[ \t]+)?PARTIES|THIS|WE)\b|(?:DR|DRS|IR|PROF|HJ?)\.|"
                          r".*(?:[:;]$|(?<![\w.])[A-Z]{1,2}\.[A-Z]{1,3}\.(?=[\s,]|$)|\b\d{1,2}[ \t]+(?:"
                          + "|".join(name.upper() for names in MONTHS_IN_FULL.values() for name in names) + r")\b)",
                          re.DOTALL)  # (a month's name in full, in capitals: "8 JANUARI", "8 MARCH")
_ITEM_MARK = re.compile(r"[ \t]*(?:\d{1,2}|[A-Za-z]|[IVX]{1,4})[ \t]*[.)](?![\w.])")


def capitals_leading(text: str, start: int, end: int) -> int | None:
    """Where the capitals opening the line text[start:end] end when the line goes on in mixed case: a heading in
    capitals run into the opening and broken at the page's width ("… TENTANG HIBAH KOLEKSI DAN" / "PERLENGKAPAN
    PERPUSTAKAAN Departemen …", "… LANJUTAN Nomor : 1/PKS/2023"); None when the line has no such capitals."""
    if _ITEM_MARK.match(text, start, end):
        return None  # "1 . THIS MEMORANDUM expresses …": a numbered paragraph of the body
    last = None
    for word in _CAPS_WORD.finditer(text, start, end):
        token = word.group()
        if _LABEL_WORD.match(token) or re.search(r"[a-z]", _OCR_I.sub("I", token)) and \
                not MIXED_IN_CAPITALS.fullmatch(token):
            break
        last = word
    else:
        return None  # the line is capitals to its end (or empty): not run into prose here
    lead = text[start:last.end()] if last else ""
    if not re.search(r"[A-Z]{2}", lead) and not _YEARS_LINE.fullmatch(lead.strip()) or _SECTION_AFTER.match(text, last.end()) \
            or not _WORD_AFTER.match(text, last.end()) or _NOT_CARRIED.match(lead.strip()):
        return None  # ("KETENTUAN UMUM Pasal 1": a chapter's heading above its first article; "PADA PROGRAM [...]": a
        # form's field, no prose)
    return last.end()


def opening_line_start(text: str, start: int, head: int) -> int:
    """Where a subject starting at `start` must end at the latest, given the opening at `head`: the start of the
    opening's line (below the subject's first line), or past the capitals that open that line when the page's width
    broke the subject there ("… TENTANG PELAYANAN KESEHATAN" / "RADIOLOGI Pada hari ini …")."""
    line_start = text.rfind("\n", 0, head) + 1
    if text.rfind("\n", start, head) <= 0:
        return head
    previous = text[text.rfind("\n", 0, line_start - 1) + 1:line_start - 1]
    line_end = text.find("\n", line_start)
    lead = capitals_leading(text, line_start, len(text) if line_end == -1 else line_end) if len(
        previous.strip()) >= WRAPPED_WIDTH else None
    return min(lead, head) if lead else line_start


def capitals_after(text: str, line_end: int, limit: int) -> int:
    """Where a subject in capitals ending a line at line_end really ends when the page's width broke it: past the
    lines in capitals below a line that filled the width, up to the capitals that open a line going on in prose
    ("… Tentang PENYELENGGARAAN PENDIDIKAN," / "DAN PENGABDIAN KEPADA MASYARAKAT Nomor : …"); line_end otherwise."""
    end = line_end
    while end < limit and len(text[text.rfind("\n", 0, end) + 1:end].strip()) >= WRAPPED_WIDTH:
        following = text.find("\n", end + 1)
        cut = (following == -1 or following > limit) and text[limit:following if following != -1 else None].strip()
        following = limit if following == -1 or following > limit else following
        line = text[end + 1:following].strip()
        if not line or TITLE_BREAK.match(line):
            break
        lead = capitals_leading(text, end + 1, following)
        if lead:
            return lead
        if not upper_line(line) or cut:
            break  # ("… HABIS PAKAI" / "KAMI YANG BERTANDA TANGAN di bawah": the opening begins inside the line)
        end = following
    return end


_BETWEEN = re.compile(r"(?<![^\W\d_])(?:ANTARA|ANT[ \t]ARA|BETWEEN)(?![^\W\d_])")


def heading_again(text: str, start: int, end: int) -> int | None:
    """Where the heading starts again inside a subject run on one line (a cover and the first page joined: "… MENGENAI
    X MEMORANDUM SALING PENGERTIAN ANT ARA A DAN B MENGENAI X"): the words before the first ANTARA and after it the
    first party's, its DAN and the next party's first word (else the first two), printed again in the same order; None
    when the subject holds no such repetition (never "… TENTANG PELAKSANAAN NOTA KESEPAHAMAN ANTARA A DAN C": the
    subject citing another memorandum of the first party's)."""
    first = _BETWEEN.search(text, 0, start)
    if first is None:
        return None
    kind = text[text.rfind("\n", 0, first.start()) + 1:first.start()].split()
    words = text[first.end():first.end() + 200].split()[:13]
    joint = next((index for index, word in enumerate(words[:-1]) if word in ("DAN", "DENGAN", "AND", "WITH")), None)
    party = words[:joint + 2] if joint else words[:2]
    if not 1 <= len(kind) <= 8 or len(party) < 2:
        return None
    gap = r"(?:[ \t]+|[ \t]*\n[ \t]*)"  # (a single line break: the page's width broke the run)
    again = re.compile(r"(?<=\s)" + gap.join(map(re.escape, kind)) + gap + r"(?:ANTARA|ANT[ \t]ARA|BETWEEN)" + gap
                       + gap.join(map(re.escape, party)) + r"(?![^\W\d_])")
    found = again.search(text, start, end)
    return found.start() if found else None


def heading_again_on_stop(text: str, start: int, stop: re.Match | None) -> int | None:
    """Where the heading starts again inside the line a stop found ("… KESEJAHTERAAN PETANI" / "MELALUI PENINGKATAN
    PERTANIAN MEMORANDUM SALING PENGERTIAN ANTARA …"): the subject's words open that line when the page's width
    broke the line above it; None otherwise."""
    if stop is None or not stop.group().strip():
        return None
    line_start = text.rfind("\n", 0, stop.start() + 1) + 1
    if line_start < 1 or not soft_before(text[text.rfind("\n", 0, line_start - 1) + 1:line_start - 1]):
        return None
    line_end = text.find("\n", line_start)
    again = heading_again(text, start, len(text) if line_end == -1 else line_end + 300)  # (its parties run on below)
    return again if again and line_start < again < (len(text) if line_end == -1 else line_end) else None


# A heading without ANTARA whose parties follow the kind (and the subject, if any) in capitals: the first party starts
# at a line opening with a body's word ("UPT PUSKESMAS X" / "DINAS KESEHATAN Y" / "DENGAN" / "SMA NEGERI 5 Z"), at a
# line naming both ("KLINIK X DENGAN PUSKESMAS Y"), or on the line above one opening with DENGAN ("TK X" / "DENGAN
# PUSKESMAS Y"); never at "… DENGAN STRATEGI X", a subject's own word
# (a body's or a unit's word opening the line: not body_words.BODY_OPENS, which takes "the" and an association's words too)
_UNIT_LINE = re.compile(rf"[ \t]*(?:{BODY_WORD}|{UNIT_WORD})", re.IGNORECASE)
# (a line naming both opens with the first one's word: "PENANGGULANGAN TB DENGAN PUSKESMAS SEBAGAI JEJARING" is a subject)
# (or with a practitioner's, or after another kind and a slash: "DPM/KLINIK X DENGAN PUSKESMAS Y")
_BOTH_NAMED = re.compile(rf"[ \t]*(?:[A-Z]{{2,5}}[ \t]*/[ \t]*)?(?:{BODY_OPENS.pattern}|(?:tk|dpm|dokter|bidan)\b)[^\n]*?[ \t]DENGAN[ \t]+(?:{BODY_WORD}|{UNIT_WORD})",
                         re.IGNORECASE)
_JOIN_OPENS = re.compile(r"[ \t]*DENGAN(?:[ \t]*$|[ \t]+(?=[A-Z]))", re.MULTILINE)
_HEADING_LINE = re.compile(r"^[ \t]*(?=\S)(?P<line>[^\n]*)", re.MULTILINE)


def parties_line(text: str, start: int, end: int) -> int | None:
    """Where the heading's first party starts between the kind's end (start) and end, by those forms; None when no
    line of capitals there joins two parties (a contract's "PENGADAAN X" / "DINAS Y" / "TAHUN 2020" names its owner,
    no parties)."""
    previous = body = None
    for found in _HEADING_LINE.finditer(text, start, end):
        line = found["line"]
        if line != line.upper():
            return None  # the opening's prose: no heading line joined two parties
        line_start = found.start("line")
        if _JOIN_OPENS.match(text, line_start, end):
            return body if body is not None else previous
        if _BOTH_NAMED.match(line):
            return body if body is not None else line_start
        if body is None and _UNIT_LINE.match(text, line_start):
            body = line_start
        previous = line_start
    return None


_SMALL_WORD_END = re.compile(r"(?:^|[ \t])(?-i:of[ \t]+the|the|of|and|to|for|by|between|dan|yang|untuk|antara|dengan)[ \t]*$")


def prose_begins(text: str, start: int, end: int) -> bool:
    """Whether a line in title case (`start`..`end`) is the first line of prose the page's width broke after a small
    word, its next line in ordinary case ("The National Institute of X of the" / "Republic of Y (hereinafter …"):
    a heading's line never ends in "of the" with prose below it."""
    if not _SMALL_WORD_END.search(text, start, end):
        return False
    following = text.find("\n", end + 1)
    following = text[end + 1:len(text) if following == -1 else following]
    return bool(following.strip()) and not heading_case(following)
