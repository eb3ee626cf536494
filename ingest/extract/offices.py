"""Offices and the bodies they head: "Wali Kota Bogor" -> "Pemerintah Kota Bogor", "Rektor Universitas X" -> its
university, and an office standing where a signatory's name should ("diwakili oleh Bupati X")."""
from __future__ import annotations

import re

from ingest.extract.body_words import BODY_INSIDE
from ingest.extract.names import BODY, KIND_ALONE
from ingest.extract.text import is_placeholder, masked_inside, without_blank_tail

REGIONAL_HEAD = re.compile(r"^(?P<office>wali\s*kota(?:madya)?|walikota(?:madya)?|bupati|gubernur|mayor\s+of|governor\s+of|regent\s+of)"
                           r"\s+(?P<place>.+)$", re.IGNORECASE)
_GOVERNMENT = {"wali kota": "Pemerintah Kota", "walikota": "Pemerintah Kota", "bupati": "Pemerintah Kabupaten",
               "gubernur": "Pemerintah Provinsi", "walikotamadya": "Pemerintah Kotamadya",
               "wali kotamadya": "Pemerintah Kotamadya"}
# before 1999 a regional head was also "Kepala Daerah Tingkat I/II" of the region, whose government the era named
# "Pemerintah Kotamadya / Kabupaten Daerah Tingkat II X", "Pemerintah Propinsi Daerah Tingkat I X"
_HEAD_OF_REGION = re.compile(r"^Kepala\s+(?P<level>Daerah\s+(?:Tingkat|Tk\.?)\s*I{1,2}\b.*)$", re.IGNORECASE)
_ERA_GOVERNMENT = {**_GOVERNMENT, "wali kota": "Pemerintah Kotamadya", "walikota": "Pemerintah Kotamadya",
                   "gubernur": "Pemerintah Propinsi"}
_REGION_KIND = re.compile(r"^(?:kota|kabupaten|kab\.|provinsi|propinsi)\s+", re.IGNORECASE)  # "Gubernur Provinsi X"
# a health facility's officers, before the facility's name (a bare "penanggung jawab" is a capacity, no office); a
# business's owner ("Pemilik Usaha Apotek X", "Pemilik Klinik X") acts for the business
HEALTH_OFFICE = (r"(?:Penanggung\s*[Jj]awab|Apoteker\s+(?:Penanggung\s*[Jj]awab|Pengelola)|Pemilik\s+(?:Sarana|Usaha)|"
                 r"Pemilik(?=\s+(?:Klinik|Apotek|Apotik|Laboratorium|Optik|Praktik|Praktek)\b))"
                 r"(?=\s+(?-i:[A-Z]))")
HEAD_OF = re.compile(r"^(?:(?:pemimpin|kepala|manajer|manager)\s+cabang|kepala|direktur(?:\s+utama)?|rektor|ketua|"
                     rf"pimpinan|pemimpin|dekan|manajer|komandan|lurah|perbekel|president|director|{HEALTH_OFFICE}|"
                     r"rector|chairman|head\s+of|general\s+manager|manager|branch\s+manager)\s+(?:of\s+)?(?P<org>.+)$",
                     re.IGNORECASE)
# an acting officer's mark before the office: "Plt.", "Pj.", "Pelaksana Tugas (Plt.)", "Pelaksana Harian"
_ACTING_MARK = r"(?:(?:Plt|Plh|Pjs|Pj)\.{dot}|Pelaksana\s+(?:Tugas|Harian)(?:\s*\((?:Plt|Plh)\.?\))?)"
ACTING = _ACTING_MARK.format(dot="")
ACTING_LOOSE = _ACTING_MARK.format(dot="?")  # "Plt Direktur": no dot
_ACTING = re.compile(rf"^{ACTING_LOOSE}\s+")  # "Plt. Direktur RSUD X": an acting officer heads the same body


def institution_from_position(position: str | None) -> str | None:
    """The body a position heads: "Wali Kota Bogor" -> "Pemerintah Kota Bogor", "Rektor Universitas X" -> ..."""
    if not position:
        return None
    head = REGIONAL_HEAD.match(position)
    if head:
        office = " ".join(head["office"].lower().split())
        prefix = _GOVERNMENT.get(office)
        place = _REGION_KIND.sub("", head["place"].strip())
        era = _HEAD_OF_REGION.match(place)
        if era and prefix:  # "Bupati Kepala Daerah Tingkat II X" -> "Pemerintah Kabupaten Daerah …"
            if re.search(r"\b(?:Propinsi|Provinsi)\b", era["level"], re.IGNORECASE):  # "… Tingkat I Propinsi X"
                return f"Pemerintah {era['level']}"
            return f"{_ERA_GOVERNMENT[office]} {era['level']}"
        return f"{prefix} {place}" if prefix else None  # "Gubernur Provinsi X": the province's government, once
    head_of = HEAD_OF.match(_ACTING.sub("", position))
    org = without_blank_tail(head_of["org"]).strip() if head_of else ""
    org = _KIND_THEN_BODY.sub("", org)  # "Head of School, SMA Negeri 1 X": the school the comma names
    if _ROLE_ENTITY.fullmatch(org) and not BODY_INSIDE.search(org):
        return None  # "Head of the Procuring Entity": an office's own title, no body named
    unit = _COMPANY_UNIT.match(org)
    if unit:  # "Kepala Divisi Umum PT X (Persero)": a company's division head signs for the company
        return unit["company"]
    choice = _CHOICE.search(org)  # a second office after a slash: the body the first office heads, if it names one
    org = org[:choice.start()].strip() if choice else org  # ("Kepala Desa X/Ketua BPD": one person, two offices)
    if is_placeholder(org, not masked_inside(org)) or choice and (len(org.split()) < 2 or KIND_ALONE.fullmatch(org)):
        return None  # "Kepala Desa/Lurah xxx", "Direktur RS XXXXX": the body's name a placeholder or masked; a draft's
        # choice of offices ("Direktur Rumah Sakit Umum Daerah/Kepala Puskesmas") heads no one body
    if len(org.split()) >= 2 and not BODY.fullmatch(org) and not KIND_ALONE.fullmatch(org):  # "Direktur Rumah Sakit
        # ……", "Kepala Sekolah Dasar ……": a kind, its name left blank
        unnamed = _UNNAMED_BRANCH.fullmatch(org)  # "Kepala Kantor X Cabang ……": the branch unnamed, the body X
        return unnamed["body"] if unnamed and len(unnamed["body"].split()) >= 2 else org
    company = _COMPANY.search(position)  # "Pjs. Area Head PT. Bank X (Persero) Tbk Area Y": the company it names
    return company.group().strip() if company else None


