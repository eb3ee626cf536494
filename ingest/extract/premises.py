"""A body's premises named as the place of signing: "bertempat di Puskesmas Sukamaju", "di RSUD Prof. Dr. H. Ali
Hasan", "di Kantor Desa Sukamulya", "di Pusat Kesehatan Masyarakat Karangjati". The premises name no town, so the
place is the premises as written (a region the phrase names is read by the caller)."""
from __future__ import annotations

import re

# the kinds of body whose premises host a signing: health facilities, the offices of regional bodies, schools
_KIND = (r"(?:(?:UPTD?|UPT|UOBK)\.?\s+)?(?:BLUD\s+)?"
         r"(?:Rumah\s+Sakit|RSU[DP]?|RSIA|RSJ|RSKIA|RSGM|RSAB|RSI|RS|Puskesmas|Pusat\s+Kesehatan\s+Masyarakat|Klinik|"
         r"Laboratorium|Apotek|Unit\s+(?:Donor|Transfusi)\s+Darah|UDD|UTD|Palang\s+Merah\s+Indonesia|PMI|"
         r"Balai\s+(?:Besar\s+)?(?:Kesehatan|Laboratorium)|Dinas|Desa|Kelurahan|Kecamatan|BPJS|Sekolah\s+Tinggi|STIKes|"
         r"Akademi|Politeknik|Poltekkes|Universitas|Fakultas)\b")
# the office or campus of such a body before its name: "Kantor Desa X", "Kampus STIKes X" (a room, "Ruang Rapat X",
# names no premises of its own)
_BUILDING = r"(?:(?:Kantor|Kampus)\s+)?"
PREMISES = re.compile(rf"{_BUILDING}{_KIND}", re.IGNORECASE)
# a title's dot inside a premises' name ("RSUD Prof. Dr. H. Ali Hasan", "RSUD dr. R. Soedjono", "RS Bhayangkara Tk.
# III") is no sentence end
_TITLES = ("Prof", "Dr", "DR", "dr", "drg", "H", "Hj", "R", "Ir", "Tgk", "Tk")
TITLE_DOT = "(?:" + "|".join(rf"(?<=\b{title})" for title in _TITLES) + r")\."
# the name after the kind: capitalised words, titles with their dots, an acronym in parentheses ("(Puskesmas)"), a
# numeral ("Gringsing I"), "dan" between capitalised words ("Ibu dan Anak")
_NAME = re.compile(rf"(?:[ \t]+(?:(?:{'|'.join(_TITLES)})\.|[A-Z][\w'’-]*\.?|[IVX]{{1,4}}|\d{{1,3}}|"
                   r"\([A-Z][A-Za-z]{1,11}\)|(?:dan|&)(?=[ \t]+[A-Z])))+")
# the premises' name wrapped onto the next line ("bertempat di Rumah Sakit Umum" / "Daerah Sukamaju, …")
# (or in lower case when a body's kind opens it: "bertempat di aula" / "puskesmas Sukamaju, kami …")
CONTINUED = re.compile(rf"[ \t]*\n[ \t]*(?P<more>(?:(?:dan|&)[ \t]+|\((?=[A-Z]))?(?:(?-i:[A-Z])|(?=(?i:{_KIND})))"
                       rf"(?:[^,;\n.]|{TITLE_DOT})*)")
# a room or hall of such premises: "Aula Puskesmas Sukamaju", "Ruang Rapat RSUD X" (the place as written)
_ROOM = re.compile(r"(?i:aula|ruang(?:an)?(?:[ \t]+(?:rapat|pertemuan))?|gedung)[ \t]+")


_CAMPUS = re.compile(r"(?i:(?:kampus\s+)?(?:sekolah\s+tinggi|stikes|akademi|politeknik|poltekkes|universitas|fakultas))\b")


def room_of_premises(place: str) -> str | None:
    """The phrase as written when it names a room of a body's premises, else None."""
    room = _ROOM.match(place)
    if room is None or re.search(r"\b(?i:jl|jln|jalan)\b", place):
        return None  # ("Ruang Rapat Politeknik X Jl. Merdeka …": the address's town is read instead)
    rest = place[room.end():]
    if _CAMPUS.match(rest):
        return None  # "Ruang Rapat Politeknik Negeri X": a campus's room names no place (as decided before)
    return place.rstrip(" .") if premises_as_written(rest) else None


def premises_as_written(place: str) -> str | None:
    """The premises phrase itself when it is one a body's kind opens and a name follows ("Puskesmas Margojadi",
    "Kantor Desa Sukamulya"), else None."""
    kind = PREMISES.match(place)
    if not kind:
        return None
    name = _NAME.match(place, kind.end())
    if not name or name.end() != len(place.rstrip(" .")) or len(place.split()) > 12:
        return None  # a clause or an address runs on after the name: not the premises alone
    return place.rstrip(" .")
