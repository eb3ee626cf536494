"""One party's block of the opening read: (institution, signatory, position, confidence) from "Nama : …" forms,
tables, "X, dalam hal ini diwakili oleh Y selaku Z" sentences and "untuk dan atas nama X" clauses."""
from __future__ import annotations

import re

from ingest.extract.identity_labels import (EMPTY_NAME, INSTITUTION_LABEL, NAME_LABEL, POSITION_LABEL,
                                          REPRESENTATIVE_LABEL, inline_rows_joined)
from ingest.extract.columns import LABEL_LINE, cell, unflattened
from ingest.extract.body_words import is_region
from ingest.extract.signers import acting_office, several_signers
from ingest.extract.heads import OFFICE, OFFICE_NOUNS, PERSON_PARTICULARS, position_of, split_head
from ingest.extract.names import BODY, DEGREE, clean_name, is_body, named_like_body
from ingest.extract.offices import HEAD_OF, OFFICE_NAMED, OFFICE_WORD, headed_body, institution_from_position
from ingest.extract.bodies import BODY_DESCRIPTION, institution_named

_NUMBERING = re.compile(r"^[\s;:.,|>_'\"-]*(?:dan\s+|and\s+)?(?:"
                        # "1.a. X", "I.A. Tuan X": a numbered item's sub-item (a roman one before an honorific only:
                        # "I.B. Putu X", "I.A. Mirah Y" are Balinese names' initials)
                        r"(?:\d{1,2}\.[a-hA-H]\.\s+|[IVX]{1,4}\.[a-hA-H]\.\s+(?=(?:tuan|nyonya|nona|bapak|ibu|sdr)\b))|"
                        rf"(?!(?-i:H)\.[ \t]+(?!{BODY.pattern}|desa\b)(?-i:[A-Z][A-Za-z'-]+(?:[ \t]+[A-Z]|,)))"  # "H. Arif
                        # Budiman", "H. MULYADI, S.E.": a haji's title opening an item that is not numbered, no lettered item
                        r"\(?(?:\d{1,2}|[IVX]{1,4}|[a-hA-H]|[|!])[.,)]{1,3}\s+|"
                        r"(?-i:I[l1|]|[l1|]I)[.,]\s+(?=(?:prof|dr|drs|dra|ir|drg|h|hj)\.\s)|"  # "Il, Prof. Dr. X": an OCR'd "II."
                        rf"(?-i:[IVX]{{1,4}}\s+(?={BODY.pattern})|\d{{1,2}}[ \t]+(?=[A-Z]))"
                        r")?", re.IGNORECASE)  # "II Dewan …", "1 KOPERASI X": no dot
# a comma ends a body's name, except in an enumeration closed by ", dan": "Kementerian Pendidikan, Kebudayaan, Sains,
# dan Teknologi", "Badan Pemberdayaan Masyarakat, dan Perempuan", or before the faculty or university a unit belongs
# to ("Kelompok Kajian X, FMIPA Universitas Y") or in a faculty's fields before its university ("Fakultas Kedokteran,
# Kesehatan Masyarakat dan Keperawatan Universitas Y"); a parenthesis too, except "(Persero)" and an
# acronym the name goes on after: "Badan X (BPMPKB) Provinsi Y"
# (a body enumerating its fields: "Departemen Pariwisata, Pos dan Telekomunikasi", "… Pendidikan, Kebudayaan, Riset
# dan Teknologi", with or without a comma before its "dan"; in title case or in capitals)
_ENUMERATED = (r"(?-i:(?:\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}\s*,){0,6}\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}\s+dan\s+[A-Z][a-z]|"
               r"(?:\s*[A-Z]{2,}(?:\s+[A-Z]{2,}){0,2}\s*,){0,6}\s*[A-Z]{2,}(?:\s+[A-Z]{2,}){0,2}\s+DAN\s+[A-Z]{2})")
