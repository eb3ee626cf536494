"""Parties an English opening sentence lists after its formula, as local governments' interlocal agreements write
them, with no role words and no one named as signing:

- "This Agreement is entered into between A County, hereinafter referred to as "County", and the municipalities of
  B, C and D, hereinafter referred to as "Cities and Towns"": each designation closes one side; the bodies a plural
  kind lists under one designation ("the municipalities of B, C and D", "the Cities of …") share that side's role;
- "… made and entered into this day of , 2003, by and between the X BOARD OF EDUCATION, a body politic of the State
  of Y, hereinafter called the "BOARD", and Z COUNTY, a body politic and corporate …, hereinafter called …": a body's
  description after its name is no part of it;
- "THIS AMENDMENT, agreed to … by, between, and among the Counties of A, B and C; the City of D; and the Towns of E
  and F.": no designation, each body a party of its own, in the order listed;
- "This Memorandum of Understanding is entered into on XXX 2010 by the Councils of A Shire, B Shire, C Valley and D
  City.": "by" before a plural kind of councils or shires opens the same undesignated list (a draft's placeholder
  day is no date, the signing rules' concern).

Roles follow the order (PIHAK PERTAMA, KEDUA, …); the names are read as written, the bodies of a plural kind by
their bare names ("Chatham" of "the Counties of Chatham, …"). Nothing designates the parties' roles, so confidence
0.7 (0.6 for the bare names of a plural kind).

A deed's cover in the English style lists its parties the same way, one a line with "and" alone between them, under
its "DATED …" line and above the agreement's name ("DATED 20__ / A BOROUGH COUNCIL / and / B BOROUGH COUNCIL /
_____ / SHARED SERVICE AGREEMENT"): cover_sides.

A heading in title case a site flattened into its first sentence names two places: "Sister City Agreement between
Springfield, Illinois, U.S.A. and San Pedro, Mexico The citizens of …": run_on_pair, each place with the region and
country printed beside it, and the officer who signs for a place under the closing, "Mayor Springfield, Illinois,
U.S.A. Karen Hasara" (the office, the place as the heading writes it, the person): run_on_signer."""
from __future__ import annotations

import re

from ingest.extract import roles
from ingest.extract.heads import OFFICE_NOUNS
from ingest.extract.soft_breaks import WRAPPED_WIDTH

# the formula and the words that open the list ("by, between, and among", "by and between", "between")
# (a form's "THIS AGREEMENT is entered into this … day of …, at X, by A hereinafter called "Institution" and B
# hereinafter called "Contractor."": "by" alone before a side its designation closes)
_OPENING = re.compile(r"\b(?:entered(?:\s+into)?|agreed\s+to)\b[^.;:\"“”]{0,160}?\b(?:by\W{1,3})?(?:and\W{1,3})?"
                      r"(?:between(?:\W{1,3}and\W{1,3}among)?|among)\W{1,3}|"
                      # "… is entered into on XXX 2010 by the Councils of A, B and C.": "by" before a plural kind
                      r"\bentered\s+into\b[^.;:\"“”]{0,80}?\bby[ \t\n]+(?=the[ \t\n]+(?:councils|shires)[ \t\n]+of\b)|"
                      r"\bentered\s+into\b[^.;:\"“”]{0,160}?,[ \t\n]*"
                      r"by[ \t\n]+(?=[^\"“”]{1,120}?\bhere(?:in)?after[ \t\n]+called\b)", re.IGNORECASE)
# one side's designation: ", hereinafter referred to as the "County"," ("hereinaLfter": a scan's speck inside it; the
# short name broken over two lines, "Cities and" / "Towns", is one: a line's end inside the quotes is a space); in
# parentheses too, and "sometimes": "(hereinafter "County")", "hereinafter sometimes called "City"", "(the "District")",
# "hereinafter referred to interchangeably as "County""; after "hereinafter" a short name without quotes, one
# capitalised word before a comma ("hereinafter ref.erred to as the City, and …": a scan's speck in "referred")
_DESIGNATION = re.compile(r"[ \t\n,.]*(?:(?:(?:\(\s*)?\b(?:here(?:in)?\w?a?\w?fter\s+(?:(?:sometimes|also)\s+)?(?:(?:"
                          r"ref\W?erred\s+to\s+(?:interchangeably\s+)?as|called|designated\s+as|known\s+as)\s*)?|"
                          r"(?:referred\s+to\s+as|called)\s*)|\(\s*(?=(?:the\s*)?[\"“]))(?:the\s*)?[\"“]\s*"
                          r"(?:[^\"“”\n]|\n(?![ \t]*\n)){1,40}?\s*[\"”°](?:\s*\))?|\bhere(?:in)?after\s+(?:sometimes\s+)?"
                          r"(?:ref\W?erred\s+to\s+as|called|known\s+as)\s+(?:the\s+)?(?-i:[A-Z][a-z]+)(?=[ \t\n]*,))[ \t,]*",
                          re.IGNORECASE)
