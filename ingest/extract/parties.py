"""Parties: institution, signatory and position from the title and the "selanjutnya disebut" blocks."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ingest import facts
from ingest.extract import many_parties, nlp, roles
from ingest.extract.identity_labels import (EMPTY_NAME, INSTITUTION_LABEL, NAME_LABEL, POSITION_LABEL,
                                          REPRESENTATIVE_LABEL, inline_rows_joined)
from ingest.extract.columns import (LABEL_LINE, cell, labels_row, names_in_column_order, position_without_name,
                                     unflattened)
from ingest.extract.heading_parties import completed_from_title, is_region, title_parties
from ingest.extract.party_blocks import (bare_designations, earlier_item, first_item, headed_blocks, last_block, named_items,
                                         names_listed_first, slip_corrected, split_joined, unnamed_capacity,
                                         undesignated_item)
from ingest.extract.short_names import short_designations
from ingest.extract.signers import acting_office, several_signers
from ingest.extract.heads import OFFICE, PERSON_PARTICULARS, position_of, split_head
from ingest.extract.names import BODY, DEGREE, PERSONS, clean_name, is_body, named_like_body, strip_name
from ingest.extract.offices import HEAD_OF, OFFICE_NAMED, OFFICE_WORD, headed_body, institution_from_position
from ingest.extract.bodies import institution_named
from ingest.extract.text import is_placeholder, masked_inside

_BLOCK_START = re.compile(r"(?:di\s*bawah\s+ini(?:\s+masing-masing)?|undersigned|sebagai\s+berikut|oleh\s+dan\s+antara|(?:by\s+and\s+)?between|"
                          r"antara(?:\s+pihak-pihak)?)\s*[’'‘]?\s*(?::|(?=(?:1|I|\|)[.,)]\s)|(?<=between\s)(?=(?-i:the\s+[A-Z]|[A-Z])))|"  # item 1
                          r"(?:di\s*bawah\s+ini|undersigned)[ \t]*\n(?=\s*(?-i:[A-Z]))|"  # line's end; "between X" inline
                          r"di\s*bawah\s+ini[ \t]*,[ \t]*(?=(?:dr|drg|drs|dra|ir|h|hj|prof|ns)\.\s|(?-i:[A-Z]))",  # ", dr. X, selaku"
                          re.IGNORECASE)
# a contract's formula between its two parties: "… (hereinafter called "the Employer") of the one part, and …"
# ("…, hereinafter called "PERTAMINA", party of the first part, and …": a production sharing contract's words)
_ONE_PART = re.compile(r"[\s\"”’')]*(?:,\s*)?(?:(?:party\s+)?of\s+the\s+(?:one|first)\s+part|(?:di|pada)\s+satu\s+pihak)"
                       r"\s*[,;]?\s*(?:and|dan)\s+",
                       re.IGNORECASE)
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
    rf"(?:serta\s+(?:secara\s+)?(?:sah\s+)?mewakili\s+|serta\s+)?(?!jabatan(?:nya)?\b|dari\s+dan\b)(?:the\s+)?(?P<inst>.+?)(?=\s*(?:{_NAME_END}|\byang\b|\balamat\b|\bdalam\s+hal\b|\bdalam\s+(?:jabatan|kedudukan)(?:nya)?\b|\b(?:sebagai|selaku)\b|\bberkedudukan\b|\bberalamat(?:kan)?\b|\bberdasarkan\b|"
    r"(?:\bdan\s+)?(?:\bu(?:ntuk|nutk|tnuk|ntk)\s+)?\bselanjutnya\b|\bsesuai\b|\bsehingga\b|\bhereinafter\b|\bdari\s+dan\b|(?:\bdan\s+)?\boleh\s+karena(?:nya)?\b|\blocated\b|\bwhose\b|\bhaving\b|\bdengan\s+alamat\b|$))",
    re.IGNORECASE)
# "diwakili olehdr. X", "diwakili olen X": the space or the h lost to the OCR; one letter of "dalam" or "diwakili"
# misread inside the formula ("daiam hal ini diwakiri oleh X")
_REPRESENTED = re.compile(r"^(?P<inst>.+?),?\s+(?:yang\s+)?(?:(?:d[a-z]lam|da[a-z]am|dal[a-z]m)\s+(?:hal|perbuatan\s+hukum)\s+ini\s+)?"
                          r"(?:(?:diwakili|diwak[a-z]li|diwaki[a-z]i)(?:\s+secara\s+sah)?\s+ole[hn]|represented(?:\s+herein)?\s+by|"
                          r"acting\s+through)"
                          r"(?:\s+|(?=(?:dr|drg|ir|prof|h|hj)\.))(?P<rest>.+)$", re.IGNORECASE)
# "PT X, dalam hal ini diwakili Y selaku Z": no "oleh", a name after it
_REPRESENTED_BARE = re.compile(r"^(?P<inst>.+?),?\s+(?:yang\s+)?(?:dalam\s+hal\s+ini\s+)?diwakili\s+"
                               r"(?P<rest>\[?(?:(?-i:[A-Z])|(?:dr|drg|ir|prof)\.).+)$", re.IGNORECASE)  # "[dr. X]": a
# draft's bracketed value
_HEAD_END = re.compile(r"(?:(?<!\s)|(?=,)),?\s*+\b(?:dalam\s+hal\W{0,2}\s*ini|dalam\s+(?:jabatan|kedudukan|kapasitas)(?:nya)?|bertindak|berdasarkan|yang|diangkat|berkedudukan|berkantor|berdomisili|bertempat\s+tinggal|dengan\s+pengangkatan|"
                       r"beralamat(?:kan)?|acting|in\s+this\s+matter|who\s+is|based\s+on|having\s+its|untuk\s+dan\s+atas\s+nama|"
                       r"atas\s+nama|mewakili|on\s+behalf|for\s+and\s+on|sesuai\s+dengan|alamat\s*:|"
                       r"(?:untuk\s+)?selanjutnya|here(?:in)?after|by\s+(?:the\s+)?authori[sz]ation|"
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
_INSTITUTION_TAIL = re.compile(r"\s*(?:,(?!\s*(?-i:F[A-Z]{2,5}|Fakultas|FAKULTAS|Universitas|UNIVERSITAS)\b|" + _ENUMERATED + r")|\byang\b|\bberkedudukan\b|\bberalamat(?:kan)?\b|\blocated\b|\bwhose\b).*$", re.IGNORECASE)
@dataclass
class Party:
    role: str
    institution: str | None = None
    signatory: str | None = None
    position: str | None = None
    start: int = 0
    end: int = 0
    confidence: float = 0.0

    def record(self) -> facts.Party:
        """The schema's party, without where it was found."""
        return facts.Party(self.role, self.institution, self.signatory, self.position)


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
            return institution_named(raw if raw.lower() == signatory.lower() else signatory), None, _capacity(block), 0.8
        whole = " ".join((block[:cut.start()] if cut else block).split())
        first, _, rest = whole.partition(",")  # "The Meteorology, Climatology and Geophysical Agency of X, hereinafter
        # …", "Ministry of Health, Republic of Indonesia, hereinafter …": a body named with commas, not a name and office
        if signatory and (re.match(r"(?i:the)\s", whole) or BODY.match(whole)) and ":" not in whole and \
                not _OFFICE_IN.search(whole) and (is_body(rest) or is_region(rest) or _LISTED.match(rest)):
            return institution_named(whole), None, _capacity(block), 0.8
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


