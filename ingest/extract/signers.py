"""Who signs for a body and in what office, in two forms the one-person rules of `parties` do not read: several
persons signing together ("Bapak A, S.Sos, Bapak B dan Bapak C, masing-masing dalam kedudukannya sebagai Ketua,
Sekretaris dan Bendahara dari Koperasi X": the persons and the offices as listed, never split at the first comma)
and an office given as the capacity a person acts in ("BUDI : Dalam hal ini bertindak sebagai direktur CV. X
Pemilik …": the office with its company)."""
from __future__ import annotations

import re

from ingest.extract.offices import OFFICE_WORD

_IN_OFFICE = r"dalam\s+(?:kedudukan|jabatan)(?:nya)?"
_SEVERAL = re.compile(rf"^(?P<persons>[^;:]{{3,240}}?),?\s+(?:{_IN_OFFICE}\s+)?masing[ \t]*[-–—]?[ \t]*masing\s+"
                      rf"(?:{_IN_OFFICE}\s+)?(?:sebagai|selaku)\s+(?P<offices>[^.;:]+?)(?=\s+(?:dari|pada|of)\b|,\s*(?-i:[a-z])|"
                      r"[.;:]|$)", re.IGNORECASE)
# where the next person starts: an honorific after a comma, or "dan"
_NEXT_PERSON = re.compile(r",\s*(?=(?:Bapak|Ibu|Sdr|Sdri|Saudara|Saudari|Tuan|Nyonya|Nona)\b)|\s+(?:dan|and)\s+")

_CLAUSE = re.compile(r"\b(?:selaku|sebagai|yang|dalam\s+hal|bertindak|atas\s+nama|berkedudukan|beralamat(?:kan)?|diwakili)\b",
                     re.IGNORECASE)


def several_signers(head: str) -> tuple[str, str] | None:
    """(persons, offices) as the block lists them when it names several persons who sign "masing-masing" in their
    offices ("Bapak A, S.Sos, Bapak B dan Bapak C", "Ketua, Sekretaris dan Bendahara"), else None."""
    found = _SEVERAL.match(" ".join(head.split()))
    if found is None or _NEXT_PERSON.search(found["persons"]) is None or _CLAUSE.search(found["persons"]):
        return None  # one person only, or a clause before "masing-masing" (not a list of names): not this form
    return found["persons"].strip(" ,"), found["offices"].strip(" ,")


# "bertindak sebagai direktur CV. X": an office word right after the capacity; never "sebagai Kuasa", "sebagai Pemasok"
# "X, berdasarkan Surat Kuasa Nomor … tanggal … selaku Pemimpin Cabang Y": "selaku" and an office word after the basis
ACTING_AS = re.compile(rf"\b(?:bertindak\s+(?:sebagai|selaku)|selaku)\s+(?P<pos>{OFFICE_WORD}[^,;(]*?)(?=\s*(?:[,;(]|\b(?:dengan|berdasarkan|"
                       r"yang|berkedudukan|beralamat(?:kan)?|selanjutnya|untuk|atas|dan\s+oleh)\b|$))", re.IGNORECASE)
# a company's name in capitals ends where the capitals do, unless a branch or legal form goes on after it
_CAPITAL_COMPANY = re.compile(r"\b(?:PT|CV|UD|PD|KSU|KUD)\b\.?\s*[A-Z0-9&.-]+(?:\s+(?:[A-Z0-9&.()-]{2,}|&))*")
_CONTINUED = re.compile(r"\s+(?:Cabang|Tbk|Kantor|Area|Wilayah|Unit|Divisi|Persero|\(Persero\))\b")


def acting_office(block: str) -> str | None:
    """The office after "bertindak sebagai" (the raw text, for `parties._position` to tidy), its company in capitals
    ending where the capitals do ("direktur CV.TANI MAKMUR Pemilik Gudang" -> "direktur CV.TANI MAKMUR")."""
    found = ACTING_AS.search(" ".join(block.split()))
    if found is None:
        return None
    office = found["pos"]
    company = _CAPITAL_COMPANY.search(office)
    if company and not _CONTINUED.match(office, company.end()):
        office = office[:company.end()]
    return office
