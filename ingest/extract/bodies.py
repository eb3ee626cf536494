"""A body's name as a party block gives it, without the clause words around it: "Pihak Pertama yaitu X" -> "X",
"X tersebut" -> "X", "X untuk Paket Pekerjaan: Y" -> "X"; and a clause taken for a body ("dari dan karenanya")."""
from __future__ import annotations

import re

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