def find_parties(text: str, head_end: int, opening_end: int) -> list[Party]:
    """Parties from the designation blocks of the opening, completed from the title block."""
    region = text[head_end:opening_end]
    mentions = nlp.designations(region)
    indonesian = [mention for mention in mentions if mention.role.startswith("PIHAK")]
    mentions = indonesian or mentions
    mentions, cap = slip_corrected(mentions, text)  # roles read against the text's own words: less certain
    mentions, bare = bare_designations(region, mentions, text) if mentions else (mentions, False)
    cap = cap or bare
    if not mentions:  # parties designated by short names ("selanjutnya disebut "PPK""), given roles in order
        shorts = short_designations(region, head_end + len(region) >= len(text))
        in_order = roles.roles_in_order(text)
        mentions = [nlp.RoleMention(short.start, short.end, role, True)
                    for short, role in zip(shorts, in_order)]
        cap = cap or bool(mentions)
    headed = [] if mentions else headed_blocks(region)  # "1. PIHAK PERTAMA" / "Nama : …" below it
    headed = headed or ([] if mentions else named_items(region, roles.roles_in_order(text)))  # "1. Nama : …", no role
    titled = title_parties(text, head_end, len({mention.role for mention in mentions}) or len(headed))
    parties: list[Party] = []
    for role, start, end, block in headed:
        # "PIHAK PERTAMA :" / "a. … atas nama Pemerintah Desa A;" / "b. …": the bodies sharing the role, each a party
        items = _each_body([(role, end - len(block) + offset, item) for offset, item in many_parties.items(block)]) or \
            [(role, start, block, parse_block(block))]
        for role_given, item_start, item, found in items:
            parties.append(_party(role_given, found, len(parties), titled, head_end + item_start,
                                  head_end + item_start + len(item)))
    if parties:
        return parties
    seen: set[str] = set()
    first = mentions[0].start if mentions else 0
    intros = [match for match in _BLOCK_START.finditer(region, 0, first)]
    cursor = intros[-1].end() if intros else 0
    previous_block, waiting = "", []
    tabled, table_end = many_parties.table_parties(region, mentions)
    for role, start, end, found in tabled:  # "No | Nama | Jabatan | Instansi": a row per party
        parties.append(_party(role, found + (0.75,), len(parties), titled, head_end + start, head_end + end))
        seen.add(role)
    cursor = max(cursor, table_end)
    for mention in mentions:
        if mention.start < table_end:
            continue
        block_start, cursor = cursor, mention.end
        if mention.role in seen:
            continue
        several, list_end = many_parties.designated_items(region, block_start, mention)
        found = _each_body(several)
        if found:
            for role, start, item, block_found in found:
                parties.append(_party(role, block_found, len(parties), titled, head_end + start,
                                      head_end + start + len(item)))
                seen.add(role)
            cursor = list_end
            previous_block = region[block_start:mention.start].strip()  # "I. 1. …" then "II. …": the next side's item
            continue
        seen.add(mention.role)
        formula = _ONE_PART.match(region, block_start, mention.start)  # ") of the one part, and PT X, represented
        block_start = formula.end() if formula else block_start  # by …": the contract's formula
        block = region[block_start:mention.start]
        earlier = earlier_item(block) if not parties and mention.role == "PIHAK KEDUA" else None
        found = parse_block(earlier[1]) if earlier else None
        if found and (found[1] or found[2]):  # the first party's item, its designation left out by a draft
            parties.append(_party(roles.roles_in_order(text)[0], found[:3] + (min(found[3], 0.6),), 0, titled,
                                  head_end + block_start + earlier[0], head_end + mention.start))
        # the block may carry the end of the previous sentence; start at the last item marker or sentence
        labelled = LABEL_LINE.search(block) or labels_row(block) or \
            NAME_LABEL.search(last_block(block)) is None and NAME_LABEL.search(block)
        previous_block = block.strip() if labelled else last_block(block)  # a form's labels: never cut at an address
        listed = None if parties else names_listed_first(block)  # "1. A 2. B Selaku X …" / "Selaku Y …"
        if listed:
            previous_block, waiting = listed
        elif waiting and unnamed_capacity(previous_block):
            previous_block = f"{waiting.pop(0)} {previous_block.lstrip(' .,;:')}"
        parties.append(_party(mention.role, parse_block(previous_block), len(parties), titled,
                              head_end + block_start, head_end + mention.end))
    names_in_column_order(parties, text)  # "1. / BUDI / 2. / SITI / : Kepala X …": the names in order
    for party in parties if cap else []:
        party.confidence = min(party.confidence, 0.6)
    following = undesignated_item(region, cursor, previous_block) if parties else None
    role = roles.next_role(parties[-1].role) if following else None
    if following and role and role not in seen:  # the next item's designation lies beyond the text (an excerpt)
        item_start, item = following
        found = parse_block(item)
        body = re.match(r"[\W\d]*(?P<name>(?:PT|CV)\b[^,\n]*)", item)  # "2. PT. xxx, berdomisili …": a company left blank
        if found[0] or found[1] or found[2] or body and is_placeholder(body["name"]):
            parties.append(_party(role, found[:3] + (min(found[3], 0.6),), len(parties), titled,
                                  head_end + item_start, head_end + item_start + len(item)))
    if not parties and titled:
        in_order = roles.roles_in_order(text)
        intro = _BLOCK_START.search(region) if head_end + len(region) >= len(text) else None
        item = first_item(region, intro.end()) if intro else None  # the text ends inside the first item
        for index, (name, start, end) in enumerate(titled[:len(in_order)]):
            found = parse_block(item[1]) if item and index == 0 else None
            if found and (found[1] or found[2]):
                parties.append(_party(in_order[0], found[:3] + (0.6,), 0, titled, head_end + item[0],
                                      head_end + item[0] + len(item[1])))
                continue
            parties.append(Party(in_order[index], None if is_placeholder(name) else name, None, None, start, end, 0.6))
    split_joined(parties)
    return parties


