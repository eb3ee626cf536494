"""A party block's head: who signs and in what office ("dr. X, M.Kes. : Direktur RSUD Y", "X selaku Y",
"NAME, DEGREES, OFFICE"), and an office cleaned of the clause after it."""
from __future__ import annotations

import itertools
import re

from ingest.extract.body_words import BODY_WORD, REGION_KIND, UNIT_WORD
from ingest.extract.names import (BODY, CAPITAL_DEGREE, DEGREE, ENGLISH_HONORIFIC, KIND_ALONE, NAME_LINE, RANK, TITLES_ONLY, clean_name, is_body,
                                  strip_name)
from ingest.extract.offices import ACTING, ACTING_LOOSE, HEALTH_OFFICE, OFFICE_NAMED, OFFICE_WORD
from ingest.extract.text import is_placeholder, smart_title, unmasked, without_blank_tail

SELAKU = re.compile(r"(?:\s+|(?<=[.…_]))(?:selaku|sebagai|in\s+(?:his|her|its)\s+capacity\s+as(?:\s+the)?|as\s+the|as)\s+",
                     re.IGNORECASE)  # "……..selaku": a blank name
OFFICE = re.compile(r"\s*(?:\b(?:Direktur|Kepala|Ketua|Rektor|Dekan|Bupati|Wali\s*Kota(?:madya)?|Walikota(?:madya)?|Gubernur|Sekretaris|Pemimpin|"
                     rf"General\s+Manager|Manajer|Komandan|Penjabat|Lurah|Camat|Menteri|Pimpinan|{HEALTH_OFFICE})\b|"
                     r"\b(?:Plt|Pjs|Plh|Pj)\.(?=\s*[A-Z])|\bPelaksana\s+(?:Tugas|Harian)\b(?=\s*[A-Z(]))")  # "Plt. Direktur":
# an acting officer
_CLAUSE = re.compile(r"[:;]|\b(?:dalam|untuk|yang|selaku|sebagai|bertindak|atas|nama)\b", re.IGNORECASE)


# a civil servant's or officer's number beside the name: "dr. X, NIP. 19850505 201001 2 021, selaku …" (a form's
# blank for it, "NIP. ……"; OCR's "NlP")
_ID_NUMBER = re.compile(r",?[ \t]*\b(?:N[Il1]P|NRP|NIK|NIDN|NRPTNI)\b\.?[ \t]*[:.]?[ \t]*(?:\d[\d \t\n./-]{5,}?|[.…_]{3,})"
                        r"(?=[ \t]*(?:,|[ \t]:|\n(?![ \t]*\d)|$|[A-Za-z]))")  # (a number wrapped over a line end is one;
# "NAME NIP. 1968… : Kepala …": a table's row, the number's column before the colon)


# a licence or registration number beside a practitioner or a facility: "pemegang SIPB Nomor …", "No. STR …", "NPWP …"
LICENCE = (r"(?:(?:pemegang|NIK|NIP|NPWP|Nomor|Nomer|STR|SIP[A-Z]{0,2}|SIK[A-Z]?|Izin|Ijin|Tempat\s*/\s*Tgl|"
           r"Surat\s+(?:Izin|Ijin|Tanda\s+Registrasi))\b|No\.)")
# a notarial identity's particulars after the name, up to the office
_PERSON_MARK = r"(?:lahir|warga\s+negara|bertempat\s+tinggal|pekerjaan|umur|usia|NIK)\b"  # only a person's
PERSON_PARTICULARS = re.compile(rf",\s*{_PERSON_MARK}", re.IGNORECASE)  # ("Rina S.A., bertempat tinggal …": no "S.A.")
_PARTICULARS = re.compile(rf",\s*(?:pemegang\b|{_PERSON_MARK}|"
                          rf"(?-i:{LICENCE})).*$", re.IGNORECASE | re.DOTALL)  # ("…, No. SIPA 443/…, selaku …")
# the office alone where the holder's name is a blank to fill in: "diwakili oleh Direkturnya, ………," ("its Director")
_BLANK_HOLDER = re.compile(r"\s*(?:its\s+|the\s+)?(?P<office>(?:direktur|director|kepala|ketua|manajer|manager|rektor|rector|"
                           r"president)(?:\s+utama)?)(?:nya)?\s*[,:]?\s*(?:\.{3,}|…|_{3,})", re.IGNORECASE)