# where the list ends: a sentence's end before a capital, the purpose or basis clause, the recitals
# (never a company's or an address's abbreviation: "Pine Trading Co. Ltd, hereinafter …")
_LIST_END = re.compile(r"(?<!\bCo)(?<!\bInc)(?<!\bLtd)(?<!\bCorp)(?<!\bNo)(?<!\bSt)(?<!\bBros)\.(?=\s+(?-i:[A-Z])|\s*$|[ \t]*\n)|\b(?:to\s+memorialize|pursuant\s+to|for\s+the\s+purpose|"
                       r"witnesseth|whereas)\b|\n[ \t]*\n|(?<=\.[\"”])(?=\s+(?-i:[A-Z]))", re.IGNORECASE)  # ("Contractor." The …)
# (a full stop at its line's end ends the list too: "… and F Water." / "1. Purpose", a numbered section below)
# a body's description after its name: ", a body politic …", ", a municipal corporation …", ", a Florida municipal
# corporation" (a scan's lost comma: "the City of BAYTOWN a municipal corporation …"); the organ acting for it
# (", through action of its Council", ", acting by and through its Board of Commissioners": no officer's position)
_DESCRIPTION = re.compile(r"(?:,\s+|\s+)(?:a|an)\s+(?:[A-Z]\w+\s+)?[a-z].*$|,\s*(?:acting\s+)?(?:by\s+and\s+)?"
                          r"through\s+(?:the\s+)?(?:action\s+of\s+)?its\s.*$", re.DOTALL)
# what may follow the last side's designation before the list's end: "…, both acting" (pursuant to …), the last
# side's description (""Agency," a public organization, within the meaning of …")
_AFTER_LAST = re.compile(r"[ \t\n,]*(?:(?:both|each)\s+acting\s*|(?:a|an)\s+[a-z].*)", re.DOTALL)
# who acts for a side, after its designation: "…, hereinafter sometimes called "County," acting herein by and through
# its County Judge duly authorized to so act by an Order of …, and …": the office (the side's signer's position) and
# its authority, up to the next side or the list's end; an office's noun in lower case or behind a scan's speck is
# still one ("its mayor duly authorized …", "its County .judge duly …"), read as printed
_OFFICE_WORD = rf"(?:(?-i:[A-Z])[\w'’-]*|\.?(?:{OFFICE_NOUNS}|judge)\b)"
_ACTING_WORDS = (r"[ \t\n,]*acting[ \t\n]+(?:herein[ \t\n]+)?(?:by[ \t\n]+and[ \t\n]+)?through[ \t\n]+its[ \t\n]+"
                 rf"(?:(?P<office>{_OFFICE_WORD}(?:[ \t\n]+(?:(?-i:of|and|the)[ \t\n]+)?{_OFFICE_WORD}){{0,3}})|"
                 r"(?:duly[ \t\n]+)?authorized[ \t\n]+(?:representatives?|officers?|officials?))")
_ACTING = re.compile(_ACTING_WORDS + r"(?:(?:[^;]|\n)*?)(?=,?[ \t\n]+and[ \t\n]+(?:the[ \t\n]+)?(?-i:[A-Z])|[ \t\n,.]*$),?",
                     re.IGNORECASE)
# an organ acting for a side is no officer's position ("its Board of Commissioners", "its City Council")
_ORGAN = re.compile(r"\b(?:board|council|commission|commissioners|court|committee)\b", re.IGNORECASE)
# the same clause before the side's designation: "the County of X, acting by and through its Board of
# Commissioners, hereinafter called "County""
_ACTING_BEFORE = re.compile(_ACTING_WORDS + r"[^;\n\"“”]*$", re.IGNORECASE)
# a plural kind that lists bodies of one kind: "the Counties of A, B, and C", "the municipalities of A and B"
_PLURAL = re.compile(r"(?:the\s+)?(?i:counties|cities|towns|villages|boroughs|municipalities|cities\s+and\s+towns|"
                     r"councils|shires)"
                     r"\s+of\s+(?P<names>.+)", re.DOTALL)
