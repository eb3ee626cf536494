"""Parties named in the heading: "ANTARA X DAN/DENGAN Y", "BETWEEN X AND Y", with a region or country beside a party."""
from __future__ import annotations

import re

from ingest.extract import roles
from ingest.extract.dates import MONTH
from ingest.extract.body_words import (BODY_INSIDE, BODY_OPENS, BODY_WORD, COUNTRIES, OPENS_BODY, REGION_KIND, UNIT_WORD,
                                        is_region)
from ingest.extract.for_label import FOR_LABEL, for_inside_list
from ingest.extract.heading_ends import DALAM_LABEL, list_end
from ingest.extract.joined_heading import joined_pair
from ingest.extract.names import BODY
from ingest.extract.offices import headed_body, regional_government
from ingest.extract.text import heading_break, smart_title

# At a line start in any case, or inside an upper-case heading line ("... ANTARA X DENGAN Y TENTANG Z").
# OCR: "ANT ARA", "BE'fWEEN"
ANTARA = re.compile(r"^\s*(?i:antara|ant[ \t]ara|between|be\W{0,2}[ft]?\W{0,2}ween|among(?:st)?)\b\s*:?|"
                     r"^[ \t]*B[ \t]E[ \t]T[ \t]W[ \t]E[ \t]E[ \t]N\b|"  # letter-spaced
                     r"(?<=[A-Z0-9)] )(?:ANTARA|ANT[ \t]ARA|BETWEEN|AMONG|antara|between)\b|"  # ("… TAHUN 2020 ANTARA")
                     # "Persetujuan an tara" / "Pemerintah X dan": a heading in title case, the list on the next lines
                     # ("Framework Agreement Between": the label in title case too)
                     r"(?<=[a-z] )(?:antara|an[ \t]tara|ant[ \t]ara|between|Antara|Between)(?=[ \t]*\n)", re.MULTILINE)