# a comma typed twice between a name and its degrees ("dr. Budi Y., ,Sp.PD."; never a blank's run of commas ",,,,")
_DOUBLED_COMMA = re.compile(r"(?<=[\w.]),[ \t]+,(?=[ \t]*[A-Za-z])")
_OFFICE_AT_END = re.compile(rf",[ \t]*(?-i:{OFFICE_WORD})[ \t]*$")
# "X, M.Si., Plt." / "Wali Kota Y": an acting officer's mark left at the end of the name's line
_ACTING_AT_END = re.compile(rf"(,[ \t]*{ACTING})[ \t]*\n[ \t]*(?=[A-Z])", re.IGNORECASE)
# an office word (in any case, perhaps after an acting mark) opening a line: "DIREKTUR RSUD Y", "PLT. KEPALA DINAS Z",
# "Kepala Dinas Z"
_OFFICE_START = re.compile(rf"[ \t]*(?:{ACTING}[ \t]*)?{OFFICE_WORD}", re.IGNORECASE)
_CAPITALS = re.compile(r"[ \t]*[A-Z]{2}")


# a name broken over a line's end before the colon that parts it from its office: the second line's words up to
# " : " go on the name (no office word among them: "dr. Budi" / "Kepala Dinas X : …" is a name and an office; no
# row's label: "Budi" / "Jabatan : …")
_ROW_LABEL = (r"(?:jabatan|alamat|nama|name|position|title|address|pangkat|golongan|instansi|kedudukan|selaku|nip|nik|"
              r"nrp|telp|telepon|phone|email|e-mail|npwp)\b")
_NAME_BEFORE_COLON = re.compile(rf"[^:\n]+\n[ \t]*(?!{OFFICE_WORD}|{_ROW_LABEL})[A-Z][\w.,'-]*(?:[ \t]+[\w.,'-]+){{0,3}}[ \t]+:[ \t]*\S",
                                re.IGNORECASE)


def _office_line(line: str) -> bool:
    """A line that can hold an office below a name ("dr. X, M.Kes" / …): one in ordinary case, or an office in
    capitals."""
    return bool(re.match(r"\s*[A-Z][a-z]", line) or _OFFICE_START.match(line) and _CAPITALS.match(line))


# "NAME adalah OFFICE": a block that says who the signer is with "adalah" ("is"), no "selaku" (her degrees after commas:
# "X, S.Farm adalah Pemilik Apotek Y"); an office, never what else a person or a body is ("adalah Warga Negara
# Indonesia", "adalah Perseroan Terbatas …", "adalah Pemilik Tanah …")
_BEING = re.compile(r"(?P<name>[^:;]{3,80}?)\s+adalah\s+(?P<office>(?-i:[A-Z]).*)", re.IGNORECASE)
_BEING_OFFICE = re.compile(rf"(?:pemilik\s+(?:dan|&)\s+)?{OFFICE_NAMED.pattern}", re.IGNORECASE)


# a draft's hint in parentheses where the name should stand: "(NAMA DIREKTUR RSUD/Kepala Puskesmas), Direktur …"
_BLANK_BEFORE_HINT = re.compile(r"\s*(?:[.…_]{3,}\s*)+(?=\()")  # the name's blank, its hint after it
_NAME_HINT = re.compile(r"(?:\s*\((?i:nama|name)\b[^()\n]{0,80}\)[ \t,:]*\s*)+")


