"""A party whose block names no body, its office naming only the kind of body it heads ("Penanggung Jawab Klinik",
"Kepala Sekolah"): the one body of that kind the heading names ("KLINIK X DENGAN PUSKESMAS Y"), whatever the order
the heading names the parties in."""
from __future__ import annotations

import re

from ingest.extract.names import KIND_ALONE

_KINDS = ("klinik", "puskesmas", "apotek", "laboratorium", "rumah sakit", "sekolah", "madrasah")


def _either(words) -> str:
    return "(?:" + "|".join(word.replace(" ", r"[ \t]+") for word in words) + ")"


_KIND = _either(_KINDS)
# the office ends with the kind alone: "Penanggung Jawab Klinik", "Kepala Sekolah" (never "Kepala Klinik X")
# (searched from a word's start to the end: a long office is no slow match)
_KIND_ALONE = re.compile(rf"(?:^|(?<=[ \t]))(?P<kind>{_KIND})[ \t.,]*\Z", re.IGNORECASE)
# a body of that kind in the heading's capitals: its kind, then up to five words before a joining word or the line's end
# (a subject's preposition ends it too: "PROGRAM KESEHATAN SEKOLAH DI KECAMATAN X" names no school)
_JOIN = r"(?:DENGAN|DAN|ANTARA|TENTANG|NOMOR|TAHUN|KABUPATEN|KOTA|PROVINSI|DI|KE|DARI|BAGI|UNTUK|PADA|DALAM|OLEH|SEBAGAI)\b"
_NAMED = re.compile(r"(?<![A-Za-z])(?P<name>" + _either(kind.upper() for kind in _KINDS) +
                    rf"(?:[ \t]+(?!{_JOIN})[A-Z][A-Z0-9.'&-]*){{1,5}})")


def heading_body(text: str, start: int, end: int, position: str | None, others: list[str | None]) -> tuple | None:
    """(name, start, end) of the one body of the office's kind the heading names between start and end, not
    already another party's; None when the office names no bare kind or the heading names none or several."""
    kind = _KIND_ALONE.search(position or "") if "\n" not in (position or "") else None
    if kind is None:
        return None
    word = " ".join(kind["kind"].upper().split())
    taken = {" ".join((other or "").upper().split()) for other in others}
    found = [(name, match) for match in _NAMED.finditer(text, start, end)
             if (name := " ".join(match["name"].split())).startswith(word) and name not in taken
             and not KIND_ALONE.fullmatch(match["name"])]  # ("RUJUKAN KE RUMAH SAKIT UMUM DAERAH": a kind, no body)
    if len({name for name, _ in found}) != 1:
        return None
    name, match = found[0]
    return name, match.start("name"), match.end("name")