# (never "NOMOR INDUK KEPENDUDUKAN": words alone after NOMOR to the line's end are a subject's; "T E N T A N G",
# "N O M O R": the labels letter-spaced)
_LIST_END = re.compile(r"^\s*(?:T[ \t]E[ \t]N[ \t]T[ \t]A[ \t]N[ \t]G|N[ \t]O[ \t]M[ \t]O[ \t]R)\b|" + roles.ROLE_ROW + "|"
                       r"^\s*(?i:tentang|concerning|regarding|relating\s+to|on|about|(?:nomor|number)(?![ \t]+[A-Za-z][A-Za-z ,()-]*$)|"
                       r"no(?=[ \t]*[.:])|between|antara|among|"
                       r"mengenai|dalam[ \t]+(?:rangka|hal)(?=[ \t]+(?-i:[A-Z]))|pada\s+hari|untuk\s+(?:paket|pekerjaan|kegiatan|pengadaan|proyek)|"
                       r"(?-i:FOR[ \t]+THE|IN[ \t]+THE[ \t]+MATTER[ \t]+OF)(?=[ \t]*\n?[ \t]*[A-Z]{2})|"
                       # "FOR" alone or before a subject in capitals; "IN THE FIELD OF X" (a title-case heading's too)
                       + FOR_LABEL + "|"
                       r"(?-i:IN[ \t]+THE[ \t]+FIELDS?[ \t]+OF|[Ii]n[ \t]+the[ \t]+Fields?[ \t]+of)\b|"
                       r"(?:table\s+of\s+)?contents[ \t]*$|daftar\s+isi[ \t]*$)\b|"
                       # a cover's labelled line below the names: "CONTRACT AREA: X", "WORK AREA : Y" (never a party's
                       # role or a body's name before its colon: "PIHAK PERTAMA : PEMERINTAH X", "KOPERASI X :" / "Y")
                       r"^[ \t]*(?!(?i:dan|dengan|and|with|antara|between|among)\b|(?i:" + roles.ROLE + "|" + BODY.pattern + "))"
                       r"(?-i:[A-Z]{2,}(?:[ \t]+[A-Z]{2,}){0,3})"
                       r"[ \t]*:(?=[ \t\n])|"
                       # "… KINGDOM OF X THIS MEMORANDUM OF UNDERSTANDING is made …": the preamble run in
                       r"(?:^[ \t]*|(?<=[\w.),] ))(?-i:THIS[ \t]+(?:MEMORANDUM|AGREEMENT|ARRANGEMENT|MOU|CONTRACT)\b)|"
                       # "… AND NAGA  WHEREAS, the people of …": the recitals run in after the names
                       r"(?:^[ \t]*|(?<=[\w.)])[ \t]+)(?-i:WHEREAS)\b|^[ \t]*(?i:know[ \t]+all[ \t]+(?:men|persons))\b|"
                       r"\n[ \t]*\n[ \t]*\n|"
                       # "… SHIRE COUNCIL" / "" / "1. Purpose": a section in title case after the names in capitals
                       r"(?<=[A-Z)]\n)[ \t]*\n[ \t]*\d{1,2}[.)][ \t]+(?-i:[A-Z][a-z])|"
                       r"(?<=[A-Z.)] )(?-i:ON)(?=[ \t]*\n?[ \t]*[A-Z]{2})(?![^\n]*\b(?-i:BETWEEN|ANTARA)\b)|(?<=[\w.)] )(?:TENTANG|NOMOR|CONCERNING|BETWEEN|"
                       r"MENGENAI|REGARDING|RELATING\s+TO|DALAM[ \t]+(?:RANGKA|HAL(?![ \t]+INI\b))(?=[ \t]+[A-Z]{2}))\b|(?<=[A-Z.)] )(?:tentang|mengenai|concerning|regarding|Nomor)\b|"
                       r"(?<=[a-z] )(?:Tentang|Mengenai|Concerning|Regarding)(?=[ \t]*\n)|"  # "… Jerman Mengenai" / subject
                       + DALAM_LABEL + "|"
                       r"(?<=[A-Za-z] )(?-i:IN[ \t]+THE[ \t]+FIELDS?[ \t]+OF|[Ii]n[ \t]+the[ \t]+Fields?[ \t]+of)\b|"
                       r"(?<=[a-z] )(?-i:On)(?=[ \t]+[A-Z][a-z]|[ \t]*\n[ \t]*[A-Z][a-z])|"  # "… Republic Of Indonesia On Cooperation In …"
                       # "… between A UNIVERSITY and CITY OF B for Joint Projects …": a label in lower case after a
                       # name in capitals, a subject in title case after it
                       r"(?:(?<=[A-Z]{2} )|(?<=[A-Z]{2}\n))(?-i:for|on|concerning|regarding)(?=(?:[ \t]+|[ \t]*\n[ \t]*)[A-Z][a-z])|"
                       # "… AGRO,tbk No. No. Pada hari ini": a draft's number labels left blank after the name
                       r"(?<=[\w.)] )(?-i:NO|No)\.(?=[ \t]*(?:(?-i:NO|No)\.|:|$))|"
                       # "… AND X DISTRICT COUNCIL October 2012": the heading's month and year after the names
                       rf"(?:(?<=[A-Z.)] )|^[ \t]*)(?i:{MONTH})[ \t]+(?:19|20)\d\d[ \t]*$",  # (its line's end: never "MAY 2019 FESTIVAL TRUST", a name)
                       re.MULTILINE)
# ... or a unit with its region: "… KABUPATEN X DAN KANTOR PERTANAHAN KABUPATEN Y"
_REGIONAL_UNIT = rf"{UNIT_WORD}[^\n,]*?\b(?:kota|kabupaten|kab\.|provinsi|negeri|resor|daerah)\b"
# ... right after "dan", or on the next line when the heading broke after "DAN" ("... REPUBLIK INDONESIA DAN" /
# "NATIONAL UNIVERSITY OF X")
# (an English local government: "ORANGE COUNTY AND THE TOWN OF CHAPEL HILL")
_LOCAL_KIND = r"the\s+(?:city|town|county|municipality|province|borough|village|township|barangay|district)\s+of\b"
_BODY_AFTER_AND = re.compile(rf"\s+(?:dan|and)(?:[ \t]+(?={BODY_WORD}|{_REGIONAL_UNIT}|the\s+(?:[^\W\d]+[ \t]+){{0,3}}{BODY_WORD}|"
                             rf"{_LOCAL_KIND})|"
                             rf"[ \t]*\n\s*(?=the\s|(?:[^\W\d]+[ \t]+){{0,3}}{BODY_WORD}))", re.IGNORECASE)