def split_head(head: str) -> tuple[str | None, str | None]:
    """(name, position) from the start of a block: "X, S.T., M.Si. : Wali Kota Bogor" or "X selaku Y"."""
    blank = _BLANK_HOLDER.match(head)
    if blank:
        return None, blank["office"]
    introduced = _INTRODUCED_OFFICE.match(head.lstrip()) or _BARE_OFFICE.match(head.lstrip())
    holder = _HONORIFIC.sub("", head.lstrip()[introduced.end():].strip(" ,;:\n")) if introduced else ""
    if introduced and re.match(r"[ \t]*(?:,|\n|$)", head.lstrip()[introduced.end():]) and is_placeholder(holder):
        # "its Chief Operating Officer, ______", "the Head of the Procuring Entity, ______", "Mayor, HON. ______": a
        # form's holder
        return None, position_of(head.lstrip()[introduced.start("office"):introduced.end()])
    blanked = _BLANK_BEFORE_HINT.match(head)
    hint = _NAME_HINT.match(head, blanked.end() if blanked else 0)
    if hint:  # nobody named yet: the office after the hint, if any (a name filled in after it is read as usual)
        rest = head[hint.end():]
        office = SELAKU.search(rest) if blanked and hint.group().rstrip().endswith(",") else None
        if office:  # "……… (nama Kepala), X selaku Kepala …": the name's blank and its hint; the words before the
            return None, position_of(rest[office.end():])  # office are another column's, no name filled in
        if rest.strip() and not _ACTING_OFFICE.match(rest.lstrip(" ,:\n")):
            return split_head(rest.lstrip(" ,:"))
        return None, position_of(rest) if rest.strip() else None
    head = _ID_NUMBER.sub("", head, count=1)
    head = _DOUBLED_COMMA.sub(",", head)  # "dr. Budi Y., ,Sp.PD.,": a comma typed twice before the degrees
    head = _ACTING_AT_END.sub(r"\1 ", head)  # "X, Plt." / "Wali Kota Y": the acting mark opens the office below
    if _NAME_BEFORE_COLON.match(head.strip()):  # "1. Dr. dr. MM" / "Rudi : Dekan …": the page broke the name
        head = " ".join(head.split())
    lines = head.strip().split("\n", 1)
    if len(lines) == 2 and TITLES_ONLY.fullmatch(lines[0].strip()):  # "3. H." / "Maya Halim, …": a title at a line's end
        head = f"{lines[0].strip()} {lines[1]}"
        lines = [head]
    last = lines[0].rstrip(" ,").rsplit(",", 1)[-1].strip()
    if len(lines) == 2 and "," in lines[0] and ":" not in lines[0] and not SELAKU.search(lines[0]) \
            and (DEGREE.match(last) or re.fullmatch(r"[A-Z]{2,7}\.?", last) and not re.fullmatch(LICENCE, last)
                 and not re.match(OFFICE_WORD, last, re.IGNORECASE)) \
            and not re.match(r"(?:Prof|Dr|Drs|Dra|Ir|H|Hj|dr|drg|(?i:hon))\.", last) \
            and _office_line(lines[1]) and not re.match(LICENCE, lines[1].strip()) \
            and not DEGREE.fullmatch(lines[1].split(",")[0].strip()):  # ("…, M.Kes," / "Sp.THT-KL, …": more degrees)
        return clean_name(lines[0]), position_of(lines[1])  # the name and its degrees on their own line, then the office
    if len(lines) == 2 and NAME_LINE.fullmatch(lines[0].strip()) and _office_line(lines[1]) and \
            not _OFFICE_AT_END.search(lines[0]) and not is_body(lines[0].strip()):  # ("UNIVERSITAS X" / "REKTOR")
        return clean_name(lines[0]), position_of(lines[1])  # "AGUS SANTOSO" alone on its line, the office below
        # (never "SRI MANURUNG, S.E., M.M., Direktur" / "Rumah Sakit …": the office's first word ends the line)
    if len(lines) == 2 and (OFFICE.match(lines[1]) or _office_line(lines[1]) and _OFFICE_START.match(lines[1])) and \
            len(lines[0].split()) <= 7 and not _CLAUSE.search(lines[0]) and not is_body(lines[0].strip()):
        return clean_name(lines[0]), position_of(lines[1])  # "Drg. Wahyu Prabowo" / "Direktur Utama Rumah Sakit ..."
    head = without_blank_tail(" ".join(head.split()), glued_only=True).strip(" ,;:")  # "…, Sp.PD….": a draft's dots
    if not head:
        return None, None
    being = _BEING.fullmatch(head)  # "NAME adalah Pemilik Klinik X, yang …": the person, then what she is
    if being and not _CLAUSE.search(being["name"]) and strip_name(being["name"]) and not is_body(being["name"]) \
            and all(DEGREE.match(part.strip()) for part in being["name"].split(",")[1:]) \
            and _BEING_OFFICE.match(being["office"]):
        return clean_name(being["name"]), position_of(being["office"])
    selaku = SELAKU.search(head)
    labelled = re.search(r"\s+jabatan\s+", head, re.IGNORECASE)  # "dr. X,MSc,Sp.PD jabatan Direktur ..."
    if labelled and selaku and selaku.start() == labelled.end() - 1:  # "H. X S.Kep jabatan sebagai Pimpinan ..."
        return clean_name(head[:labelled.start()]), position_of(head[selaku.end():])
    if ":" in head and not (selaku and selaku.start() < head.index(":")):
        left, right = head.rsplit(" : ", 1) if " : " in head else head.split(":", 1)
        if selaku and BODY.match(left.strip()):  # "RSUD X: dr Budi selaku Direktur …": the body, then the person
            return split_head(right)
        if right.strip():
            return clean_name(left), position_of(right)
    if selaku:
        name, office = comma_split(head[:selaku.start()]) if "," in head[:selaku.start()] else (None, None)
        if office and (OFFICE.match(office) or re.match(r"[A-Z][a-z]+\s+[A-Z]", office)) and \
                strip_name(head.split(",")[0]) and not any(DEGREE.match(word) for word in office.split()):
            return name, office  # "X, M.S., Manajer Proyek … dan sebagai Kuasa …": the office beside the name
        person = _PARTICULARS.sub("", head[:selaku.start()])  # "X, pemegang KTP Nomor …, selaku …": the name
        return clean_name(person), position_of(head[selaku.end():])
    if re.match(r"(?:selaku|sebagai)\s", head, re.IGNORECASE):  # the name left blank: "…… selaku Direktur"
        return None, position_of(head)
    if labelled:
        return clean_name(head[:labelled.start()]), position_of(head[labelled.end():])
    placed = _PLACED_HOLDER.fullmatch(head)  # "the Regent of Sleman Drs. NAME, M.Si.": the office's place, then its
    if placed and not _NO_HOLDER.search(placed["name"]) and clean_name(placed["name"]):  # holder after a title (or in
        return clean_name(placed["name"]), position_of(head[placed.start("office"):placed.end("place")])  # capitals)
    head = _ENGLISH_PARTICULARS.sub("", head)
    introduced = _INTRODUCED_HOLDER.fullmatch(head)  # "its President Rina Santos": no comma, the name in title case
    if introduced and not _NO_HOLDER.search(introduced["name"]):
        return clean_name(introduced["name"]), position_of(introduced["office"])
    capitals = _CAPITAL_HOLDER.fullmatch(head)
    if capitals and not _NO_HOLDER.search(capitals["name"]):
        return clean_name(capitals["name"]), position_of(capitals["office"])
    titled = _TITLED_HOLDER.fullmatch(head)
    if titled and not any(word.isupper() for word in titled["office"].split()) and not _NO_HOLDER.search(titled["name"]):
        return clean_name(titled["name"]), position_of(titled["office"])
    named = _OFFICE_THEN_NAME.fullmatch(head)  # "Direktur Utama MARCELLA T", "Rektor Prof. Dr. X, M.Sc.": no comma
    if named:
        return clean_name(named["name"]), position_of(named["office"])
    office = OFFICE.search(head)  # "dr. Mochamat Ali Balkhi Direktur RSUD Batang": no comma before the office
    if office and "," not in head[:office.start()] and len(head[:office.start()].split()) >= 2:
        return clean_name(head[:office.start()]), position_of(head[office.start():])
    return comma_split(head)


