"""Signing phrases that tell of another document's signing, not this one's: "… yang ditandatangani di X pada …", "the
Agreement … signed at X on …", "Nota Kesepakatan … telah ditandatangani di X …", and a meeting's day in a recital
("telah diadakan rapat … pada hari Selasa tanggal …"), and a recital citing a dated document whose name wraps onto a
line like a dateline ("… Pertanian dan" / "Perikanan, 12 Juni 2008; dan")."""
from __future__ import annotations

import re

from ingest.extract.text import heading_case

# "... which was signed in X on ...", "Kesepakatan Bersama yang ditandatangani / pada tanggal ...": another document's
_ANOTHER = re.compile(r"\b(?:yang|jang|which|that|was|were)(?:\s+(?:telah|sudah|pernah|has\s+been|have\s+been|been))?"
                      r"(?:\s+(?:di|ber)?\w+)?\s*$", re.IGNORECASE)  # "jang": the spelling before 1972
_LOOKBACK = 40
# "a). The Agreement on Cultural Co-operation between … signed at Jakarta on July 7th 1968.": a clause whose subject
# is another document quotes that document's signing
_CLAUSE_START = re.compile(r"[.;:][ \t]*\n|;|\n[ \t]*\n|\n[ \t]*(?:[a-z]|\d{1,2})[.)]+[ \t]*")
# an English participle in lower case, mid-clause ("The Agreement … signed at"); an Indonesian citation says "yang
# ditandatangani", while "Kesepakatan Bersama dibuat dan ditandatangani di …" may open the document itself
_PARTICIPLE = re.compile(r"(?:signed|made|done|concluded|executed)\b")
# (after a word boundary, or glued by a lost space to the word before: "theAgreement")
_OTHER_DOCUMENT = re.compile(r"(?:\b|(?-i:(?<=[a-z])(?=[A-Z])))(?:agreement|memorandum|declaration|charter|treaty|"
                             r"convention|contract|perjanjian|persetujuan|deklarasi|piagam|nota|kesepakatan|keputusan|"
                             r"peraturan|undang-undang)\b", re.IGNORECASE)
# this document's own signing: its closing's infinitive ("… caused the Contract to be signed"), or a participle opening
# the line under a heading in capitals ("WAREHOUSE LEASE CONTRACT" / "made and entered into …")
_TO_BE = re.compile(r"\bto\s+be\s+$")
_OWN_HEADING = re.compile(r"\s*[A-Z](?:No\.|[A-Z0-9 \t.,:/&()'-])*(?:\n[ \t]*[A-Z0-9](?:No\.|[A-Z0-9 \t.,:/&()'-])*)*\n[ \t]*")
_LINE_OPENS = re.compile(r"\n[ \t]*$")
_NONBLANK = re.compile(r"\S")
_ITSELF = re.compile(r"\b(?:ini|this|the\s+present|tersebut\s+di\s+atas)\b", re.IGNORECASE)
# "Nota Kesepakatan antara PARA PIHAK telah ditandatangani di X pada …": a signing told in the past, without "yang"
_PAST = re.compile(r"\b(?:telah|sudah|pernah)\s+$", re.IGNORECASE)
# a clause a recital's label opens ("MEMPERHATIKAN", "Mengingat :", "Recalling"): the documents it names are cited
_CITED_BY_RECITAL = re.compile(r"^[\W\d]*(?:[a-z][.)]+\s*)?(?:memperhatikan|mengingat|menimbang|merujuk|menindaklanjuti|"
                               r"recalling|noting|considering|bearing\s+in\s+mind|referring\s+to|further\s+to|"
                               r"pursuant\s+to)\b", re.IGNORECASE)
_RECITAL = re.compile(r"^[\W\d]*(?:[a-z][.)]+\s*)?bahwa\b(?!.*\b(?:ini|this)\b)", re.IGNORECASE | re.DOTALL)  # a recital's clause
# "Bahwa telah diadakan rapat koordinasi pada hari Selasa tanggal … bertempat di …": a meeting's day, not a signing's
_DAY_OF = re.compile(r"pada\s+(?:hari|tanggal)\b(?!\s+ini\b)", re.IGNORECASE)
_EVENT = re.compile(r"\b(?:rapat|pertemuan|musyawarah|sosialisasi|kunjungan|audiensi|acara|kegiatan|meeting)\b",
                    re.IGNORECASE)