# "… AND KELVINGRAD NATIONAL UNIVERSITY", "… DAN NORLAND COUNCIL" (perhaps broken before its body's word): an
# English body named after its place (a split only when the words before name a body: never "THE METEOROLOGY,
# CLIMATOLOGY AND GEOPHYSICAL AGENCY")
_PLACE_BODY_AFTER_AND = re.compile(r"\s+(?i:and|dan)[ \t]+(?=(?:[A-Z][\w'-]*[ \t\n]+){1,3}(?:UNIVERSIT[YI]|INSTITUTE|COLLEGE|"
                                   r"COUNCIL|AGENCY|Universit[yi]|Institute|College|Council|Agency)\b)")
# "…, DAN" only before a body's word: "KEMENTERIAN PENDIDIKAN, KEBUDAYAAN, SAINS, DAN / TEKNOLOGI JEPANG" is one body
_DENGAN = re.compile(rf"^\s*(?:dengan|with|and|dan|a[ \t]n[ \t]d|[-–—]+(?:and|dan)[-–—]+)\s*:?\s*$|\s+(?:dengan|with)(?:\s+(?:dengan|with))?\s+|"  # "DENGAN WITH"
                     r"[ \t]+[-–—~_](?:and|dan)[-–—~_][ \t]+|"  # "A -and- B" on one line (a word processor's dashes)
                     rf"(?P<listed>,\s*(?:dan|and)\s+(?=(?:the\s+)?(?:{BODY_WORD}|{UNIT_WORD})))|"
                     rf"[,;]\s*$(?!\n[ \t]*of\b)|^\s*(?:dan|and)\s+",  # ("… Affairs," / "Of The State Of X": one name)
                     re.IGNORECASE | re.MULTILINE)
# after blank lines, a line of capitals (up to three) and then the separator (or the heading's next label, after
# the last party): the party's name goes on ("… (PMI)" / "" / "" /
# "KABUPATEN SORONG" / "DENGAN :")
_CONTINUED = re.compile(r"(?:[ \t]*[A-Z][A-Z .,()&'-]{2,80}\n){1,3}(?:[ \t]*\n){0,3}[ \t]*"
                       r"(?:(?i:dengan|dan|and|with)[ \t]*:?[ \t]*\n|(?i:nomor|tentang|number|concerning)\b)")
# a name in capitals, then the opening's prose on the same line: a capitalised word and a lower-case one ("PT. X Y
# Kontrak kerja ini …")
_PROSE_AFTER = re.compile(r"(?P<name>(?-i:[A-Z][A-Z0-9'&.,()/-]*)(?:[ \t]+(?-i:[A-Z0-9][A-Z0-9'&.,()/-]*)){1,11})"
                          r"[ \t]+(?-i:[A-Z][a-z]+[ \t]+[a-z]{2,})")
# after blank lines, a separator alone on its line and another name in capitals: the list goes on ("A" / "" / "" /
# "and" / "" / "B")
_SEPARATED = re.compile(r"(?:[ \t]*\n){0,4}[ \t]*(?i:dengan|dan|and|with)[ \t]*:?[ \t]*\n(?:[ \t]*\n){0,4}[ \t]*[A-Z]{2}")
# "KEMENTERIAN X REPUBLIK INDONESIA DAN Y": a state's name ends a body's name, so the DAN after it parts two parties
# whatever Y's first word is (a foreign body's own name, a word OCR damaged: "… DAN" / "KcMENTER IAN …")
_STATE_END = re.compile(rf"(?<!\w)(?:REPUBLIK|REPUBLIC\s+OF(?:\s+THE)?|KERAJAAN|KINGDOM\s+OF)\s+(?i:{COUNTRIES})\Z")
# (the state's name broken by the page's width: "… OF THE REPUBLIC" / "OF INDONESIA AND …")
# "A UNIVERSITY and CITY OF B": a lower-case "and" between names in capitals (a heading's own small word) parts them
_LOWER_AND = re.compile(r"(?<=[A-Z]{2})(?:[ \t]+|[ \t]*\n[ \t]*)(?-i:and)(?:[ \t]+|[ \t]*\n[ \t]*)(?=[A-Z]{2,}\b)")
_CAPITAL_AND = re.compile(r"[ \t]++(?:DAN|AND)(?:[ \t]+|[ \t]*\n\s*)(?=[^\W\d_])")
_BODY_ANYWHERE = re.compile(BODY_WORD, re.IGNORECASE)