# an office in title case, then its holder in capitals (titles before, degrees after), no comma between: "Pemimpin
# Cabang Tirta ANDRI S", "Presiden Direktur dr. YOGI P, MARS"; never a regional head (named after a place: "Bupati
# TANAH DATAR"), an office ending in capitals ("Kepala Dinas X KOTA TIRTA") or a place or legal form as the name
_OFFICE_THEN_NAME = re.compile(
    rf"(?P<office>(?:{ACTING}\s+)?(?!Bupati|Wali\s*[Kk]ota|Walikota|Gubernur|Camat|Lurah|Perbekel|Menteri)"
    rf"{OFFICE_WORD}[^,:;]*?(?<![A-Z]{{2}}))\s+(?P<name>(?:(?:Prof|Dr|Drs|Dra|Ir|H|Hj|dr|drg)\.\s*)*"
    r"(?!(?:KOTA|KABUPATEN|PROVINSI|CABANG|WILAYAH|UNIT|AREA|PT|CV|TBK|RI|REPUBLIK|INDONESIA)\b)"
    r"[A-Z][A-Z'.-]+(?:\s+[A-Z][A-Z'.-]+)*(?:,\s*[A-Za-z][A-Za-z.]{0,8}\.?)*)")
OFFICE_THEN_NAME = _OFFICE_THEN_NAME  # for the signature blocks: one line holding the office and its holder
# "its Dean, Dr. X", "Plt. Kepala Badan X, Y": an office before the name
_ACTING_OFFICE = re.compile(rf"(?:(?:its|the|his|her)\s+)?(?:{ACTING_LOOSE}\s+)?" + OFFICE_WORD, re.IGNORECASE)
# An English body's officer named by the office before the name, the office introduced by the body's possessive, an
# article or an honorific: "represented by its City Mayor, NAME", "by the Mayor, Hon. NAME", "by its President NAME",
# "by Honorable Municipal Mayor NAME", "its Chief Operating Officer, ______": capitalised words ending in an office's
# noun ("Mayor" alone is also an Indonesian rank: an office only so introduced)
OFFICE_NOUNS = (r"Punong\s+Barangay|Mayor|Governor|President|Director|Officer|Chief|Principal|Chair(?:man|person|woman)?|"
                r"Secretary|Dean|Rector|Head|Manager|Administrator|Superintendent|Commissioner|Executive|Regent|Minister|"
                r"Treasurer|Coordinator|Captain|Ambassador|Consul|Envoy|Attach[eé]")  # (a diplomat's too: "its Ambassador, H.E. NAME")