def _each_body(items: list[tuple[str, int, str]]) -> list[tuple[str, int, str, tuple]]:
    """Items read as blocks, [(role, start, item, parse_block(item))], when there are two or more and each acts for
    a body of its own; else none (several signers acting for one body are one party)."""
    found = [(role, start, item, parse_block(item)) for role, start, item in items]
    # ("Nama : A / Jabatan : Kepala Desa X": a form's item names no body but the one its office heads)
    unnamed = all(not block[0] and institution_from_position(block[2]) for _, _, _, block in found)
    bodies = [block[0] or (institution_from_position(block[2]) if unnamed else None) for _, _, _, block in found]
    return found if len(found) > 1 and len({(body or "").lower() for body in bodies}) == len(found) else []


def _words(name: str) -> str:
    """A name's words in lower case between single spaces, its dots and commas dropped ("dr. A. A. Budi" → " dr a a budi ")."""
    return " " + " ".join(re.findall(r"[a-z]+", name.lower())) + " "


def _party(role: str, found: tuple, index: int, titled: list, start: int, end: int) -> Party:
    """A party from one block's (institution, signatory, position, confidence), completed from the title's list."""
    institution, signatory, position, confidence = found
    if signatory and OFFICE_NAMED.match(signatory):  # "diwakili oleh Wali Kota X": an office, its holder unnamed
        signatory, position = None, position or signatory.rstrip(" ,;:(")  # "… (hereinafter …"
    if institution and index < len(titled):
        institution = completed_from_title(institution, titled[index][0])
    person = _words(strip_name(signatory)) if signatory and strip_name(signatory) and not is_body(signatory) else None
    if institution is None and index < len(titled) and not is_placeholder(titled[index][0]) \
            and not (person and person in _words(titled[index][0])) and not PERSONS.match(titled[index][0]):
        # a private person named in the heading, or persons of a kind ("PESERTA PROGRAM X": whoever signs up)
        # (as the heading writes him: "dr. A. A. BUDI, Sp.M" beside "dr. A A Budi, Sp.M")
        institution, confidence = titled[index][0], min(confidence, 0.8)  # the title names the parties in order
    if institution is None or is_placeholder(institution, not masked_inside(institution)):
        institution, confidence = institution_from_position(position), min(confidence, 0.7)
    office = position_without_name(position, institution)  # "Dekan X Universitas Y Budi, M.Kes, Z": a name run in
    if office != position:
        position, confidence = office, min(confidence, 0.75)
    return Party(role, institution, signatory, position, start, end, confidence)