# a heading line opening with a body's word: with more parties designated than the heading's separators give, each
# such line is a party of its own ("PEMERINTAH KABUPATEN X" / "KEPOLISIAN RESOR X" / "DAN" / "KEJAKSAAN NEGERI X")
# ("BADAN PENYELENGGARA JAMINAN SOSIAL KESEHATAN" / "KANTOR CABANG X": a body's branch office is no party of its own)
_BODY_LINE = re.compile(rf"[ \t]*\n[ \t]*(?={BODY_WORD}|fakultas\b|{UNIT_WORD})"
                        r"(?!kantor[ \t]+(?:cabang|wilayah|pusat|perwakilan|regional|area)\b)", re.IGNORECASE)
# a party's own number on the line below its name, the separator on the next ("A" / "NOMOR : x" / "DENGAN" / "B"):
# the list goes on
_NUMBER_UNDER = re.compile(r"[ \t]*(?i:nomor|no\.?)[ \t]*:[^\n]*\n(?=[ \t]*(?i:dengan|dan|and|with)[ \t]*:?[ \t]*\n)")
_NUMBER_LABEL = re.compile(r"^[ \t]*(?i:nomor|no\.?)[ \t]*:", re.MULTILINE)


_BODY_COMMA = re.compile(rf",[ \t]+(?={BODY_WORD}|{UNIT_WORD})", re.IGNORECASE)
_LAST_AND = re.compile(r"[ \t]+(?:DAN|dan|AND|and)[ \t]+")
# every line its own party: a line break, lone separator lines, a separator opening the next line ("DAN X")
_EACH_LINE = re.compile(r"(?:[ \t]+(?:dan|dengan|and|with))?[ \t,;]*\n(?:[ \t]*(?:dan|dengan|and|with)?[ \t]*:?[ \t]*\n)*[ \t]*(?:(?:dan|dengan|and|with)[ \t]+)?",
                        re.IGNORECASE)
# a line that names a body whole: a body's word, or a unit's with its region or body ("DINAS KESEHATAN KABUPATEN X";
# never "FAKULTAS KEDOKTERAN" / "UNIVERSITAS X", one name over two lines)
_ITEM = re.compile(r"^(?:\d{1,2}|[a-k])[.)][ \t]+")
_WITH = re.compile(r"\b(?:dengan|with)\b", re.IGNORECASE)


# "REPUBLIK X DAN KERAJAAN Y": a state after "dan" beside another state is a party of its own, no country beside it
_AND_WORD = re.compile(r"\b(?:dan|and|dengan|with)\b", re.IGNORECASE)
# a name letter-spaced for display, five capitals or more ("K E R A J A A N")
_SPACED_NAME = re.compile(r"(?<!\S)[A-Z](?:[ \t][A-Z0-9]){4,}(?!\S)")
# a logo's placeholder opening a party's piece: "LOGO DINAS X" (the body whose logo stands there)
_OTHER_COLUMN = re.compile(r"^[^\n]*/[ \t]*$", re.MULTILINE)  # ("MITRA/": the other logo's words, cut at its slash)
_LOGO = re.compile(r"(?P<lead>\s*)(?i:logo)[ \t]+(?P<name>(?-i:[A-Z])[^\n]*)")
# a lone letter on its own line before a name (a speck OCR read beside the heading), never an item's mark ("a.")
_STRAY_LETTER = re.compile(r"^\s*[A-Za-z][ \t]*\n(?=\s*\S[^\n]{3})")
def title_parties(text: str, head_end: int, designated: int = 0) -> list[tuple[str, int, int]]:
    """Institutions named after ANTARA/BETWEEN in the title block, in order, with spans; when the opening designates
    more parties than the heading's separators give, a line opening with a body's word starts the next one; when it
    designates fewer (an excerpt cut before them), each line is one party if every line opens with a body's word and
    only DAN joins them ("A" / "B" / "DAN" / "C")."""
    if ANTARA.search(text, 0, head_end) is None:  # "PERJANJIAN …" / "A" / "DAN" / "B": no ANTARA, the names one a line
        return joined_pair(text, head_end)
    found = _title_parties(text, head_end, False)
    if designated > len(found) >= 1:
        lines = _title_parties(text, head_end, True)
        return lines if len(lines) == designated else found
    if designated < len(found) or not found:  # (a list run on past 150 letters gives none)
        each = _title_parties(text, head_end, "each")
        if len(each) > len(found) and all(OPENS_BODY.match(name) for name, _, _ in each) and \
                (not _WITH.search(text, each[0][1], each[-1][2]) or _each_signs(text, [name for name, _, _ in each])):
            return each
    return found


_CLOSING = re.compile(r"\b(?:demikian|in\s+witness\s+whereof)\b", re.IGNORECASE)