_OFFICE_NOUN = rf"(?i:{OFFICE_NOUNS})"
# a second noun an office's first may take ("Director General", "Head Teacher", "Principal Investigator", "Chief
# Accountant"): the office's, never the holder's first name
_SECOND_NOUN = (r"(?:General|Teacher|Investigator|Accountant|Nurse|Justice|Engineer|Counsel|Librarian|Physician|Inspector|"
                r"Auditor|Lecturer|Professor|Consultant|Specialist|Supervisor|Advis[eo]r|Editor|Economist|Architect|"
                r"Planner|Surgeon|Pharmacist|Clerk|Judge|Attorney|Prosecutor|Deputy|Assistant)")
_INTRODUCED = (rf"(?i:its|the|(?:the\s+)?honou?rable|hon\.)\s+(?P<office>(?:[A-Z][\w-]*\s+){{0,3}}{_OFFICE_NOUN}"
               rf"(?:\s+{_SECOND_NOUN})?(?:[ \t]*/[ \t]*[A-Z][\w-]*)?)")  # "its Mayor/Governor, NAME": a template's
# choice of offices
# the office may name its region or body after "of" before the comma: "the Regent of Sleman, NAME", "its Ambassador
# Extraordinary and Plenipotentiary, NAME" (only before a comma: without one the holder's name could run on from it)
_OF_PLACE = (r"(?:\s+Extraordinary\s+and\s+Plenipotentiary)?"
             r"(?:\s+(?:of|to|in)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?[A-Z][\w-]*){0,3})?")
# ("the Secretary of State for International Cooperation, H.E. NAME": a ministry's office with its portfolio)
_INTRODUCED_OFFICE = re.compile(_INTRODUCED + _OF_PLACE)
# ... or the office alone opening the head, no article: "Regent of Sleman, NAME", "Head of School, SMA Negeri 1 X",
# "Ambassador, H.E. NAME" (its first word the office's noun: never a person surnamed "Dean" or "Head")
_BARE_OFFICE = re.compile(rf"(?P<office>(?=[A-Z]){_OFFICE_NOUN}(?:\s+{_SECOND_NOUN})?{_OF_PLACE})")
# the holder's name in title case after it, no comma: titles, initials, a suffix ("Jr.")
_INTRODUCED_HOLDER = re.compile(rf"{_INTRODUCED}\s+(?P<name>(?!(?:{_OFFICE_NOUN}|{_SECOND_NOUN})\b)(?:(?i:Hon|Dr|Mr|Mrs|Ms|Atty|Engr|Prof)\.\s*)*"
                                r"(?:[A-Z][a-z][\w'-]*(?:\s+(?:[A-Z]\.|[A-Z][a-z][\w'-]*)){1,4}|"
                                r"[A-Z][A-Z'-]+(?:\s+(?:[A-Z]\.|[A-Z][A-Z'-]+)){1,4})(?:,?\s+(?:Jr|Sr|JR|SR)\.?)?)")
# (or in capitals: "by its Punong Barangay NARCISA E. SANDIGAN", "its BARANGAY CHAIRPERSON HON. X Y. Z")
# ... or, all in capitals, the office with no article before it and its holder's name with an initial after it:
# "represented by REGIONAL DIRECTOR LUCIA S. ALAN" (the initial marks where the office ends and the name begins)
_CAPITAL_HOLDER = re.compile(rf"(?P<office>(?:[A-Z][A-Z-]+\s+){{0,3}}(?={_OFFICE_NOUN}\b)[A-Z]+(?:\s+(?=(?i:{_SECOND_NOUN})\b)[A-Z]+)?)\s+"
                             r"(?P<name>(?:(?i:Hon|Dr|Atty|Engr)\.\s*)*[A-Z][A-Z'-]+(?:\s+[A-Z][A-Z'-]+){0,2}\s+[A-Z]\.\s*"
                             r"[A-Z][A-Z'-]+(?:,?\s+(?:JR|SR)\.?)?)")
# ... or the office in title case with no article and its holder in capitals, or in title case with a middle
# initial: "by Schools Division Superintendent NAME SURNAME, PhD, CESO V", "by Mayor Given M. Surname" (the change of
# case or the initial marks where the name begins; the office's words all in title case)
_TITLED_HOLDER = re.compile(rf"(?P<office>(?:[A-Z][a-z][\w-]*\s+){{0,3}}?{_OFFICE_NOUN}(?:\s+{_SECOND_NOUN})?)\s+"
                            r"(?P<name>(?:(?i:Hon|Dr|Atty|Engr)\.\s*)*(?:[A-Z][A-Z'-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][A-Z'-]+){1,3}|"
                            r"[A-Z][a-z][\w'-]*(?:\s+[A-Z][a-z][\w'-]*)?\s+[A-Z]\.\s*[A-Z][a-z][\w'-]*)"
                            r"(?:,?\s+(?:Jr|Sr|JR|SR)\.?)?(?:,\s*(?:Ph\.?\s?D|Ed\.?\s?D|M\.?D|CESO\s+[IVX]+|MPA|MAEd|MSc)\.?)*)")