# the kind of body an office heads, its own name after a comma: "Head of School, SMA Negeri 1 X", "Kepala Sekolah, SD
# Negeri 2 Y", "Head of Office, Z"
_KIND_THEN_BODY = re.compile(r"^(?:School|Sekolah|Office|Kantor|Unit|Division|Department|Section|Program(?:me)?|Faculty|"
                             r"Fakultas|Institution|Madrasah)[ \t]*,[ \t]*(?=\S)", re.IGNORECASE)


# an English office's object named by its role in a procedure, no proper name ("Head of the Procuring Entity", "Head of
# the Implementing Agency", "Head of the Office"): the office's title, not the body the party is
_ROLE_ENTITY = re.compile(r"the\s+(?:[A-Z][a-z]+ing\s+)?(?:Entity|Office|Unit|Agency|Institution|Body)")


# a branch office whose name is left out: "Kantor Asuransi X Cabang" (a named branch goes on: "… Cabang Tirta")
_UNNAMED_BRANCH = re.compile(r"(?:Kantor[ \t]+)?(?P<body>\S.{2,120}?)[ \t]+(?:Kantor[ \t]+)?Cabang", re.IGNORECASE)


# an office standing where "atas nama" names a body (never "Direktur Jenderal X": a body itself)
_HEADED = re.compile(r"(?:direktur|kepala|pimpinan|pemimpin|ketua|rektor|dekan|penanggung\s*jawab)\s+(?!jenderal\b)"
                     r"(?=\S+\s+\S)", re.IGNORECASE)


def regional_government(name: str) -> str | None:
    """The government a regional head named as a body heads ("Bupati Sukamaju" -> "Pemerintah Kabupaten Sukamaju")."""
    return institution_from_position(name) if REGIONAL_HEAD.match(name) else None


def headed_body(name: str) -> str | None:
    """The body an office names ("Direktur RSUD X" -> "RSUD X"); None when `name` opens with no such office."""
    return institution_from_position(name) if _HEADED.match(name) else None


# a division, department or unit of a company, then the company ("Divisi Umum PT X (Persero)")
_COMPANY_UNIT = re.compile(r"(?:Divisi|Departemen|Bagian|Biro|Unit|Satuan\s+Kerja)\s+[^,;:\n]{1,60}?\s"
                           r"(?P<company>PT\.?\s+[A-Z][^,;:\n]{1,60})$")
_COMPANY = re.compile(r"\bPT\.?\s+[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,6}?\s*\(Persero\)(?:\s*Tbk\b\.?)?")


OFFICE_WORD = (r"(?:Wali\s*Kota(?:madya)?|Walikota(?:madya)?|Bupati|Gubernur|Rektor|Direktur|Kepala|Ketua|Dekan|Camat|Menteri|Rector|Director|"
               r"Sekretaris|Manajer|Komandan|Pemimpin|Pimpinan|Penjabat|Lurah|Perbekel|Kapolres(?:ta)?|Kapolda|Kapolsek|"
               rf"{HEALTH_OFFICE}|Kajari|Kajati|Dandim|Danrem|Danramil|"
               r"Mayor\s+of|Governor\s+of|President|Dean|Chairman|Minister|Duta\s+Besar|Konsul(?:\s+Jenderal)?|Ambassador|"
               r"(?:General|Branch|Area|Regional)\s+Manager|Presiden\s+Direktur|"  # a company's officers
               # a Canadian or New Zealand municipality's signing officers
               r"(?:Deputy\s+)?Reeve|Chief\s+Administrative\s+Officer|Chief\s+Executive(?:\s+Officer)?)\b")
_CHOICE = re.compile(rf"/\s*(?:{ACTING_LOOSE}\s+)?{OFFICE_WORD}", re.IGNORECASE)  # "…/Plt. Kepala Dinas X": acting too
OFFICE_NAMED = re.compile(rf"(?:{ACTING_LOOSE}\s+)?" + OFFICE_WORD + r"\s+\S", re.IGNORECASE)  # "Plt. Kepala X"