def _each_signs(text: str, names: list[str]) -> bool:
    """Whether the closing heads a signature block with each of these names, alone on its line ("UNIVERSITAS X,"):
    then the heading's "A" / "B" / "DENGAN" / "C" lists three parties, not two sides (one of them A and B together)."""
    closing = list(_CLOSING.finditer(text))
    if not closing:
        return False
    lines = {" ".join(line.split()).strip(" ,:").lower() for line in text[closing[-1].end():].split("\n")}
    lines |= {" ".join(piece.split()).strip(" ,:").lower() for line in text[closing[-1].end():].split("\n")
              for piece in re.split(r"[ \t]{2,}", line)}  # blocks side by side
    return all(" ".join(name.split()).lower() in lines for name in names)


_LINE_AND = re.compile(r"\s*(?:dan|and)[ \t]+(?=\S)", re.IGNORECASE)
# a whole regional government's name on the line before: it never goes on with "dan"
_WHOLE_REGION = re.compile(rf"(?:pemerintah|government)[ \t]+(?:{REGION_KIND}|daerah)[ \t]+\S",
                           re.IGNORECASE)


def _wrapped_and(text: str, separator: re.Match, end: int) -> bool:
    """Whether a DAN opening a line is a name's own word the line's end put first ("ANTARA KEMENTERIAN PENDIDIKAN" /
    "DAN KEBUDAYAAN REPUBLIK X DAN KEMENTERIAN Y", or "… DAN" / "UNIVERSITAS Y" below): no body's word after it, and
    one after a later DAN of the list."""
    line_and = _LINE_AND.match(text, separator.start())
    if line_and is None or line_and.end() != separator.end() or BODY_OPENS.match(text, separator.end()):
        return False
    before = text[:separator.start()].rstrip()
    if _WHOLE_REGION.match(before[before.rfind("\n") + 1:].strip()):
        return False
    return bool(_BODY_AFTER_AND.search(text, separator.end(), end))