# a body's kind in brackets after its name in a plural kind's list ("… and D Water (a county council)")
_KIND_AFTER = re.compile(r"[ \t\n]*\((?:a|an)[ \t\n]+[a-z][^()]{0,60}\)$")
# a company's name ending in its abbreviation keeps its point ("Granite Harbor Leasing Corp., a Nevada corporation")
_ABBREVIATED = re.compile(r"\b(?:Co|Inc|Ltd|Corp|Bros)\.$")
_LEADING = re.compile(r"^(?:and\s+|the\s+)+", re.IGNORECASE)
_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
# a name as written: capitalised words, "of", "the", "and" and hyphens between them ("CHAPEL HILL- CARRBORO CITY BOARD
# OF EDUCATION", "City of Durham", "Sedi'o Woolley")
_NAME = re.compile(r"(?-i:[A-Z][\w'’.-]*)(?:\s+(?:(?-i:[A-Z][\w'’.-]*)|of|the|and|OF|THE|AND)){0,9}")
# a designated side's name with its state after a comma ("OKEECHOBEE COUNTY, FLORIDA", "the City of Ames, Iowa"):
# one body (a designation closes each side), so the comma joins no second one
_WITH_STATE = re.compile(_NAME.pattern + r",\s+(?-i:[A-Z][A-Za-z]+)(?:\s+(?-i:[A-Z][A-Za-z]+))?")
# a designated side's name as a scan damaged it, in a form's blank ("by Cali7ornxa State niversity, Long Beach
# hereinafter called …", "and __C` x of H'in ington Beach a — - - — hereinafter called …"): the blank's marks (and
# the form's "a" before a blank) trimmed, a capital first, a few words, no prose (no two words in lower case in a
# row): read as printed, weakly
_BLANK_MARKS = re.compile(r"^[_ \t\n]+|(?:\s+an?)?(?:\s*[—–_-])+\s*$")
_DAMAGED_NAME = re.compile(r"(?-i:[A-Z])\S*(?:[ \t\n]+\S+){0,7}")
# (never a side and who represents it: "Bank X represented by its Governor", "the Ministry of Y, represented by the
# Minister": the designation blocks' rules read these)
_REPRESENTED = re.compile(r"\b(?:represented|acting|through)\b", re.IGNORECASE)
_PROSE_RUN = re.compile(r"\b(?!(?:of|the|and|for)\b)[a-z]{3,}[ \t\n]+(?!(?:of|the|and|for)\b)[a-z]{3,}\b")
_DAMAGED = 0.6
_LIMIT = 700  # the list stands in the opening sentence
# the formula telling of another agreement, not this one: a past or earlier making ("a Mutual Aid Agreement was entered
# into between …", "previously entered into"), or a document named with its article before the participle ("assigns
# the Agreement entered into between …"); a recital or the witnessing before it ("WHEREAS, the Counties entered into …")
_CITED = re.compile(r"\b(?:was|were|been|had|previously|heretofore|originally|earlier)[ \t\n]+$|"
                    r"\b(?:the|an?|that|said|such|which|prior|original)[ \t]+(?:(?!this\b)[\w'-]+[ \t]+){0,5}?(?:agreement|"
                    r"contract|memorandum|compact|arrangement|amendment)[ \t\n]*,?[ \t\n]*$", re.IGNORECASE)
_RECITALS = re.compile(r"\b(?:whereas|witnesseth|recitals)\b", re.IGNORECASE)
# two bodies in one piece of an undesignated list: "Lane County and the City of Eugene; and …"
_TWO_BODIES = re.compile(r"\s(?:and|AND)\s+(?:the|THE)\s+[A-Z]")


def listed_sides(text: str, limit: int = 3000) -> list[tuple[str, str, int, int, float, str | None]]:
    """[(role, name, start, end, confidence, the office acting for it)] of the bodies the opening sentence lists in
    these forms; [] when the text has no such sentence or a piece of the list is no name (never guess)."""
    opening = next((found for found in _OPENING.finditer(text, 0, limit)
                    if not _CITED.search(text, max(0, found.start() - 80), found.start())), None)
    if opening is None or _RECITALS.search(text, 0, opening.start()):
        return []
    end = _LIST_END.search(text, opening.end(), opening.end() + _LIMIT)
    if end is None:
        return []
    listed = text[opening.end():end.start()]
    designations = list(_DESIGNATION.finditer(listed))
    sides, cursor, offices = [], 0, []
    for designation in designations:
        before = _ACTING_BEFORE.search(listed, cursor, designation.start())
        sides.append((cursor, before.start() if before else designation.start()))
        after = None if before else _ACTING.match(listed, designation.end())
        acting = before or after
        office = " ".join(acting.group("office").split()) if acting and acting.group("office") else None
        offices.append(None if office and _ORGAN.search(office) else office)
        cursor = after.end() if after else designation.end()
    if not designations:  # "… among the Counties of A and B; the City of C; and the Towns of D and E."
        sides = [(cursor, len(listed))]
    elif listed[cursor:].strip(" \t\n,.;") and not _AFTER_LAST.fullmatch(listed, cursor):
        return []  # a side left without its designation: not this form
    found: list[tuple[str, str, int, int, float, str | None]] = []
    in_order = roles.roles_in_order(text)
    for side_start, side_end in sides:
        names = _side_names(listed, side_start, side_end, bool(designations))
        if not names:
            return []
        for name, start, stop, plural, damaged in names:
            index = len(found) if not designations else sides.index((side_start, side_end))
            if index >= len(in_order):
                return []
            office = offices[index] if designations and not plural else None
            found.append((in_order[index], name, opening.end() + start, opening.end() + stop,
                          0.6 if plural else _DAMAGED if damaged else 0.7, office))
    return found if len(found) >= 2 else []


