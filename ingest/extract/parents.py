"""The agreement a document implements or amends: its number as the text cites it (never one it replaces or
renews), and an addendum's heading that names the amended agreement."""
from __future__ import annotations

import datetime as dt
import re

from ingest.extract.dates import find_dates
from ingest.extract.references import CITED, KIND, NOT_AGREEMENT, PAYMENT_LABEL, Reference, is_number, tidy

_SLASHES_LOST = re.compile(r"(\d{1,5})[ \t]+(?!(?i:tahun|year)\b)([A-Z][\w.\-]*?[\w])\.?[ \t]+((?:19|20)\d\d)\b")


# A predecessor is cited like a parent: the agreement this one replaces or renews ("... yang telah berakhir pada
# tanggal ...", "menggantikan Perjanjian ..."), and an addendum of another agreement, are never its parent
_ENDED = re.compile(r"\b(?:telah|sudah)\s+(?:berakhir|habis)|\b(?:dicabut|diganti(?:kan)?|tidak\s+berlaku\s+lagi)\b|"
                    r"\b(?:has|have|had)\s+(?:expired|ended|lapsed)|\b(?:was|were|is|are)\s+(?:replaced|superseded|"
                    r"terminated|revoked)\b|(?<!akan )\b(?P<ends>berakhir|expired?|ended)\b", re.IGNORECASE)
_REPLACES = re.compile(r"\b(?:menggantikan|mengganti|pengganti|mencabut|memperbarui|pembaruan|"
                       r"replaces?|supersedes?|renews?|renewal\s+of)\b[^.;]{0,25}$", re.IGNORECASE)
_AMENDS = re.compile(r"addendum|adendum|amandemen|amendment", re.IGNORECASE)
_AMENDMENT_OF = re.compile(r"\b(?:addendum|adendum|amandemen|amendment)(?:\s+(?:[IVX]+|ke-?\w+|\w+))?\s+(?:atas|terhadap|"
                           r"of|to)\s+$", re.IGNORECASE)  # "Addendum II atas Perjanjian ...": the addendum is cited
_CLAUSE_END = re.compile(r";|\.[ \t]*\n|\.[ \t]+(?=[A-Z0-9])")
# "Alamat : Jl. Melati No. 12/3": a house number in an address is no agreement's number
_ADDRESS = re.compile(r"\b(?:jl|jln|jalan|gedung|komplek|kompleks|perumahan)\b[^\n;,:]{0,50}$", re.IGNORECASE)


# an agreement of one of the parties with a body outside this one ("antara Pihak Pertama dengan PT. X", "between the
# First Party and X"): a contract of its own, no parent of this one
_WITH_OUTSIDER = re.compile(r"\b(?:antara\s+pihak\s+(?:pertama|kesatu|kedua|ketiga)\s+dengan|between\s+the\s+"
                            r"(?:first|second|third)\s+party\s+and)\s+(?!(?:pihak|the\s+(?:first|second|third)\s+party)\b)",
                            re.IGNORECASE)


def _predecessor(text: str, kind: re.Match, cited_end: int, amends: bool, signed: dt.date | None) -> bool:
    """Whether the agreement cited here is one this document replaces, renews or that has ended, or (unless the
    document is an addendum itself) an addendum of another agreement."""
    before = text[max(0, kind.start() - 60):kind.start()]
    if not amends and (_AMENDS.fullmatch(kind.group()) or _AMENDMENT_OF.search(before) or _REPLACES.search(before)):
        return True  # (an addendum extending or changing an agreement cites its parent: "perpanjangan … Nomor X")
    stop = _CLAUSE_END.search(text, cited_end, cited_end + 400)
    ended = _ENDED.search(text, cited_end, stop.start() if stop else cited_end + 400)
    if not ended or not ended["ends"]:
        return bool(ended)
    # "... yang berakhir pada tanggal 8 Desember 1993": ended when that day is not after this document's signing
    hits = find_dates(text[ended.end():ended.end() + 80])
    return bool(hits and signed and hits[0].date <= signed)


# The kind a cited agreement is named by (the phrases of KIND), as the document kinds are named
_CITED_KINDS = (("KB", re.compile(r"kesepakatan", re.IGNORECASE)),
                ("MOU", re.compile(r"nota|memorandum|mou", re.IGNORECASE)),
                ("LOI", re.compile(r"letter", re.IGNORECASE)),
                ("ADDENDUM", re.compile(r"add|aden|amand", re.IGNORECASE)))


def _cited_kind(phrase: str) -> str:
    return next((kind for kind, pattern in _CITED_KINDS if pattern.match(phrase)), "PKS")


