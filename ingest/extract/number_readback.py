"""An agreement's own numbers read back against what else the text says: a year one digit from the signing year, a
month written in digits that is the signing month, a month read back from the scan's misreading, the kind's code in
its OCR confusions."""
from __future__ import annotations

import re

from ingest.extract.references import Reference

READ_BACK = 0.8  # a number's part read back from what the scan printed, or a year far from the signing year


def within_signing_year(numbers: list[Reference], year: int, dated: str = "") -> list[Reference]:
    """A number is given when the agreement is signed (in late December perhaps already with the next year's): a
    later year that differs from the signing year in one digit is an OCR misreading (".../2029" signed in 2022),
    unless the signing date's own words write that year too (`dated`: "tahun Dua Ribu Dua Puluh, (02-06-2022)",
    words and digits at odds: the number is left as written)."""
    out = []
    for reference in numbers:
        written = re.search(r"/((?:19|20)\d\d)$", reference.value)  # the year closes the number
        if written and int(written[1]) > year + 1 and sum(a != b for a, b in zip(written[1], str(year))) == 1 and \
                not re.search(rf"(?<!\d){written[1]}(?!\d)", dated):
            reference = Reference(reference.value[:written.start(1)] + str(year), reference.start, reference.end,
                                  round(reference.confidence * 0.85, 2))
        elif written and abs(int(written[1]) - year) >= 3:  # another agreement's number (an addendum's parent) or
            # a misread date: reviewed before the numbers of the signing year
            reference = Reference(reference.value, reference.start, reference.end, min(reference.confidence, READ_BACK))
        out.append(reference)
    return out


def months_as_written(numbers: list[Reference], text: str, month: int) -> list[Reference]:
    """A month written in digits that is the signing month stays digits: ".../SMV/11/2013" signed in November is
    not an OCR misreading of ".../II/2013" (only "1", "11" and "111" are read back as Roman numerals; a lone "1" in
    January stays ambiguous: scans read ".../Kerma/I/2020" as ".../Kerma/1/2020", so it is read back)."""
    out = []
    for reference in numbers:
        written = re.sub(r"[ \t]*/[ \t]*", "/", text[reference.start:reference.end]).split("/")
        parts = reference.value.split("/")
        if (len(written) == len(parts) >= 3 and re.fullmatch(r"\d{2}", written[-2]) and int(written[-2]) == month
                and parts[-2] != written[-2]):
            reference = Reference("/".join(parts[:-2] + written[-2:-1] + parts[-1:]), reference.start, reference.end,
                                  reference.confidence)
        out.append(reference)
    return out


def read_back_doubted(numbers: list[Reference], text: str) -> list[Reference]:
    """A number whose month was read back from what the scan printed (".../HK/1/2019" -> ".../HK/I/2019") is a guess
    at the scan's misreading (the number as printed may well be "1"): reviewed before the numbers read as printed."""
    out = []
    for reference in numbers:
        written = re.sub(r"[ \t]*/[ \t]*", "/", text[reference.start:reference.end]).split("/")
        parts = reference.value.split("/")
        if len(written) == len(parts) >= 3 and re.fullmatch(r"[IVX]+", parts[-2]) and parts[-2] != written[-2]:
            reference = Reference(reference.value, reference.start, reference.end, min(reference.confidence, READ_BACK))
        out.append(reference)
    return out


# A document's own number usually carries its kind's code ("669/LOI.26-Ker/2017"); OCR reads the code's letters
# as digits: L as "1." or "1", O as "0", I as "1" or "|", S as "5".
_KIND_CODE = {"LOI": re.compile(r"(?<=[/.\-])(?!\d{3})(?:[1lI|L]\.?[0O][1lI|])(?=[.\-/])"),
              "MOU": re.compile(r"(?<=[/.\-])(?:M[0O]U|MO[Uu])(?=[.\-/])"),
              "PKS": re.compile(r"(?<=[/.\-])PK5(?=[.\-/])")}


def with_kind_code(numbers: list[Reference], doc_type: str) -> list[Reference]:
    """Own numbers with the document kind's code read back from its OCR confusions ("669/1.01.26-Ker" -> LOI)."""
    pattern = _KIND_CODE.get(doc_type)
    if pattern is None:
        return numbers
    out = []
    for reference in numbers:
        value = pattern.sub(doc_type, reference.value, count=1)
        if value != reference.value and doc_type not in reference.value:
            reference = Reference(value, reference.start, reference.end, round(reference.confidence * 0.85, 2))
        out.append(reference)
    return out