def _side_names(listed: str, start: int, end: int, designated: bool = False) -> list[tuple[str, int, int, bool, bool]]:
    """The bodies of one side (or of the whole undesignated list): [(name, start, end, from a plural kind, read as a
    scan damaged it)]."""
    names = []
    for group in re.finditer(r"[^;]+", listed[start:end]):
        piece = _DESCRIPTION.sub("", group.group())
        lead = _LEADING.match(piece.strip())
        offset = start + group.start() + (len(piece) - len(piece.lstrip())) + (lead.end() if lead else 0)
        piece = piece.strip()[lead.end() if lead else 0:].rstrip(" \t\n,")
        piece = piece if _ABBREVIATED.search(piece) else piece.rstrip(" \t\n,.")
        if not piece:
            continue
        plural = _PLURAL.fullmatch(piece)
        if plural is None:
            damaged = designated and not (_NAME.fullmatch(piece) or _WITH_STATE.fullmatch(piece))
            if damaged:
                marks = _BLANK_MARKS.match(piece)
                offset, piece = offset + (marks.end() if marks else 0), _BLANK_MARKS.sub("", piece)
            if not (_NAME.fullmatch(piece) or designated and (_WITH_STATE.fullmatch(piece) or _DAMAGED_NAME.fullmatch(
                    piece) and not _PROSE_RUN.search(piece) and not _REPRESENTED.search(piece))) or _TWO_BODIES.search(piece):
                return []
            names.append((" ".join(piece.split()), offset, offset + len(piece), False, damaged))
            continue
        cursor = plural.start("names")
        for separator in [*_SEPARATOR.finditer(piece, cursor), None]:
            stop = separator.start() if separator else len(piece)
            name = piece[cursor:stop].strip()
            kind = _KIND_AFTER.search(name)  # "… and D Water (a county council)": its kind is no part of its name
            name = name[:kind.start()] if kind else name
            if name:
                if not _NAME.fullmatch(name):
                    return []
                names.append((" ".join(name.split()), offset + cursor, offset + cursor + len(name), True, False))
            cursor = separator.end() if separator else stop
    return names


# a deed's cover: "DATED" (a date or a blank after it) alone on its line, then the parties one a line, "and" between
_DATED_LINE = re.compile(r"^[ \t]*(?i:dated)\b[ \t]*+[^\n]{0,40}$", re.MULTILINE)
_AND_LINE = re.compile(r"[ \t]*(?i:and)[ \t]*")
# a party's line: a name in capitals, perhaps numbered "(1)"
# a template's cover names each side by its role ("THE COUNCIL" / "and" / "THE CONTRACTOR"): no body named
_ROLE_ONLY = re.compile(r"THE[ \t]+[A-Z'’&.-]+")
_COVER_NAME = re.compile(r"[ \t]*(?:\(\d\)[ \t]*)?(?P<name>(?-i:[A-Z][A-Z'’&.-]*)(?:[ \t]+(?-i:[A-Z][A-Z'’&.-]*)){0,9})[ \t]*")


