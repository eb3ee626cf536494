"""Parties designated by a short name instead of a role: "Kementerian X, selanjutnya disebut "KEMENTERIAN", dan PT Y,
selanjutnya disebut "Y"", "1. Budi, selaku …, selanjutnya disebut "PPK" dan 2. …", "X, hereinafter referred to as "X"".

Such texts name no PIHAK PERTAMA/KEDUA; the parties take the roles in the order the text names them (as the truth
of such documents records them). A designation of the document itself ("Perjanjian", "Kontrak", "MoU") or of both
parties together ("Para Pihak", "the Parties") names no party; the collective one ends the list.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.extract.roles import ORDINALS
from ingest.extract.soft_breaks import text_goes_on_below

_QUOTE = "\"“”'‘’•·`,"
_DESIGNATION = re.compile(
    rf"(?:(?:untuk\s+)?selanjutnya\s+(?:dalam\s+[\w\s]{{3,40}}?\s+ini\s+)?(?:secara\s+bersama(?:-sama)?\s+|masing-masing\s+)?(?:di\s*sebut|dinamakan)"
    rf"(?:\s+sebagai)?|here(?:in)?(?:[ \t]|[ \t]*\n[ \t]*)?after(?:\s+in\s+this\s+\w+)?\s+(?:jointly\s+|collectively\s+)?(?:to\s+be\s+)?"
    # ("herein after regarded as", "herein to as": a memorandum's variants, the verb perhaps left out; "herein" /
    # "after": a line's end between its words is a space)
    rf"(?:referred\s+(?:to\s+)?as|called|regarded\s+as)|herein\s+to\s+as|referred\s+herein\s+as|"  # ("referred herein
    # as", "hereinafter referred as": the "to" left out)
    rf"referred\s+to(?:\s+here(?:in)?after)?(?:\s+in\s+this\s+\w+)?\s+as)\s*(?:the\s+)?(?:[{_QUOTE}]{{1,2}}\s*(?P<short>[^{_QUOTE}\n;()]{{1,40}}?(?:\n[^{_QUOTE}\n;()]{{1,30}}?)?)\s*[{_QUOTE}]|"
    # ("hereinafter called PERTAMINA party of the first part": no comma before a contract's formula; "the DILG-RO XI":
    # a regional office's numeral after its acronym in capitals, never "Annex I")
    rf"(?<=\s)(?P<bare>(?-i:[A-Z][\w-]{{1,30}}|[A-Z][A-Z\d-]{{1,30}}[ \t]+[IVX]{{1,4}}|[A-Z]{{2,12}}(?:[ \t]+[A-Z]{{2,12}}){{1,2}}|"
    rf"[A-Z]{{2,15}}(?:/[A-Z]{{2,15}})+))(?=[ \t]*[.,;)]|[ \t]*\n|"  # a template's choice: "MUNICIPALITY/CITY"
    rf"[ \t]+party\s+of\s+the\s+\w+\s+part\b)|"
    rf"(?P<blank>_{{3,}})(?=[ \t]*(?:[.;]|,[ \t]*(?:\n|and\b))))",  # a form's blank for the short name: a party still
    # (never a defined term's blank in a sentence going on: "the site, hereinafter referred to as ____, shall be …")
    re.IGNORECASE)
# "masing-masing disebut "Pihak"", "respectively referred to as "the Party"" (each of them): both parties too
_COLLECTIVE = re.compile(r"(?:para|kedua(?:\s+belah)?)\s+pihak|(?:the\s+)?(?:both\s+)?part(?:ies|y)|pihak", re.IGNORECASE)
_TOGETHER = re.compile(r"\b(?:collectively|jointly|together|secara\s+bersama(?:-sama)?)\b", re.IGNORECASE)
# what a text calls itself or its subject: never a party
_DOCUMENT = re.compile(r"(?:perjanjian|kontrak|kesepakatan|memorandum|m\.?o\.?u|m\.?o\.?a|msp|nota|ad+endum|amandemen|amendment|"
                       r"agreement|arrangement|pekerjaan|proyek|project|program(?:me)?|surat|kegiatan|layanan|jasa|"
                       r"barang|dokumen|lampiran|pasal|peraturan|keputusan|kerja\s*sama|cooperation|"
                       r"letter|understanding|dana|biaya|harga|nilai|wilayah|lokasi|tim|panitia)\b", re.IGNORECASE)
# what a grant's or loan's text defines besides its parties ("the Grant", "the Account", "the Loan"): the whole short
# name only, since a company may open its name with such a word ("Grant Thornton")
_THING = re.compile(r"(?:the\s+)?(?:grant|account|loan|credit|fund|funds|hibah|rekening|pinjaman|kredit)", re.IGNORECASE)


# the last party named after the others' short names, before the collective designation: ") dan British Council"
# (its name perhaps broken over two lines: "dan British Council untuk" / "Indonesia selanjutnya disebut …")
_LAST_PARTY = re.compile(r"[\s)\]]*,?\s*(?:dan|and)\s+(?:the\s+)?(?-i:[A-Z])(?:[^.;:()\n\"“”]|\n(?![ \t]*\n)){2,120}?"
                         r"[\s,(]*(?:(?:untuk|dan)\s+)?",
                         re.IGNORECASE)


# between a body's abbreviation and its party's short name: the same block (no item's end, line break or "dan B")
# (a template's blank name after "and" too: "… as "Recipient," and ______, Inc. hereinafter … "Company."")
# ("-and-" alone on its line between the paragraphs: a word processor's separator, no blank line around it)
_SAME_BLOCK = re.compile(r"(?:(?!;|\n[ \t]*\n|\n[ \t]*[-–—~_]+[ \t]*(?:dan|and)[ \t]*[-–—~_]+[ \t]*\n|\n[ \t|!>]*\(?(?:\d{1,2}|[IVX]{1,4}|[a-h])[.)]|\b(?:dan|and)\s+(?:the\s+)?(?:(?-i:[A-Z])|_{3}))"
                         r"[\s\S]){1,400}")


# the last item of an English list of parties, named after the others' short names without one of its own and closed
# by the recitals ("…"; and Engr. NAME, as proponent of this alliance. WITNESSETH"): a capitalised name, one sentence
# where the recitals start (after the parties' list)
_RECITALS = re.compile(r"\b(?:W[ \t]?I[ \t]?T[ \t]?N[ \t]?E[ \t]?S[ \t]?S[ \t]?E[ \t]?T[ \t]?H|WHEREAS|Whereas|MENIMBANG|Menimbang|"
                       r"NOW,?[ \t]+THEREFORE)\b")
# the parties agreeing, or the definitions beginning ("Kedua belah pihak sepakat …", "Dalam Perjanjian ini yang
# dimaksud dengan:", "KETENTUAN UMUM"): the terms defined after them are the text's, not its parties'
_AGREED = re.compile(r"\b(?:(?:kedua\s+belah|para|kedua)\s+pihak\b[^.;:\n]{0,80}?\b(?:sepakat|bersepakat|setuju)|"
                     r"yang\s+dimaksud\s+dengan|ketentuan\s+umum)\b", re.IGNORECASE)
_LAST_UNDESIGNATED = re.compile(r"[\s\"”’')]*[;,][ \t]*\n?[ \t]*and\s+(?P<item>(?-i:[A-Z])(?:[^;:\n]|\n(?![ \t]*\n)){1,250}?)"
                                rf"\.?\s*(?={_RECITALS.pattern})")

# … its name up to the first comma: capitalised words, titles, initials and a name's joining words, never a clause
# ("and Both Parties agree to …", "and The LGU and the COLLEGE shall be referred to …", "and In view of the need …")
_NAMED = re.compile(r"(?-i:(?:[A-Z][\w.'&-]*|of|the|for|and|de|del|dela|ng|y)(?:\s+(?:[A-Z][\w.'&-]*|of|the|for|and|de|del|"
                    r"dela|ng|y)){0,14})")

_COLLECTIVE_WORD = re.compile(r"\b(?:part(?:y|ies)|both|all|each|pihak)\b", re.IGNORECASE)  # "and Both Parties, …"


def _names_a_party(item: str, found: list[ShortName]) -> bool:
    """The last undesignated item names a party: a name before its first comma, neither the parties together nor the
    others again by their short names ("and The LGU and the COLLEGE, together …")."""
    named = item.split(",")[0].strip()
    return bool(_NAMED.fullmatch(named)) and not _COLLECTIVE_WORD.search(named) and not any(
        short.short and re.search(rf"\b{re.escape(short.short)}\b", named, re.IGNORECASE) for short in found)


@dataclass(frozen=True)
class ShortName:
    start: int  # the designation clause ("selanjutnya disebut …")
    end: int
    short: str


# the next side named right after a short name ("(hereinafter called the "Government") and PT. X …"), whatever
# breaks the lines
_NEXT_SIDE = re.compile(r"[\s\"”’')]*,?\s*(?:and|dan)\s+\S", re.IGNORECASE)


def short_designations(region: str, cut: bool = False) -> list[ShortName]:
    """The short names given to parties, in order, up to the designation of both together: two at least, or one
    when the text is `cut` after it (an excerpt ending in the next party's paragraph)."""
    found, closed, enclosed = [], False, set()
    for match in _DESIGNATION.finditer(region):
        if match["blank"]:  # "hereinafter referred to as ______;": a form's party, its short name not typed in yet
            found.append(ShortName(match.start(), match.end(), ""))
            continue
        short = " ".join((match["short"] or match["bare"]).split()).rstrip(".")  # "the Parties." before the quote
        if _COLLECTIVE.fullmatch(short) or _TOGETHER.search(match.group()):  # ("hereinafter collectively referred to
            # as the "PARTNERS"": all of them together, no one party's name)
            last = _LAST_PARTY.fullmatch(region, found[-1].end, match.start()) if found else None
            if last:  # "A (selanjutnya disebut "A1") dan B selanjutnya disebut "Para Pihak"": B has no short name
                found.append(ShortName(match.start(), match.end(), ""))
            closed = True
            break
        if match["bare"] and region[match.end():match.end() + 3].lstrip(" \t").startswith(")"):
            enclosed.add(match.start())  # "A (selanjutnya disebut Kementerian), dan B (… M-USA)": no quotes
        if not re.search(r"[A-Za-z]{2}", short) or _DOCUMENT.match(re.sub(r"^the\s+", "", short, flags=re.IGNORECASE)) \
                or _THING.fullmatch(short):
            continue  # ... "the Project" inside the quotes too
        if found and _SAME_BLOCK.fullmatch(region, found[-1].end, match.start()) and \
                not _RECITALS.search(region, found[-1].end, match.start()):  # (a recital's term: no body's own)
            found.pop()  # "X, yang selanjutnya disebut BPJS Kesehatan, …, selanjutnya disebut "BPJS"": the body's own
        found.append(ShortName(match.start(), match.end(), short))
    last = _LAST_UNDESIGNATED.match(region, found[-1].end) if found and not closed else None
    if last and _names_a_party(last["item"], found):  # "…, hereinafter regarded as "B"; and C, as proponent of … .
        # WITNESSETH": C, the last, has no short name
        found.append(ShortName(last.end("item"), last.end("item"), ""))
    if not closed:  # a bare name in parentheses designates a party only in a list both parties' name closes (never
        found = [short for short in found if short.start not in enclosed]  # "(hereinafter called the Borrower)")
    if len(found) == 1 and not (cut and (text_goes_on_below(region, found[0].end) or
                                         _NEXT_SIDE.match(region, found[0].end))):
        return []  # one short name with nothing after it may name the document's subject or an agency
    # a contract's defined terms in the recitals (or in an Indonesian text's definitions after the parties agreed) are
    # no parties, once two parties have short names before them
    recitals = min((found for found in (_RECITALS.search(region), _AGREED.search(region)) if found),
                   key=lambda found: found.start(), default=None)
    before = [short for short in found if recitals and short.end <= recitals.start()]
    found = before if len(before) >= 2 else found
    # an alliance of ten bodies names ten, as many as there are roles; past the sixth, only in a list the recitals
    # close (never a text's definitions: "Program Magang, selanjutnya disebut "Program"" and the like, many of them)
    return found[:6] + [short for short in found[6:len(ORDINALS)] if short in before]