# (six fields at most here, eight in _NAME_END's list: a lookahead tried at every comma must not scan a long list
# again each time)
_NAME_END = (r";|,(?!(?-i:(?:\s*[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*\s*,){0,8}\s*(?:dan|and)\s+[A-Z]|"
             rf"{_ENUMERATED}|"
             r"\s*(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*\s+dan\s+[A-Z][a-z]+\s+(?:Universitas|Institut)\b)|"
             r"\s*(?:F[A-Z]{2,5}|Fakultas|Universitas|Institut)\b))|"
             r"\((?!persero|(?-i:[A-Z][A-Z0-9]{1,9}(?:[ \t][A-Z][a-z]{2,12})?\)\s+[A-Z])|(?-i:[A-Z][A-Za-z]{2,11}\)\s+(?:[A-Z]|dr\.|drg\.)))")
# ("untuk dan atas ruIma X", "… atas narma X": the fixed phrase's last word misread by a scan, before a capital)
_INSTITUTION = re.compile(
    r"(?:untuk\s+dan\s+atas\s+nama|atas\s+nama|untuk\s+dan\s+atas\s+(?-i:(?!pihak\b)[a-zñ][A-Za-zñ]{2,4})(?=\s+(?-i:[A-Z]))|"
    r"mewakili(?!\s+(?:untuk|dan)\b)|for\s+and\s+on\s+behalf\s+of|on\s+behalf\s+of)\s+"
    rf"(?:serta\s+(?:oleh\s+karena(?:nya|\s+itu)\s+)?(?:secara\s+)?(?:sah\s+)?mewakili\s+|serta\s+)?(?!jabatan(?:nya)?\b|dari\s+dan\b)(?:the\s+)?(?P<inst>.+?)(?=\s*(?:{_NAME_END}|\byang\b|\balamat\b|\bdalam\s+hal\b|\bdalam\s+(?:jabatan|kedudukan)(?:nya)?\b|\b(?:sebagai|selaku)\b|\bberkedudukan\b|\bberalamat(?:kan)?\b|\bberdasarkan\b|"
    r"(?:\bdan\s+)?(?:\bu(?:ntuk|nutk|tnuk|ntk)\s+)?\bselanjutnya\b|\bsesuai\b|\bsehingga\b|\bserta\s+(?=oleh\s|(?:secara\s+)?(?:sah\s+)?mewakili\b)|\bhereinafter\b|\bdari\s+dan\b|(?:\bdan\s+)?\boleh\s+karena(?:nya)?\b|\blocated\b|\bwhose\b|\bhaving\b|\bdengan\s+alamat\b|$))",
    re.IGNORECASE)
# "diwakili olehdr. X", "diwakili olen X": the space or the h lost to the OCR; one letter of "dalam" or "diwakili"
# misread inside the formula ("daiam hal ini diwakiri oleh X")
_REPRESENTED = re.compile(r"^(?P<inst>.+?),?\s+(?:yang\s+)?(?:(?:d[a-z]lam|da[a-z]am|dal[a-z]m)\s+(?:hal|perbuatan\s+hukum)\s+ini\s+)?"
                          r"(?:(?:diwakili|diwak[a-z]li|diwaki[a-z]i)(?:\s+secara\s+sah)?\s+ole[hn]|represented(?:\s+herein)?(?:\s+in\s+this\s+(?:Agreement|Memorandum))?,?\s+by(?:[ \t]*,)?|"
                          r"acting\s+through|"  # ("represented in this Agreement by its Mayor, NAME")
                          # "…, through the Provincial Governor NAME": the officer it acts through (never "created
                          # through the Local Government Code": a law)
                          rf"(?:by\s+and\s+)?through(?=\s+(?:(?:its|the)\s+(?:(?-i:[A-Z])[\w-]*\s+){{0,3}}(?-i:{OFFICE_NOUNS}|"
                          r"Chair\w*|Punong|Captain)\b|"
                          r"(?:hon|dr|mr|mrs|ms|atty|engr)\.)))"
                          r"(?:\s+|(?=(?:dr|drg|ir|prof|h|hj)\.))(?P<rest>.+)$", re.IGNORECASE)