# a Philippine person's particulars after the name: "HON. X Y, Filipino, of legal age" (no part of the name or office)
_ENGLISH_PARTICULARS = re.compile(r",\s*(?:Filipino(?:\s+citizen)?|of\s+legal\s+age)\b.*$", re.IGNORECASE | re.DOTALL)
# ... or after the place its office names, no comma: the holder opened by a title, or in capitals after a place in
# title case ("the Regent of Sleman Drs. NAME, M.Si.", "the Governor of Norte ANA REYES")
_PLACED_HOLDER = re.compile(rf"{_INTRODUCED}(?P<place>\s+(?:of|in)\s+(?:the\s+)?[A-Z][a-z][\w-]*(?:\s+[A-Z][a-z][\w-]*){{0,2}}?)"
                            r"\s+(?P<name>(?:(?:Hon|Dr|Drs|Dra|Ir|H|Hj|Mr|Mrs|Ms|Atty|Engr|Prof)\.\s*)+[A-Z][^,]*(?:,.*)?|"
                            r"[A-Z][A-Z'-]+(?:\s+(?:[A-Z]\.|[A-Z][A-Z'-]+))+(?:,.*)?|"
                            # ("the Secretary of Health Given M. Surname III, MD": in title case with a middle initial)
                            r"[A-Z][a-z][\w'-]*(?:\s+[A-Z][a-z][\w'-]*)?\s+[A-Z]\.\s*[A-Z][a-z][\w'-]*(?:\s+(?:II|III|IV))?(?:,.*)?)")
# what follows the office is no holder when it names a body, a unit or a place: "the Regent Sleman Regency", "its
# Rector Universitas Gadjah Mada", "the Mayor Kota Bandung", "its Head Village Sukamaju" (a translation's office and body)
_NO_HOLDER = re.compile(rf"\b(?:{BODY_WORD}|{UNIT_WORD}|(?:{REGION_KIND})\b|(?:regency|city|municipality|province|village|"
                        r"barangay|town|district|office|region(?:al)?|republic|division|section|faculty|school|college|board|"
                        r"sekolah|police|bureau|unit|sub|center|centre|agency|health|resources)\b)", re.IGNORECASE)
# "its representative, NAME, OFFICE": the word says who signs, not in what office
_REPRESENTATIVE = re.compile(r"(?:its|his|her|their)\s+(?:duly\s+)?(?:authori[sz]ed\s+)?representative", re.IGNORECASE)


_HONORIFIC = re.compile(rf"^(?:(?i:{ENGLISH_HONORIFIC})\.?[ \t]+)+")
# an office's other title after it ("Barangay Captain", "Municipal Mayor"): no holder named
_OFFICE_AGAIN = re.compile(rf"(?:[A-Z][\w-]*\s+){{0,2}}(?:{_OFFICE_NOUN}|Captain)")
# a person's name opened by an honorific or a title: "Dr. X", "Hon. X", "H.E. X", "Atty. X"
_TITLED = re.compile(r"(?:Hon|H\.\s?E|Dr|Dra|Drs|Prof|Mr|Mrs|Ms|Atty|Engr|Ir|Sir|Rev)\.\s*[A-Z]")
# a kind of school, village or health unit before its name: "SMA Negeri 1 X", "Puskesmas Y", "Desa Z"
_KIND_LED = re.compile(rf"(?:{KIND_ALONE.pattern})\s+\S")


def _names_unit(piece: str) -> bool:
    """Whether the piece after an office names a body, a unit or a place, not its holder."""
    return is_body(piece) or bool(_KIND_LED.match(piece) or _NO_HOLDER.search(piece))


