"""A body's name as a party block gives it, without the clause words around it: "Pihak Pertama yaitu X" -> "X",
"X tersebut" -> "X", "X untuk Paket Pekerjaan: Y" -> "X"; and a clause taken for a body ("dari dan karenanya")."""
from __future__ import annotations

import re

from ingest.extract.heads import OFFICE
from ingest.extract.names import BODY, KIND_ALONE
from ingest.extract.offices import regional_government
from ingest.extract.text import is_placeholder, masked_inside, smart_title, unmasked

# the designation before the body: "(atas nama) Pihak Pertama yaitu CV X", "the First Party, namely X"
_DESIGNATED = re.compile(r"^(?:pihak\s+(?:ke-?\s*)?\w+|(?:the\s+)?\w+\s+party)\s*,?\s+(?:yaitu|yakni|ialah|adalah|namely)\s+",
                         re.IGNORECASE)
# what the sentence says after the body: "X tersebut", "X untuk Paket Pekerjaan: Y", "X (untuk) pengadaan ...";
# "The Government of X designates the Agency Y (hereinafter …)": the party is X, Y only acts for it
_AFTER = re.compile(r"\s+(?:tersebut$|untuk\s+(?:paket|pekerjaan|kegiatan|pengadaan|proyek)\b.*$|"
                    r"(?:hereby\s+)?(?:designates|appoints|menunjuk)\s+(?:the\s+)?(?-i:[A-Z]).*$|"
                    r"\[[^\]]*\]?$)|"  # "X [its name translated]": the name as the text gives it
                    r"\.\s+[-–•](?:\s.*)?$|\s+[-–•]$", re.IGNORECASE)  # "X." / "- Untuk selanjutnya …": a dash bullet
# opens the next item
# clause words where the body should stand: "dari dan karenanya", "dan dalam kedudukannya selaku Direktur X"
CLAUSE_BODY = re.compile(r"(?:dari\s+dan|(?:dan\s+)?dalam\s+(?:kedudukan|jabatan|kapasitas)(?:nya)?|oleh\s+karena)\b",
                         re.IGNORECASE)


# two cells of a table read line by line into one, the body on the left, its head's office on the right, each wrapped:
# "Dinas X Provinsi Nusa : Kepala Dinas X Provinsi Nusa Tenggara" / "Tenggara Barat Barat"
_INTERLEAVED = re.compile(r"^(?P<left>[^:]{6,}?)\s+:\s+(?:kepala|ketua|direktur|pimpinan|pemimpin|rektor|dekan|camat)\s+"
                          r"(?P<right>.+)$", re.IGNORECASE)


def _deinterleaved(name: str) -> str:
    """The body of two interleaved cells: the office's cell without the office, each word the left cell's wrapped
    line repeats once ("Dinas X Provinsi Nusa Tenggara Barat"); other names unchanged."""
    cells = _INTERLEAVED.match(name)
    if cells is None or not cells["right"].lower().startswith(cells["left"].lower() + " "):
        return name
    words = []
    for word in cells["right"].split():
        if not words or word.lower() != words[-1].lower():
            words.append(word)
    return " ".join(words)


def tidy_body(name: str) -> str:
    """The body's name without the designation before it and the clause words after it."""
    return _deinterleaved(_AFTER.sub("", _DESIGNATED.sub("", name)).strip(" ,;:"))


# a body's description after its name and a comma, in English: "X, a municipal corporation", "Y, a local government
# unit", "Z, a body politic and corporate of the State of W", "V, an educational institution", "U, a Nevada
# corporation" (a kind of body, never a person's: "NAME, a citizen of X", "NAME, an individual")
BODY_DESCRIPTION = re.compile(r",\s*an?\s+(?:[\w-]+\s+){0,4}?(?:corporation|unit|institution|body|entity|agency|"
                              r"organi[sz]ation|company|partnership|instrumentality|subdivision|municipality|government|"
                              r"university|college|school|association|foundation|cooperative|enterprise)\b.*$",
                              re.IGNORECASE | re.DOTALL)