# "PT X, dalam hal ini diwakili Y selaku Z": no "oleh", a name after it
_REPRESENTED_BARE = re.compile(r"^(?P<inst>.+?),?\s+(?:yang\s+)?(?:dalam\s+hal\s+ini\s+)?diwakili\s+"
                               r"(?P<rest>\[?(?:(?-i:[A-Z])|(?:dr|drg|ir|prof)\.).+)$", re.IGNORECASE)  # "[dr. X]": a
# draft's bracketed value
# (an office in title case after the name is its own, acting or not: "X, Acting Chief, Y" is no clause "X, acting as …";
# a clause's own words in title case are still one: "X, Acting For and On Behalf of Y", "X, Acting In Her Capacity as Y")
_HEAD_END = re.compile(r"(?:(?<!\s)|(?=,)),?\s*+\b(?:dalam\s+hal\W{0,2}\s*ini|dalam\s+(?:jabatan|kedudukan|kapasitas)(?:nya)?|bertindak|berdasarkan|yang|diangkat|berkedudukan|berkantor|berdomisili|bertempat\s+tinggal|dengan\s+pengangkatan|"
                       r"beralamat(?:kan)?|acting(?!\s+(?!(?i:for|on|in|as|by|under|upon|through|pursuant|according|within|with|based)\b)(?-i:[A-Z][a-z]))|in\s+this\s+matter|who\s+is|based\s+on|having\s+its|untuk\s+dan\s+atas\s+nama|"
                       r"atas\s+nama|mewakili|on\s+behalf|for\s+and\s+on|sesuai\s+dengan|alamat\s*:|"
                       r"with\s+(?:principal\s+)?(?:office\s+)?address|"  # ("NAME, CESO IV with office address at …")
                       r"(?:untuk\s+)?selanjutnya|(?:and\s+)?here(?:in)?after|by\s+(?:the\s+)?authori[sz]ation|"
                       # "…, herein" / "referred to as …", "… and" / "hereinafter …": the designation's first words
                       r"(?:and\s+)?herein\s*$|and\s*$|"
                       # "…, herein referred to as the" / "First Party": the designation without its "after"
                       r"(?:and\s+)?herein(?=\s+(?:after\s+)?(?:referred|regarded|called|known)\b)|"
                       # "PT. X a corporation organized under …", "Y, a State Enterprise, …": a company's description,
                       # its noun closing it (never an office's "Head of an Enterprise Unit", "… of a Company Registry")
                       r"(?<!\bof\s)(?-i:an?)\s+(?:[\w-]+\s+){0,4}?(?:corporation|company|enterprise)\b(?!\s+(?-i:[A-Z])))\b|"
                       # ", b e ^ d a s a r k a n surat …": a clause word the scan broke into specks ends the office too
                       r",[ \t]*(?-i:[a-z^'`][ \t]){3}", re.IGNORECASE)
_CAPACITY = re.compile(r"(?:dalam\s+(?:jabatan|kedudukan|kapasitas)(?:nya)?\s+(?:masing-\s?masing\s+)?(?:(?:sebagai|selaku)\s+|(?=(?-i:[A-Z])))|"
                       r"\bmenjabat\s+(?:sebagai|selaku)\s+|"  # "yang dalam hal ini menjabat sebagai Direktur …"
                       r"in\s+(?:his|her|its)\s+capacity\s+as(?:\s+the)?\s+)(?P<pos>[^,;]+?)(?=\s*(?:[,;]|\((?!persero\)|pl[th]\.?\))|\bdengan\b|\bberdasarkan\b|\byang\b|\bdan\s+oleh\b|\bselanjutnya\b|"
                       r"\bhereinafter\b|$))",
                       re.IGNORECASE)
# (a comma before the body's unit is inside its name: "Universitas X, Fakultas Y"; a Philippine department's division or
# regional office: "The Department of Education, Division of Samar", "…, Regional Office VI")
_INSTITUTION_TAIL = re.compile(r"\s*(?:,(?!\s*(?-i:F[A-Z]{2,5}|Fakultas|FAKULTAS|Universitas|UNIVERSITAS)\b|"
                               r"\s*(?-i:(?:Schools\s+)?Division\s+of|(?:Regional|Field)\s+Office)\s+[A-Z]|" + _ENUMERATED + r")|\byang\b|\bberkedudukan\b|\bberalamat(?:kan)?\b|\blocated\b|\bwhose\b).*$", re.IGNORECASE)