def _title_parties(text: str, head_end: int, by_lines: bool | str) -> list[tuple[str, int, int]]:
    antara = ANTARA.search(text, 0, head_end)
    if not antara:
        return []
    stop = _LIST_END.search(text, antara.end(), head_end)
    while stop and re.fullmatch(r"\s*(?i:between|antara)", stop.group()) and "\n" not in text[antara.end():stop.start()].strip():
        antara = stop  # a bilingual heading: "… ANTARA" / "COOPERATION AGREEMENT … BETWEEN" (the kind translated)
        stop = _LIST_END.search(text, antara.end(), head_end)
    if stop and re.fullmatch(r"\s*(?i:between|antara)", stop.group()) and _SPACED_NAME.search(text, antara.end(), stop.start()):
        antara = stop  # a display heading letter-spaced ("K E R A J A A N …"), then the same in plain type: read that
        stop = _LIST_END.search(text, antara.end(), head_end)
    again = ANTARA.search(text, antara.end(), stop.start() if stop else head_end)
    if again and _SPACED_NAME.search(text, antara.end(), again.start()):
        antara = again  # ... the plain heading's ANTARA ending the line that repeats its kind ("P E ME R I N T A H" /
        stop = _LIST_END.search(text, antara.end(), head_end)  # … / "PERSETUJUAN X ANTARA" / "PEMERINTAH A" / …)
    while stop and not stop.group().strip():
        if _CONTINUED.match(text, stop.end()):  # blank lines inside a party's name, DENGAN below
            resume = stop.end()
        elif separated := _SEPARATED.match(text, stop.end()):  # ... or around a separator, the next name below them
            resume = separated.end() - 2
        else:
            break
        stop = _LIST_END.search(text, resume, head_end)
    while stop and (under := _NUMBER_UNDER.match(text, text.rfind("\n", 0, stop.start()) + 1)):
        stop = _LIST_END.search(text, under.end(), head_end)  # "A" / "NOMOR : x" / "DENGAN" / "B": the list goes on
    while stop and for_inside_list(text, stop.start(), head_end):
        stop = _LIST_END.search(text, stop.end(), head_end)  # "THE MINISTRY" / "FOR RESEARCH … OF X" / "AND" / …
    # the list ends at the page's end or at a cover's place and year ("SUKAMAJU" / "2023") below the names
    end = list_end(text, antara.end(), heading_break(text, antara.end(), stop.start() if stop else head_end))
    out, cursor = [], antara.end()
    separators = [found for found in _DENGAN.finditer(text, antara.end(), end) if not _wrapped_and(text, found, end)]
    # one line: "ANTARA PEMERINTAH KOTA X DAN UNIVERSITAS Y"; the last of three: "A DENGAN BADAN B DAN BADAN C"
    after = separators[-1].end() if separators else antara.end()
    separators += list(_BODY_AFTER_AND.finditer(text, after, end))
    separators += [found for found in _PLACE_BODY_AFTER_AND.finditer(text, after, end)
                   if _BODY_ANYWHERE.search(text, max([after] + [other.end() for other in separators
                                                             if other.end() <= found.start()]), found.start())
                   and not any(other.start() <= found.start() < other.end() for other in separators)]
    separators += [found for found in _CAPITAL_AND.finditer(text, after, end) if _after_state(text, found, after)
                   and not any(other.start() <= found.start() < other.end() for other in separators)]
    separators += [found for found in _LOWER_AND.finditer(text, after, end)
                   if not any(other.start() <= found.start() < other.end() for other in separators)]
    lone = None if separators else _lone_place_body(text, antara.end(), end)
    separators += [lone] if lone else []  # "BETWEEN NGATI A AND B DISTRICT COUNCIL": BETWEEN names two sides
    separators.sort(key=lambda match: match.start())
    alike = _alike_ands(text, separators, antara.end(), end)
    separators = sorted(separators + alike, key=lambda match: match.start())
    listed = next((separator for separator in separators if separator.re is _DENGAN and separator["listed"]), None)
    # "A DENGAN B, C DAN D", "DESA A, DESA B DAN DESA C": a DAN before a body's word (or its piece's own) closes a
    # list too
    # ("PEMERINTAH KABUPATEN A, PEMERINTAH KABUPATEN B DAN PEMERINTAH KABUPATEN C": the DAN the only separator, a comma
    # before a body's word ahead of it: a list of regencies too)
    closing = [index for index, separator in enumerate(separators)
               if separator in alike or separator.re is _BODY_AFTER_AND and (
                   index or _BODY_COMMA.search(text, antara.end(), separator.start()))]
    listed = listed or (separators[closing[-1]] if closing else None)
    if listed and not by_lines:  # "A, B, DAN C": the commas before the last ", DAN" list the bodies too
        separators += [comma for comma in _BODY_COMMA.finditer(text, antara.end(), listed.start())
                       if not any(other.start() <= comma.start() < other.end() for other in separators)]
        separators.sort(key=lambda match: match.start())
    if by_lines == "each":
        separators = [line for line in _EACH_LINE.finditer(text, antara.end(), end) if text[line.end():end].strip()]
    elif by_lines:  # ... and a comma before a body's word: "ANTARA PEMERINTAH KABUPATEN X, PEMERINTAH KOTA Y DAN …"
        separators += [line for pattern in (_BODY_LINE, _BODY_COMMA) for line in pattern.finditer(text, antara.end(), end)
                       if not any(other.start() <= line.start() < other.end() or line.start() <= other.start() < line.end()
                                  for other in separators)]
        # "A, B DAN C": after the commas that list bodies, the line's next DAN is the list's last (C need not open
        # with a body's word: "… DAN BIDAN X")
        commas = [line for line in separators if line.re is _BODY_COMMA]
        line_end = text.find("\n", commas[-1].end(), end) if commas else -1
        last = _LAST_AND.search(text, commas[-1].end(), end if line_end < 0 else line_end) if commas else None
        if last and not any(other.start() <= last.start() < other.end() for other in separators):
            separators.append(last)
        separators.sort(key=lambda match: match.start())
    joined = None  # the separator before the piece
    for separator in separators + [None]:
        piece_end = separator.start() if separator else end
        piece = text[cursor:piece_end]
        number = _NUMBER_LABEL.search(piece)
        piece = piece[:number.start()] if number else piece  # the party's number below its name is no part of it
        piece = _STRAY_LETTER.sub("", piece)  # "ANTARA" / "r" / "PEMERINTAH X": OCR's speck on a line of its own
        logo = _LOGO.match(piece)
        if logo:  # "LOGO DINAS X" / "MITRA/ DENGAN": a letterhead's logo placeholder names the body, the other
            # column's words beside it are none of its name (its own next line is: "LOGO DINAS X" / "KOTA Y")
            piece = logo["lead"] + " " * (logo.start("name") - logo.end("lead")) + logo["name"] + \
                _OTHER_COLUMN.sub(lambda row: " " * len(row.group()), piece[logo.end():])
        name = _ITEM.sub("", " ".join(piece.split()).strip(" ,;:"))  # "ANTARA :" / "1. PEMERINTAH X;" / "2. …"
        prose = _PROSE_AFTER.match(name)  # "… DENGAN PT. X Kontrak kerja ini dibuat …": the opening run on in the line
        name = prose["name"] if prose else name
        two_states = joined is not None and _AND_WORD.search(joined.group()) and is_region(out[-1][0]) if out else False
        if name and len(name) > 2 and out and is_region(name) and not two_states:
            # "THE CITY OF X, / KINGDOM OF NORWAY": the country beside a party is part of its name, not a party
            previous = out.pop()
            out.append((f"{previous[0]}, {smart_title(name)}", previous[1], cursor + len(piece.rstrip())))
        elif len(name) > 150 and (run := _run_together(piece, cursor)):
            out.extend(run)  # "ANTARA BADAN X PROVINSI A BADAN X KABUPATEN B KANTOR Y KOTA C …": no separators
        elif name and len(name) > 2 and (plural := _PLURAL_KIND.fullmatch(name)):
            # "THE CITIES OF A AND B": one kind's bodies, each a party ("City of A", "City of B")
            offset = cursor + len(piece) - len(piece.lstrip())
            kind = _SINGULAR[plural["kind"].lower()]
            for place in re.split(r"\s*,\s*(?:(?i:and)\s+)?|\s+(?i:and)\s+", plural["names"]):
                at = piece.find(place)
                out.append((smart_title(f"{kind} of {place}"), cursor + at, cursor + at + len(place)))
        elif name and len(name) > 2:
            offset = cursor + len(piece) - len(piece.lstrip())
            # "ANTARA KEPALA BADAN X DENGAN BUPATI Y": the heading names the offices; the parties are their bodies
            name = headed_body(name) or regional_government(name) or name
            out.append((smart_title(name), offset, offset + len(piece.strip())))
        if separator:
            cursor = separator.end()
        joined = separator
    # a name longer than any body's: the list ran on past the heading into the text (OCR lost its end)
    return [] if any(len(name) > 150 for name, _, _ in out) else [(_mended(name, text, end), start, stop)
                                                                    for name, start, stop in out]


