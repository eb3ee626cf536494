"""Forms of a title block the subject reader in titles.py consults: a regulation quoted inside the subject ("… NOMOR 5
TAHUN 2019 TENTANG RETRIBUSI"), a period's years wrapped onto their own line ("PERIODE / 2023-2025"), and the
labels that name the subject after the heading's parties ("… DENGAN B / DALAM RANGKA X", "PERIHAL X", "IN THE
FIELD OF X"), the package a procurement paper names as its subject ("PAKET PEKERJAAN X", "Nama Paket : X"), and
whether a heading's line is in capitals as OCR reads them."""
from __future__ import annotations

import re

from ingest.extract.text import is_placeholder, smart_title, tight_parens

# a line that is no part of a subject: a number's label, a chapter or article, the opening, a letter's address
TITLE_BREAK = re.compile(r"^(?:nomor|no(?=[ \t]*[.:])|bab|pasal|article|pada hari|yth|kepada)\b", re.IGNORECASE)

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
AFTER_PARTIES = re.compile(r"^[ \t]*(?:(?i:dalam[ \t]+rangka|dalam[ \t]+hal|perihal)|(?-i:IN[ \t]+THE[ \t]+FIELD[ \t]+OF))"
                           r"(?=[ \t]*:?[ \t]*\n?[ \t]*[A-Z])[ \t]*:?[ \t]*", re.MULTILINE)
_PARTY_JOIN = re.compile(r"\b(?:DENGAN|Dengan|dengan|DAN|AND)\b")


def label_after_parties(text: str, head: int, parties_start: re.Pattern) -> re.Match | None:
    """The label after the heading's parties ("ANTARA A DENGAN B / DALAM RANGKA X"): only below ANTARA and the word
    joining them (before them "DALAM RANGKA" continues a subject); a label in capitals before a subject in capitals,
    one in title case ("Dalam Rangka", "Perihal") before a capitalised word."""
    for found in AFTER_PARTIES.finditer(text, 0, head):
        opening = parties_start.search(text, 0, found.start())
        if not opening or not _PARTY_JOIN.search(text, opening.end(), found.start()):
            continue
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


# A procurement contract or its cover names its subject as a package: "PAKET PEKERJAAN X", "Nama Paket : X"
_PACKAGE = re.compile(r"^[ \t]*(?:(?P<label>(?i:nama[ \t]+)?(?i:paket(?:[ \t]+pekerjaan)?|pekerjaan))[ \t]*:[ \t]*"
                      r"(?P<value>[^\n]*\w[^\n]*)|(?P<line>(?:PAKET|PEKERJAAN)[ \t]+[A-Z][^\n]*))$", re.MULTILINE)
# after blank lines, a line opening with a preposition still continues the package's name ("... / DI KECAMATAN X")
_NEXT_LINE = re.compile(r"\n[ \t]*(?=\S)")
_CONTINUES = re.compile(r"\n(?:[ \t]*\n)*[ \t]*(?=(?:DI|KE|BAGI|DAN|UNTUK|PADA|SERTA|DARI|YANG|TAHUN)\b)")


def package_subject(text: str, head: int) -> tuple[str, int, int] | None:
    """The package a procurement paper is for, when its heading has no TENTANG line and no subject before ANTARA."""
    match = _PACKAGE.search(text, 0, head)
    if not match:
        return None
    if match["label"]:
        start, end = match.span("value")
    else:  # the package's upper-case lines, up to a blank line (unless a preposition continues), a label or prose
        start, end = match.span("line")
        while True:
            after = _NEXT_LINE.match(text, end, head) or _CONTINUES.match(text, end, head)
            if not after:
                break
            line_end = text.find("\n", after.end())
            line_end = head if line_end == -1 or line_end > head else line_end
            line = text[after.end():line_end].strip()
            if not line.isupper() or TITLE_BREAK.match(line):
                break
            end = line_end
    raw = text[start:end].strip()
    subject = " ".join(raw.split()).strip(" :;,")
    if len(subject.split()) < 2 or len(subject) > 300 or is_placeholder(subject):
        return None
    return (smart_title(subject) if subject.isupper() else tight_parens(subject)), start, start + len(raw)


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