def _office_row(block: str) -> str | None:
    """The office in a "Jabatan :" row: it ends where the row does, so a long one is no run-on sentence."""
    row = POSITION_LABEL.search(block)
    return position_of(row["v"], 220) if row else None


def _acting_for(block: str) -> re.Match | None:
    """The body a signatory acts for: the first "atas nama X", or a later one when the first names an office
    ("atas nama Direktur Jenderal dari dan oleh karena demikian bertindak untuk atas nama Direktorat Jenderal X"; "mewakili
    Direksi", its i's read as l's: the board of the body named next)."""
    found = list(_INSTITUTION.finditer(" ".join(block.split())))
    return next((match for match in found if not OFFICE.match(match["inst"]) and not re.match(r"(?i:d[il1]reks[il1])\b",
                                                                                                 match["inst"])),
                found[0] if found else None)


def _capacity(text: str) -> str | None:
    """The position from "bertindak dalam jabatannya sebagai Rektor" when it is not beside the name."""
    match = _CAPACITY.search(" ".join(text.split())) or _ACTING_AS_CAPACITY.search(" ".join(text.split()))
    office = match["pos"] if match else acting_office(text)  # "bertindak sebagai direktur CV X"
    return position_of(office) if office else None


# "bertindak untuk dan atas nama diri sendiri sebagai Bidan Praktik Mandiri", "… atas nama BPM X sebagai Bidan Desa":
# a practitioner's capacity after the body she acts for (a capitalised one, never "sebagai PIHAK …")
_ACTING_AS_CAPACITY = re.compile(r"\batas\s+nama\s+[^,;]{1,120}?\s(?:sebagai|selaku)\s+(?!pihak\b|para\b)"
                                 r"(?P<pos>(?-i:[A-Z])(?:[^,;(]|\((?-i:[A-Z]{2,6})\))*?)"  # "… Mandiri (BPM)"
                                 r"(?=\s*(?:[,;]|\((?!(?-i:[A-Z]{2,6})\))|\b(?:yang|dengan|berdasarkan|berkedudukan|"
                                 r"beralamat(?:kan)?|selanjutnya|untuk|dalam)\b|$))", re.IGNORECASE)


_OFFICE_IN = re.compile(OFFICE_WORD, re.IGNORECASE)
# a town written with its article after a body's name and a comma: "the Institute of X, The Hague" (never capitalised
# words alone, which may be the person signing: "Universitas X, Budi Santoso")
_TOWN = re.compile(r"The\s+[A-Z][a-z'-]+")
# the rest of an enumerating name after its first comma: "… of Education, Culture, Research, and Technology of X"
_LISTED = re.compile(r"\s*[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?:,\s*[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)*,?\s+(?:and|dan)\s+[A-Z]")


def _table_block(block: str) -> tuple[str | None, str | None] | None:
    """(signatory, position) from a party table without colons, or None when the block is not one."""
    if not any(match["label"].lower() == "jabatan" for match in LABEL_LINE.finditer(block)):
        return None
    name = cell(block, "nama")
    if name is None:  # the "Nama" label went with the previous column: the name opens the block
        first = next((line.strip() for line in block.split("\n") if line.strip()), "")
        name = first if not LABEL_LINE.match(first) and ":" not in first else None
    position = cell(block, "jabatan")
    return (clean_name(name) if name else None), (position_of(position) if position else None)


# a "NAME : OFFICE" row the text layer printed office first, the name below with the office's wrapped last word:
# ": Kepala SMK X" / "Rina, S.Si., M.M Sumbar, berkedudukan …"
_OFFICE_CELL = re.compile(rf"\s*:?[ \t]*(?P<office>{OFFICE.pattern}[^\n:]*)\n[ \t]*\n")


