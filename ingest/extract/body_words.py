"""The words that open a body's name in a heading or a list (a government, a ministry, a university, a unit of a
region, an association), and the regions and states printed beside a party that are no party of their own."""
from __future__ import annotations

import re

# "X DAN Y" inside one heading line: a second body when the words after "dan" open one (never "Pendidikan dan
# Kebudayaan", "Masyarakat dan Perempuan": their second half names no body)
BODY_WORD = (r"(?:pemerintah|palang\s+merah|government|kementerian|ministry|universitas|universiti|university|institut|institute|politeknik|"
              r"departemen|sekolah\s+tinggi|rumah\s+sakit|rsud|rsu|pt\.?|cv\.?|yayasan|bank|perum|perumda|pdam|bpjs|badan|"
              r"direktorat|kepolisian|kejaksaan|pengadilan|puskesmas|klinik|koperasi|lembaga|komisi|dewan|department|committee|"
              r"council|association|"  # health services' bodies:
              r"rsup|rsia|rsj|udd|utd|pmi|unit\s+(?:donor|transfusi)\s+darah|pusat\s+kesehatan|laboratorium|apotek|"
              r"stikes|poltekkes|akademi|praktik\s+mandiri|praktek\s+mandiri|bpm)\b")
# a unit of a body that is a party of its own in a list ("…, DAN DINAS KESEHATAN KABUPATEN X")
UNIT_NAMES = r"dinas|kantor|kodim|komando|polres|polresta|sekretariat|perusahaan|uptd?"
UNIT_WORD = rf"(?:{UNIT_NAMES}|desa)\b"
REGION_KIND = r"kota|kabupaten|kab\.|provinsi"  # a region's kind before its name
COUNTRIES = ("indonesia|malaysia|singapura|singapore|thailand|japan|jepang|china|tiongkok|australia|"
              "korea|korea selatan|south korea|republic of korea|portugal|timor-leste|timor leste|filipina|"
              "philippines|vietnam|viet nam|brunei darussalam|netherlands|belanda|germany|jerman|france|perancis|"
              "prancis|maroko|morocco|turkey|turki|india|norway|norwegia|new zealand|selandia baru|"
              "united states(?: of america)?|amerika serikat|canada|kanada|italy|italia|spain|spanyol")
_REGION_NAME = re.compile(
    rf"(?:the\s+)?(?:(?:people'?s\s+|federal\s+)?republic|republik(?:\s+rakyat)?|kingdom|kerajaan|state|negara(?:\s+bagian)?|"
    rf"provinsi|propinsi|province|prefecture|prefektur|federation|commonwealth)\s+(?:of\s+)?\S.*|"
    rf"(?:(?!\bof\b)[\w\s-]){{1,40}}\s+(?:province|prefecture|state)(?:\s+of\s+.+)?|(?:{COUNTRIES})", re.IGNORECASE)


BODY_INSIDE = re.compile(rf"\b{BODY_WORD}", re.IGNORECASE)


def is_region(name: str) -> bool:
    """A province, state or country printed beside a party ("Republic of Indonesia", "Provinsi Jawa Barat"); never a
    body of one ("THE STATE GOVERNMENT OF X, AUSTRALIA", "Provincial Council of Y")."""
    name = " ".join(name.split()).strip(" ,.;:")
    return bool(_REGION_NAME.fullmatch(name)) and not BODY_INSIDE.search(name)


OPENS_BODY = re.compile(rf"(?:the\s+)?(?:{BODY_WORD}|{UNIT_WORD}.*\b(?:kota|kabupaten|kab\.|provinsi|negeri|resor|daerah|{BODY_WORD}))",
                         re.IGNORECASE)
# words that open an association's, a unit's, a region's or a school's name ("DAN PERSATUAN GURU …", "DAN DINAS …",
# "DAN KOTA …", "DAN SMK …"): a DAN opening a line before one parts two bodies (never "… MASYARAKAT" / "DAN DESA …",
# a unit's own "dan")
_PARTY_START = (r"(?:persatuan|perkumpulan|perhimpunan|ikatan|himpunan|asosiasi|paguyuban|forum|gabungan|serikat|"
                r"majelis|organisasi|federasi|kamar|kelompok|komunitas|pusat|association|federation|union|"
                rf"{UNIT_NAMES}|{REGION_KIND}|sekolah|smk|sma|smp|sd|madrasah|man|mts)\b")
BODY_OPENS = re.compile(rf"(?:the[ \t]+)?(?:{BODY_WORD}|{_PARTY_START})", re.IGNORECASE)