def cover_sides(text: str, heading: int, limit: int = 1500) -> list[tuple[str, str, int, int, float]]:
    """[(role, name, start, end, 0.7)] of the parties a deed's cover lists between its DATED line and the agreement's
    name at `heading`: two or more names, each alone on its line, an "and" line between each two; [] otherwise."""
    dated = _DATED_LINE.search(text, 0, min(heading, limit))
    if dated is None:
        return []
    names: list[tuple[str, int, int]] = []
    expecting_name = True
    for line in re.finditer(r"[^\n]*", text[:heading]):
        if line.start() <= dated.end() or not line.group().strip():
            continue
        if expecting_name:
            name = _COVER_NAME.fullmatch(line.group())
            if name is None:
                break
            names.append((name["name"], line.start() + name.start("name"), line.start() + name.end("name")))
        elif not _AND_LINE.fullmatch(line.group()):
            break
        expecting_name = not expecting_name
    if len(names) < 2 or expecting_name or any(_ROLE_ONLY.fullmatch(name) for name, _, _ in names):
        return []  # (a list that ends on "and" is no list of parties)
    in_order = roles.roles_in_order(text)
    return [(role, name, start, end, 0.7) for role, (name, start, end) in zip(in_order, names)]


# the heading's list, its words capitalised (a region's and country's after commas, "U.S.A."), up to the prose's first
# words: a capitalised word, then one in lower case ("… Mexico The citizens of …")
# (no word that opens a sentence or a subject line is a place's: "… and Beta Limited This Agreement is made …",
# "… and Villa Norte Regarding Tourism The parties …" name no place "Beta Limited This")
# (a line's end between the heading's words is a space: a page's width may break a flattened heading anywhere)
_SOFT = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
_OPENER = r"(?!(?:This|These|That|The|We|Our|In|Whereas|Regarding|Concerning|On|For|To|With|Between|And)\b)"
_PLACE = rf"{_OPENER}(?-i:[A-Z][\w'’.-]*)(?:,?{_SOFT}{_OPENER}(?-i:[A-Z][\w'’.-]*))*?"
_RUN_ON_PAIR = re.compile(rf"{_SOFT}between{_SOFT}(?P<first>{_PLACE}),?{_SOFT}and{_SOFT}(?P<second>{_PLACE}),?"
                          rf"{_SOFT}(?=(?-i:[A-Z][a-z]+{_SOFT}[a-z]))")


def run_on_pair(text: str, kind_start: int, kind_end: int) -> list[tuple[str, str, int, int, float]]:
    """[(role, place, start, end, 0.6)] of the two places a flattened heading in title case names after its kind,
    when the kind opens the text and the heading's line goes on into the prose (over soft line ends only: each line
    broken filled to the page's width, WRAPPED_WIDTH or more); [] otherwise."""
    window = text[text.rfind("\n", 0, kind_start) + 1:kind_end + 200].split("\n")
    if text[:kind_start].strip() or any(len(line.strip()) < WRAPPED_WIDTH for line in window[:-1]) or \
            not text[kind_start:kind_end].istitle():
        return []
    pair = _RUN_ON_PAIR.match(text, kind_end)
    if pair is None:
        return []
    in_order = roles.roles_in_order(text)
    return [(in_order[index], " ".join(pair[key].split()), pair.start(key), pair.end(key), 0.6)
            for index, key in enumerate(("first", "second"))]


_SIGNER_OFFICE = r"(?P<office>Mayor|Governor|Chairman|Chairperson|President|Presidente|Alcalde|Gobernador)"
# (a signing block's office and labels are no person's name: "Mayor Alderbrook, Oregon Attest City Recorder",
# "Mayor Villa Norte, Chile Date Signed")
_NO_NAME = (r"(?!(?:City|County|Town|Council|Councillor|Mayor|Governor|President|Chairman|Chairperson|Vice|Deputy|"
            r"Acting|Attest|Attested|Recorder|Clerk|Secretary|Witness|Witnessed|Date|Dated|Signed|Signature|Name|Title|"
            r"Seal|Approved|Member|Manager|Director|Commissioner|Committee|Board|Sister|Cities|International)\b)")
_PERSON = (rf"(?P<person>(?-i:{_NO_NAME}[A-Z][a-z]+(?:{_SOFT}[A-Z]\.)?(?:{_SOFT}{_NO_NAME}[A-Z][a-z'-]+){{1,2}}))"
           r"(?![\w.])")


def run_on_signer(text: str, place: str, start: int) -> tuple[str, str, int, int] | None:
    """(person, office, start, end) of the officer who signs for `place` after `start` in a flattened text: the office,
    the place as the heading writes it, then the person's name ("Mayor Springfield, Illinois, U.S.A. Karen Hasara")."""
    written = _SOFT.join(re.escape(word) for word in place.split())
    signer = re.compile(rf"\b{_SIGNER_OFFICE}{_SOFT}{written}{_SOFT}{_PERSON}")
    found = signer.search(text, start)
    return (" ".join(found["person"].split()), found["office"], found.start(), found.end()) if found else None