# a plural kind naming several bodies of that kind in the heading: "THE CITIES OF A AND B", "THE MUNICIPALITIES OF A, B
# AND C" (each name a capitalised word or two)
_SINGULAR = {"cities": "City", "towns": "Town", "counties": "County", "municipalities": "Municipality",
             "provinces": "Province", "boroughs": "Borough", "villages": "Village", "townships": "Township"}
_PLACE_WORDS = r"(?-i:[A-Z][\w'-]*)(?:\s+(?!(?i:and)\b)(?-i:[A-Z][\w'-]*)){0,2}"
_PLURAL_KIND = re.compile(rf"(?:the\s+)?(?P<kind>{'|'.join(_SINGULAR)})\s+of\s+"
                          rf"(?P<names>{_PLACE_WORDS}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_PLACE_WORDS})+)", re.IGNORECASE)


def _lone_place_body(text: str, start: int, end: int) -> re.Match | None:
    """The one "AND" before a body named after its place ("… AND B DISTRICT COUNCIL") in a list no other separator
    parts and no comma lists, the first side named again on its own below the heading: the two sides BETWEEN names
    (never "THE METEOROLOGY, CLIMATOLOGY AND GEOPHYSICAL AGENCY", a comma's list inside one name, nor "THE
    HORTICULTURE AND FOOD RESEARCH INSTITUTE", whose first half the text never names alone)."""
    found = list(_PLACE_BODY_AFTER_AND.finditer(text, start, end))
    if len(found) != 1 or "," in text[start:found[0].start()]:
        return None
    words = re.sub(r"^(?i:the)\s+", "", " ".join(text[start:found[0].start()].split())).split()
    again = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, words)) + r"(?!\w)(?!\s+and\b)", re.IGNORECASE)
    return found[0] if words and again.search(text, end) else None


def _after_state(text: str, separator: re.Match, start: int) -> bool:
    """Whether a DAN follows a body's name that ends in its state's ("KEMENTERIAN X REPUBLIK INDONESIA DAN")."""
    return bool(_STATE_END.search(text, max(start, separator.start() - 60), separator.start()))