# a table's cell bars as a site printed them: "YUNIARSIH | : | Manajer …, selanjutnya disebut PIHAK KEDUA. |"
_CELL_BARS = re.compile(r"[ \t]+\|(?=[ \t]|$)|(?<=\s)\|[ \t]+", re.MULTILINE)
_MASKED_HEAD = re.compile(r"(?:(?-i:X[Xx]*)\.?,?[ \t]+){2,}")


_BLANK_NAME_CELL = re.compile(r"^[ \t]*[:,][ \t]*(?:jabatan[ \t]+(?=[A-Z])|(?=[A-Z]|selaku\b|dalam\s+jabatan))")


def parse_block(block: str) -> tuple[str | None, str | None, str | None, float]:
    """(institution, signatory, position, confidence) from one party block of the opening."""
    block = _NUMBERING.sub("", _CELL_BARS.sub(" ", unflattened(inline_rows_joined(block))), count=1)
    block = _BLANK_NAME_CELL.sub("", block, count=1)  # "II.  : Direktur X, …", "1. , selaku Direktur X": no name yet
    masked = _MASKED_HEAD.match(block)
    if masked and BODY.match(block, masked.end()):
        block = block[masked.end():]  # "XXX XXXXX PT. Bank X, berkedudukan …": the site masked who signs, the body stays
    if re.match(r"(?i:bahwa|whereas)\b", block):
        return None, None, None, 0.5  # a recital the role was read in ("Bahwa PIHAK PERTAMA dan …"): no party's block
    office = _OFFICE_CELL.match(block)
    if office is None:
        return _parse_block(block)
    institution, signatory, tail, confidence = _parse_block(block[office.end():])
    if signatory is None:
        return _parse_block(block)
    tail = tail if tail and len(tail.split()) <= 3 and not OFFICE.search(tail) else None
    return institution, signatory, position_of(f"{office['office']} {tail or ''}"), min(confidence, 0.8)


def _with_wrapped_degrees(block: str, name: re.Match) -> str:
    """A "Nama :" value ending in a comma, its degrees wrapped onto the next line of the cell ("Nama : X," / "S.Kep.,
    M.Kep."): the name with them."""
    value = name["v"]
    if not value.rstrip().endswith(","):
        return value
    after = re.match(r"[ \t]*\n([^\n]*)", block[name.end("v"):])  # the value ended its line
    line = after[1] if after else ""
    words = [word for word in re.split(r"[,\s]+", line) if word]
    return f"{value} {line.strip()}" if words and all(DEGREE.fullmatch(word) for word in words) else value


