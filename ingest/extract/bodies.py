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
                    r"\[[^\]]*\]?$)", re.IGNORECASE)  # "X [its name translated]": the name as the text gives it
# clause words where the body should stand: "dari dan karenanya", "dan dalam kedudukannya selaku Direktur X"
CLAUSE_BODY = re.compile(r"(?:dari\s+dan|(?:dan\s+)?dalam\s+(?:kedudukan|jabatan|kapasitas)(?:nya)?|oleh\s+karena)\b",
                         re.IGNORECASE)


def tidy_body(name: str) -> str:
    """The body's name without the designation before it and the clause words after it."""
    return _AFTER.sub("", _DESIGNATED.sub("", name)).strip(" ,;:")