# a word OCR garbled: a mark or a letter of another script inside it ("kemcntrセ@n")
_GARBLED = re.compile(r"[^A-Za-z\u00c0-\u024f0-9.,'()&/\-]")


def _mended(name: str, text: str, after: int) -> str:
    """A heading's party whose first word OCR garbled, that word read where the text names the party again after the
    heading (its preamble, perhaps a word a line): a body's word before the same other words."""
    words = name.split()
    if len(words) < 3 or not _GARBLED.search(words[0]):
        return name
    rest = r"\s+".join(map(re.escape, words[1:]))
    again = re.search(rf"(?<![\w-])(?P<word>{BODY_WORD})\s+(?i:{rest})(?!\w)", text[after:after + 3000], re.IGNORECASE)
    return f"{smart_title(again['word'])} {' '.join(words[1:])}" if again else name


_LEAD_WORD = re.compile(r"\s*(?:\d{1,2}[.)]\s*)?(?P<word>[^\W\d]+\.?)")


def _alike_ands(text: str, separators: list, start: int, end: int) -> list[re.Match]:
    """The DANs inside the pieces the separators leave that stand before the word opening their piece, a body's or
    a unit's ("DESA PULAU A DAN DESA PULAU B"): two bodies of a kind."""
    out, cursor = [], start
    for separator in [*separators, None]:
        piece_end = separator.start() if separator else end
        lead = _LEAD_WORD.match(text, cursor, piece_end)
        if lead and re.fullmatch(rf"(?:{BODY_WORD}|{UNIT_WORD})", lead["word"], re.IGNORECASE):
            joined = re.compile(rf"[ \t\n]+(?:dan|and)[ \t\n]+(?={re.escape(lead['word'])}(?!\w))", re.IGNORECASE)
            out += list(joined.finditer(text, lead.end(), piece_end))
        cursor = separator.end() if separator else cursor
    return out


# a region's name, then a body's or unit's word opening the next name in a list of capitals that has no separators
# ("… KABUPATEN TIRTA BADAN …", "… PROVINSI JAWA TIMUR KANTOR …")
_REGION_THEN_BODY = re.compile(r"\b(?:KABUPATEN|KOTA|PROVINSI|PROPINSI)[ \t\n]+(?:[A-Z][A-Z'-]*\.?[ \t\n]+){1,4}?"
                               r"(?=(?:BADAN|KANTOR|DINAS|PEMERINTAH|SEKRETARIAT|RUMAH[ \t\n]+SAKIT|RSUD|UPTD?|"
                               r"KEPOLISIAN|KEJAKSAAN|PUSKESMAS|UNIVERSITAS)\b)")


def _run_together(piece: str, offset: int) -> list[tuple[str, int, int]]:
    """The names of a heading list in capitals that runs several bodies together without separators, each ending in
    its region ("BADAN X PROVINSI A BADAN X KABUPATEN B DINAS Y KABUPATEN C"): split after each region's name before
    the next body's word; none unless there are three names or more, each opening with a body's or unit's word and
    none longer than a body's name."""
    cuts = [0] + [match.end() for match in _REGION_THEN_BODY.finditer(piece)] + [len(piece)]
    out = []
    for start, end in zip(cuts, cuts[1:]):
        part = piece[start:end]
        name = " ".join(part.split()).strip(" ,;:")
        if not name:
            continue
        lead = start + len(part) - len(part.lstrip())
        out.append((smart_title(name), offset + lead, offset + lead + len(part.strip())))
    if len(out) < 3 or any(len(name) > 150 or not OPENS_BODY.match(name) for name, _, _ in out):
        return []
    return out


def completed_from_title(institution: str, titled: str) -> str:
    """The block's name cut at a comma, completed from the title: "Pemerintah Kota X" + ", Australia" (never with
    the next parties of a list the heading's separators did not split: "UPTD Puskesmas X" + ", Desa Y dan Z",
    "ALPHA UNIVERSITY" + ", BETA UNIVERSITY AND …")."""
    tail = titled[len(institution):]
    if titled.lower().startswith(institution.lower()) and tail.startswith(",") and not _LISTED_ON.search(tail) and \
            not BODY_INSIDE.search(tail):
        return institution + tail
    return institution


_LISTED_ON = re.compile(rf"\s(?:dan|dengan|and|with)\s|,\s*(?:{BODY_WORD}|{UNIT_WORD})", re.IGNORECASE)