def comma_split(head: str) -> tuple[str | None, str | None]:
    """(name, position) from "NAME, DEGREES, OFFICE" (the last degrees may run on into the office)."""
    pieces = [piece.strip() for piece in head.split(",")]
    if len(pieces) > 1 and _REPRESENTATIVE.fullmatch(pieces[0]):
        if is_body(pieces[1]):
            return None, None  # "its authorized representative, Regional Development Agency, …": a unit, nobody named
        pieces = pieces[1:]  # "its representative, Hon. X, Mayor": the name, then the office ("…, NAME": the name)
    while len(pieces) > 1 and (TITLES_ONLY.fullmatch(pieces[0]) or RANK.fullmatch(pieces[0])):
        joint = " " if TITLES_ONLY.fullmatch(pieces[0]) else ", "  # "dr, Budi": a title's dot read as a comma
        pieces[:2] = [f"{pieces[0]}{joint}{pieces[1]}"]  # "Brigadir Jenderal Polisi, dr. Budi": a rank before a name
    office_first = len(pieces) > 1 and (_INTRODUCED_OFFICE.fullmatch(pieces[0]) or _BARE_OFFICE.fullmatch(pieces[0]))
    if office_first and len(pieces) == 2 and _OFFICE_AGAIN.fullmatch(pieces[1]):
        return None, position_of(pieces[0])  # "the Punong Barangay, Barangay Captain": the office restated, no holder
    if (office_first or len(pieces) > 1 and _ACTING_OFFICE.match(pieces[0])) and _names_unit(pieces[1]):
        named = [pieces[0]] + list(itertools.takewhile(lambda piece: piece[:1].isupper(), pieces[1:]))
        holder = next((index for index in range(2, len(named)) if _TITLED.match(named[index])), None)
        if holder:  # "the Dean, College of Nursing, Dr. NAME": the office, its body, then its holder after a title
            degrees = list(itertools.takewhile(lambda piece: DEGREE.match(piece), named[holder + 1:]))
            return clean_name(", ".join(named[holder:holder + 1] + degrees)), position_of(", ".join(named[:holder]))
        return None, position_of(", ".join(named))  # "The Principal, X High School", "Head of School, SMA Negeri 1 X",
        # "Kepala Sekolah, SMA Negeri 1 X": the office and its body, no holder (up to a clause after them: "…, located
        # at …")
    if len(pieces) > 1 and (_ACTING_OFFICE.match(pieces[0]) or office_first) and \
            not OFFICE.match(pieces[1]) and not _names_unit(pieces[1]) and clean_name(pieces[1]):
        person = [piece for piece in pieces[1:] if not re.match(LICENCE, piece)]  # "…, No. SIPA 461/79/SIPA/2020"
        return clean_name(", ".join(person)), position_of(pieces[0])
    name_pieces, rest = [pieces[0]], pieces[1:]
    while rest and (DEGREE.match(rest[0]) or CAPITAL_DEGREE.fullmatch(rest[0]) or re.fullmatch(r"[A-Z]{5,7}", rest[0])
                    and not re.match(OFFICE_WORD, rest[0], re.IGNORECASE)):  # "Sp.B., FINACS", never "KETUA"
        name_pieces.append(rest.pop(0))
    if rest:  # "NAME, S.Sos. M.AP Kepala Badan ...": the last degrees run on into the office without a comma
        words = rest[0].split()
        degrees = 0
        while degrees < len(words) - 1 and (DEGREE.match(words[degrees]) or re.fullmatch(r"[A-Z]{2,4}", words[degrees])
                                            and OFFICE.match(" ".join(words[degrees + 1:]))):
            degrees += 1  # "DFM Kepala Pusat …": capitals before an office are the name's last degrees
        if degrees and re.match(r"[A-Z][a-z]", words[degrees]):
            name_pieces.append(" ".join(words[:degrees]))
            rest[0] = " ".join(words[degrees:])
    rest = [piece for piece in rest if piece and not re.match(  # the person's particulars in a notarial identity
        r"^(?:NIP|NIK|NRP|NIDN|lahir|(?:pada\s+)?tanggal|warga\s+negara|pemegang|bertempat\s+tinggal|pekerjaan|umur|usia)\b",
        piece,
        re.IGNORECASE) and not re.match(LICENCE, piece)]  # "X, Bidan Praktik Mandiri, No. SIPB …, No. STR …"
    return clean_name(", ".join(name_pieces)), position_of(", ".join(rest)) if rest else None


# what follows a position in the same sentence: "Direktur, dengan demikian bertindak", "Dekan ..., untuk selanjutnya",
# "Direktur Utama, dalam kapasitasnya, oleh karenanya berhak …", "Kepala Puskesmas X, karenanya berwenang …"
_POSITION_TAIL = re.compile(rf"(?:,\s*(?-i:{LICENCE})|"  # "Bidan Praktik Mandiri, pemegang SIPB Nomor …"
                            r",\s*(?:dengan\s+demikian|and\s+(?:therefore|thus|as\s+such)|untuk|(?:oleh\s+)?karena(?:nya|\s+itu)|oleh\s+karena|bertindak|"
                            r"sehingga|(?:yang\s+)?selanjutnya|sesuai|with\s+(?:principal\s+)?office\s+address|"  # (an officer's seat)
                            r"dalam\s+(?:kapasitas|jabatan|kedudukan)(?:nya)?)\b|"
                            r",?\s*(?:bertempat\s+tinggal|berkantor)\b|,?\s+dari(?:\s+dan\b.*)?$|\s+dan\s+(?:dalam\s+(?:kapasitas|jabatan|kedudukan)(?:nya)?|sekaligus)\b|\s+sekaligus\b|\s+(?:untuk\s+dan\s+|dan\s+)?atas\s+nama\b|\s+dan\s+oleh\s+karena(?:nya|\s+itu)?\b|\s+(?:untuk|dan|and)$|"
                            r"\s+dengan\s+(?:nomor|nomer|no\.?|surat|ijin|izin|akta)\b).*$", re.IGNORECASE)