def quoted(text: str, position: int) -> bool:
    """Whether the signing phrase at `position` tells of another document's signing, not this one's."""
    if _ANOTHER.search(text, max(0, position - _LOOKBACK), position):
        return True
    if _DAY_OF.match(text, position):  # "… rapat koordinasi pada hari Selasa …", "Bahwa pada hari Kamis … telah …"
        return meeting(text, position) or bool(_RECITAL.search(_clause(text, position)))
    clause = _clause(text, position)
    if _CITED_BY_RECITAL.match(clause) and _OTHER_DOCUMENT.search(clause) and not _ITSELF.search(clause):
        return True  # "MEMPERHATIKAN Memorandum … antara A dan B, ditandatangani di X pada …": a recital's document
    if not _PARTICIPLE.match(text, position) and not _PAST.search(text, max(0, position - 12), position):
        return False  # "Pada hari ini", "Ditandatangani di", "DONE at": an opening or closing of its own
    if _TO_BE.search(clause) or _PARTICIPLE.match(text, position) and _LINE_OPENS.search(clause) and (
            _OWN_HEADING.fullmatch(clause) or not _NONBLANK.search(text, 0, position - len(clause)) and all(
                heading_case(line) for line in clause.split("\n") if line.strip())):
        return False  # "have caused the Contract to be signed at …", "SUPPLY CONTRACT" (or the text's first lines in
        # title case, "Contract for Works") / "made and entered into …"
    if _THIS_MEMORANDUM.fullmatch(clause.strip()):
        return False  # "This Memorandum of Agreement made and entered into this 30th day of …": its own opening
    if _NAMED_BEFORE.search(clause):
        return True  # "This Memorandum will replace the X memorandum signed in …": the participle's own document
    return bool(_OTHER_DOCUMENT.search(clause)) and not _ITSELF.search(clause)


# a document's kind right before the English participle, not this one's ("… (CORAN) memorandum signed")
_NAMED_BEFORE = re.compile(r"(?<!\bthis )(?<!\bthe )(?<!\bpresent )\b(?:agreement|memorandum|declaration|charter|treaty|"
                           r"convention|arrangement|contract)[ \t]*$", re.IGNORECASE)


# the clause only names this document by its kind's whole name ("This Memorandum of Agreement"): no other document
_THIS_MEMORANDUM = re.compile(r"(?:this|the\s+present)\s+(?:memorandum|letter|deed)\s+of\s+(?:agreement|understanding|intent)",
                              re.IGNORECASE)


def _clause(text: str, position: int) -> str:
    """The clause before `position`, from its start (a line's list mark, a semicolon, a blank line); at most 400
    characters back (a long title between the document's kind and "signed")."""
    window = text[max(0, position - 400):position]
    starts = list(_CLAUSE_START.finditer(window))
    return window[starts[-1].end():] if starts else window


def meeting(text: str, position: int) -> bool:
    """Whether the day or place phrase at `position` is a meeting's, in a clause naming the meeting and not this
    document ("Bahwa telah diadakan rapat koordinasi … bertempat di Aula Kantor Bupati X")."""
    clause = _clause(text, position)
    return bool(_EVENT.search(clause)) and not _ITSELF.search(clause)


_RECITAL_GOES_ON = re.compile(r"[ \t]*;")
_WORD_GOES_ON = re.compile(r"\b(?:dan|and|of|di|serta)[ \t]*\n[ \t]*$")


def recital_tail(text: str, line_start: int, date_end: int) -> bool:
    """Whether a "Place, date" line starting at `line_start` is the wrapped tail of a recital citing another document:
    the line before ends with a connective ("… Pertanian dan") or a semicolon follows the date ("…, 12 Juni 2008; dan")."""
    return bool(_RECITAL_GOES_ON.match(text, date_end) or
                _WORD_GOES_ON.search(text, max(0, line_start - 12), line_start))
