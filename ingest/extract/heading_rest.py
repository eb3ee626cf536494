"""The heading's parties an excerpt did not reach: the opening designated the first ones, the text ends before the
next one's paragraph, and the heading still names them all in the same order."""
from __future__ import annotations

import re

from ingest.extract.body_words import BODY_WORD, OPENS_BODY, UNIT_WORD
from ingest.extract.heading_parties import ANTARA, title_parties
from ingest.extract.text import smart_title


def heading_rest(text: str, head_end: int, named: list[str | None]) -> list[tuple[str, int, int]]:
    """The heading's parties after those the opening `named` (their institutions, in order), when the text ends
    before the next one's paragraph is designated (an excerpt): the heading still names them, in the same order."""
    titled = title_parties(text, head_end)
    if not titled and not ANTARA.search(text, 0, head_end):
        titled = _semicolon_list(text, head_end)
    if not named or len(titled) <= len(named) or any(
            not name or not _same_party(name, titled[index][0]) for index, name in enumerate(named)):
        return []
    return titled[len(named):]


# a heading with no ANTARA listing its parties with semicolons ("PERJANJIAN KERJA SAMA" / "FAKULTAS X;" / "RUMAH SAKIT
# Y;" / "DINAS Z DAN BADAN W" / "TENTANG …"): its first line that opens with a body's word and ends in ";"
_SEMICOLON_START = re.compile(rf"^[ \t]*(?=(?:{BODY_WORD}|fakultas\b|{UNIT_WORD})[^\n;]{{0,150}};[ \t]*$)",
                              re.IGNORECASE | re.MULTILINE)
_SUBJECT_LABEL = re.compile(r"^[ \t]*(?i:tentang|mengenai|nomor)\b|(?<=[\w.)] )(?:TENTANG|NOMOR)\b", re.MULTILINE)
_SEMICOLON = re.compile(rf";\s*|\s+(?:DAN|dan)\s+(?={BODY_WORD}|{UNIT_WORD})", re.IGNORECASE)


def _semicolon_list(text: str, head_end: int) -> list[tuple[str, int, int]]:
    """The parties of a heading without ANTARA that lists three or more with semicolons, each opening with a body's
    word, up to the subject's or number's label; none otherwise."""
    start = _SEMICOLON_START.search(text, 0, head_end)
    stop = _SUBJECT_LABEL.search(text, start.end(), head_end) if start else None
    if stop is None or text.count(";", start.end(), stop.start()) < 2:
        return []
    out, cursor = [], start.end()
    for separator in list(_SEMICOLON.finditer(text, start.end(), stop.start())) + [None]:
        piece = text[cursor:separator.start() if separator else stop.start()]
        name = " ".join(piece.split()).strip(" ,;:")
        if not OPENS_BODY.match(name) and not name.lower().startswith("fakultas ") or len(name) > 150:
            return []
        offset = cursor + len(piece) - len(piece.lstrip())
        out.append((smart_title(name), offset, offset + len(piece.strip())))
        cursor = separator.end() if separator else cursor
    return out


def _bare(name: str) -> str:
    return re.sub(r"^the\s+", "", " ".join(name.lower().split()).strip(" .,;:"))


# a regional government and its region ("Pemerintah Daerah Provinsi Jawa Barat" -> "provinsi jawa barat")
_GOVERNMENT_OF = re.compile(r"pemerintah(?:\s+daerah)?\s+(?P<region>(?:provinsi|propinsi|kabupaten|kota)\s.+)")


def _same_party(named: str, titled: str) -> bool:
    """Whether the opening's body is the heading's: the same name, the heading's with the region the opening adds
    ("Fakultas X Universitas Y" / "… Universitas Y Papua"), or the regional government a heading's agency of the same
    region signs for ("Badan X Provinsi A" / "Pemerintah Daerah Provinsi A")."""
    named, titled = _bare(named), _bare(titled)
    if named == titled or named.startswith(titled + " ") and len(named.split()) - len(titled.split()) == 1:
        return True
    government = _GOVERNMENT_OF.fullmatch(named)
    return bool(government) and titled.endswith(" " + government["region"]) and \
        not titled.startswith("pemerintah")