# a draft's field in brackets: its hint ("[jabatan]") is no office, a bracketed office ("[Direktur X]") is filled
_OPENS_BRACKET = re.compile(r"\s*[\[{<(]")
_BRACKETED = re.compile(r"^\[([^\[\]]+)\]$")


# a template's choice of offices, its body left blank: "Kepala Klinik / Kepala Puskesmas ……." (no office yet)
_OFFICE_CHOICE = re.compile(rf"\s*{OFFICE_WORD}[^/\n]{{0,40}}?/[ \t]*{OFFICE_WORD}[^/\n.…_]{{0,40}}(?:\.{{3,}}|…|_{{3,}})",
                            re.IGNORECASE)


_BODY_BLANK = re.compile(rf"(?P<office>{OFFICE_WORD}(?:[ \t]+[A-Za-z][\w.-]*){{1,4}}?)[ \t]*(?:\.{{3,}}|…|_{{3,}})",
                         re.IGNORECASE)
_DOUBLED = re.compile(r"^(?P<office>(?:[A-Za-z]{4,}[ \t]+){1,3}?)(?=(?P=office))", re.IGNORECASE)


def position_of(text: str, limit: int = 180) -> str | None:
    if "@" in text or _OFFICE_CHOICE.match(text) or re.match(r"(?i:suatu|sebuah|merupakan|an?)\s", text.strip()):
        return None  # an e-mail line below a blank office; a body's description ("suatu perseroan terbatas")
    if _OPENS_BRACKET.match(text) and is_placeholder(text, masks=False):
        return None  # "[jabatan dalam perusahaan]": a field's hint, before its label word is taken off
    text = unmasked(_POSITION_TAIL.sub("", " ".join(text.split())).strip(" ,;:.").rstrip(" ,;:.("))
    text = re.sub(r"^[-–•]\s+", "", text)  # "NAME : - Gubernur X": a dash bullet before the office
    text = _DOUBLED.sub("", text)  # "Direktur Utama Direktur Utama RSUD X": a draft's label left before it (the value
    # kept as written: "DIREKTUR UTAMA Direktur Utama RSUD X")
    text = _BRACKETED.sub(r"\1", text)  # "[Direktur Utama X]": a draft's office in brackets, filled
    text = re.sub(r"^(?:selaku|sebagai|as\s+the|as|jabatan|the|its|his|her)\s+", "", text, flags=re.IGNORECASE)
    text = re.sub(r"(?<=[a-z])\s*(?:\.{3,}|…|_{3,}|\.(?:[ \t]+\.){3,})[._…\s]*$", "", text)  # "Direktur ………": the
    # office, its body left blank
    # ", MKes" inside an office: a degree the OCR carried over from the name's column, never part of the office
    text = re.sub(r",\s*(\S+)(?=\s+[A-Z])", lambda m: m[0] if not DEGREE.fullmatch(m[1]) or re.fullmatch(
        r"(?i:dr|prof|ir|h|hj|drs|dra|pt|cv|tbk|no|jl|kab|kec)\.", m[1]) else "", text)
    # an office is printed even where the holder's name is masked ("Direktur RS XXXXX"), but one that opens with
    # the mask is no office ("xxx sah oleh xxx dalam wewenangnya sebagai")
    blank = _BODY_BLANK.match(text)
    if blank:  # "Kepala UPT Puskesmas …… Kecamatan …… Kabupaten X": the office, its body's name left blank
        text = blank["office"]
    if is_placeholder(text, masks=False) or re.match(r"(?i:x{3,})\b", text):
        return None
    text = re.sub(r"^(?:NIP|NIK)[\s.:]*[\d ]+,?\s*", "", text, flags=re.IGNORECASE)
    if not text or len(text) > limit or re.fullmatch(r"(?i:untuk|yang|dan|kami|dengan|oleh|serta|dalam)", text):
        return None  # a clause word left where the office should be
    return smart_title(text) if text.isupper() else text