def parent_agreement(text: str, own: list[Reference], start: int, amends: bool = False,
                     signed: dt.date | None = None, own_kind: str | None = None) -> Reference | None:
    """The number of the agreement this one implements or amends, as cited after its title block; never one it
    replaces or renews, which the recitals cite the same way (confidence 0.7 when the number was read unslashed).
    A number left partly blank ("…/DMH/VII/2020") identifies no document: cited below for an agreement of another
    kind than `own_kind` (a Kesepakatan Bersama in a PKS), the same pattern is that agreement's (confidence 0.6)."""
    mine = {reference.value for reference in own}
    passed = start  # a citation already judged (a predecessor) is not read again from a kind word inside it
    for kind in KIND.finditer(text, start):
        after = text[kind.end():kind.end() + 12].lower()
        if kind.start() < passed or re.match(r"\s*(?:ini|this)\b", after):
            continue  # inside a citation already judged, or the document speaking of itself
        if not amends and _AMENDS.fullmatch(kind.group()) and re.match(r"(?:\s+\S+)?\s+(?:atas|terhadap|of|to)\b",
                                                                       text[kind.end():kind.end() + 30], re.IGNORECASE):
            continue  # "Addendum atas Perjanjian ... Nomor X": judged from the agreement's kind word below
        window_end = min(len(text), kind.end() + 320)
        for cited in CITED.finditer(text, kind.end(), window_end):
            between = text[kind.end():cited.start()]
            if NOT_AGREEMENT.search(between) or PAYMENT_LABEL.search(between) or between.count(".\n") or \
                    ";" in between or KIND.search(between):
                break  # a number belongs to the nearest kind named before it
            if _ADDRESS.search(text, max(text.rfind("\n", 0, cited.start()) + 1, cited.start() - 60), cited.start()):
                continue
            if _WITH_OUTSIDER.search(between):
                break  # "Perjanjian … antara Pihak Pertama dengan PT. X Nomor …": one party's contract with another
            value, length, confidence = tidy(re.sub(r"[ \t]*\n[ \t]*", "", cited["value"])), len(cited["value"]), 0.85
            unslashed = _SLASHES_LOST.match(text, cited.start("value"))
            if not is_number(value) and unslashed:
                value, length, confidence = "/".join(unslashed.groups()), len(unslashed.group()), 0.7
            if any(ref.start <= cited.start("value") < ref.end for ref in own):
                break  # the document's own number where the heading writes it
            if any(number.startswith(value) for number in mine):
                if "…" not in value or own_kind in (None, _cited_kind(kind.group())):
                    break  # the document's own number (perhaps broken at a space: "441.91/ 022/PKS/2016")
                confidence = 0.6  # a blank pattern the document shares with an agreement of another kind
            if is_number(value):
                if _predecessor(text, kind, cited.start("value") + length, amends, signed):
                    passed = cited.start("value") + length
                    break
                return Reference(value, cited.start("value"), cited.start("value") + length, confidence)
            break
    return None


# "ADENDUM PERTAMA / PERJANJIAN KERJA SAMA / NOMOR 620/Kerma/V/2023 / ANTARA ...": the number under the amended
# agreement's kind in an addendum's heading is that agreement's, not the addendum's
AMENDED_KIND = re.compile(r"^[ \t]*(?:atas[ \t]+|terhadap[ \t]+|to[ \t]+(?:the[ \t]+)?|of[ \t]+(?:the[ \t]+)?)?"
                          r"(?:perjanjian[ \t]+kerja[ \t]*sama|kesepakatan[ \t]+bersama|nota[ \t]+kesepahaman|perjanjian|"
                          r"(?:co-?operation[ \t]+)?agreement|memorandum[ \t]+of[ \t]+(?:understanding|agreement)|"
                          r"implementing[ \t]+arrangement)\b[^\n]*$", re.IGNORECASE)  # "AMENDMENT No. 1 / TO THE AGREEMENT"


_TENTANG_LINE = re.compile(r"^[ \t]*(?:TENTANG|Tentang)\b", re.MULTILINE)
_DATED_BELOW = re.compile(r"[^\n]*\n(?:[ \t]*\n)*[ \t]*(?i:tanggal|tgl\.?|dated?)[ \t]*:")


def amended_in_heading(text: str, numbers: list[Reference]) -> tuple[list[Reference], Reference | None]:
    """(the addendum's own numbers, the amended agreement's number named under its kind in the heading)."""
    about = _TENTANG_LINE.search(text, numbers[0].end) if numbers else None
    above = [reference for reference in numbers if about and reference.end <= about.start()]
    below = [reference for reference in numbers if about and reference.start > about.start()]
    if above and below and _DATED_BELOW.match(text, above[-1].end):
        # "ADDENDUM / PERJANJIAN … / NOMOR : A / TANGGAL : … / TENTANG … / NOMOR : B": the dated numbers above the
        # subject are the amended agreement's; the addendum's own follow the subject
        return below, Reference(above[0].value, above[0].start, above[0].end, 0.8)
    # (never the addendum's own heading line, run on: "PERJANJIAN PERUBAHAN (ADDENDUM) PERJANJIAN … TENTANG …")
    return under_kind_line(text, numbers, skip_amending=True) or (numbers, None)


def under_kind_line(text: str, numbers: list[Reference],
                    skip_amending: bool = False) -> tuple[list[Reference], Reference] | None:
    """(the other numbers, the first number standing right under an agreement's kind line or on it after the kind:
    "… / PERJANJIAN KERJA SAMA / NOMOR : X"), the number of the agreement a heading names, at 0.85; None when none
    does. skip_amending: a kind line that itself amends (an addendum's own heading) names no other agreement."""
    for index, reference in enumerate(numbers):
        line_start = text.rfind("\n", 0, reference.start) + 1
        before = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1:max(0, line_start - 1)]
        if (AMENDED_KIND.match(before) and not (skip_amending and _AMENDS.search(before))) or \
                AMENDED_KIND.match(text[line_start:reference.start]):
            return numbers[:index] + numbers[index + 1:], Reference(reference.value, reference.start, reference.end,
                                                                    0.85)
    return None