def _parse_block(block: str) -> tuple[str | None, str | None, str | None, float]:
    confidence = 0.9
    table = None if NAME_LABEL.search(block) else _table_block(block)
    if table:
        found = _acting_for(block) or INSTITUTION_LABEL.search(block)
        return (institution_named(found.group(found.lastgroup)) if found else None), table[0], table[1], 0.75
    name = NAME_LABEL.search(block)
    if name is None and EMPTY_NAME.search(block):  # "Nama :" left blank in a form: nobody signs yet
        found = _acting_for(block) or INSTITUTION_LABEL.search(block)
        return (institution_named(found.group(found.lastgroup)) if found else None), None, _office_row(block), 0.6
    representative = REPRESENTATIVE_LABEL.search(block)
    if representative and name and re.match(r"(?i:nama|name)\s*:", representative["v"]) and \
            not INSTITUTION_LABEL.search(block):  # "PT X, …, yang diwakili oleh :" / "Nama : Budi" / "Jabatan : …"
        before = " ".join(block[:representative.start()].split())
        return (institution_named(_INSTITUTION_TAIL.sub("", before)), clean_name(_with_wrapped_degrees(block, name)),
                _office_row(block), 0.85)
    body = INSTITUTION_LABEL.search(block) or name
    if representative and (representative["colon"] or body):
        cut = _HEAD_END.search(representative["v"])
        signatory, position = split_head(representative["v"][:cut.start()] if cut else representative["v"])
        position = _office_row(block) if POSITION_LABEL.search(block) else position or _capacity(block)
        body = body or _acting_for(block)
        return (institution_named(body.group(body.lastgroup)) if body else None), signatory, position, 0.85
    if name:
        signatory = clean_name(_with_wrapped_degrees(block, name))
        position = _office_row(block)
    else:
        flat = " ".join(block.split())
        represented = _REPRESENTED.match(flat) or _REPRESENTED_BARE.match(flat)
        if represented and re.match(r"(?i:the\s+)?(?:Ministry|Department|Directorate)\s+of\b", represented["rest"]):
            represented = None  # "… on behalf of the Republic of Indonesia, represented by the Ministry of Finance": a body
        institution = institution_named(_INSTITUTION_TAIL.sub("", represented["inst"])) if represented else None
        if represented and (institution or represented.re is _REPRESENTED):  # the bare form: when a body precedes it
            # "diwakili oleh Direksi yaitu X", "… oleh Pengurusnya, yakni X": the board, then who signs for it
            head = re.sub(r"^(?:direksi|pengurus)(?:nya)?,?\s+(?:yaitu|yakni|ialah)\s+", "", represented["rest"],
                          flags=re.IGNORECASE)
            cut = _HEAD_END.search(head)
            signatory, position = _head(head[:cut.start()] if cut else head, head)
            return institution, signatory, position or _capacity(head), 0.85
        cut = _HEAD_END.search(block)
        signatory, position = _head(block[:cut.start()] if cut else block, block)
        office = " ".join((block[:cut.start()] if cut else block).split(",")[0].split())
        if signatory and position is None and OFFICE_NAMED.match(office) and institution_from_position(office):
            signatory, position = None, position_of(office)  # "Direktur RSUD X, berkedudukan …": the office alone
        if signatory and position is None and (is_body(signatory) or named_like_body(signatory)) and \
                not PERSON_PARTICULARS.search(block):  # "PT. BANK X, …", never "Rina S.A., bertempat tinggal …"
            raw = " ".join((block[:cut.start()] if cut else block).split(",")[0].split())  # "PT" as written
            raw = re.sub(r"^(?:the\s+)(?=(?-i:[A-Z]))", "", raw, flags=re.IGNORECASE)  # "the CITY OF X": without the article
            return institution_named(raw if raw.lower() == signatory.lower() else signatory), None, _capacity(block), 0.8
        whole = " ".join((block[:cut.start()] if cut else block).split())
        first, _, rest = whole.partition(",")
        if signatory and BODY_DESCRIPTION.match(" ".join(block.split()), len(first)) and ":" not in first:
            return institution_named(first), None, _capacity(block), 0.8  # "the City of X, a municipal corporation, …":
            # a body described, no person  # "The Meteorology, Climatology and Geophysical Agency of X, hereinafter
        # …", "Ministry of Health, Republic of Indonesia, hereinafter …": a body named with commas, not a name and office
        if signatory and (re.match(r"(?i:the)\s", whole) or BODY.match(whole)) and ":" not in whole and \
                not _OFFICE_IN.search(whole) and (is_body(rest) or is_region(rest) or _LISTED.match(rest) or
                                                  is_body(first) and _TOWN.fullmatch(rest.strip(" ,;"))):
            return institution_named(whole), None, _capacity(block), 0.8  # ("the Institute of X, The Hague": its town)
    position = position or _capacity(block)
    found = _acting_for(block) or INSTITUTION_LABEL.search(block)
    institution = institution_named(found.group(found.lastgroup)) if found else None
    office = position_of(found.group(found.lastgroup)) if found and position is None else None
    body = institution_from_position(office) if office and HEAD_OF.match(office) else None
    if body:
        position, institution = office, body  # "atas nama Kepala UPTD X": office, body
    elif institution:  # "atas nama Direktur RSUD X" beside "dr. Y, jabatan Direktur RSUD X": the body it heads
        institution = headed_body(institution) or institution
    return institution, signatory, position, confidence


def _head(head: str, block: str) -> tuple[str | None, str | None]:
    """(name, position) from a block's head, or from the several persons it names signing together."""
    several = several_signers(block)
    return (clean_name(several[0]), position_of(several[1])) if several else split_head(head)