_OFFICE_ANY_CASE = re.compile(OFFICE.pattern, re.IGNORECASE)  # "DIREKTUR RUMAH SAKIT ………": an office before a blank body
# an English form's choice of kinds of local body where the name should stand: "The MUNICIPALITY/CITY/PROVINCE"
_KIND = r"(?:municipality|city|province|barangay|town|county|borough|village|district|school|college|university)"
_KIND_CHOICE = re.compile(rf"(?:the\s+)?{_KIND}(?:[ \t]*/[ \t]*{_KIND})+", re.IGNORECASE)


def institution_named(text: str) -> str | None:
    """The body a party block names after "atas nama" (or before its clauses), tidied; None when the text names
    none (a blank, a clause, a board or a person named elsewhere)."""
    if re.match(r"\s*(?:\.{3,}|…)", text) or "@" in text:
        return None  # "atas nama ........ singaraja": left blank; an e-mail address is no body
    name = unmasked(" ".join(text.split()).strip(" ,;:.").rstrip(" ,;:.("))  # "X (": a parenthesis cut off
    name = re.sub(r"^(?:(?:the\s+)?parties|para\s+pihak)(?:\s+[A-Z]\.)?(?:\s+(?:para\s+pihak|parties))?\s+", "", name,
                  flags=re.IGNORECASE)  # a bilingual section heading "Parties A. Para Pihak" before the first party
    # "sah mewakili X", "bertindak untuk dan atas nama X", "Direksi PT X": the body itself
    name = re.sub(r"^(?:(?:(?-i:the)|(?:serta\s+)?(?:oleh\s+karena(?:nya|\s+itu)\s+)?(?:secara\s+)?(?:sah\s+)?mewakili|(?:bertindak\s+)?(?:untuk\s+dan\s+)?atas\s+nama|"
                  r"direksi|kepala(?=\s+(?:badan|dinas|kantor|balai|biro|lembaga|uptd?|puskesmas)\b))\s+)+", "", name,
                  flags=re.IGNORECASE)
    name = tidy_body(name)
    name = BODY_DESCRIPTION.sub("", name)  # "X, a local government unit": the body is the name before it
    name = re.sub(r"(?<=\w\w)\.\s+[a-z]$", "", name)  # "… Bengkulu. i": a stray OCR letter after the body
    # "... berkantor pusat di", "... sebagai Unit Pelaksana Teknis ...": what follows a body is not its name
    # "RUMAH SAKIT X alamat Jl. …": an address glued after the name
    name = re.sub(r",?\s+(?:berkantor|bertempat\s+tinggal|sebagai\s+unit\s+pelaksana|(?:sebuah|suatu)(?=\s+[A-Za-z])|"
                  r"(?:ber)?alamat(?:kan)?(?:\s+di)?\s*:?\s*(?=(?:jl|jln|jalan)\b)|"
                  r"\(?(?:yang\s+|selanjutnya\s+)?disingkat|"
                  # "X atau \"XY\"", "X, or 'XY'": the body's short name quoted after it
                  r"(?:atau|or)\s+[\"“”'‘’](?=[^\"“”'‘’]{1,40}[\"“”'‘’]))\b.*$",
                  "", name, flags=re.IGNORECASE)
    if not name or len(name) > 200 or is_placeholder(name, not masked_inside(name)) or CLAUSE_BODY.match(name) or \
            name.islower() or BODY.fullmatch(name) or not re.search(r"[A-Za-z]{2}", name) or \
            BODY.fullmatch(_OFFICE_ANY_CASE.sub("", name, count=1).strip()) or re.fullmatch(
            r"(?i:direksi|perseroan(?:\s+tersebut)?|perusahaan|jabatan(?:nya)?(?:\s+tersebut)?|(?:diri(?:nya)?\s+)?sendiri|"
            r"pribadi)", name) or KIND_ALONE.fullmatch(name) or _KIND_CHOICE.fullmatch(name):
        return None  # "atas nama Direksi": a board the text names elsewhere; "atas nama sendiri": a person, no body;
        # "RUMAH SAKIT ………", "MUNICIPALITY/CITY": a kind of body whose name a form left blank
    name = regional_government(name) or name
    return smart_title(name) if name.isupper() else name
